"""Whole bulletins -> events: counts per weapon, totals, regions, claimants, evidence offsets.

The sample bulletins are written for these tests in the channels' style (no real post is copied).
"""
from __future__ import annotations

import datetime as dt

from warwire.extract.official import extract_bulletin
from warwire.models import Article, Event
from warwire.parse.language import detect_language
from warwire.pipeline import extract_events

AIR_FORCE = """⚡️ ЗБИТО/ПОДАВЛЕНО 85 ВОРОЖИХ БПЛА
У ніч на 3 березня (з 18:00 2 березня) противник атакував двома балістичними ракетами Іскандер-М з Курської обл. та 97 ударними БпЛА типу Shahed, Гербера.
Зафіксовано влучання балістичної ракети та 9 ударних БпЛА на 5 локаціях, а також падіння уламків на 2 локаціях."""

DEFENCE_MINISTRY = ("⚡️ В течение прошедшей ночи дежурными средствами ПВО **перехвачены и уничтожены 17 украинских "
                    "беспилотных летательных аппаратов самолетного типа**:  ▫️ **десять** – над территорией "
                    "**Курской области**, ▫️ по три – над территориями Орловской и Тульской областей, ▫️ один – над "
                    "акваторией Азовского моря.  🔹 [Минобороны России](https://t.me/mod_russia)")


def _read(body: str, published: str = "2026-03-03") -> list[Event]:
    art = Article(source="sample.txt", body=body, published=dt.date.fromisoformat(published),
                  language=detect_language(body))
    events = extract_bulletin(art)
    for ev in events:
        for span in ev.evidence:
            assert body[span.start:span.end] == span.text, "evidence must point into the body"
    return events


def _brief(events: list[Event]) -> list[tuple]:
    return sorted(((e.weapon, e.location.name if e.location else None, sorted(e.counts.items()),
                    sorted(e.hedges.items())) for e in events), key=str)


def test_air_force_summary() -> None:
    events = _read(AIR_FORCE)
    assert _brief(events) == sorted([
        ("drone", None, [("hit", 9), ("intercepted", 85), ("launched", 97)], []),
        ("missile", None, [("hit", 1), ("launched", 2)], []),
    ], key=str)
    for ev in events:
        assert (ev.type, ev.actor, ev.target, ev.claimed_by) == ("air_attack", "Russia", "Ukraine", "Ukrainian Air Force")
        assert (ev.date, ev.date_precision) == (dt.date(2026, 3, 3), "day")
    drone = next(e for e in events if e.weapon == "drone")
    assert [s.text.split()[0] for s in drone.evidence] == ["⚡️", "У", "Зафіксовано"]


def test_defence_ministry_regions_and_total() -> None:
    events = _read(DEFENCE_MINISTRY)
    assert _brief(events) == sorted([
        ("drone", "Kursk Oblast", [("intercepted", 10)], []),
        ("drone", "Oryol Oblast", [("intercepted", 3)], []),
        ("drone", "Tula Oblast", [("intercepted", 3)], []),
        ("drone", "Sea of Azov", [("intercepted", 1)], []),
    ], key=str)
    kursk = next(e for e in events if e.location and e.location.name == "Kursk Oblast")
    assert kursk.location.mention == "Курской области"
    assert {(e.actor, e.target, e.claimed_by) for e in events} == {("Ukraine", "Russia", "Russian Defence Ministry")}


def test_lost_and_not_reaching_targets() -> None:
    events = _read("⚡️ ЗБИТО 40 ВОРОЖИХ БПЛА, ЩЕ 12 – ЛОКАЦІЙНО ВТРАЧЕНО\n"
                   "Противник атакував 60-ма ударними БпЛА.")
    assert _brief(events) == [("drone", None, [("intercepted", 40), ("launched", 60), ("lost", 12)], [])]
    events = _read("⚡️ ЗБИТО/ПОДАВЛЕНО 31 ЦІЛЬ, 25 БПЛА НЕ ДОСЯГЛИ ЦІЛЕЙ – …")
    assert _brief(events) == [("drone", None, [("intercepted", 31), ("lost", 25)], [])]


def test_a_total_of_its_breakdown_is_not_an_event() -> None:
    events = _read("⚡️ ЗНИЩЕНО 50 ПОВІТРЯНИХ ЦІЛЕЙ: 20 РАКЕТ ТА 30 УДАРНИХ БПЛА")
    assert _brief(events) == sorted([("missile", None, [("intercepted", 20)], []),
                                     ("drone", None, [("intercepted", 30)], [])], key=str)


def test_a_total_not_fully_broken_down_stays_as_mixed() -> None:
    events = _read("Противник атакував 120 засобами повітряного нападу:\n- 100 ударними БпЛА типу Shahed;\n"
                   "- 20 крилатими ракетами Х-101.\n⚡️ ЗБИТО/ПОДАВЛЕНО 110 ЦІЛЕЙ")
    assert _brief(events) == sorted([
        ("drone", None, [("launched", 100)], []), ("missile", None, [("launched", 20)], []),
        ("mixed", None, [("intercepted", 110)], []),
    ], key=str)


def test_targets_of_a_drone_only_attack_are_drones() -> None:
    events = _read("⚡️ ЗБИТО/ПОДАВЛЕНО 60 ЦІЛЕЙ ПРОТИВНИКА\nПротивник атакував 70 ударними БпЛА типу Shahed.")
    assert _brief(events) == [("drone", None, [("intercepted", 60), ("launched", 70)], [])]


def test_of_and_all() -> None:
    assert _brief(_read("⚡️ЗНИЩЕНО 21 із 24 УДАРНИХ ДРОНІВ")) == [
        ("drone", None, [("intercepted", 21), ("launched", 24)], [])]
    events = _read("Около 05.00 мск пресечена попытка атаки четырьмя беспилотными летательными аппаратами по "
                   "объектам на территории Тверской области. Средствами ПВО все БПЛА уничтожены.", "2024-05-01")
    assert _brief(events) == [("drone", "Tver Oblast", [("intercepted", 4), ("launched", 4)], [])]


def test_hedges() -> None:
    events = _read("⚡️ ЗНИЩЕНО 30 УДАРНИХ БПЛА\nУсього зафіксовано понад 40 ударних БпЛА.")
    assert _brief(events) == [("drone", None, [("intercepted", 30), ("launched", 40)], [("launched", "more_than")])]


def test_singular_drone_over_one_region() -> None:
    events = _read("Около 14.00 мск дежурными средствами ПВО уничтожен украинский беспилотный летательный "
                   "аппарат самолетного типа над территорией Республики Крым.")
    assert _brief(events) == [("drone", "Crimea", [("intercepted", 1)], [])]


def test_one_figure_over_several_regions_has_no_location() -> None:
    events = _read("С 8.00 до 12.00 мск дежурными средствами ПВО уничтожены 25 украинских беспилотных летательных "
                   "аппаратов над территориями Брянской, Калужской областей и Московского региона.")
    assert _brief(events) == [("drone", None, [("intercepted", 25)], [])]


def test_region_in_parentheses_and_landmark_regions() -> None:
    events = _read("Дежурными средствами ПВО перехвачены и уничтожены украинские беспилотные летательные аппараты "
                   "над территориями Липецкой (6 БпЛА) и Пензенской (2 БпЛА) областей. Еще один беспилотник "
                   "уничтожен над акваторией Черного моря вблизи Крымского полуострова.")
    assert _brief(events) == sorted([
        ("drone", "Lipetsk Oblast", [("intercepted", 6)], []), ("drone", "Penza Oblast", [("intercepted", 2)], []),
        ("drone", "Black Sea", [("intercepted", 1)], []),
    ], key=str)


def test_markdown_inside_words_keeps_offsets() -> None:
    body = "В период с 7.00 до 9.00 мск дежурными средствами ПВО п**ерехвачены и уничтожены **12** украинских БПЛА"
    events = _read(body)
    assert _brief(events) == [("drone", None, [("intercepted", 12)], [])]
    assert events[0].evidence[0].text.startswith("В период")


def test_posts_without_figures_give_no_events() -> None:
    assert _read("Расчеты ПВО круглосуточно выполняют задачи по прикрытию войск.") == []
    assert _read("") == []


def test_pipeline_routes_official_bulletins_by_language() -> None:
    art = Article(source="sample.txt", body=DEFENCE_MINISTRY, published=dt.date(2026, 3, 3),
                  language=detect_language(DEFENCE_MINISTRY))
    events = extract_events(art)
    assert len(events) == 4 and all(e.article and e.article.source == "sample.txt" for e in events)
    assert len({e.id for e in events}) == 4, "event ids are distinct"
    assert [e.id for e in extract_events(art)] == [e.id for e in events], "ids are stable"
