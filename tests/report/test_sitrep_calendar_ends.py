"""`warwire sitrep` on the first and last days of the calendar: a report (empty), never an OverflowError."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_sitrep_at_the_ends_of_the_calendar(day: str, tmp_path: Path) -> None:
    out = tmp_path / "sitrep.html"
    sample = ROOT / "warwire" / "data" / "samples"
    stored = subprocess.run([sys.executable, "-m", "warwire", "ingest", str(sample), "--db", str(tmp_path / "w.db")],
                            capture_output=True, text=True, timeout=120)
    assert stored.returncode == 0, stored.stderr
    result = subprocess.run([sys.executable, "-m", "warwire", "sitrep", "--date", day, "--format", "html",
                             "--db", str(tmp_path / "w.db"), "-o", str(out)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    page = out.read_text()
    assert f"No events dated {day}" in page
    printed = subprocess.run([sys.executable, "-m", "warwire", "sitrep", "--date", day, "--format", "html",
                              "--db", str(tmp_path / "w.db")], capture_output=True, text=True, timeout=60)
    assert printed.returncode == 0, printed.stderr
    assert f"No events dated {day}" in printed.stdout
