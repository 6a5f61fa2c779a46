"""Is a candidate a reported event, or talk about one? Rules for the plain cases, before the decider.

A trigger word alone does not make an event: "does Putin see being encircled?" asks, "if Russia
invades" supposes, "in 2014, mass protests ..." recalls. These rules drop candidates whose sentence
is a question, whose trigger sits in a hypothesis, or whose date lies in background history without
a figure to record (the gold convention: earlier events are coded only with a date and a figure).
The finer calls are the trained decider's (`decide.py`).
"""
from __future__ import annotations

import datetime as dt
import re

from warwire.extract.draft import Draft

_HYPOTHESIS = re.compile(r"\b(?:if|unless|in\s+case|in\s+the\s+event|scenarios?|hypothetical\w*|imagine|suppose)\b", re.I)
_MODAL = re.compile(r"\b(?:would|could|might|will|may|can|should)\b|'d\b", re.I)
_HISTORY_CUE = re.compile(r"\b(?:world\s+war|cold\s+war|soviet\s+union|d-day|nazi\w*|in\s+(?:18|19)\d\d|"
                          r"anniversary\s+of)\b", re.I)
# "a ceasefire in honour of the 80th anniversary of the victory in World War II": history as the occasion of
# something done now, not the event told.
_OCCASION = re.compile(r"\b(?:in\s+hono(?:u)?r\s+of|to\s+(?:mark|commemorate|celebrate)|marking|commemorating|"
                       r"(?:on|for)\s+the\s+occasion\s+of|timed\s+to)\s+[^,;]*", re.I)
# "update the 1941 lend-lease legislation with which Franklin D Roosevelt sought to ... fight Nazi Germany": history
# told of a thing named, in a clause of its own, not the event told.
_OF_A_THING = re.compile(r"\b(?:(?:with|in|by|under|through)\s+which|,\s+which|,\s+who)\b[^,;]*", re.I)
_EXAMPLE = re.compile(r"\bfor\s+(?:example|instance)\b", re.I)
# Background older than this, with no figure to record, is history rather than news (the gold convention:
# "background events from earlier dates are coded only when the text gives them a date and a figure");
# a year ("this year", "in 2023") is a vaguer date and gets a year.
_BACKGROUND_DAYS = 60
_BACKGROUND_YEAR = 365
_DATED = frozenset({"day", "week", "month"})
# A sum of money is a figure too ("agreed ... to raise $50 billion for Ukraine").
_MONEY = re.compile(r"(?:[$€£]|\bUS\$|\bUSD\s)\s?\d|\d\s*(?:million|billion|bn|trillion)\b", re.I)
_EARLIEST = dt.date(2014, 1, 1)  # the war's start: nothing before it is an event of this war


def is_question(text: str) -> bool:
    """A sentence that asks rather than tells ("Does Putin see being encircled as a threat?")."""
    return text.rstrip(" \"'”’)").endswith("?")


def is_hypothesis(text: str) -> bool:
    """A sentence that supposes ("If Russia invades, we will rally the world")."""
    return bool(_HYPOTHESIS.search(text) and _MODAL.search(text))


def is_background(draft: Draft, published: dt.date | None) -> bool:
    """An event dated long before the report and given no figure, or dated before the war began."""
    if draft.date is None:
        return False
    if draft.date < _EARLIEST:
        return True
    first = draft.sentences[0]
    if published is None or any(v > 1 for v in draft.counts.values()) or _MONEY.search(first.text):
        return False
    return (published - draft.date).days > (_BACKGROUND_DAYS if draft.date_precision in _DATED else _BACKGROUND_YEAR)


# "Read also: German MoD says another Patriot to be sent": a link to another story, not this one's news.
_LINK_LINE = re.compile(r"^\W*(?:(?:read\s+(?:also|more)|see\s+also|also\s+read|related|more\s+on\s+this)\s*:|"
                        r"other\s+topics\s+of\s+interest\b|related\s+(?:stories|articles|news)\b)", re.I)


def reported(draft: Draft, published: dt.date | None) -> bool:
    """Whether a draft reads as a report of an event rather than talk about one."""
    first = draft.sentences[0].text
    if _LINK_LINE.match(first):
        return False
    if is_question(first):
        return False
    if is_hypothesis(first) and not draft.counts:
        return False
    if (_HISTORY_CUE.search(_OF_A_THING.sub("", _OCCASION.sub("", first))) or _EXAMPLE.search(first)) and not draft.counts:
        return False  # history, or one case told to illustrate a pattern ("In September, for example, a drone hit")
    return not is_background(draft, published)
