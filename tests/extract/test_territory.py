"""Territorial claims told with scare quotes, as nouns, or as a withdrawal, on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from warwire.models import Article, Event
from warwire.pipeline import extract_events

FRIDAY = dt.date(2025, 3, 14)


def claims(body: str) -> list[Event]:
    evs = extract_events(Article(source="test", body=body, published=FRIDAY))
    return [e for e in evs if e.type == "territorial_claim"]


def test_moscow_liberating_a_ukrainian_village_is_a_capture() -> None:
    (ev,) = claims("The Russian army has 'liberated' the settlement of Novoselivka in the Kharkiv region, Moscow said.")
    assert (ev.actor, ev.target, ev.place, ev.status) == ("Russia", "Ukraine", "Novoselivka", "captured")


def test_a_claim_told_as_a_noun() -> None:
    (ev,) = claims("Russia's Defence Ministry claimed the capture of Toretsk on Thursday.")
    assert (ev.actor, ev.place, ev.status, ev.date) == ("Russia", "Toretsk", "captured", dt.date(2025, 3, 13))
    assert ev.claimed_by == "Russian Defence Ministry"


def test_forces_withdrawn_from_a_town_lose_it() -> None:
    (ev,) = claims("Ukraine withdrew its forces from Avdiivka on Saturday to avoid encirclement, its army chief said.")
    assert (ev.actor, ev.place, ev.status) == ("Ukraine", "Avdiivka", "lost")


def test_a_town_said_to_have_fallen_is_captured() -> None:
    (ev,) = claims("British defence intelligence said the town of Kreminna, in Luhansk, has fallen.")
    assert (ev.actor, ev.place, ev.status) == ("Russia", "Kreminna", "captured")


def test_liberating_a_town_from_occupation_is_a_claim_but_a_war_aim_is_not() -> None:
    (ev,) = claims("The president praised the Ukrainian brigades for liberating from the Russian occupation of the village of Staromaiorske.")
    assert (ev.actor, ev.status) == ("Ukraine", "liberated")
    assert claims("Ukraine wins by liberating Crimea, he wrote.") == []


def test_settlements_listed_with_their_regions_are_a_claim_each() -> None:
    evs = claims("Moscow's troops have taken control of the settlements of Soloviove in the Donetsk region and "
                 "Kotliarivka in the Kharkiv region, the ministry said on Monday.")
    assert sorted(e.place for e in evs) == ["Kotliarivka", "Soloviove"]


def test_a_village_claimed_without_its_name_is_placed_in_its_region() -> None:
    (ev,) = claims("The Russian Defence Ministry said its troops had taken a village in Ukraine's Sumy region.")
    assert (ev.actor, ev.status, ev.place) == ("Russia", "captured", None)
    assert ev.location is not None and ev.location.name == "Sumy Oblast"
    (ev,) = claims("Russia claimed to have captured another Ukrainian village, at Novoselivka in the Kharkiv region.")
    assert ev.place == "Novoselivka"
    assert claims("Troops had taken a village somewhere near the border, a soldier said.") == []


def test_a_claim_told_in_a_clause_about_the_place_just_named() -> None:
    body = "Ukrainian troops still hold positions in Pokrovsk, a front-line city that Russia claimed to have taken."
    claims = [e for e in extract_events(Article(source="test", body=body, published=dt.date(2025, 12, 11)))
              if e.type == "territorial_claim"]
    assert [(e.actor, e.place, e.status) for e in claims] == [("Russia", "Pokrovsk", "captured")]
