"""Split an article body into sentences, keeping character offsets into the body."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep st jr sr rev hon pres
    u.s u.k u.n e.u u.s.a d.c a.m p.m no nos vs etc inc corp co ltd dept est approx fig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    calif fla ill mass mich minn n.y n.j pa tex va wash ariz colo conn ky la md mo nev okla ore tenn wis
    r d i""".split()
)
# A stop followed by a space and a capital; or, in text scraped with its paragraphs glued together
# ("against Ukraine.President Biden said"), a stop after a lower-case word and straight before a capitalised one.
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9\u0400-\u04FF])|(?<=[a-z]{2})[.!?]+["'”’)\]]*(?=["“‘]?[A-Z][a-z])|"""
                       r"""\n\s*\n|\n""")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it stands in the body."""

    text: str
    start: int
    end: int
    paragraph: int
    index: int


def _ends_with_abbreviation(chunk: str) -> bool:
    m = re.search(r"([A-Za-z.]+)\.[\"'”’)\]]*$", chunk)
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in _ABBREVIATIONS:
        return True
    # Initials such as "J." in "John F. Kennedy".
    return len(word) == 1 and word.isalpha()


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of `body` in order; `body[s.start:s.end] == s.text` for each."""
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for m in _BOUNDARY.finditer(body):
        is_newline = "\n" in m.group(0)
        end = m.start() if is_newline else m.end()
        chunk = body[start:end]
        if not is_newline and _ends_with_abbreviation(chunk):
            continue
        _emit(out, body, start, end, paragraph)
        if is_newline:
            paragraph += 1
        start = m.end()
    _emit(out, body, start, len(body), paragraph)
    return out


# Real sentences are short; text with no full stops (tables, scraped lists, hostile input) is cut into pieces
# this long at a space, so no reader ever runs its patterns over megabytes at once.
MAX_SENTENCE = 600


def _emit(out: list[Sentence], body: str, start: int, end: int, paragraph: int) -> None:
    while end - start > MAX_SENTENCE:
        cut = body.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _emit_one(out, body, start, cut, paragraph)
        start = cut
    _emit_one(out, body, start, end, paragraph)


def _emit_one(out: list[Sentence], body: str, start: int, end: int, paragraph: int) -> None:
    text = body[start:end]
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    if trail <= lead:
        return
    s, e = start + lead, start + trail
    out.append(Sentence(body[s:e], s, e, paragraph, len(out)))
