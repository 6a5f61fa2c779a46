"""Draft events: what a reader found in one sentence, before merging and before it becomes an `Event`."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from warwire.extract.context import SentenceInfo
from warwire.extract.numbers import Quantity
from warwire.models import Event, Location, Span


@dataclass
class Draft:
    """An event under construction, with the sentences it was read from."""

    type: str
    info: SentenceInfo
    date: dt.date | None = None
    date_precision: str = "unknown"
    actor: str | None = None
    target: str | None = None
    weapon: str | None = None
    kind: str = ""
    location: Any = None      # a PlaceHit
    place: str | None = None
    item: str | None = None
    status: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    hedges: dict[str, str] = field(default_factory=dict)
    claimed_by: str | None = None
    sentences: list[SentenceInfo] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sentences:
            self.sentences = [self.info]
        # Whether the sentence itself dates the event (rather than the article's day standing in).
        self.dated = self.info.explicit_date() is not None

    def add_count(self, key: str, q: Quantity) -> None:
        """Record a figure; an exact figure replaces a hedged one for the same key."""
        if key in self.counts and not self.hedges.get(key) and q.hedge:
            return
        self.counts[key] = q.value
        if q.hedge:
            self.hedges[key] = q.hedge
        else:
            self.hedges.pop(key, None)

    def to_event(self) -> Event:
        """The contract-form event, with evidence spans into the body."""
        location = None
        if self.location is not None:
            location = Location(name=self.location.name, mention=self.location.mention,
                                country=self.location.country)
        seen = set()
        evidence = []
        for s in sorted(self.sentences, key=lambda i: i.sentence.start):
            if s.sentence.start in seen:
                continue
            seen.add(s.sentence.start)
            evidence.append(Span(s.sentence.text, s.sentence.start, s.sentence.end))
        return Event(
            type=self.type, date=self.date, date_precision=self.date_precision if self.date else "unknown",
            actor=self.actor, target=self.target, weapon=self.weapon, location=location, place=self.place,
            item=self.item, status=self.status, counts=dict(self.counts), hedges=dict(self.hedges),
            claimed_by=self.claimed_by, evidence=evidence,
        )
