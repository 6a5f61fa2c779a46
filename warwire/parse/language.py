"""Which language an article is written in: Ukrainian, Russian or English.

Character and stop-word statistics, no model: the letters і ї є ґ are Ukrainian only,
ы э ъ ё Russian only; short function words settle texts that use neither.
"""
from __future__ import annotations

import re

_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")
_WORD = re.compile(r"[^\W\d_]+")
# Function words frequent in one language and absent (or rare) in the other.
_UK_WORDS = frozenset("та що це як від для або але ще вже його її які який була було були із є".split())
_RU_WORDS = frozenset("и что это как от для или но еще уже его ее которые который была было были из".split())
_CYRILLIC = re.compile(r"[а-яіїєґё]")
_LATIN = re.compile(r"[a-z]")
# Adjective endings after a hard consonant: Ukrainian "ударних", "крилатими" where Russian writes
# "ударных", "крылатыми" (and so shows ы, counted above). Settles short all-caps headlines.
_UK_ENDINGS = re.compile(r"(?<=\w)[нтлрвдбпмзсф](?:их|ими)\b")
_SAMPLE = 4000  # characters: enough to decide, and keeps detection fast on long texts


def detect_language(text: str) -> str:
    """"uk", "ru" or "en": the language of `text` (English when it is not mostly Cyrillic)."""
    sample = text[:_SAMPLE].lower()
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic == 0 or cyrillic < len(_LATIN.findall(sample)):
        return "en"
    uk = sum(map(sample.count, _UK_LETTERS)) + len(_UK_ENDINGS.findall(sample))
    ru = sum(map(sample.count, _RU_LETTERS))
    for word in _WORD.findall(sample):
        if word in _UK_WORDS:
            uk += 1
        elif word in _RU_WORDS:
            ru += 1
    return "uk" if uk > ru else "ru"
