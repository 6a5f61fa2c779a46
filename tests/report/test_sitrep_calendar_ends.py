"""`warwire sitrep` on the first and last days of the calendar: a report (empty), never an OverflowError."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_sitrep_at_the_ends_of_the_calendar(day: str, tmp_path: Path) -> None:
    out = tmp_path / "sitrep.html"
    result = subprocess.run([sys.executable, "-m", "warwire", "sitrep", "--date", day, "--format", "html",
                             "--db", str(tmp_path / "w.db"), "-o", str(out)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    page = out.read_text()
    assert f"No events dated {day}" in page
