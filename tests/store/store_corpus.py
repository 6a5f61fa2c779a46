"""Real inputs for the store tests: dev articles with their gold events, and our own extra reports."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from warwire.models import Article, Event, Span

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev"
FIXTURES = ROOT / "tests" / "fixtures"
AIRFORCE_EXCERPT = FIXTURES / "airforce_excerpt.csv"


def dev_texts() -> list[Path]:
    return sorted(DEV.glob("*.txt"))


def read_article(path: Path) -> Article:
    """A dev article as the ingest readers see it (headline, date, body)."""
    from warwire.ingest import read_inputs

    items = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    assert items, f"{path}: the reader returned no article"
    return items[0]


def gold_events(path: Path, article: Article) -> list[Event]:
    """The article's gold events in contract form, attached to the article (evidence: the sentence naming a figure)."""
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text())
    ref = article.ref()
    out = []
    for g in gold["events"]:
        ev = Event.from_dict({**g, "article": None})
        ev.article = ref
        ev.evidence = _evidence(article.body, ev)
        out.append(ev)
    return out


def _evidence(body: str, ev: Event) -> list[Span]:
    """The first sentence of the body that holds one of the event's figures (gold files carry none)."""
    for value in ev.counts.values():
        for form in (f"{value:,}", str(value)):
            at = body.find(form)
            if at >= 0:
                start = body.rfind(".", 0, at) + 1
                end = body.find(".", at)
                end = len(body) if end < 0 else end + 1
                while start < end and body[start].isspace():
                    start += 1
                return [Span(body[start:end], start, end)]
    return []


def dev_corpus() -> list[tuple[Article, list[Event]]]:
    """Every dev article with its gold events."""
    out = []
    for path in dev_texts():
        art = read_article(path)
        out.append((art, gold_events(path, art)))
    return out


SECOND_REPORT = (
    "Russia launched 132 attack drones at Ukraine overnight, the air force says\n"
    "KYIV, Nov 29 - Russia attacked Ukraine with 132 Shahed-type drones overnight into Friday, "
    "Ukraine's air force said. Air defences shot down 85 of the drones, and 41 others were lost "
    "to electronic jamming, the air force said in a statement on Telegram.\n"
)


def second_report() -> tuple[Article, list[Event]]:
    """Our own short report of the night ending 29 Nov 2024, with a different shot-down figure (85)."""
    article = Article(source="tests/second-report-2024-11-29.txt", body=SECOND_REPORT.split("\n", 1)[1],
                      title=SECOND_REPORT.split("\n", 1)[0], published=dt.date(2024, 11, 29), agency="Test Wire")
    body = article.body
    first = body.index("KYIV")
    end1 = body.index(".", first) + 1
    second_start = end1 + 1
    end2 = body.index(".", second_start) + 1
    ev = Event(type="air_attack", date=dt.date(2024, 11, 29), date_precision="day", actor="Russia", target="Ukraine",
               weapon="drone", counts={"launched": 132, "intercepted": 85, "lost": 41},
               claimed_by="Ukrainian Air Force",
               evidence=[Span(body[first:end1], first, end1), Span(body[second_start:end2], second_start, end2)],
               article=article.ref())
    return article, [ev]


def other_night_report() -> tuple[Article, list[Event]]:
    """Our own report of a different night (ending 1 Dec 2024): must stay a separate incident."""
    body = ("KYIV, Dec 1 - Russia fired 78 drones at Ukraine overnight, the air force said on Sunday; "
            "32 were shot down and 45 were lost to jamming.")
    article = Article(source="tests/other-night-2024-12-01.txt", body=body, title="Drones overnight",
                      published=dt.date(2024, 12, 1))
    ev = Event(type="air_attack", date=dt.date(2024, 12, 1), date_precision="day", actor="Russia", target="Ukraine",
               weapon="drone", counts={"launched": 78, "intercepted": 32, "lost": 45},
               claimed_by="Ukrainian Air Force", evidence=[Span(body, 0, len(body))], article=article.ref())
    return article, [ev]


def later_copies(corpus: list[tuple[Article, list[Event]]], copies: int) -> list[tuple[Article, list[Event]]]:
    """Copy k (1..copies) of every article: its own text, published k days later, its day-precise events k days
    later too (coarser dates stay), as an archive that tells of the same kinds of happening night after night."""
    out = []
    for k in range(1, copies + 1):
        for article, events in corpus:
            shift = dt.timedelta(days=k)
            copy = dataclasses.replace(article, source=f"{article.source}#later{k}", body=f"{article.body}\n[{k} days later]",
                                       published=article.published + shift if article.published else None)
            out.append((copy, [dataclasses.replace(e, article=copy.ref(), date=e.date + shift if e.date and
                                                   e.date_precision == "day" else e.date) for e in events]))
    return out
