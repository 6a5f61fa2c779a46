"""Daily situation reports: the day's stored events as plain, cited sentences.

Every sentence is written only from the fields of stored events, and carries the
articles it came from; a figure appears only when an event's `counts` holds it.
"""
from __future__ import annotations

import datetime as dt
import html
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


class EventSource(Protocol):
    """What the report needs from a store: the events of a day, and article metadata."""

    def query_events(self, q: Any) -> list[dict[str, Any]]: ...

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


def build_sitrep(store: EventSource, day: dt.date, limit: int = 2000) -> Sitrep:
    """Read the day's events (day-precise dates only) from the store and write them as cited sentences."""
    from warwire.store import EventQuery

    events = store.query_events(EventQuery(since=day, until=day, limit=limit))
    events = [e for e in events if e.get("date") == day.isoformat() and e.get("date_precision") == "day"]
    citations = _Citations(store)
    grouped: dict[str, list[Sentence]] = {key: [] for key, _ in SECTIONS}
    for group in _same_claims(events):
        head = group[0]
        section = _SECTION_OF.get(head["type"], "other")
        text, figures = describe(head)
        cites = _unique(citations.of(e) for e in group)
        all_figures = [Figure(e["id"], f.key, f.value) for e in group for f in figures]
        grouped[section].append(Sentence(text, cites, all_figures, [e["id"] for e in group]))
    sections = [Section(key, title, grouped[key]) for key, title in SECTIONS if grouped[key]]
    return Sitrep(day, sections, len(events))


def _same_claims(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Events that say the same thing (same fields and figures), so several reports give one sentence."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for e in sorted(events, key=_order):
        loc = (e.get("location") or {}).get("name")
        key = (e["type"], e.get("actor"), e.get("target"), e.get("weapon"), loc, e.get("place"),
               e.get("item"), e.get("status"), e.get("claimed_by"),
               tuple(sorted((e.get("counts") or {}).items())), tuple(sorted((e.get("hedges") or {}).items())))
        groups.setdefault(key, []).append(e)
    return list(groups.values())


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

    def __init__(self, store: EventSource) -> None:
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
    counts: dict[str, int] = e.get("counts") or {}
    hedges: dict[str, str] = e.get("hedges") or {}
    used: list[Figure] = []

    def num(key: str) -> str:
        used.append(Figure(e.get("id", ""), key, counts[key]))
        return figure(counts[key], hedges.get(key))

    writer = _WRITERS.get(e["type"], _other)
    text = writer(e, counts, num)
    claimant = e.get("claimed_by")
    if claimant and not (e["type"] == "territorial_claim" and claimant == e.get("actor")):
        text += f", according to {_with_article(claimant)}"
    return text[0].upper() + text[1:] + ".", used


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


def _long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def render_markdown(sitrep: Sitrep) -> str:
    """The report as Markdown: a heading per section, each sentence followed by its citations."""
    lines = [f"# Situation report: {_long_date(sitrep.day)}", ""]
    if sitrep.empty:
        lines.append(f"No events dated {sitrep.day.isoformat()} are in the store.")
        return "\n".join(lines) + "\n"
    lines.append(f"Built from the stored events dated {sitrep.day.isoformat()}; every sentence names its sources.")
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
        parts.append(f"[{label}](<{link}>)" if link else f"{label}, {_md_escape(c.source or c.article_id)}")
    return "(" + "; ".join(parts) + ")"


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links are rendered as links: `javascript:` and the like stay out."""
    if not url or urlparse(url).scheme not in ("http", "https"):
        return None
    return url.replace(">", "%3E").replace("<", "%3C").replace(" ", "%20")


def render_html(sitrep: Sitrep, stylesheet: str | None = "/static/sitrep.css", standalone: bool = False) -> str:
    """The report as an HTML page; all stored text is escaped. `standalone` inlines the CSS (for a file)."""
    e = html.escape
    title = f"Situation report: {_long_date(sitrep.day)}"
    head = f'<link rel="stylesheet" href="{e(stylesheet)}">' if stylesheet and not standalone else ""
    if standalone:
        from importlib.resources import files

        head = f"<style>{files('warwire.web').joinpath('static/sitrep.css').read_text()}</style>"
    prev, nxt = add_days(sitrep.day, -1), add_days(sitrep.day, 1)  # held at the calendar's ends
    body = [f'<nav><a href="/sitrep/{prev.isoformat()}">← {prev.isoformat()}</a> · <a href="/">dashboard</a> · '
            f'<a href="/sitrep/{nxt.isoformat()}">{nxt.isoformat()} →</a> · '
            f'<a href="/sitrep/{sitrep.day.isoformat()}?format=md">Markdown</a></nav>', f"<h1>{e(title)}</h1>"]
    if sitrep.empty:
        body.append(f'<p class="empty">No events dated {e(sitrep.day.isoformat())} are in the store.</p>')
    else:
        body.append(f"<p>Built from the stored events dated {e(sitrep.day.isoformat())}; every sentence names its sources.</p>")
    for section in sitrep.sections:
        body.append(f"<section><h2>{e(section.title)}</h2><ul>")
        for s in section.sentences:
            cites = "; ".join(_html_citation(c) for c in s.citations)
            body.append(f'<li><span class="claim">{e(s.text)}</span> <span class="cite">({cites})</span></li>')
        body.append("</ul></section>")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(title)}</title>{head}'
        f'</head><body><main class="sitrep">{"".join(body)}</main></body></html>\n'
    )


def _html_citation(c: Citation) -> str:
    e = html.escape
    label = f"{e(c.outlet)}, “{e(c.headline)}”"
    link = _safe_url(c.url)
    if link:
        return f'<a href="{e(link)}" rel="noopener noreferrer">{label}</a>'
    name = (c.source or c.article_id).rsplit("/", 1)[-1]
    return f'{label}, <a href="/#article/{e(c.article_id)}" title="{e(c.source or "")}">{e(name)}</a>'
