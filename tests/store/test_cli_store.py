"""The store commands as a user runs them: events, incidents, incidents show, stats air, import airforce."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from store_corpus import AIRFORCE_EXCERPT, DEV, gold_events, read_article, second_report
from typer.testing import CliRunner

from warwire.cli import app
from warwire.export import ACLED_COLUMNS
from warwire.models import Location
from warwire.store import open_store

runner = CliRunner()
AFP = DEV / "afp-2024-11-30-landmines-drones.txt"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    with open_store(path) as store:
        article = read_article(AFP)
        events = gold_events(AFP, article)
        for ev in events:  # give the place events coordinates, as the gazetteer stage would
            if ev.location and ev.location.name == "Kherson":
                ev.location = Location(name="Kherson", admin1="Kherson Oblast", country="UA", lat=46.64, lon=32.61,
                                       precision="settlement")
        store.add_article(article, events)
        store.add_article(*second_report())
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_events_jsonl_carry_the_contract_and_incident(db: str) -> None:
    code, out, _ = run("events", "--db", db, "--type", "air_attack", "--claimed-by", "ukrainian air force",
                       "-f", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 2 and all(r["incident_id"] for r in rows)
    assert {r["counts"]["intercepted"] for r in rows} == {85, 88}


def test_events_csv_follows_acled_columns(db: str) -> None:
    code, out, _ = run("events", "--db", db, "--since", "2024-11-29", "--until", "2024-11-29", "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[:31] == ACLED_COLUMNS
    kherson = [r for r in rows if r["location"] == "Kherson"]
    assert kherson and kherson[0]["latitude"] == "46.64" and kherson[0]["fatalities"] == "1"
    assert kherson[0]["event_type"] == "Explosions/Remote violence" and kherson[0]["time_precision"] == "1"
    assert all(r["event_date"] == "2024-11-29" for r in rows)


def test_events_geojson_holds_the_events_with_coordinates(db: str) -> None:
    code, out, err = run("events", "--db", db, "-f", "geojson")
    assert code == 0
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection"
    assert [f["geometry"]["coordinates"] for f in collection["features"]] == [[32.61, 46.64]]
    assert "no coordinates" in err


def test_events_text_filter_and_table(db: str) -> None:
    code, out, _ = run("events", "--db", db, "--text", "jamming", "-f", "table")
    assert code == 0 and "air_attack" in out and "1 event" in out


def test_incidents_list_and_show_explain_the_merge(db: str) -> None:
    code, out, _ = run("incidents", "--db", db, "--type", "air_attack", "--weapon", "drone", "--actor", "Russia",
                       "-f", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    night = [r for r in rows if r["date"] == "2024-11-29"]
    assert len(night) == 1 and night[0]["sources"] == 2 and night[0]["disagreement"] is True
    code, out, _ = run("incidents", "show", night[0]["id"], "--db", db, "-f", "table")
    assert code == 0
    assert "why merged" in out and "same type air_attack" in out and "disagree" in out
    code, out, _ = run("incidents", "show", night[0]["id"], "--db", db, "-f", "jsonl")
    assert json.loads(out)["counts"]["intercepted"]["low"] == 85


def test_incidents_rebuild_merges_again_and_keeps_every_report(db: str) -> None:
    code, before, _ = run("incidents", "--db", db, "-f", "jsonl", "--limit", "1000")
    code, out, _ = run("incidents", "rebuild", "--db", db)
    assert code == 0 and out.strip() == f"{len(before.splitlines())} incidents"
    code, after, _ = run("incidents", "--db", db, "-f", "jsonl", "--limit", "1000")
    assert sorted(after.splitlines()) == sorted(before.splitlines())


def test_incidents_show_unknown_id_is_one_error_line(db: str) -> None:
    code, _, err = run("incidents", "show", "inc-nope", "--db", db)
    assert code == 1 and err.strip().startswith("warwire: error: incident 'inc-nope' not found")
    assert len(err.strip().splitlines()) == 1


def test_import_airforce_then_stats_air(db: str) -> None:
    code, out, _ = run("import", "airforce", str(AIRFORCE_EXCERPT), "--db", db)
    assert code == 0 and "nights stored" in out
    code, out, _ = run("stats", "air", "--db", db, "--since", "2024-11-29", "--until", "2024-11-29", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    record = [r for r in rows if r["claimant"] == "Ukrainian Air Force" and r["weapon"] == "drone"]
    assert [(r["launched"], r["intercepted"], r["lost"]) for r in record] == [("132", "88", "41")]
    code, out, _ = run("stats", "air", "--db", db, "-f", "table")
    assert code == 0 and "132" in out


def test_import_with_wrong_columns_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "wrong.csv"
    bad.write_text("when,what\n2024-11-29,drones\n")
    target = tmp_path / "never.db"
    code, _, err = run("import", "airforce", str(bad), "--db", str(target))
    assert code == 1 and err.startswith("warwire: error: ") and len(err.strip().splitlines()) == 1
    assert "wrong.csv" in err and not target.exists()


def test_corrupt_database_is_one_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("shopping list\n")
    code, _, err = run("events", "--db", str(bad))
    assert code == 1 and err.strip().startswith("warwire: error: ") and len(err.strip().splitlines()) == 1
    assert bad.read_text() == "shopping list\n"


def test_unreachable_postgresql_is_one_error_line() -> None:
    code, _, err = run("incidents", "--db", "postgresql://analyst:hunter2@127.0.0.1:1/none")
    assert code == 1 and err.startswith("warwire: error: ") and "hunter2" not in err


@pytest.mark.parametrize("command", [["events"], ["incidents"], ["incidents", "show"], ["stats", "air"],
                                     ["import", "airforce"]])
def test_every_command_has_help(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0 and "Usage" in out and "--db" in out


def test_console_script_runs_events(db: str) -> None:
    exe = Path(sys.executable).with_name("warwire")
    out = subprocess.run([str(exe), "events", "--db", db, "--limit", "1"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and len(out.stdout.splitlines()) == 1  # a pipe gets jsonl
