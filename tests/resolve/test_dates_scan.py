"""The fast finder (key words, then patterns near them) finds what running every pattern
over the whole text finds: its key-word table and first-word table leave nothing out."""
from __future__ import annotations

from pathlib import Path

import pytest

from warwire.resolve.dates_patterns import PATTERNS
from warwire.resolve.dates_scan import _longest_first, scan

SENTENCES = [
    "Russia fired 40 drones overnight into Friday and early on Saturday, officials said on Nov. 29.",
    "The refinery burned on the night of 28-29 November, a week after the 2022 invasion anniversary.",
    "Since the end of January 2023 and as early as late 2022, back in 2014 and in mid-November, it held.",
    "Two days later, on the same day as the talks, hours later and the previous night, sirens sounded.",
    "On Christmas Day, New Year's Eve and two days before Christmas, strikes hit; Orthodox Easter 2023 too.",
    "Over the past 24 hours, earlier this week, this past weekend and three days ago, fighting raged.",
    "The ministers will meet again in two weeks, next Monday and on the 29th, when talks resume.",
    "On 2024-11-29, 29.11.2024 and Sunday, Nov. 17, the front moved; in February last year it did too.",
    "Monday night into Tuesday, the night between Friday and Saturday, in the early hours of Thursday.",
]


def brute_force(text: str) -> list[tuple[int, int, str]]:
    found = {(m.start(), m.end(), name) for name, p in PATTERNS.items() for m in p.finditer(text) if m[0]}
    return _longest_first(found)


def fast(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), name) for name, m in scan(text)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_fast_scan_equals_brute_force_on_sentences(sentence: str) -> None:
    assert fast(sentence) == brute_force(sentence)
    assert fast(sentence), "each sample sentence holds date phrases"


def test_fast_scan_equals_brute_force_on_the_dev_corpus(dev_dir: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(dev_dir.glob("*.txt"))]
    assert texts
    for text in texts:
        assert fast(text) == brute_force(text)
