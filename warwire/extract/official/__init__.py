"""Official air-defence bulletins read natively: Ukraine's Air Force (Ukrainian) and Russia's Defence Ministry (Russian).

    clean text -> figures (number, weapon, count key) -> regions -> groups -> events

Normalised values are in English, as in spec/events.md; evidence keeps the original text.
"""
from __future__ import annotations

import re

from warwire.extract.official.assemble import Group, group_figures
from warwire.extract.official.dates import bulletin_date
from warwire.extract.official.figures import read_figures
from warwire.extract.official.lexicon import lexicon
from warwire.extract.official.regions import assign_regions
from warwire.extract.official.text import Clean
from warwire.models import Article, Event, Location, Span

__all__ = ["extract_bulletin"]

AIR_FORCE = ("Russia", "Ukraine", "Ukrainian Air Force")
DEFENCE_MINISTRY = ("Ukraine", "Russia", "Russian Defence Ministry")
# Russian-language text about "the enemy" attacking is a Ukrainian source writing in Russian.
# Only tokens that could be missile words need a lexicon look-up.
_MISSILE_HINT = re.compile(r"(?<!\w)(?:ракет|крил|крыл|баліст|баллист|керов|управл|протикор|противок|калібр|калибр|онікс|оникс|"
                           r"п-800|іскан|искан|кинд|кінд|кинж|цирк|х-|x-|kn-|непт|atacms|атакмс|storm|шторм)[\w'/\-]*")
_UKRAINIAN_SOURCE_RU = re.compile(r"противник атаковал|воздушные силы|повітрян\w+ сил")


def extract_bulletin(article: Article) -> list[Event]:
    """The air-attack events of one Ukrainian or Russian official bulletin."""
    clean = Clean(article.body)
    lang = article.language if article.language in ("uk", "ru") else "ru"
    figures = read_figures(clean, lang)
    if not figures:
        return []
    figures = assign_regions(clean, figures, lang)
    groups = group_figures(figures, _missiles_named(clean.text))
    date, precision = bulletin_date(clean.text, article.published, article.published_at,
                                     "Europe/Kyiv" if lang == "uk" else "Europe/Moscow")
    actor, target, claimant = _sides(lang, clean.text)
    return [_event(g, clean, date, precision, actor, target, claimant) for g in groups]


def _sides(lang: str, text: str) -> tuple[str, str, str]:
    if lang == "uk" or _UKRAINIAN_SOURCE_RU.search(text):
        return AIR_FORCE
    return DEFENCE_MINISTRY


def _missiles_named(text: str) -> bool:
    lex = lexicon()
    return any((w := lex.weapon(tok)) is not None and w.cls == "missile" for tok in _MISSILE_HINT.findall(text))


def _event(group: Group, clean: Clean, date, precision: str, actor: str, target: str, claimant: str) -> Event:  # type: ignore[no-untyped-def]
    location = None
    if group.region:
        mention = clean.span(*group.region_span).text if group.region_span else None
        location = Location(name=group.region, mention=mention)
    return Event(
        type="air_attack",
        date=date,
        date_precision=precision,
        actor=actor,
        target=target,
        weapon=group.cls,
        location=location,
        counts=dict(group.counts),
        hedges=dict(group.hedges),
        claimed_by=claimant,
        evidence=_evidence(clean, group.spans),
    )


def _evidence(clean: Clean, spans: list[tuple[int, int]]) -> list[Span]:
    """The sentences holding the group's figures, each once, in text order."""
    out: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for start, _end in sorted(spans):
        s = clean.sentence_at(start)
        if (s.start, s.end) in seen:
            continue
        seen.add((s.start, s.end))
        span = clean.span(s.start, s.end)
        if span.text:
            out.append(span)
    return out
