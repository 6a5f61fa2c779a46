"""Figures in English prose: digits, number words and hedges ("more than a hundred" -> 100, more_than)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}

# Hedge phrases, longest first so "no more than" wins over "more than".
HEDGE_PHRASES: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "above": "more_than", "well over": "more_than", "just over": "more_than", "a further": "",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "about": "about", "around": "about", "some": "about", "roughly": "about", "approximately": "about",
    "an estimated": "about", "estimated": "about", "circa": "about", "or so": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly", "just shy of": "nearly",
    "up to": "up_to", "as many as": "up_to",
    "at most": "at_most", "no more than": "at_most", "fewer than": "at_most", "less than": "at_most",
    "under": "at_most",
}
_HEDGE_RE = "|".join(sorted((re.escape(h) for h in HEDGE_PHRASES), key=len, reverse=True))

_WORD = (
    r"(?:" + "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True)) + r")"
)
_WORD_NUMBER = (
    rf"(?:(?:{_WORD})\s+dozen|an?\s+(?:hundred|thousand|million|billion|dozen)|half\s+a\s+(?:million|dozen)"
    rf"|(?:{_WORD})(?:[- ](?:{_WORD}))?(?:\s+(?:hundred|thousand|million|billion)"
    rf"(?:\s+(?:and\s+)?(?:{_WORD})(?:[- ](?:{_WORD}))?)?)*"
    r")"
)
_DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:million|billion|thousand|bn|[kKmM])\b)?"

NUMBER_RE = re.compile(
    rf"(?<![\w$£€.,-])(?:(?P<hedge>{_HEDGE_RE})\s+)?(?P<num>{_DIGIT_NUMBER}|{_WORD_NUMBER})(?![\w-]|[.,]\d)"
    r"(?:\s+(?P<post>or\s+so|or\s+more))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A figure found in text: its value, its hedge (or None) and its span."""

    value: int
    hedge: str | None
    start: int
    end: int
    text: str


def parse_number(text: str) -> int | None:
    """The integer a number phrase stands for ("two dozen" -> 24, "1.2 million" -> 1200000), or None."""
    t = text.strip().lower().replace("-", " ")
    m = re.fullmatch(r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(million|billion|thousand|bn|k|m)?", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if scale:
            value *= _SCALES.get(scale) or _SUFFIX_SCALES[scale]
        return int(round(value))
    words = t.split()
    if not words:
        return None
    if words[0] in ("a", "an"):
        words[0] = "one"
    if words[:2] == ["half", "a"]:
        return {"million": 500_000, "dozen": 6}.get(words[2]) if len(words) == 3 else None
    total, current = 0, 0
    for w in words:
        if w == "and":
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
        else:
            return None
    return total + current


_PARTICLE_VERB = re.compile(r"\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?|took|tak(?:e|es|ing)|pass(?:ed|es|ing)?|"
                            r"(?:came|come|comes|coming)|went|go(?:es|ing)?)\s+$", re.I)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text` with its hedge; years, times and ordinals are left out."""
    out = []
    for m in NUMBER_RE.finditer(text):
        num = m.group("num")
        value = parse_number(num)
        if value is None:
            continue
        after = text[m.end(): m.end() + 12]
        before = text[max(0, m.start() - 12): m.start()]
        if _looks_like_year_or_time(num, before, after) or _is_designation_or_age(text, m.start(), num):
            continue
        if value == 1 and _ONE_AFTER_ANOTHER.match(text, m.end()):
            continue  # "one drone strike after another": a series, not one
        if _CALIBRE.match(text, m.end()):
            continue  # "155 mm artillery ammunition": a calibre, not a count
        hedge_word = (m.group("hedge") or "").lower()
        if hedge_word in ("over", "under") and _PARTICLE_VERB.search(text, 0, m.start("hedge")):
            hedge_word = ""  # "handed over four aircraft", "came under two attacks": a verb's particle, no hedge
        hedge = HEDGE_PHRASES.get(hedge_word) or None
        if m.group("post"):
            hedge = "about" if "so" in m.group("post").lower() else "at_least"
        start = m.start() if hedge else m.start("num")
        end = m.end()
        if not m.group("post"):
            end = m.end("num")
        out.append(Quantity(value, hedge, start, end, text[start:end]))
    return out


_CALIBRE = re.compile(r"\s*-?\s*(?:mm|millimet(?:er|re))s?\b", re.I)
_ONE_AFTER_ANOTHER = re.compile(r"\s+(?:[\w-]+\s+){0,3}after\s+(?:another|the\s+other)\b", re.I)


_FUNCTION_WORDS = frozenset(
    """The A An All Some About Around Over Nearly Almost At Of In On And But Only Another Those These Its Their Just
    Roughly Approximately More Fewer Less Up As No Some Total Another Further""".split()
)


def _is_designation_or_age(text: str, start: int, num: str) -> bool:
    """"Leopard 2 tanks", "Patriot 3", "Shahed-136/131 drones", "a ZALA 421 drone", "aged 8, 12 and 17", "No. 5":
    not counts of anything."""
    before = text[max(0, start - 40): start]
    if re.search(r"[A-Za-z]-?\d+[A-Za-z]?/$", before):
        return True  # the second of two model numbers sharing one name
    word = re.search(r"([A-Z][\w-]*)\s+$", before)
    if word and word.group(1) not in _FUNCTION_WORDS and num.isdigit():
        if len(num) <= 2 or _ONE_MACHINE.match(text, start + len(num)):
            return True
    return bool(re.search(r"\b(?:aged|ages|age|No\.|number|aged\s+between)\s+(?:\d+\s*(?:,|and|to|-)\s*)*$", before))


# A single machine after a name and a number ("a ZALA 421 drone"): the number is the model's, not a count.
_ONE_MACHINE = re.compile(r"(?:-\w+)?\s+(?:drone|UAV|missile|system|tank|aircraft|jet|helicopter|bomb|launcher|howitzer|"
                          r"radar)\b(?!s)", re.I)


def _looks_like_year_or_time(num: str, before: str, after: str) -> bool:
    if re.fullmatch(r"(19|20)\d\d", num) and not re.match(r"\s*(?:people|drones|missiles|troops|soldiers)", after):
        return True
    if re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d)", after, re.IGNORECASE) or before.endswith(":"):
        return True
    if re.match(r"(?:st|nd|rd|th)\b", after):
        return True
    return False
