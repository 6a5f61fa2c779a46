"""Place resolution: put each event's location on the map, with honest precision.

`Gazetteer` answers what a name can mean; `locate_events` is the pipeline stage that picks, for each
event, the meaning the article supports: an oblast named in the evidence sentence or elsewhere in the
text, other places the article names nearby, its dateline, then the bigger place.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from warwire.models import Article, Event, Location
from warwire.resolve.gazetteer import Gazetteer, Place, same_unit

__all__ = ["Gazetteer", "Place", "ArticleContext", "locate_events", "place_mentions"]

# A run of capitalised words (with "of", "on", "the" inside: "Sea of Azov", "Rostov-on-Don"), optionally
# followed by a region word: the phrases worth asking the gazetteer about.
_CANDIDATE = re.compile(
    r"(?<![\w’'])(?:[A-Z\u0400-\u042F\u0404\u0406\u0407\u0490][\w’'\-]*"
    r"(?:\s+(?:of|on|de|la|the)\s+[A-Z][\w’'\-]*|\s+[A-Z\u0400-\u042F][\w’'\-]*)*)"
    r"(?:\s+(?:border\s+)?(?:region|regions|oblast|province|krai|district|raion))?"
)
# Places inside names are not locations: "Kyiv Post", "Moscow time", "Kyiv Independent".
_NOT_A_LOCATION_AFTER = re.compile(r"\s+(?:Post|Independent|time|Times|Patriarchate|Dynamo|School|Pravda|"
                                   r"Metro|Oblast Military Administration|Declaration|Agreement|format)\b")


_WORD = re.compile(r"\S+")
_MAX_WORDS = 6  # "the Autonomous Republic of Crimea" is as long as place phrases get


@dataclass
class Mention:
    """A place named in the article: where, as written, and what it can mean."""

    start: int
    end: int
    text: str
    rows: list[int]


@dataclass
class ArticleContext:
    """What an article says about where it is: places named in it, regions, its dateline."""

    mentions: list[Mention] = field(default_factory=list)
    dateline: list[int] = field(default_factory=list)
    admin1_counts: dict[str, int] = field(default_factory=dict)
    country_counts: dict[str, int] = field(default_factory=dict)
    anchors: list[Place] = field(default_factory=list)  # places the article names without ambiguity


def place_mentions(text: str, gaz: Gazetteer | None = None) -> list[Mention]:
    """Every gazetteer place named in `text`, longest phrase first at each position."""
    gaz = gaz or Gazetteer.default()
    out: list[Mention] = []
    for m in _CANDIDATE.finditer(text):
        words = list(_WORD.finditer(m.group()))
        i = 1 if words and words[0].group() in ("The", "the") else 0
        while i < len(words):  # longest known phrase from each word on ("Sea of Azov", not "Sea")
            for j in range(min(len(words), i + _MAX_WORDS), i, -1):
                phrase = m.group()[words[i].start(): words[j - 1].end()]
                rows = gaz.candidate_rows(phrase)
                if rows:
                    s = m.start() + words[i].start()
                    if not _NOT_A_LOCATION_AFTER.match(text, s + len(phrase)):
                        out.append(Mention(s, s + len(phrase), phrase, rows))
                    i = j
                    break
            else:
                i += 1
    return out


def build_context(article: Article, gaz: Gazetteer) -> ArticleContext:
    """Read the article once for the places it names."""
    ctx = ArticleContext(mentions=place_mentions(article.body or "", gaz))
    if article.dateline_place:
        ctx.dateline = gaz.candidate_rows(article.dateline_place)
    for mention in ctx.mentions:
        places = [gaz.place(i) for i in mention.rows]
        first = places[0]
        if first.precision in ("admin1", "region") and first.admin1:
            ctx.admin1_counts[first.admin1] = ctx.admin1_counts.get(first.admin1, 0) + 1
        if len({p.country for p in places}) == 1 and first.country:
            ctx.country_counts[first.country] = ctx.country_counts.get(first.country, 0) + 1
        if len(places) == 1 and first.precision == "settlement" and first not in ctx.anchors:
            ctx.anchors.append(first)
    return ctx


def _km(a: Place, b: Place) -> float:
    # flat-earth distance: within the 150 km it is used for, off by well under 1%, and cheap
    dy = (a.lat - b.lat) * 110.57
    dx = (a.lon - b.lon) * 111.32 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)


def _score(p: Place, ctx: ArticleContext, gaz: Gazetteer, near: str) -> float:
    """How well the article supports reading the mention as `p` when nothing pins it down."""
    score = 3 * math.log10(p.population + 1)  # 0 (a village GeoNames lacks) .. 21 (Moscow)
    if p.precision in ("admin1", "region", "country"):
        score += 20  # a unit's own name ("Crimea") is what it says
    for region, n in ctx.admin1_counts.items():
        if p.precision != "admin1" and same_unit(p.admin1, region):
            score += 2 + min(n, 3)
            if region_named_in(near, region):
                score += 4
    if p.country:
        score += min(ctx.country_counts.get(p.country, 0), 3)  # an article about Ukraine means Ukraine's Odesa
    for i in ctx.dateline:
        if same_unit(gaz.place(i).admin1, p.admin1):
            score += 3
    nearest = min((_km(p, a) for a in ctx.anchors if a is not p), default=None)
    if nearest is not None and nearest < 150:
        score += (150 - nearest) / 50  # up to +3 for a place beside others the article names
    return score


def region_named_in(text: str, admin1: str) -> bool:
    """Whether `text` names the admin1 unit ("Donetsk region", "Donetsk Oblast")."""
    stem = admin1.rsplit(" ", 1)[0] if admin1.endswith((" Oblast", " Krai")) else admin1
    return bool(stem) and stem.lower() in text.lower()


# "Rozdolne in the Donetsk region", "Rozdolne, Donetsk Oblast", "Rozdolne (Kharkiv region)", "Rozdolne in
# the southern part of Ukraine's Donbas region": the unit that places this very mention.
_LINK_AFTER = re.compile(r"^(?:\s*,\s*|\s*\(\s*|\s+(?:in|of|near)\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,6}?"
                         r"(?=[A-Z])")
# "the Donetsk region's Rozdolne", "Donetsk region village of Rozdolne"
_LINK_BEFORE = re.compile(r"(?:region|oblast|Oblast|province)(?:'s|’s)?\s+(?:(?:village|town|city|settlement)"
                          r"(?:\s+of)?\s+)?$")


def linked_units(body: str, mention: str, gaz: Gazetteer) -> set[str]:
    """Admin1 units the text attaches to this mention ("X in the Y region"), spelled as gazetteer admin1s."""
    units: set[str] = set()
    start = 0
    for _ in range(6):
        at = body.find(mention, start)
        if at < 0:
            break
        start = end = at + len(mention)
        after = body[end: end + 100]
        m = _LINK_AFTER.match(after)
        if m:
            units |= _units_in(after[m.end():].split(".")[0][:60], gaz, first=True)
        before = body[max(0, at - 60): at]
        if _LINK_BEFORE.search(before):
            units |= _units_in(before, gaz, first=False)
    return units


def _units_in(snippet: str, gaz: Gazetteer, *, first: bool) -> set[str]:
    found = [m for m in place_mentions(snippet, gaz)
             if gaz.place(m.rows[0]).precision in ("admin1", "region")]
    if not found:
        return set()
    p = gaz.place((found[0] if first else found[-1]).rows[0])
    return set(gaz.covered_units(p))


def _pick(rows: list[int], ctx: ArticleContext, gaz: Gazetteer, near: str, linked: set[str]) -> Place:
    places = [gaz.place(i) for i in rows]
    if len(places) == 1:
        return places[0]
    if linked:  # the text says which unit: only its namesakes are in the running
        pool = [p for p in places if p.admin1 in linked and p.precision in ("settlement", "raion")]
        if pool:
            return max(pool, key=lambda p: _score(p, ctx, gaz, near))
    units = [p for p in places if p.precision in ("admin1", "region", "country")]
    if units:
        return units[0]
    by_size = sorted(places, key=lambda p: -p.population)
    if by_size[0].population >= 50_000 and by_size[0].population >= 10 * by_size[1].population:
        return by_size[0]  # Mykolaiv is the city unless the text says "Mykolaiv in the Lviv region"
    return max(places, key=lambda p: _score(p, ctx, gaz, near))


def _near_text(article: Article, ev: Event, mention: str) -> str:
    """The evidence sentence, or the sentence of the first mention when the event has no evidence."""
    body = article.body or ""
    if ev.evidence:
        s = ev.evidence[0]
        return body[max(0, s.start - 200): s.end + 200] if 0 <= s.start <= len(body) else s.text
    at = body.find(mention)
    return body[max(0, at - 200): at + 300] if at >= 0 else ""


def locate_events(article: Article, events: list[Event]) -> list[Event]:
    """Resolve each event's location against the gazetteer, using the whole article to pick homonyms."""
    if not events:
        return events
    gaz = Gazetteer.default()
    ctx: ArticleContext | None = None
    links: dict[str, set[str]] = {}
    for ev in events:
        try:
            if ev.location is None and ev.type == "territorial_claim" and ev.place:
                ev.location = Location(name=ev.place, mention=ev.place)
            loc = ev.location
            if loc is None or not isinstance(loc.name, str):
                continue
            mention = loc.mention or loc.name
            # A name the reader resolved to another spelling ("the Semeniv hromada" is Semenivka) competes with the
            # mention's own namesakes; the article's context picks among them all.
            rows = gaz.candidate_rows(mention) or gaz.candidate_rows(loc.name)
            if loc.name != mention:
                rows = list(dict.fromkeys([*rows, *gaz.candidate_rows(loc.name)]))
            if not rows:
                continue
            if ctx is None:
                ctx = build_context(article, gaz)
            if len(rows) > 1 and mention not in links:  # several events often share one place
                links[mention] = linked_units(article.body or "", mention, gaz)
            linked = links.get(mention, set())
            best = _pick(rows, ctx, gaz, _near_text(article, ev, mention), linked)
            ev.location = best.to_location(mention)
        except (ValueError, TypeError, AttributeError, IndexError, KeyError):
            continue  # an odd location is left as written rather than failing the article
    return events
