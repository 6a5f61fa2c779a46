"""Fast finding of date phrases: key words first, full patterns only around them.

Running every pattern over a whole article costs ~1 ms per pattern (Python's
regex engine tries each optional prefix at every character). Instead the text is
lowered and split once (C speed), the words that every date phrase must contain
("november", "friday", "2012", "week", "overnight", ...) are located, and each
pattern is tried with `match` only at the few word starts just before such a word.
"""
from __future__ import annotations

import bisect
import re

from warwire.resolve.dates_patterns import FIRST_WORDS, PATTERNS

_MONTH_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
_WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Each pattern with how many words before its key word a phrase may begin
# ("on the night of 28-29 November" begins 7 words before "november").
Rules = tuple[tuple[str, int], ...]
_MONTH_RULES: Rules = (("day_month", 6), ("month_day", 1), ("month_year", 4), ("month_alone", 4), ("night_of", 7))
_WEEKDAY_RULES: Rules = (("weekday", 2), ("overnight_weekday", 6), ("night_of", 6))
_NIGHT_RULES: Rules = (("overnight", 3), ("overnight_weekday", 2), ("night_of", 2), ("anaphora", 3))
_UNIT_RULES: Rules = (
    ("period_rel", 5), ("ago", 3), ("in_future", 4), ("anaphora", 3), ("holiday", 4), ("weekday", 6),
)
_RULES_BY_WORD: dict[str, Rules] = {
    **{w: _MONTH_RULES for w in _MONTH_WORDS},
    **{w: _WEEKDAY_RULES for w in _WEEKDAY_WORDS},
    **{w: _NIGHT_RULES for w in ("night", "overnight", "nights")},
    "hours": (("overnight", 3), ("day_rel", 4), ("anaphora", 3)),
    **{w: (("anaphora", 3),) for w in ("minutes", "moments")},
    **{w: (("day_rel", 3),) for w in ("yesterday", "today", "tonight", "tomorrow")},
    **{w: (("day_rel", 3), ("anaphora", 3)) for w in ("morning", "afternoon", "evening")},
    **{w: _UNIT_RULES for w in ("week", "weeks", "weekend", "month", "months", "year", "years")},
    **{w: _UNIT_RULES + (("day_rel", 3),) for w in ("day", "days")},
    **{w: (("holiday", 2),) for w in ("christmas", "easter", "eve", "victory")},
}
_KEY_WORDS = frozenset(_RULES_BY_WORD)
_YEAR_RULES: Rules = (("year", 5), ("iso", 0), ("numeric_dmy", 2))
_ORDINAL_RULES: Rules = (("on_the_nth", 2),)
# Digits first, so the engine skips to the next digit in C.
_NUMBER_WORD = re.compile(r"\d+[a-z]*(?![a-z0-9])")
_ORDINAL = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)")
# Punctuation becomes space, one character for one, so offsets stay those of the text.
_TO_SPACE = bytes(c if chr(c).isalnum() else 32 for c in range(256))
# No phrase begins further than this before its key word.
_REACH_CHARS = 48


_MAX_REACH: dict[Rules, int] = {
    rules: max(reach for _, reach in rules)
    for rules in (*_RULES_BY_WORD.values(), _YEAR_RULES, _ORDINAL_RULES)
}


def _normalise(text: str) -> str:
    """Lower-case ASCII letters and digits, every other character a space: same length as `text`."""
    return text.encode("ascii", "replace").lower().translate(_TO_SPACE).decode("ascii")


def _occurrences(norm: str, word: str) -> list[int]:
    """Starts of `word` as a whole space-separated word in `norm`."""
    found, n, i = [], len(word), norm.find(word)
    while i != -1:
        if (i == 0 or norm[i - 1] == " ") and (i + n == len(norm) or norm[i + n] == " "):
            found.append(i)
        i = norm.find(word, i + n)
    return found


def _starts_before(norm: str, pos: int, words: int) -> list[int]:
    """`pos` and the starts of up to `words` words just before it, nearest first."""
    starts, low = [pos], pos - _REACH_CHARS
    end = pos
    while len(starts) <= words:
        while end > 0 and norm[end - 1] == " ":
            end -= 1
        if end <= max(low, 0):
            break
        start = norm.rfind(" ", 0, end) + 1
        if start < low:
            break
        starts.append(start)
        end = start
    return starts


def key_words(text: str, norm: str) -> list[tuple[int, Rules]]:
    """(offset, candidate pattern names) for every key word in the text."""
    words = set(norm.split())
    keys: list[tuple[int, Rules]] = []
    for word in words & _KEY_WORDS:
        rules = _RULES_BY_WORD[word]
        for i in _occurrences(norm, word):
            # Month names count only capitalised: "may" and "march" are also verbs.
            if word in _MONTH_WORDS and not text[i].isupper():
                continue
            keys.append((i, rules))
    for number in _NUMBER_WORD.finditer(norm):
        word, at = number[0], number.start()
        if at and norm[at - 1] != " ":
            continue  # digits inside a word ("kh101")
        if len(word) == 4 and word[:2] in ("19", "20") and word.isdigit():
            keys.append((at, _YEAR_RULES))
        elif _ORDINAL.fullmatch(word):
            keys.append((at, _ORDINAL_RULES))
    keys.sort()
    return keys


def scan(text: str) -> list[tuple[str, re.Match[str]]]:
    """Non-overlapping (start, end, pattern name) date phrases: the longest wins, then the more specific."""
    norm = _normalise(text)
    keys = key_words(text, norm)
    if not keys:
        return []
    found: dict[tuple[int, int, str], re.Match[str]] = {}
    for pos, rules in keys:
        for back, start in enumerate(_starts_before(norm, pos, _MAX_REACH[rules])):
            space = norm.find(" ", start)
            first = norm[start:space if space >= 0 else len(norm)]
            if first[0].isdigit():
                first = "#"
            for name, reach in rules:
                if reach < back or first not in FIRST_WORDS[name]:
                    continue
                m = PATTERNS[name].match(text, start)
                if m is not None and m.end() > pos:
                    found[(start, m.end(), name)] = m
    return [(name, found[(start, end, name)]) for start, end, name in _longest_first(set(found))]


_PRIORITY = {name: i for i, name in enumerate(PATTERNS)}


def _longest_first(found: set[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    ordered = sorted(found, key=lambda c: (c[0] - c[1], _PRIORITY[c[2]], c[0]))
    taken: list[tuple[int, int, str]] = []
    starts: list[int] = []
    for start, end, name in ordered:
        i = bisect.bisect_left(starts, start)
        if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
            continue
        taken.insert(i, (start, end, name))
        starts.insert(i, start)
    return taken
