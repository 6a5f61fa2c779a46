"""A command line that refuses mistakes: wrong values exit 2 with the allowed ones and the nearest, a missing
database exits 1 naming it, `--help` offers only what a command accepts, `serve` says what it serves."""
from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.store.store_dbs import BACKENDS, new_db
from warwire.cli import app
from warwire.models import Article, Event, Location, Span
from warwire.store import open_store

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> object:
    with new_db(request.param, tmp_path) as url:
        body = "Russia launched 40 drones at Kherson overnight, the air force said."
        art = Article(source="a.txt", body=body, title="Night", published=__import__("datetime").date(2024, 11, 29))
        ev = Event(type="air_attack", date=art.published, date_precision="day", actor="Russia", target="Ukraine",
                   weapon="drone", counts={"launched": 40}, claimed_by="Ukrainian Air Force",
                   location=Location(name="Kherson", country="UA", lat=46.64, lon=32.61, precision="settlement"),
                   evidence=[Span(body, 0, len(body))])
        with open_store(url) as store:
            store.add_article(art, [ev])
        yield url


@pytest.mark.parametrize(("args", "nearest"), [
    (["events", "--type", "strik"], "strike"),
    (["events", "--type", "air-attack"], "air_attack"),
    (["incidents", "--type", "air-attack"], "air_attack"),
    (["events", "--weapon", "drones"], "drone"),
    (["incidents", "--weapon", "missiles"], "missile"),
    (["events", "--format", "jsnol"], "jsonl"),
])
def test_an_unknown_value_exits_2_with_the_allowed_ones_and_the_nearest(db: str, args: list[str], nearest: str) -> None:
    code, out, err = run(*args, "--db", db)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and f"did you mean {nearest}?" in err and "is not one of:" in err


@pytest.mark.parametrize("command", [["events"], ["incidents"], ["stats", "air"]])
def test_reversed_and_bad_dates_exit_2_everywhere(db: str, command: list[str]) -> None:
    code, _, err = run(*command, "--since", "2024-12-01", "--until", "2024-11-01", "--db", db)
    assert code == 2 and "--since 2024-12-01 is after --until 2024-11-01" in err
    code, _, err = run(*command, "--since", "2024-13-45", "--db", db)
    assert code == 2 and "--since '2024-13-45' is not a date" in err


def test_sitrep_bad_date_and_format_exit_2(db: str) -> None:
    assert run("sitrep", "--date", "yesterday", "--db", db)[0] == 2
    assert run("sitrep", "--date", "2024-11-29", "-f", "pdf", "--db", db)[0] == 2


@pytest.mark.parametrize("command", [["events"], ["incidents"], ["incidents", "show", "inc-0"], ["stats", "air"],
                                     ["sitrep", "--date", "2024-11-29"], ["serve"]])
def test_a_read_command_on_a_missing_file_exits_1_and_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo.db"
    code, out, err = run(*command, "--db", str(missing))
    assert code == 1 and out == ""
    assert err.strip() == (f"warwire: error: {missing}: database file does not exist; store articles in it first "
                           f"with `warwire ingest PATH --db {missing}`, or pass the right --db")
    assert not missing.exists()


def test_help_offers_only_the_formats_a_command_accepts() -> None:
    def formats(*command: str) -> str:
        out = subprocess.run([sys.executable, "-m", "warwire", *command, "--help"], capture_output=True, text=True,
                             timeout=60, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"}).stdout
        return " ".join(line for line in out.splitlines() if "--format" in line or "Output" in line)

    for command in (["incidents"], ["incidents", "show"], ["stats", "air"]):
        text = formats(*command)
        assert "table" in text and "geojson" not in text, command
    assert "csv" not in formats("incidents", "show")
    assert "geojson" in formats("events")
    dask = subprocess.run([sys.executable, "-m", "warwire", "ingest", "--help"], capture_output=True, text=True,
                          timeout=60, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"}).stdout
    assert "pip install 'warwire[dask]'" in dask


def test_serve_names_its_database_and_a_busy_port_is_one_line(db: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "warwire", "serve", "--db", db, "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert re.fullmatch(rf"warwire: error: cannot listen on 127\.0\.0\.1:{port} \(.+\); stop what uses it or pass "
                        r"--port N", lines[-1]), lines
    assert not any("dashboard at" in line for line in lines)


def test_serve_says_what_it_serves(db: str) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "warwire", "serve", "--db", db, "--port", "0"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        first = proc.stderr.readline() if proc.stderr else ""
        second = proc.stderr.readline() if proc.stderr else ""
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    shown = db.replace("postgresql://", "postgresql+psycopg://")  # the engine URL, password hidden
    assert first.strip() == f"warwire: serving {shown} (1 event)", first
    assert re.match(r"warwire: dashboard at http://127\.0\.0\.1:\d+/", second) and ":0/" not in second


def test_tables_keep_every_column_and_whole_ids_at_80_columns(db: str) -> None:
    import io

    from warwire.cli.common import write_table

    with open_store(db) as store:
        from warwire.store import EventQuery

        rows = store.query_events(EventQuery())
        incident = rows[0]["incident_id"]
        events = [Event.from_dict({k: v for k, v in r.items() if k != "incident_id"}) for r in rows]
    out = io.StringIO()
    write_table(events, out, width=80)
    text = out.getvalue()
    assert max(len(line) for line in text.splitlines()) <= 80
    for cell in ("2024-11-29", "air_attack", "Russia → Ukraine", "drone", "Kherson", "launched 40",
                 "Ukrainian Air Force", "a.txt"):
        assert cell in text, cell
    for command in (["incidents"], ["stats", "air"], ["events"]):
        result = subprocess.run([sys.executable, "-m", "warwire", *command, "--db", db, "-f", "table"],
                                capture_output=True, text=True, timeout=60, env={"COLUMNS": "80", "PATH": "/usr/bin:/bin"})
        assert result.returncode == 0, result.stderr
        assert max(len(line) for line in result.stdout.splitlines()) <= 80, command
        assert "2024-11-29" in result.stdout and "40" in result.stdout, command
        if command != ["events"]:
            assert incident in result.stdout, command  # whole, to copy into `incidents show`
