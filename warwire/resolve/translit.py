"""Romanise Ukrainian and Russian place names the way English news spells them.

`ukrainian` follows the official Ukrainian national system (Cabinet of Ministers
resolution No. 55 of 27 January 2010): Роздольне -> Rozdolne, Київ -> Kyiv,
Запоріжжя -> Zaporizhzhia. News often uses older spellings (Kupyansk,
Gulyaypole, Konstantinovka), so `news_variants` gives those as well, for the
gazetteer's alias list.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Letters whose romanisation depends on position: (word-initial, elsewhere).
_UA_POSITIONAL = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"), "я": ("ya", "ia")}
_UA_PLAIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "'": "", "’": "", "ʼ": "", "`": "",
    # Russian letters that turn up in Ukrainian-register data or Russian names
    "ё": "e", "ъ": "", "ы": "y", "э": "e",
}
# Russian, in the BGN/PCGN-like style English news uses (Belgorod, Bryansk, Nizhny).
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian letters, read the Russian way (Гуляйполе -> Gulyaypole)
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "", "ʼ": "",
}
_WORD_START = re.compile(r"(?:^|[\s\-(])$")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _case_like(src: str, out: str) -> str:
    if not out:
        return out
    if src.isupper() and len(out) > 1:
        return out[0].upper() + out[1:]  # Ж -> Zh (names are title case, not all caps)
    return out.upper() if src.isupper() else out


@lru_cache(maxsize=65536)
def ukrainian(text: str, *, y_style: bool = False) -> str:
    """Ukrainian Cyrillic -> Latin by the official 2010 national system (`y_style`: Kupyansk, not Kupiansk)."""
    out: list[str] = []
    low = text.lower()
    for i, ch in enumerate(text):
        lc = low[i]
        initial = i == 0 or not low[i - 1].isalpha() and low[i - 1] not in "'’ʼ"
        if lc == "г" and i > 0 and low[i - 1] == "з":
            rep = "gh"  # зг -> zgh, so it is not read as zh
        elif lc in _UA_POSITIONAL:
            rep = _UA_POSITIONAL[lc][0 if initial or y_style else 1]
        elif lc in _UA_PLAIN:
            rep = _UA_PLAIN[lc]
        else:
            out.append(ch)
            continue
        out.append(_case_like(ch, rep))
    return "".join(out)


def russian(text: str) -> str:
    """Cyrillic -> Latin the way English news writes Russian names (Белгород -> Belgorod)."""
    out: list[str] = []
    low = text.lower()
    for i, ch in enumerate(text):
        lc = low[i]
        rep = _RU.get(lc)
        if rep is None:
            out.append(ch)
            continue
        if lc == "е" and (i == 0 or low[i - 1] in "аеёиоуыэюяьъ "):
            rep = "ye"  # initial and post-vowel е: Yeysk, not Eysk
        out.append(_case_like(ch, rep))
    return "".join(out)


@lru_cache(maxsize=65536)
def news_variants(ukrainian_name: str) -> frozenset[str]:
    """Spellings of a Ukrainian name common in English news besides the official one."""
    official = ukrainian(ukrainian_name)
    variants = {official, russian(ukrainian_name)}
    y = ukrainian(ukrainian_name, y_style=True)  # Kupyansk, Kostyantynivka, Hulyaypole
    variants.add(y)
    variants.add(re.sub(r"yy\b", "y", y))  # Khmelnytskyy -> Khmelnytsky
    variants.add(re.sub(r"yi\b", "y", official))  # Khmelnytskyi -> Khmelnytsky
    return frozenset(v for v in variants if v)


def has_cyrillic(text: str) -> bool:
    """True when the text holds any Cyrillic letter."""
    return bool(CYRILLIC.search(text))
