"""The situation report is written from incidents: one sentence each, disagreements spelt out, claimants only
where the figure's own sentence names them, and a saved HTML file that works on its own. Both backends."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store.store_dbs import BACKENDS, new_db
from warwire.models import Article, Event, Location, Span
from warwire.report import Sitrep, build_sitrep, render_html, render_markdown
from warwire.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "warwire" / "data" / "samples"
DAY = dt.date(2024, 11, 29)


@pytest.fixture(scope="module", params=BACKENDS)
def samples_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bundled samples and the Air Force record, stored the way `make demo` stores them."""
    with new_db(request.param, tmp_path_factory.mktemp("sitrep")) as url:
        for args in (["ingest", str(SAMPLES)], ["import", "airforce", str(SAMPLES / "airforce-record-2024-11.csv")]):
            done = subprocess.run([sys.executable, "-m", "warwire", *args, "--db", url],
                                  capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr
        yield url


@pytest.fixture(scope="module")
def samples_report(samples_db: str) -> Sitrep:
    with open_store(samples_db) as store:
        return build_sitrep(store, DAY)


def lines(rep: Sitrep) -> list[str]:
    return [s.text for section in rep.sections for s in section.sentences]


def test_each_incident_is_one_sentence(samples_db: str, samples_report: Sitrep) -> None:
    with open_store(samples_db) as store:
        incident_ids = [s.incident_id for section in samples_report.sections for s in section.sentences]
        assert len(incident_ids) == len(set(incident_ids))
        for iid in incident_ids:
            assert store.get_incident(iid or "") is not None
    texts = lines(samples_report)
    assert len([t for t in texts if re.search(r"\b132\b", t)]) == 1, texts
    assert len([t for t in texts if re.search(r"\b47\b", t)]) == 1, texts


def test_a_disagreement_is_written_out_value_by_value(samples_report: Sitrep) -> None:
    night = next(t for t in lines(samples_report) if re.search(r"\b132\b", t))
    assert re.search(r"sources differ on the number shot down: 88 according to [^,]+.*, 85 according to", night), night
    # the value each report gives is backed by that report's own event
    s = next(s for section in samples_report.sections for s in section.sentences if s.text == night)
    assert {f.value for f in s.figures if f.key == "intercepted"} == {85, 88}


def test_the_saved_html_file_stands_on_its_own(samples_db: str, tmp_path: Path) -> None:
    out = tmp_path / "sitrep.html"
    done = subprocess.run([sys.executable, "-m", "warwire", "sitrep", "--date", DAY.isoformat(), "-f", "html",
                           "-o", str(out), "--db", samples_db], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert "<style>" in page and "<link" not in page and "src=" not in page
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
    assert "Harbour News Agency" in page and "Ukraine says it downed 85 Russian drones" in page


def test_the_dashboard_page_keeps_its_navigation(samples_report: Sitrep) -> None:
    assert 'href="/sitrep/2024-11-28"' in render_html(samples_report)


def strike(tmp_path: Path, sentence: str, claimant: str) -> str:
    """The report of one stored strike whose evidence is `sentence` and whose claimant is `claimant`."""
    body = "Russia launched drones at Ukraine overnight, the Ukrainian air force said. " + sentence
    art = Article(source="t.txt", body=body, title="Strike on Testville", url="https://news.example/t", published=DAY,
                  outlet="Example News")
    start = body.index(sentence)
    ev = Event(type="strike", date=DAY, date_precision="day", actor="Russia", target="Ukraine",
               location=Location(name="Testville"), counts={"killed": 1, "injured": 8}, claimed_by=claimant,
               evidence=[Span(sentence, start, start + len(sentence))])
    with open_store(str(tmp_path / "c.db")) as store:
        store.add_article(art, [ev])
        return render_markdown(build_sitrep(store, DAY))


def test_a_claimant_from_another_sentence_is_not_credited(tmp_path: Path) -> None:
    md = strike(tmp_path, "A strike on Testville killed 1 person and injured 8, officials said.", "Ukrainian Air Force")
    line = next(x for x in md.splitlines() if x.startswith("- "))
    assert "killed" in line and "Air Force" not in line.split(" (Example News")[0], line
    assert "Example News, “Strike on Testville”, <https://news.example/t>" in line


def test_a_claimant_named_in_the_figures_sentence_is_credited(tmp_path: Path) -> None:
    md = strike(tmp_path, "A strike on Testville killed 1 person and injured 8, the Ukrainian air force said.",
                "Ukrainian Air Force")
    assert "left 1 killed and 8 injured, according to the Ukrainian Air Force." in md, md
