"""The extraction pipeline: an Article in, its events out.

A stage is a plain function `(Article, list[Event]) -> list[Event]`; the
pipeline is a list of stages you can print, reorder and test one by one.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from warwire.models import Article, Event

Stage = Callable[[Article, list[Event]], list[Event]]


def _read_events(article: Article, events: list[Event]) -> list[Event]:
    """Find the events in the article's text (English news, or official bulletins)."""
    from warwire.extract import read_events

    return events + read_events(article)


def default_stages() -> list[Stage]:
    """The stages `extract_events` runs, in order: candidates, then the decider's verdict on each."""
    from warwire.extract.decide import decide_events

    return candidate_stages() + [decide_events]


def candidate_stages() -> list[Stage]:
    """The stages that propose events, located and named, before the decider judges them."""
    stages: list[Stage] = [_read_events]
    try:
        from warwire.resolve.places import locate_events
    except ImportError:  # the gazetteer stage is optional until it ships
        pass
    else:
        stages.append(locate_events)
        stages.append(keep_written_names)
    return stages


_CUE_WORDS = re.compile(r"^(?:the\s+)?(?:(?:\w+ern|central)\s+)?(?:(?:city|town|village|port|settlement)\s+of\s+)?", re.I)


_PART_OF_PLACE = re.compile(r"\b(?:district|raion|region|oblast|microdistrict|neighbo(?:u)?rhood)\b", re.I)


def keep_written_names(article: Article, events: list[Event]) -> list[Event]:
    """Name settlements as the source spells them, keeping the gazetteer's spelling in `canonical`."""
    for ev in events:
        loc = ev.location
        if loc is None or loc.lat is None:
            continue
        loc.canonical = loc.canonical or loc.name
        if loc.precision in ("settlement", "raion") and loc.mention:
            written = _CUE_WORDS.sub("", loc.mention).strip()
            # A spelling of the same place ("Kupyansk", "Kotliary"), not a part of it ("the Solomianskyi district")
            # nor a slip ("Sevirodontsk" for Sievierodonetsk, which keeps the gazetteer's name).
            if written and written[0].isupper() and written.lower() != loc.name.lower() \
                    and not _PART_OF_PLACE.search(written) and _a_spelling_of(written, loc.name):
                loc.name = written
    return events


_SAME_SOUND = str.maketrans("yj", "ii")


def _a_spelling_of(written: str, name: str) -> bool:
    """Whether `written` is a way of spelling `name` (one the gazetteer knows, or i and y swapped), not a slip."""
    if written.lower().translate(_SAME_SOUND) == name.lower().translate(_SAME_SOUND):
        return True
    from warwire.resolve.gazetteer import Gazetteer
    return Gazetteer.default().is_place(written)


def extract_events(article: Article, stages: list[Stage] | None = None) -> list[Event]:
    """Run every stage over one article and return its events, each pointing back at the article."""
    events: list[Event] = []
    for stage in stages if stages is not None else default_stages():
        events = stage(article, events)
    ref = article.ref()
    for ev in events:
        ev.article = ref
    return events
