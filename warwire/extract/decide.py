"""The decider: a small trained model that keeps the events a careful analyst would record.

The readers propose candidate events generously from trigger words; many candidates in real news are
talk about an event rather than a report of one (plans, conditionals, questions, rhetoric, history,
opinion). The decider scores each candidate with a logistic model over features of its sentence, its
fields and its article, and drops those below the model's threshold.

The model is `data/decider.json`, trained by `scripts/train_decider.py` on the gold corpora (see
`docs/accuracy.md` for its cross-validated scores). Inference is a dot product in plain Python:
deterministic, offline, and cheap next to reading the text.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warwire.models import Article, Event

MODEL_FILE = "decider.json"

_WORD = re.compile(r"[a-z][a-z'-]+")
# Cues of talk about an event rather than a report of one, each a feature of its own.
_CUES: dict[str, re.Pattern[str]] = {name: re.compile(pattern, re.I) for name, pattern in {
    "modal": r"\b(?:will|would|could|might|may|should|must|can|shall)\b",
    "conditional": r"\b(?:if|unless|whether|in case)\b",
    "question": r"\?",
    "plan": r"\b(?:plan(?:s|ned|ning)?|intend\w*|prepar\w+|threat\w*|vow\w*|ready to|going to|aim\w* to|seek\w* to|"
            r"want\w* to|hope\w* to|expect\w*|propos\w+|call\w* for|urg\w+)\b",
    "negation": r"\b(?:not|no|never|n't|neither|nor|without|denied|deny|denies)\b",
    "quote": r"[\"“”]",
    "first_person": r"\b(?:we|our|us|i|my)\b",
    "history": r"\b(?:history|historic\w*|anniversary|world war|soviet|years ago|decades?|century|centuries|"
               r"in (?:19|200|201[0-3])\d|since (?:19|200|201[0-3])\d|d-day|nazi)\b",
    "reporting": r"\b(?:said|says|told|according to|reported|announced|confirmed|stated)\b",
    "time_now": r"\b(?:overnight|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|this morning|"
                r"last night|early (?:on )?\w+day|late \w+day)\b",
    "past_event": r"\b(?:killed|wounded|injured|struck|hit|launched|shot down|destroyed|captured|seized|sent|"
                  r"delivered|approved|announced|pledged|signed|voted|gathered|marched)\b",
    "opinion": r"\b(?:opinion|column\w*|op-ed|analysis|commentary|editorial|argu\w+|believe\w*|think\w*|"
               r"perhaps|arguably|seems?)\b",
    "generic": r"\b(?:every|each|often|usually|routinely|regularly|always|frequently|repeatedly)\b",
    "general_war": r"\b(?:the war|the invasion|the conflict)\b",
}.items()}


@dataclass(frozen=True)
class Decider:
    """A logistic model: named feature weights, a bias and the threshold an event must reach."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, features: dict[str, float]) -> bool:
        return self.probability(features) >= self.threshold

    @classmethod
    def from_dict(cls, data: dict) -> Decider:  # type: ignore[type-arg]
        return cls(weights=dict(data["weights"]), bias=float(data["bias"]), threshold=float(data["threshold"]))


@cache
def shipped_decider() -> Decider | None:
    """The model shipped in the package, or None when there is none (every candidate is then kept)."""
    try:
        text = resources.files("warwire.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return Decider.from_dict(json.loads(text))


def event_features(event: Event, article: Article, siblings: list[Event]) -> dict[str, float]:
    """What the decider looks at: the event's fields, the words and cues of its sentences, its article."""
    t = event.type
    text = " ".join(span.text for span in event.evidence)
    start = event.evidence[0].start if event.evidence else 0
    lead = article.body[max(0, start - 240):start]
    f: dict[str, float] = {f"type={t}": 1.0}

    def put(name: str, value: float = 1.0) -> None:
        f[name] = value
        f[f"{t}:{name}"] = value  # each cue once overall and once for the event's type

    n_counts = len(event.counts)
    if n_counts:
        put("has_counts")
        put("many_counts", min(n_counts, 4) / 4)
    for key in event.counts:
        f[f"count={key}"] = 1.0
    for field in ("actor", "target", "weapon", "item", "status", "claimed_by", "place"):
        if getattr(event, field):
            put(f"has_{field}")
    if event.status:
        f[f"{t}:status={event.status}"] = 1.0
    loc = event.location
    if loc is not None:
        put(f"loc={loc.precision or 'unresolved'}")
        if loc.country and loc.country not in ("UA", "RU"):
            put("loc_abroad")
    put(f"date={event.date_precision}")
    if event.date and article.published:
        gap = (article.published - event.date).days
        if gap > 400:
            put("date_years_before")
        elif gap > 45:
            put("date_months_before")
        elif gap > 8:
            put("date_weeks_before")
        elif gap < -1:
            put("date_after")
    if event.date and event.date.year < 2014:
        put("date_before_2014")
    for name, pattern in _CUES.items():
        if pattern.search(text):
            put(f"cue={name}")
        if pattern.search(lead):
            f[f"lead_cue={name}"] = 1.0
    for word in set(_WORD.findall(text.lower())):
        f[f"w={word}"] = 1.0
    words = len(article.body.split())
    position = start / max(1, len(article.body))
    put("early" if position < 0.2 else "middle" if position < 0.6 else "late")
    put("short_article" if words < 250 else "long_article" if words > 1200 else "mid_article")
    same_type = sum(1 for s in siblings if s.type == t)
    f["siblings"] = min(len(siblings), 20) / 20
    put("same_type_many" if same_type > 3 else "same_type_few")
    return f


def decide_events(article: Article, events: list[Event]) -> list[Event]:
    """Keep the candidates the shipped model judges to be reported events (English news only)."""
    decider = shipped_decider()
    if decider is None or article.language in ("uk", "ru") or not events:
        return events
    return [ev for ev in events if decider.keeps(event_features(ev, article, events))]
