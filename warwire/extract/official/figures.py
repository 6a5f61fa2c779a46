"""Figures of a bulletin: a number, the weapon it counts, and what happened to it.

"ЗБИТО 18 УДАРНИХ БПЛА, 7 НЕ ДОСЯГЛИ ЦІЛЕЙ" holds two figures: 18 drones intercepted and
7 (drones, by ellipsis) lost. A figure takes the cue right after it, else the last cue before
it in its sentence; a figure in the instrumental case with no cue is a launch
("… та 39 ударними БпЛА"). A singular noun with no number counts one
("балістичною ракетою", "БПЛА уничтожен").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from warwire.extract.official.lexicon import Lexicon, WeaponWord, lexicon
from warwire.extract.official.numbers import TOKEN, Number, find_numbers
from warwire.extract.official.text import Clean

_STOP = re.compile(r"[,;:.()!?\[\]\n]")
_OF = frozenset({"із", "из", "з"})
_ALL = frozenset({"усі", "всі", "все", "всех", "усіх", "всіх"})
_OVER = frozenset({"над"})  # "пять над Белгородской", "по одному – над территориями"
_JOIN = frozenset({"та", "і", "й", "и", "також", "а", "and"})  # a second weapon begins: "БпЛА «Shahed» та крилатою ракетою"
_SINGULAR_VERBS = frozenset({"уничтожен", "перехвачен", "сбит", "обнаружен", "поражен", "збитий", "знищений"})
_PREVIOUS = re.compile(r"(\w[\w'/\-]*\w|\w)\W*$")
_LEAD = re.compile(r"[ –\-«\"]*")
_INSTRUMENTAL = ("ими", "ыми", "ами", "ями", "ою", "ой", "ым", "ом")


@dataclass
class Figure:
    """One count read from the text, before figures are grouped into events."""

    start: int  # offsets into the cleaned text
    end: int
    value: int | None  # None: "усі"/"все" (all that were launched)
    metric: str
    cls: str  # drone, missile, target
    kind: str | None = None
    model: str | None = None
    hedge: str | None = None
    distributive: bool = False
    region: str | None = None
    region_span: tuple[int, int] | None = None
    regions_named: int = 0
    implicit: bool = False
    evidence: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Phrase:
    words: list[WeaponWord]
    end: int
    tokens: int


def read_figures(clean: Clean, lang: str) -> list[Figure]:
    """Every figure of a cleaned bulletin, in text order."""
    lex = lexicon()
    text = clean.text
    cues = [(m.start(), m.end(), lex.cue_keys[int((m.lastgroup or "c0")[1:])]) for m in lex.cues.finditer(text)]
    numbers = find_numbers(text, lang)
    figures: list[Figure] = []
    used: list[tuple[int, int]] = []
    previous: Figure | None = None
    skip = set()
    for n, num in enumerate(numbers):
        if n in skip:
            continue
        of = _of_pair(text, num, numbers[n + 1] if n + 1 < len(numbers) else None)
        head_end = of.end if of else num.end
        phrase = _phrase(lex, text, head_end, cues)
        if phrase.words:
            cls, kind, model = _weapon(phrase.words)
        elif previous is not None and _elliptical(text, head_end, cues):
            cls, kind, model = previous.cls, previous.kind, previous.model
        else:
            continue
        metric = _metric(text, clean, num, phrase.end, cues)
        if metric is None:
            continue
        fig = Figure(num.start, phrase.end, num.value, metric, cls, kind, model, num.hedge, num.distributive)
        figures.append(fig)
        used.append((num.start, phrase.end))
        previous = fig
        if of:
            skip.add(n + 1)
            figures.append(replace(fig, start=of.start, value=of.value, metric="launched", hedge=of.hedge))
    figures.extend(_implicit(lex, clean, lang, cues, used))
    figures.sort(key=lambda f: f.start)
    return figures


def _of_pair(text: str, num: Number, nxt: Number | None) -> Number | None:
    """The M of "N із M" (N of M launched), if the number is followed by one."""
    if nxt is None:
        return None
    between = text[num.end:nxt.start].strip()
    return nxt if between in _OF else None


def _phrase(lex: Lexicon, text: str, pos: int, cues: list[tuple[int, int, str]]) -> _Phrase:
    """The weapon words right after a figure: up to three words before the first, a few after it."""
    words: list[WeaponWord] = []
    end = pos
    seen = 0
    cue_starts = {c[0] for c in cues}
    for tok in TOKEN.finditer(text, pos):
        gap = text[end:tok.start()]
        if _STOP.search(gap) or "[…]" in gap:
            break
        word = lex.weapon(tok.group())
        if tok.group()[0].isdigit() or (tok.start() in cue_starts and word is None):
            break
        if words and tok.group() in _JOIN:
            break
        seen += 1
        if word is not None:
            words.append(word)
            end = tok.end()
        elif words and any(w.role == "noun" for w in words):
            # a model may follow a word or two later: "ракет морського базування «Калібр»"
            if seen > len(words) + 3:
                break
            continue
        elif seen >= 4 or tok.group() in _OVER:
            break
    return _Phrase(words, end, seen)


def _weapon(words: list[WeaponWord]) -> tuple[str, str | None, str | None]:
    """Class, kind and model of a weapon phrase: its first noun decides, else its first adjective."""
    nouns = [w for w in words if w.role == "noun"]
    named = [w for w in nouns if w.cls != "target"]
    cls = named[0].cls if named else "target" if nouns else words[0].cls
    kind = next((w.kind for w in words if w.kind and w.cls == cls), None)
    model = next((w.model for w in words if w.model and w.cls == cls), None)
    return cls, kind, model


def _elliptical(text: str, pos: int, cues: list[tuple[int, int, str]]) -> bool:
    """A bare number standing for the weapon named before it: "одиннадцать - над Курской", "7 НЕ ДОСЯГЛИ"."""
    rest = text[pos:pos + 40]
    m = re.match(r"[\s–\-]*(бпла\s*)?[\s–\-]*", rest)
    after = pos + (m.end() if m else 0)
    if any(c[0] == after for c in cues):
        return True
    word = TOKEN.match(text, after)
    dashed = "–" in rest[: (m.end() if m else 0)] or "-" in rest[: (m.end() if m else 0)]
    return bool(word and (word.group() in _OVER or dashed and word.group() not in _OF))


def _metric(text: str, clean: Clean, num: Number, np_end: int, cues: list[tuple[int, int, str]]) -> str | None:
    """The count key of a figure: its own cue, the cue right after it, the last before it, else its case."""
    sentence = clean.sentence_at(num.start)
    own = [c for c in cues if num.start <= c[0] < np_end + 1]
    if own:
        return own[0][2]
    right = next((c for c in cues if c[0] >= np_end), None)
    if right is not None and right[0] < sentence.end:
        gap = text[np_end:right[0]]
        if not _STOP.search(gap) and len(TOKEN.findall(gap)) <= 4 and not re.search(r"\d", gap):
            return right[2]
    left = [c for c in cues if sentence.start <= c[0] < num.start]
    if left:
        return left[-1][2]
    first = TOKEN.match(text, _LEAD.match(text, num.end).end())  # type: ignore[union-attr]
    if num.instrumental or (first and first.group().endswith(_INSTRUMENTAL)):
        return "launched"
    return None


def _implicit(lex: Lexicon, clean: Clean, lang: str, cues: list[tuple[int, int, str]],
              used: list[tuple[int, int]]) -> list[Figure]:
    """Figures with no number: a singular weapon ("ракетою Іскандер-М" = 1) or "усі"/"все" (all launched)."""
    text = clean.text
    out: list[Figure] = []
    hint = lex.weapon_hint
    pos = 0
    while True:
        found = hint.search(text, pos)
        if found is None:
            break
        tok = TOKEN.match(text, found.start())
        if tok is None:
            pos = found.end()
            continue
        pos = tok.end()
        word = lex.weapon(tok.group())
        if word is None or word.cls == "target" or any(a <= tok.start() < b for a, b in used):
            continue
        words = [word]
        last = tok
        while True:
            nxt = TOKEN.search(text, last.end())
            if nxt is None or _STOP.search(text, last.end(), nxt.start()):
                break
            more = lex.weapon(nxt.group())
            if more is None or more.cls == "target":
                break
            words.append(more)
            last = nxt
        pos = last.end()
        prior = _PREVIOUS.search(text, max(0, tok.start() - 40), tok.start())
        following = TOKEN.search(text, last.end())
        before = prior.group(1) if prior else ""
        after = following.group() if following else ""
        start, end = tok.start(), last.end()
        if before and before[0].isdigit():
            continue
        value: int | None
        if before in _ALL and prior is not None:
            value, start = None, prior.start(1)
        elif words[0].number == "sg" or (words[0].number == "any" and (after in _SINGULAR_VERBS or before in _SINGULAR_VERBS)):
            value = 1
        else:
            continue
        num = Number(start, end, 1, instrumental=words[0].number == "sg" and tok.group().endswith(("ою", "ом", "им", "ым")))
        metric = _metric(text, clean, num, end, cues)
        if metric is None or (metric == "launched" and (lang != "uk" or value is None)):
            continue
        cls, kind, model = _weapon(words)
        out.append(Figure(start, end, value, metric, cls, kind, model, implicit=True))
    return out
