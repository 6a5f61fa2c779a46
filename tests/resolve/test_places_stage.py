"""The `locate_events` stage: events get coordinates, admin1 and precision from the article's context."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from warwire.models import Article, Event, Location, Span
from warwire.pipeline import default_stages
from warwire.resolve.places import Gazetteer, locate_events, place_mentions


def article(body: str, **kw: object) -> Article:
    return Article(source="test", body=body, published=dt.date(2024, 11, 30), **kw)  # type: ignore[arg-type]


def evidence(body: str, phrase: str) -> list[Span]:
    at = body.index(phrase)
    return [Span(phrase, at, at + len(phrase))]


def test_stage_is_in_the_default_pipeline() -> None:
    assert locate_events in default_stages()


def test_event_location_is_filled_in() -> None:
    body = "A drone hit a clinic in the southern city of Kherson overnight, officials said."
    ev = Event(type="strike", location=Location(name="Kherson", mention="Kherson"), evidence=evidence(body, "A drone"))
    [out] = locate_events(article(body), [ev])
    assert out.location is not None
    assert (out.location.name, out.location.admin1, out.location.country) == ("Kherson", "Kherson Oblast", "UA")
    assert out.location.precision == "settlement" and out.location.geonames_id
    assert abs(out.location.lat - 46.64) < 0.05 and abs(out.location.lon - 32.61) < 0.05  # type: ignore[operator]


def test_homonym_is_chosen_by_the_oblast_named_in_the_text() -> None:
    body = ("Russia's defence ministry said its forces had captured the village of Rozdolne "
            "in the Donetsk region, one of several advances claimed this week.")
    ev = Event(type="territorial_claim", place="Rozdolne", status="captured",
               evidence=evidence(body, "captured the village"))
    [out] = locate_events(article(body), [ev])
    assert out.location is not None and out.location.admin1 == "Donetsk Oblast"
    assert out.location.precision == "raion"  # the register knows it; GeoNames has no point


def test_homonym_follows_another_oblast_when_the_text_names_it() -> None:
    body = "Shelling hit Rozdolne in Crimea, the Russian-installed authorities said."
    ev = Event(type="strike", location=Location(name="Rozdolne"), evidence=evidence(body, "Shelling"))
    [out] = locate_events(article(body), [ev])
    assert out.location is not None and out.location.admin1 == "Crimea"


def test_homonym_near_other_places_in_the_article() -> None:
    body = ("Fighting raged around Kramatorsk and Sloviansk. Further south, troops held the line near "
            "Oleksandrivka, the General Staff said.")
    ev = Event(type="ground_combat", location=Location(name="Oleksandrivka"), evidence=evidence(body, "Further"))
    [out] = locate_events(article(body), [ev])
    assert out.location is not None and out.location.admin1 == "Donetsk Oblast"


def test_unknown_names_are_left_as_written() -> None:
    ev = Event(type="strike", location=Location(name="Xyzzyville", mention="Xyzzyville"))
    [out] = locate_events(article("Something happened in Xyzzyville."), [ev])
    assert out.location == Location(name="Xyzzyville", mention="Xyzzyville")


def test_odd_events_do_not_raise() -> None:
    evs = [Event(type="strike", location=Location(name=None)),  # type: ignore[arg-type]
           Event(type="strike", location=Location(name="Kyiv"), evidence=[Span("x", 10**6, 10**6 + 1)]),
           Event(type="territorial_claim", place=""), Event(type="policy")]
    out = locate_events(article(""), evs)
    assert out[1].location is not None and out[1].location.name == "Kyiv"
    assert locate_events(article("Kyiv"), []) == []


def test_places_inside_names_are_not_mentions() -> None:
    text = ("The Kyiv Post reported at 10:00 Moscow time that a Russian drone hit Odesa, "
            "Ukrainian officials told the Kyiv Independent.")
    found = [m.text for m in place_mentions(text, Gazetteer.default())]
    assert found == ["Odesa"]


def test_mentions_keep_offsets_and_longest_phrases() -> None:
    text = "Ships in the Sea of Azov and the Rostov border region were hit."
    found = {m.text: (m.start, m.end) for m in place_mentions(text)}
    assert "Sea of Azov" in found and "Rostov border region" in found
    s, e = found["Sea of Azov"]
    assert text[s:e] == "Sea of Azov"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40), st.text(max_size=300))
def test_stage_never_raises(name: str, body: str) -> None:
    ev = Event(type="strike", location=Location(name=name, mention=name), evidence=[Span(name, 0, len(name))])
    [out] = locate_events(article(body + " " + name), [ev])
    assert out.location is not None


def test_a_kyiv_district_puts_the_event_in_kyiv() -> None:
    import datetime as _dt

    from warwire.models import Article as _Article
    from warwire.pipeline import extract_events as _extract

    body = "A drone hit a residential building in the Solomianskyi district overnight, injuring three people."
    [ev] = _extract(_Article(source="t", body=body, published=_dt.date(2025, 3, 2)))
    assert ev.type == "strike" and ev.location is not None
    assert (ev.location.name, ev.location.country, ev.location.mention) == ("Kyiv", "UA", "Solomianskyi district")
