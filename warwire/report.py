"""Daily situation reports: the day's incidents as plain, cited sentences, one per incident.

Every sentence is written only from the fields of stored events, and carries the
articles it came from; a figure appears only when an event's `counts` holds it, and
is credited to a claimant only when the sentence stating it names that claimant.
Where the reports of one incident give different figures, each value is written
out with who gives it.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlparse

from warwire.models import add_days

SECTIONS = (
    ("air", "Air attacks"),
    ("casualties", "Strikes and casualties by place"),
    ("territory", "Territorial claims"),
    ("outages", "Infrastructure outages"),
    ("arms", "Arms transfers"),
    ("policy", "Policy"),
    ("other", "Protests and other events"),
)
_SECTION_OF = {
    "air_attack": "air", "strike": "casualties", "ground_combat": "casualties",
    "territorial_claim": "territory", "infrastructure_outage": "outages",
    "arms_transfer": "arms", "policy": "policy", "protest": "other",
}
_HEDGE_WORDS = {
    "more_than": "more than", "at_least": "at least", "about": "about",
    "nearly": "nearly", "up_to": "up to", "at_most": "at most",
}
_WEAPON_NOUNS = {
    "drone": "drones", "missile": "missiles", "glide_bomb": "glide bombs", "mixed": "drones and missiles",
}


class IncidentSource(Protocol):
    """What the report needs from a store: the incidents of a day, their events, and article metadata."""

    def query_incidents(self, q: Any) -> list[dict[str, Any]]: ...

    def get_incident(self, incident_id: str) -> dict[str, Any] | None: ...

    def get_article(self, article_id: str) -> dict[str, Any] | None: ...


@dataclass(frozen=True)
class Citation:
    """Where a sentence comes from: outlet, headline and a link (or the input's path)."""

    article_id: str
    outlet: str
    headline: str
    url: str | None
    source: str | None


@dataclass(frozen=True)
class Figure:
    """One number a sentence states, and the stored claim it comes from."""

    event_id: str
    key: str
    value: int


@dataclass
class Sentence:
    """One plain-language sentence with the citations and figures behind it."""

    text: str
    citations: list[Citation]
    figures: list[Figure] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    incident_id: str | None = None


@dataclass
class Section:
    """A heading and its sentences."""

    key: str
    title: str
    sentences: list[Sentence]


@dataclass
class Sitrep:
    """The situation report of one day."""

    day: dt.date
    sections: list[Section]
    event_count: int

    @property
    def empty(self) -> bool:
        return self.event_count == 0


def build_sitrep(store: IncidentSource, day: dt.date, limit: int = 2000) -> Sitrep:
    """Read the day's incidents (day-precise events only) from the store and write one cited sentence each."""
    from warwire.store import EventQuery

    citations = _Citations(store)
    grouped: dict[str, list[tuple[tuple[Any, ...], Sentence]]] = {key: [] for key, _ in SECTIONS}
    n_events = 0
    for summary in store.query_incidents(EventQuery(since=day, until=day, limit=limit)):
        full = store.get_incident(summary["id"])
        evs = [e for e in (full or {}).get("events") or []
               if e.get("date") == day.isoformat() and e.get("date_precision") == "day"]
        if not evs:
            continue
        n_events += len(evs)
        evs.sort(key=lambda e: (-len(e.get("counts") or {}), _order(e)))  # the fullest report leads
        cites = _unique(citations.of(e) for e in evs)
        sentence = describe_incident(evs, citations)
        sentence.citations = cites
        sentence.incident_id = summary["id"]
        grouped[_SECTION_OF.get(evs[0]["type"], "other")].append((_order(evs[0]), sentence))
    sections = [Section(key, title, [s for _, s in sorted(grouped[key], key=lambda p: p[0])])
                for key, title in SECTIONS if grouped[key]]
    return Sitrep(day, sections, n_events)


def _order(e: dict[str, Any]) -> tuple[Any, ...]:
    counts = e.get("counts") or {}
    # Biggest waves and deadliest strikes first: what an analyst reads first.
    return (-(counts.get("launched") or 0), -(counts.get("killed") or 0), -(counts.get("injured") or 0),
            (e.get("location") or {}).get("name") or e.get("place") or "", e.get("id", ""))


def _unique(items: Iterable[Citation]) -> list[Citation]:
    seen: dict[str, Citation] = {}
    for c in items:
        seen.setdefault(c.article_id, c)
    return list(seen.values())


class _Citations:
    """Citation per event, reading each article's outlet once."""

    def __init__(self, store: IncidentSource) -> None:
        self.store = store
        self.cache: dict[str, Citation] = {}

    def of(self, event: dict[str, Any]) -> Citation:
        art = event.get("article") or {}
        aid = art.get("id") or ""
        if aid not in self.cache:
            # Events stored before article references carried `outlet` lack the key: ask the articles table.
            full = self.store.get_article(aid) if aid and "outlet" not in art else None
            self.cache[aid] = Citation(
                article_id=aid,
                outlet=outlet_of({**art, **{k: v for k, v in (full or {}).items() if v}}),
                headline=art.get("title") or (full or {}).get("title") or "(no headline)",
                url=art.get("url"),
                source=art.get("source"),
            )
        return self.cache[aid]


def outlet_of(article: dict[str, Any]) -> str:
    """The outlet's name: stored outlet, else agency, else the link's host, else the input's name.

    An outlet that is only the link's host (what an HTML page that names no site gets) gives way
    to the wire agency of the dateline: "Reuters" says more than "reuters.com".
    """
    url = article.get("url")
    host = ((urlparse(url).hostname or "") if url else "").removeprefix("www.")
    outlet, agency = article.get("outlet"), article.get("agency")
    if outlet and not (agency and host and str(outlet).lower().removeprefix("www.") == host.lower()):
        return str(outlet)
    if agency:
        return str(agency)
    if host:
        return host
    source = str(article.get("source") or "unknown source")
    return source.rsplit("/", 1)[-1]


def figure(n: int, hedge: str | None) -> str:
    """A count as written in the report: digits, with the hedge the source used."""
    words = _HEDGE_WORDS.get(hedge or "")
    return f"{words} {n:,}" if words else f"{n:,}"


def describe(e: dict[str, Any]) -> tuple[str, list[Figure]]:
    """One sentence for one event, and the figures it states (each from `counts`)."""
    text, used = _clause_of(e)
    claimant = e.get("claimed_by")
    if claimant and not (e["type"] == "territorial_claim" and claimant == e.get("actor")):
        text += f", according to {_with_article(claimant)}"
    return text[0].upper() + text[1:] + ".", used


def _clause_of(e: dict[str, Any]) -> tuple[str, list[Figure]]:
    """What happened, as a clause without its claimant: the event's own writer over its counts."""
    counts: dict[str, int] = e.get("counts") or {}
    hedges: dict[str, str] = e.get("hedges") or {}
    used: list[Figure] = []

    def num(key: str) -> str:
        used.append(Figure(e.get("id", ""), key, counts[key]))
        return figure(counts[key], hedges.get(key))

    return _WRITERS.get(e["type"], _other)(e, counts, num), used


# How a figure is named when sources differ on it: "sources differ on the number shot down".
_KEY_WORDS = {
    "launched": "the number launched", "intercepted": "the number shot down", "lost": "the number lost",
    "hit": "the number that reached their targets", "killed": "the number killed", "injured": "the number injured",
    "captured": "the number captured", "affected": "the number affected", "quantity": "the quantity",
    "participants": "the number of participants",
}
_SHORT_KEYS = {"intercepted": "shot down", "lost": "lost to countermeasures", "hit": "reaching targets"}


@dataclass(frozen=True)
class _Claim:
    """One figure of one report: its value and hedge, who the report's sentence credits it to, and the report."""

    event_id: str
    value: int
    hedge: str | None
    claimant: str | None
    outlet: str


def describe_incident(evs: list[dict[str, Any]], citations: _Citations) -> Sentence:
    """One sentence for an incident: the leading report's account, each figure with the claimants that state it,
    and figures the sources disagree on written out value by value."""
    head = dict(evs[0])
    for key in ("actor", "target", "weapon", "place", "item", "status", "location"):
        if not head.get(key):
            head[key] = next((e[key] for e in evs if e.get(key)), head.get(key))
    claims: dict[str, list[_Claim]] = {}
    for e in evs:
        outlet = citations.of(e).outlet
        for key, value in (e.get("counts") or {}).items():
            who = e.get("claimed_by") if attributed(e, value) else None
            claims.setdefault(key, []).append(_Claim(e["id"], int(value), (e.get("hedges") or {}).get(key), who, outlet))
    main = {key: _main_claim(cs) for key, cs in claims.items()}
    merged = {**head, "counts": {k: c.value for k, c in main.items()},
              "hedges": {k: c.hedge for k, c in main.items() if c.hedge}}
    text, used = _clause_of(merged)
    stated = list(dict.fromkeys(f.key for f in used))
    figures = [Figure(c.event_id, k, c.value) for k in stated for c in claims[k] if c.value == main[k].value]
    disputed = [k for k in stated if len({c.value for c in claims[k]}) > 1]
    text += _credits(head, evs, [k for k in stated if k not in disputed], claims, main, bool(disputed))
    for key in disputed:
        text += f"; sources differ on {_KEY_WORDS.get(key, key)}: " + _spread(claims[key])
        figures += [Figure(c.event_id, key, c.value) for c in claims[key] if c.value != main[key].value]
    return Sentence(text[0].upper() + text[1:] + ".", [], figures, [e["id"] for e in evs])


def _main_claim(cs: list[_Claim]) -> _Claim:
    """The figure the sentence states: the value most reports give, attributed ones first, else the leading report's."""
    tally: dict[int, int] = {}
    for c in cs:
        tally[c.value] = tally.get(c.value, 0) + 1 + (c.claimant is not None)
    best = max(tally.values())
    return next(c for c in cs if tally[c.value] == best)


def _credits(head: dict[str, Any], evs: list[dict[str, Any]], keys: list[str], claims: dict[str, list[_Claim]],
             main: dict[str, _Claim], disputed: bool) -> str:
    """", according to X" for the agreed figures, naming the figures when not every one is X's."""
    if not keys:
        if disputed:  # every stated figure is disputed: the spread says who gives which
            return ""
        names = _names(e.get("claimed_by") for e in evs if attributed(e, None))
        if head["type"] == "territorial_claim" and names == [head.get("actor")]:
            return ""  # "Russia said it had captured X" already names who claims it
        return f", according to {_join(names)}" if names else ""
    by_who: dict[tuple[str, ...], list[str]] = {}
    for k in keys:
        whos = tuple(_names(c.claimant for c in claims[k] if c.value == main[k].value))
        if whos:
            by_who.setdefault(whos, []).append(k)
    if not by_who:
        return ""
    if not disputed and len(by_who) == 1 and len(next(iter(by_who.values()))) == len(keys):
        return f", according to {_join(list(next(iter(by_who))))}"
    parts = [f"{_join([_SHORT_KEYS.get(k, k) for k in ks])} according to {_join(list(whos))}"
             for whos, ks in by_who.items()]
    return " (" + "; ".join(parts) + ")"


def _spread(cs: list[_Claim]) -> str:
    """"88 according to the Ukrainian Air Force, 85 as reported by AFP": each value with who gives it.

    A claimant quoted with two values (two outlets reporting one statement differently) is followed by
    the outlet, so the reader sees where each version comes from.
    """
    values: dict[tuple[int, str | None], list[_Claim]] = {}
    for c in cs:
        values.setdefault((c.value, c.hedge), []).append(c)
    quoted: dict[str, set[int]] = {}
    for c in cs:
        if c.claimant:
            quoted.setdefault(c.claimant, set()).add(c.value)
    parts = []
    for (value, hedge), group in values.items():
        said = []
        for who in dict.fromkeys(c.claimant for c in group if c.claimant):
            outlets = list(dict.fromkeys(c.outlet for c in group if c.claimant == who))
            said.append(f"according to {_with_article(who)}" + (f" ({_join(outlets)})" if len(quoted[who]) > 1 else ""))
        outlets = list(dict.fromkeys(c.outlet for c in group if c.claimant is None))
        if outlets:
            said.append(f"as reported by {_join(outlets)}")
        parts.append(f"{figure(value, hedge)} {' and '.join(said)}")
    return ", ".join(parts)


def _names(items: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(_with_article(x) for x in items if x))


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def attributed(e: dict[str, Any], value: int | None) -> bool:
    """Whether the event's claimant is credited by the sentence (or its clause) that states the figure.

    The extractor may carry a claimant over from an earlier sentence; a report only repeats that claimant
    when the figure's own sentence names it ("..., the air force said"). A record the claimant issued
    (its headline starts "Ukrainian Air Force: ...") credits every figure in it.
    """
    claimant = e.get("claimed_by")
    if not claimant:
        return False
    if ((e.get("article") or {}).get("title") or "").startswith(claimant + ":"):
        return True
    from warwire.extract.context import PRONOUN, attribution

    spans = [s.get("text") or "" for s in e.get("evidence") or []]
    if value is None:  # no figure to find: the claimant must be the one every attributing sentence names
        whos = {w.lower() for w in (attribution(t) for t in spans) if w and w != PRONOUN}
        return whos == {claimant.lower()}
    forms = (f"{value:,}", str(value))
    number = re.compile(r"(?<![\d,])(?:" + "|".join(map(re.escape, forms)) + r")(?![\d,])")
    for sentence in [t for t in spans if number.search(t)] or spans[:1]:
        clause = next((c for c in _CLAUSES.split(sentence) if number.search(c)), sentence)
        who = attribution(clause) or attribution(sentence)
        if who and (who == PRONOUN or who.lower() == claimant.lower()):
            return True
    return False


# Where one clause of a sentence ends and another (maybe attributed to someone else) begins.
_CLAUSES = re.compile(r";|\s[—–]\s|,\s+(?:as|while|whereas|but)\s")


_INSTITUTIONS = ("force", "ministry", "staff", "service", "administration", "command", "office", "agency")


def _with_article(name: str) -> str:
    """'Ukrainian Air Force' reads as 'the Ukrainian Air Force'; people and countries keep no article."""
    if name.lower().startswith("the ") or not any(w in name.lower() for w in _INSTITUTIONS):
        return name
    return "the " + name


_MASS_NOUNS = ("infrastructure", "equipment", "housing", "property")


def _a(noun: str) -> str:
    """'a clinic', 'an apartment block'; plurals and mass nouns take no article."""
    low = noun.lower()
    if (low.endswith("s") and not low.endswith("ss")) or any(w in low for w in _MASS_NOUNS) \
            or low.startswith(("the ", "a ", "an ")):
        return noun
    return ("an " if low[:1] in "aeiou" else "a ") + noun


def _where(e: dict[str, Any]) -> str:
    name = (e.get("location") or {}).get("name") or e.get("place")
    return f" in {name}" if name else ""


def _casualties(counts: dict[str, int], num: Any) -> list[str]:
    parts = []
    if "killed" in counts:
        parts.append(f"{num('killed')} killed")
    if "injured" in counts:
        parts.append(f"{num('injured')} injured")
    if "captured" in counts:
        parts.append(f"{num('captured')} captured")
    return parts


def _air(e: dict[str, Any], counts: dict[str, int], num: Any) -> str:
    actor = e.get("actor") or "an unnamed side"
    noun = _WEAPON_NOUNS.get(e.get("weapon") or "", "drones and missiles")
    where = (e.get("location") or {}).get("name") or e.get("target")
    if "launched" in counts:
        if counts["launched"] == 1 and noun.endswith("s") and " and " not in noun:
            noun = noun[:-1]
        text = f"{actor} launched {num('launched')} {noun}" + (f" at {where}" if where else "")
    else:
        text = f"{actor} attacked {where or 'targets'} with {noun}"
    outcome = []
    if "intercepted" in counts:
        outcome.append(f"{num('intercepted')} were shot down")
    if "lost" in counts:
        outcome.append(f"{num('lost')} were lost to countermeasures")
    if "hit" in counts:
        outcome.append(f"{num('hit')} reached their targets")
    outcome += _casualties(counts, num)
    return text + ("; " + ", ".join(outcome) if outcome else "")


def _strike(e: dict[str, Any], counts: dict[str, int], num: Any) -> str:
    who = e.get("actor") or "an unnamed side"
    harm = _casualties(counts, num)
    if e["type"] == "ground_combat":
        return f"fighting{_where(e)}" + (" left " + " and ".join(harm) if harm else " was reported")
    hit = f" hit {_a(e['item'])}" if e.get("item") else ""
    if harm:
        return f"a strike by {who}{_where(e)}{hit}" + (" and" if hit else "") + " left " + " and ".join(harm)
    return f"a strike by {who}{hit}{_where(e)}" + ("" if hit else " was reported")


def _territory(e: dict[str, Any], counts: dict[str, int], num: Any) -> str:
    status = e.get("status") or "claimed"
    return f"{e.get('actor') or 'one side'} said it had {status} {e.get('place') or 'a settlement'}"


def _outage(e: dict[str, Any], counts: dict[str, int], num: Any) -> str:
    item = e.get("item") or "service"
    text = f"{item} was cut{_where(e) or ' in ' + (e.get('target') or 'an unnamed area')}"
    if "affected" in counts:
        text += f", leaving {num('affected')} people or customers without it"
    return text


def _arms(e: dict[str, Any], counts: dict[str, int], num: Any) -> str:
    qty = f"{num('quantity')} " if "quantity" in counts else ""
    status = e.get("status") or "discussed"
    to = f" to {e['target']}" if e.get("target") else ""
    return f"{e.get('actor') or 'a supplier'} {status} {qty}{e.get('item') or 'weapons'}{to}"


def _policy(e: dict[str, Any], counts: dict[str, int], num: Any) -> str:
    status = e.get("status") or "discussed"
    return f"{e.get('actor') or 'a government'} {status} {e.get('item') or 'a decision'}"


def _protest(e: dict[str, Any], counts: dict[str, int], num: Any) -> str:
    who = f"{num('participants')} " if "participants" in counts else ""
    against = f" against {e['target']}" if e.get("target") else ""
    return f"{who}{e.get('actor') or 'protesters'} protested{_where(e)}{against}"


def _other(e: dict[str, Any], counts: dict[str, int], num: Any) -> str:
    return f"{e['type'].replace('_', ' ')}{_where(e)}"


_WRITERS = {
    "air_attack": _air, "strike": _strike, "ground_combat": _strike, "territorial_claim": _territory,
    "infrastructure_outage": _outage, "arms_transfer": _arms, "policy": _policy, "protest": _protest,
}


_BUILT = "Built from the incidents (events merged across reports) dated"


def _long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def render_markdown(sitrep: Sitrep) -> str:
    """The report as Markdown: a heading per section, each sentence followed by its citations."""
    lines = [f"# Situation report: {_long_date(sitrep.day)}", ""]
    if sitrep.empty:
        lines.append(f"No events dated {sitrep.day.isoformat()} are in the store.")
        return "\n".join(lines) + "\n"
    lines.append(f"{_BUILT} {sitrep.day.isoformat()}: one sentence per incident, every sentence names its sources.")
    for section in sitrep.sections:
        lines += ["", f"## {section.title}", ""]
        for s in section.sentences:
            lines.append(f"- {_md_escape(s.text)} {_md_citations(s.citations)}")
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    # Stored text is data: neutralise Markdown and raw HTML so a renderer shows it as written.
    out = html.escape(text, quote=False)
    for ch in "\\`*_[]":
        out = out.replace(ch, "\\" + ch)
    return out


def _md_citations(cites: list[Citation]) -> str:
    parts = []
    for c in cites:
        label = f"{_md_escape(c.outlet)}, “{_md_escape(c.headline)}”"
        link = _safe_url(c.url)
        parts.append(f"{label}, <{link}>" if link else f"{label}, {_md_escape(c.source or c.article_id)}")
    return "(" + "; ".join(parts) + ")"


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links are rendered as links: `javascript:` and the like stay out."""
    if not url or urlparse(url).scheme not in ("http", "https"):
        return None
    return url.replace(">", "%3E").replace("<", "%3C").replace(" ", "%20")


def render_html(sitrep: Sitrep, stylesheet: str | None = "/static/sitrep.css", standalone: bool = False) -> str:
    """The report as an HTML page; all stored text is escaped.

    `standalone` (a file to forward) inlines the CSS and leaves out every link back to the server, so nothing
    in the file points at a path that only the dashboard can answer.
    """
    e = html.escape
    title = f"Situation report: {_long_date(sitrep.day)}"
    head = f'<link rel="stylesheet" href="{e(stylesheet)}">' if stylesheet and not standalone else ""
    body = []
    if standalone:
        from importlib.resources import files

        head = f"<style>{files('warwire.web').joinpath('static/sitrep.css').read_text()}</style>"
    else:
        prev, nxt = add_days(sitrep.day, -1), add_days(sitrep.day, 1)  # held at the calendar's ends
        body.append(f'<nav><a href="/sitrep/{prev.isoformat()}">← {prev.isoformat()}</a> · <a href="/">dashboard</a> · '
                    f'<a href="/sitrep/{nxt.isoformat()}">{nxt.isoformat()} →</a> · '
                    f'<a href="/sitrep/{sitrep.day.isoformat()}?format=md">Markdown</a></nav>')
    body.append(f"<h1>{e(title)}</h1>")
    if sitrep.empty:
        body.append(f'<p class="empty">No events dated {e(sitrep.day.isoformat())} are in the store.</p>')
    else:
        body.append(f"<p>{_BUILT} {e(sitrep.day.isoformat())}: one sentence per incident, every sentence names its "
                    "sources.</p>")
    for section in sitrep.sections:
        body.append(f"<section><h2>{e(section.title)}</h2><ul>")
        for s in section.sentences:
            cites = "; ".join(_html_citation(c, standalone) for c in s.citations)
            body.append(f'<li><span class="claim">{e(s.text)}</span> <span class="cite">({cites})</span></li>')
        body.append("</ul></section>")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(title)}</title>{head}'
        f'</head><body><main class="sitrep">{"".join(body)}</main></body></html>\n'
    )


def _source_name(c: Citation) -> str:
    return (c.source or c.article_id).rsplit("/", 1)[-1]


def _html_citation(c: Citation, standalone: bool = False) -> str:
    """Outlet, headline and the link written out (a forwarded report may be printed); no link, the input's name."""
    e = html.escape
    label = f"{e(c.outlet)}, “{e(c.headline)}”"
    link = _safe_url(c.url)
    if link:
        return f'{label}, <a href="{e(link)}" rel="noopener noreferrer">{e(link)}</a>'
    if standalone:  # the dashboard's article view is not there when the file is opened elsewhere
        return f'{label}, <span title="{e(c.source or "")}">{e(_source_name(c))}</span>'
    return f'{label}, <a href="/#article/{e(c.article_id)}" title="{e(c.source or "")}">{e(_source_name(c))}</a>'
