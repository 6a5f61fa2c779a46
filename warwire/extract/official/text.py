"""A bulletin's body as the patterns read it: lower case, Markdown marks dropped, offsets kept.

Telegram posts carry `**bold**` and `__italic__` marks, sometimes inside a word
(`п**ерехвачены`). Patterns run over a cleaned copy; `Clean.span` maps a stretch of
the copy back to the body, so evidence always points into `Article.body`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from warwire.models import Span

_DROP = frozenset("*_\u00ad\u200b\u200c\u200d\ufe0f")  # Markdown marks, soft hyphen, zero-width, emoji variation
_FOLD = {"ё": "е", "’": "'", "ʼ": "'", "`": "'", "‘": "'", "—": "–", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
# Full stops that do not end a sentence: abbreviations of the bulletins.
_DROP_RE = re.compile("[" + re.escape("".join(sorted(_DROP))) + "]")
_KEEP_RE = re.compile("[^" + re.escape("".join(sorted(_DROP))) + "]+")


def _fold(text: str) -> str:
    # a few replace() calls beat str.translate on mostly non-ASCII text
    for a, b in _FOLD.items():
        if a in text:
            text = text.replace(a, b)
    return text


_BREAK = re.compile(r"\[…\]|[.!?](?=[ \n\t]|$)|\n")
_ABBREVIATIONS = ("обл", "мск", "рф", "т.ч", "ін", "м", "р", "г", "с", "тис", "тыс", "див", "см")
_CUT = "[…]"


@dataclass(frozen=True)
class Sentence:
    """A stretch of the cleaned text that reads as one sentence (or one headline, or one list)."""

    start: int
    end: int


class Clean:
    """The cleaned, lower-cased copy of a body, with the map back to the body's offsets."""

    def __init__(self, body: str) -> None:
        if _DROP_RE.search(body):
            where: list[int] = []
            parts: list[str] = []
            for m in _KEEP_RE.finditer(body):
                where.extend(range(m.start(), m.end()))
                parts.append(m.group())
            cased = _fold("".join(parts))
        else:
            where = list(range(len(body)))
            cased = _fold(body)
        self.body = body
        lower = cased.lower()
        if len(lower) != len(cased):  # a few letters lower-case to two characters; keep offsets one to one
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in cased)
        self.text = lower.replace("ё", "е")
        self._where = where
        self.sentences = _split_sentences(cased)
        self._starts = [s.start for s in self.sentences]

    def span(self, start: int, end: int) -> Span:
        """The body's text between two offsets of the cleaned copy, stripped of outer blanks."""
        if start >= end or not self._where:
            return Span(text="", start=0, end=0)
        b_start = self._where[start]
        b_end = self._where[min(end, len(self._where)) - 1] + 1
        raw = self.body[b_start:b_end]
        lead = len(raw) - len(raw.lstrip(" \t\n*_▫️▪•-–—"))
        trail = len(raw) - len(raw.rstrip(" \t\n*_"))
        b_start, b_end = b_start + lead, b_end - trail
        if b_start >= b_end:
            return Span(text="", start=0, end=0)
        return Span(text=self.body[b_start:b_end], start=b_start, end=b_end)

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding a position of the cleaned copy."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return Sentence(pos, pos)


def _split_sentences(text: str) -> list[Sentence]:
    """Sentences of the cleaned copy: full stops, excerpt cuts, and line ends that close a line."""
    bounds = [0]
    n = len(text)
    for m in _BREAK.finditer(text):
        i = m.start()
        if m.group() == _CUT:
            bounds.extend((i, m.end()))
        elif m.group() == "\n":
            if _line_closes(text, i):
                bounds.append(i + 1)
        elif not _abbreviation_before(text, i):
            bounds.append(i + 1)
    bounds.append(n)
    spans = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b > a and text[a:b].strip() and text[a:b].strip() != _CUT:
            spans.append(Sentence(a, b))
    return spans


def _abbreviation_before(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[max(0, dot - 8):dot])
    return word is not None and word.group(1).lower() in _ABBREVIATIONS


def _line_closes(text: str, newline: int) -> bool:
    """A line break ends a sentence unless the line before runs on (ends in ':', ',' or a lower-case word)."""
    j = newline - 1
    while j >= 0 and text[j] in " \t\r\n":
        j -= 1
    if j < 0:
        return True
    # A list (':' ';' ',') or a dash runs on, and so does a line cut after a lower-case word
    # (`атакував \n118-ма`); an upper-case headline ends its sentence without a full stop.
    return not (text[j] in ":;,–-" or text[j].islower())
