"""`warwire serve`: documented, and a bad --db is one error line, not a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def warwire(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warwire", *args], capture_output=True, text=True, timeout=60)


def test_serve_and_sitrep_have_help() -> None:
    for command in ("serve", "sitrep"):
        out = warwire(command, "--help")
        assert out.returncode == 0 and "--db" in out.stdout, out.stderr
    assert "WARWIRE_API_TOKEN" in warwire("serve", "--help").stdout


def test_serve_with_a_bad_database_fails_with_one_line(tmp_path: Path) -> None:
    out = warwire("serve", "--db", str(tmp_path / "missing" / "x.db"), "--port", "0")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "does not exist" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
