"""`warwire extract` end to end: real processes, exit codes, one stderr line per bad input, output formats."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from warwire.cli.common import CSV_COLUMNS, error_line, write_events
from warwire.ingest import read_inputs
from warwire.models import ArticleRef, Event, Location, Span
from warwire.pipeline import extract_events

REPORT = ("Drones over Odesa\nSunday, 1 December 2024\n\n"
          "ODESA, Dec 1 (Reuters) - Russia launched 30 drones at Ukraine overnight, and air defences shot down "
          "24 of them, the air force said. Two people were injured in Odesa.\n")


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warwire", "extract", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def expected_ids(*specs: str) -> list[str]:
    """The ids the library gives for the good inputs: the CLI must print exactly these."""
    return [ev.id for art in read_inputs(list(specs)) if not hasattr(art, "message")
            for ev in extract_events(art)]


def test_help() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    assert "PATH|URL|-" in proc.stdout and "--format" in proc.stdout and "--published" in proc.stdout


def test_good_and_bad_inputs_side_by_side(tmp_path: Path, dev_dir: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "good.txt").write_text(REPORT)
    (news / "x.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20)
    (news / "empty.txt").write_bytes(b"")
    (news / "bad.json").write_text("{")
    (news / "lines.jsonl").write_text(json.dumps({"text": REPORT}) + "\nnot json\n")
    real = str(dev_dir / "reuters-2024-11-17-russia-pounds-power-grid.txt")
    proc = run("news", real, "missing.txt", "--format", "jsonl", cwd=tmp_path)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().split("\n")
    assert all(ln.startswith("warwire: error: ") for ln in lines)
    assert len(lines) == 5
    for name in ("news/x.txt: binary file (NUL bytes at offset 7)", "news/empty.txt: empty file", "news/bad.json: malformed JSON", "news/lines.jsonl:2: malformed JSON",
                 "missing.txt: no such file"):
        assert any(name in ln for ln in lines), name
    printed = [json.loads(ln) for ln in proc.stdout.splitlines()]
    good = [str(news / "good.txt"), str(news / "lines.jsonl"), real]
    assert [ev["id"] for ev in printed] == expected_ids(*good)
    assert any(ev["article"]["source"] == real for ev in printed)  # a wire report of a strike wave has events
    assert {ev["article"]["source"] for ev in printed} <= {"news/good.txt", "news/lines.jsonl", real}


def test_all_good_exits_zero_and_stderr_stays_clean(dev_dir: Path) -> None:
    proc = run(str(dev_dir / "afp-2024-11-30-landmines-drones.txt"), str(dev_dir / "cnn-2022-02-01-putin-silence-analysis.txt"))
    assert proc.returncode == 0 and proc.stderr == ""
    for ln in proc.stdout.splitlines():  # piped: jsonl by default, no progress bar
        assert json.loads(ln)["article"]["source"].startswith(str(dev_dir))


def test_stdin_and_published_flag() -> None:
    body = "Russia launched 30 drones at Ukraine overnight, the air force said.\n"
    proc = run("-", "--published", "2024-12-01", stdin=body)
    assert proc.returncode == 0, proc.stderr
    for ln in proc.stdout.splitlines():
        assert json.loads(ln)["article"]["published"] == "2024-12-01"
    empty = run("-", stdin="")
    assert empty.returncode == 1 and empty.stderr.startswith("warwire: error: <stdin>: empty")


def test_bad_options_exit_two() -> None:
    assert run("-", "--published", "someday", stdin="x").returncode == 2
    proc = run("-", "--format", "xml", stdin="x")
    assert proc.returncode == 2 and "--format 'xml' is not one of: jsonl, table, csv" in proc.stderr


def sample_events() -> list[Event]:
    ref = ArticleRef(id="abc", source="news/odesa.txt", title="Drones over Odesa", published="2024-12-01",
                     dateline="ODESA", agency="Reuters")
    return [
        Event(type="air_attack", date=dt.date(2024, 12, 1), date_precision="day", actor="Russia", target="Ukraine",
              weapon="drone", counts={"launched": 30, "intercepted": 24}, hedges={"launched": "more_than"},
              claimed_by="Ukrainian Air Force", evidence=[Span("Russia launched 30 drones", 0, 25)], article=ref),
        Event(type="strike", date=dt.date(2024, 12, 1), actor="Russia", target="Ukraine",
              location=Location(name="Odesa", country="UA", lat=46.48, lon=30.72), counts={"injured": 2},
              evidence=[Span("Two people were injured in Odesa.", 120, 153)], article=ref),
    ]


def test_jsonl_round_trips_the_contract() -> None:
    out = io.StringIO()
    assert write_events(sample_events(), "jsonl", out) == 2
    back = [Event.from_dict(json.loads(ln)) for ln in out.getvalue().splitlines()]
    assert [e.to_dict() for e in back] == [e.to_dict() for e in sample_events()]


def test_csv_has_a_column_per_count() -> None:
    out = io.StringIO()
    write_events(sample_events(), "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == CSV_COLUMNS
    assert (rows[0]["launched"], rows[0]["intercepted"], rows[0]["injured"]) == ("30", "24", "")
    assert json.loads(rows[0]["hedges"]) == {"launched": "more_than"}
    assert (rows[1]["location"], rows[1]["country"], rows[1]["latitude"], rows[1]["injured"]) == \
        ("Odesa", "Ukraine", "46.48", "2")
    assert rows[1]["evidence_start"] == "120" and rows[1]["article_source"] == "news/odesa.txt"
    assert rows[0]["source"] == "Reuters" and rows[0]["fatalities"] == "0"  # the outlet; ACLED writes 0, not blank


def test_table_shows_what_an_analyst_scans_for() -> None:
    out = io.StringIO()
    write_events(sample_events(), "table", out)
    text = out.getvalue()
    for cell in ("2024-12-01", "air_attack", "Russia → Ukraine", "drone", "Odesa", "launched >30",
                 "Ukrainian Air Force", "odesa.txt", "2 events"):
        assert cell in text, cell


def test_error_line_is_one_line() -> None:
    assert error_line("a.txt: bad\nthing") == "warwire: error: a.txt: bad thing"
    assert error_line("x\x1b[2J.txt: binary") == "warwire: error: x\\x1b[2J.txt: binary"


def read_all(fd: int, into: list[bytes]) -> None:
    import os

    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal closed: the process is done
            return
        if not chunk:
            return
        into.append(chunk)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_terminal_gets_a_table_and_a_progress_bar(tmp_path: Path) -> None:
    import os
    import pty
    import threading

    for n in range(3):
        (tmp_path / f"r{n}.txt").write_text(REPORT)
    out_leader, out_follower = pty.openpty()
    err_leader, err_follower = pty.openpty()
    shown: list[bytes] = []
    bar: list[bytes] = []
    readers = [threading.Thread(target=read_all, args=(out_leader, shown)),
               threading.Thread(target=read_all, args=(err_leader, bar))]
    for t in readers:
        t.start()
    proc = subprocess.Popen([sys.executable, "-m", "warwire", "extract", str(tmp_path)], stdout=out_follower,
                            stderr=err_follower, stdin=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "160"})
    os.close(out_follower)
    os.close(err_follower)
    assert proc.wait(timeout=120) == 0
    for t in readers:
        t.join(timeout=10)
    os.close(out_leader)
    os.close(err_leader)
    text = b"".join(shown).decode("utf-8", "replace")
    assert text.lstrip().startswith("┏") or "no events found" in text  # a table, not JSON lines
    assert not text.lstrip().startswith("{")
    assert "extracting" in b"".join(bar).decode("utf-8", "replace")
