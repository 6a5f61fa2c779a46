"""The data warwire passes between stages: articles in, events out.

Plain dataclasses; this module imports nothing else from warwire so every
other module can depend on it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_TYPES = (
    "air_attack",
    "strike",
    "ground_combat",
    "territorial_claim",
    "infrastructure_outage",
    "arms_transfer",
    "protest",
    "policy",
)
COUNT_KEYS = (
    "launched", "intercepted", "lost", "hit", "killed", "injured", "captured",
    "affected", "quantity", "participants",
)
HEDGES = ("more_than", "at_least", "about", "nearly", "up_to", "at_most")
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
GEO_PRECISIONS = ("settlement", "raion", "admin1", "region", "country")


def content_hash(*parts: object, length: int = 16) -> str:
    """Stable hex id of the given parts: same content, same id, run after run."""
    h = hashlib.sha256()
    for part in parts:
        # surrogatepass: a lone surrogate (which UTF-8 cannot encode) still hashes, and hashes apart from U+FFFD
        h.update(json.dumps(part, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def add_days(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, held at the ends of the calendar (0001-01-01, 9999-12-31) instead of overflowing."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


REPLACEMENT = "\ufffd"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text every store can hold: NUL (refused by PostgreSQL) and lone surrogates (which UTF-8 cannot encode)
    become U+FFFD, one character for one, so character offsets into the text still hold."""
    if text.isascii() and "\x00" not in text:
        return text
    return _UNSTORABLE.sub(REPLACEMENT, text) if _UNSTORABLE.search(text) else text


@dataclass
class Span:
    """A stretch of an article's body: text with character offsets into `Article.body`."""

    text: str
    start: int
    end: int


@dataclass
class Location:
    """Where an event happened: its name, the words the text used, and (once resolved) coordinates.

    `name` is the settlement as the source spells it ("Kupyansk") or the normalised region ("Kherson
    Oblast"); `canonical` is the gazetteer's name for the same place ("Kupiansk"), so spellings meet.
    """

    name: str
    mention: str | None = None
    canonical: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    geonames_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Article:
    """One news report, as read from an input: metadata plus the body text events point into."""

    source: str
    body: str
    title: str | None = None
    headlines: list[str] = field(default_factory=list)
    url: str | None = None
    published: dt.date | None = None
    published_at: dt.datetime | None = None
    dateline: str | None = None
    dateline_place: str | None = None
    agency: str | None = None
    language: str = "en"
    outlet: str | None = None
    key: str | None = None  # the caller's own id for this article (API `id`, JSON `id`): names its versions

    def __setattr__(self, name: str, value: Any) -> None:
        # Every text field is cleaned as it is set, so no reader, caller or later stage can store what a
        # database refuses, and offsets computed on the body are offsets into the stored body.
        if isinstance(value, str):
            value = clean_text(value)
        elif name == "headlines" and value:
            value = [clean_text(h) if isinstance(h, str) else h for h in value]
        object.__setattr__(self, name, value)

    @property
    def id(self) -> str:
        """Content hash of the text and its date: the same report read twice has one id."""
        return content_hash(self.title, self.body, self.published)

    def ref(self) -> ArticleRef:
        return ArticleRef(
            id=self.id,
            source=self.source,
            title=self.title,
            url=self.url,
            published=self.published.isoformat() if self.published else None,
            dateline=self.dateline,
            agency=self.agency,
            outlet=self.outlet,
        )


@dataclass
class ArticleRef:
    """The article fields every event carries (see spec/events.md).

    `outlet` (who published it: a site's name, a channel, a dataset) rides along so a
    citation needs no second lookup; like every field here but `id`, it is not part of
    any event id.
    """

    id: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    dateline: str | None = None
    agency: str | None = None
    outlet: str | None = None


@dataclass
class Event:
    """One event record, in the shape of the output contract (spec/events.md)."""

    type: str
    date: dt.date | None = None
    date_precision: str = "unknown"
    actor: str | None = None
    target: str | None = None
    weapon: str | None = None
    location: Location | None = None
    place: str | None = None
    item: str | None = None
    status: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    hedges: dict[str, str] = field(default_factory=dict)
    claimed_by: str | None = None
    evidence: list[Span] = field(default_factory=list)
    article: ArticleRef | None = None

    @property
    def id(self) -> str:
        """Content hash of the article and of what the event says, so re-runs never duplicate it."""
        return content_hash(
            self.article.id if self.article else None,
            self.type,
            self.date,
            self.actor,
            self.target,
            self.weapon,
            self.location.name if self.location else None,
            self.place,
            self.item,
            self.status,
            sorted(self.counts.items()),
            [(s.start, s.end) for s in self.evidence],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the contract, `id` first."""
        return {
            "id": self.id,
            "type": self.type,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "actor": self.actor,
            "target": self.target,
            "weapon": self.weapon,
            "location": self.location.to_dict() if self.location else None,
            "place": self.place,
            "item": self.item,
            "status": self.status,
            "counts": dict(self.counts),
            "hedges": dict(self.hedges),
            "claimed_by": self.claimed_by,
            "evidence": [asdict(s) for s in self.evidence],
            "article": asdict(self.article) if self.article else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """Rebuild an event from its contract form (the inverse of `to_dict`)."""
        loc = d.get("location")
        art = d.get("article")
        date = d.get("date")
        return cls(
            type=d["type"],
            date=dt.date.fromisoformat(date[:10]) if date else None,
            date_precision=d.get("date_precision") or "unknown",
            actor=d.get("actor"),
            target=d.get("target"),
            weapon=d.get("weapon"),
            location=Location(**loc) if loc else None,
            place=d.get("place"),
            item=d.get("item"),
            status=d.get("status"),
            counts=dict(d.get("counts") or {}),
            hedges=dict(d.get("hedges") or {}),
            claimed_by=d.get("claimed_by"),
            evidence=[Span(**s) for s in d.get("evidence") or []],
            article=ArticleRef(**art) if art else None,
        )
