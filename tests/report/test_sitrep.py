"""The daily situation report: cited sentences, and no figure without a stored claim behind it."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warwire.models import Article, Event, Location, Span
from warwire.report import Sitrep, build_sitrep, describe, render_html, render_markdown
from warwire.store import EventQuery, open_store

DAY = dt.date(2024, 11, 29)
NUMBER = re.compile(r"\d[\d,]*")


@pytest.fixture(scope="module")
def sitrep(dev_store_path: Path) -> Sitrep:
    with open_store(str(dev_store_path)) as store:
        return build_sitrep(store, DAY)


@pytest.fixture(scope="module")
def day_counts(dev_store_path: Path) -> dict[str, dict[str, int]]:
    """Every stored event of the day: id -> its counts (the claims)."""
    with open_store(str(dev_store_path)) as store:
        return {e["id"]: e["counts"] for e in store.query_events(EventQuery(since=DAY, until=DAY, limit=1000))}


def sentences(rep: Sitrep) -> list:
    return [s for section in rep.sections for s in section.sentences]


def test_air_attack_figures_with_the_air_force_as_claimant(sitrep: Sitrep) -> None:
    air = next(s for s in sentences(sitrep) if "132" in s.text)
    assert re.search(r"\b88\b", air.text) and re.search(r"\b41\b", air.text)
    assert "Air Force" in air.text
    assert air.citations and air.citations[0].outlet == "AFP"
    assert air.citations[0].headline.startswith("US landmine offer")


def test_the_death_in_kherson_is_reported_and_cited(sitrep: Sitrep) -> None:
    kherson = [s for s in sentences(sitrep) if "Kherson" in s.text and "killed" in s.text]
    assert kherson, [s.text for s in sentences(sitrep)]
    assert any(f.key == "killed" and f.value == 1 for f in kherson[0].figures)
    assert kherson[0].citations


def test_the_claim_on_rozdolne_is_reported_and_cited(sitrep: Sitrep) -> None:
    claim = next(s for s in sentences(sitrep) if "Rozdolne" in s.text)
    assert "captured" in claim.text and "Russia" in claim.text
    assert claim.citations


def test_every_sentence_carries_a_citation(sitrep: Sitrep) -> None:
    assert sentences(sitrep)
    for s in sentences(sitrep):
        assert s.citations, s.text
        assert all(c.outlet and c.headline and (c.url or c.source) for c in s.citations)


def test_every_number_in_a_sentence_is_a_stored_claim(sitrep: Sitrep, day_counts: dict[str, dict[str, int]]) -> None:
    for s in sentences(sitrep):
        stated = {int(n.replace(",", "")) for n in NUMBER.findall(s.text)}
        backed = {f.value for f in s.figures if day_counts.get(f.event_id, {}).get(f.key) == f.value}
        assert stated <= backed, f"{s.text!r}: {stated - backed} has no stored claim"


def test_every_number_in_the_markdown_is_a_stored_claim(sitrep: Sitrep, day_counts: dict[str, dict[str, int]]) -> None:
    md = render_markdown(sitrep)
    stored = {v for counts in day_counts.values() for v in counts.values()}
    date_words = {str(DAY.day), str(DAY.year)}
    for line in md.splitlines():
        if line.startswith("- "):
            claim = line[2: line.rindex(". (") + 1]  # the sentence, without its citations
            for n in NUMBER.findall(claim):
                assert int(n.replace(",", "")) in stored, f"{n} in {line!r} is not a stored figure"
        elif line.startswith("# "):
            assert {n for n in NUMBER.findall(line)} <= date_words
    assert "132" in md and "Rozdolne" in md


def test_an_empty_day_says_so(dev_store_path: Path) -> None:
    with open_store(str(dev_store_path)) as store:
        rep = build_sitrep(store, dt.date(1999, 1, 1))
    assert rep.empty and not rep.sections
    assert "No events dated 1999-01-01" in render_markdown(rep)
    assert "No events dated 1999-01-01" in render_html(rep)


def test_cli_prints_the_same_report(dev_store_path: Path, sitrep: Sitrep) -> None:
    out = subprocess.run([sys.executable, "-m", "warwire", "sitrep", "--date", DAY.isoformat(),
                          "--db", str(dev_store_path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout == render_markdown(sitrep)
    bad = subprocess.run([sys.executable, "-m", "warwire", "sitrep", "--date", "29/11/2024",
                          "--db", str(dev_store_path)], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_hostile_stored_text_is_escaped_in_html_and_markdown(tmp_path: Path) -> None:
    body = 'Officials said a strike hit <img src=x onerror="alert(1)"> in Testville, killing 3 people.'
    art = Article(source="hostile.txt", body=body, title="<script>alert('t')</script> headline",
                  url="javascript:alert(2)", published=DAY)
    ev = Event(type="strike", date=DAY, date_precision="day", actor="Russia", target="Ukraine",
               location=Location(name="<b>Testville</b>"), item='<img src=x onerror="alert(1)">',
               counts={"killed": 3}, claimed_by="officials", evidence=[Span(body, 0, len(body))])
    with open_store(str(tmp_path / "h.db")) as store:
        store.add_article(art, [ev])
        rep = build_sitrep(store, DAY)
    page = render_html(rep)
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "javascript:" not in page.split("</title>")[1].split("href=")[0]
    assert 'href="javascript' not in page
    md = render_markdown(rep)
    assert "<script>" not in md and "(<javascript" not in md and "](javascript" not in md


NAMES = st.text(alphabet="abcdefghij KLMNOP-'<>&", min_size=1, max_size=12)


@given(
    kind=st.sampled_from(["air_attack", "strike", "ground_combat", "territorial_claim", "infrastructure_outage",
                          "arms_transfer", "protest", "policy"]),
    counts=st.dictionaries(st.sampled_from(["launched", "intercepted", "lost", "hit", "killed", "injured",
                                            "captured", "affected", "quantity", "participants"]),
                           st.integers(0, 2_000_000), max_size=6),
    hedge=st.sampled_from([None, "more_than", "about", "up_to"]),
    actor=st.none() | NAMES, place=st.none() | NAMES, item=st.none() | NAMES, claimant=st.none() | NAMES,
    weapon=st.sampled_from([None, "drone", "missile", "glide_bomb", "mixed"]),
)
def test_a_sentence_states_only_figures_from_its_event(kind, counts, hedge, actor, place, item, claimant,
                                                       weapon) -> None:  # type: ignore[no-untyped-def]
    ev = {"id": "e1", "type": kind, "actor": actor, "target": "Ukraine", "weapon": weapon, "item": item,
          "location": {"name": place} if place else None, "place": place, "status": "captured",
          "counts": counts, "hedges": {k: hedge for k in counts if hedge}, "claimed_by": claimant}
    text, figures = describe(ev)
    stated = [int(n.replace(",", "")) for n in NUMBER.findall(text)]
    assert sorted(stated) == sorted(f.value for f in figures)
    assert all(counts[f.key] == f.value for f in figures)
    assert text.endswith(".") and text[0] == text[0].upper()
