"""Sentence splitting keeps offsets and survives abbreviations and quotes."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warwire.extract.sentences import split_sentences


def test_abbreviations_and_quotes() -> None:
    text = ('The U.S. said on Nov. 29 that Gen. Smith left. "88 drones were shot down," it said.\n'
            "Sen. Lindsey Graham said 5 p.m. was late. Another one!")
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "The U.S. said on Nov. 29 that Gen. Smith left.",
        '"88 drones were shot down," it said.',
        "Sen. Lindsey Graham said 5 p.m. was late.",
        "Another one!",
    ]


def test_paragraphs_are_counted() -> None:
    sents = split_sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in sents] == [0, 0, 1]


@given(st.text(alphabet=st.sampled_from(list("abc DEF.!?\n\"'12")), max_size=300))
def test_offsets_always_point_into_the_body(body: str) -> None:
    for s in split_sentences(body):
        assert body[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_text_without_full_stops_is_cut_into_bounded_pieces() -> None:
    from warwire.extract.sentences import MAX_SENTENCE

    body = " ".join(["Russia launched drones at Kyiv"] * 5000)  # 150,000 characters, no full stop
    sents = split_sentences(body)
    assert len(sents) > 100
    assert all(len(s.text) <= MAX_SENTENCE for s in sents)
    assert all(body[s.start:s.end] == s.text for s in sents)
    assert " ".join(s.text for s in sents) == body


def test_sentences_glued_together_by_a_scraper_are_split() -> None:
    text = ('Biden said sanctions were ready against Ukraine.President Putin denied it.“We will see,” he said.'
            "The U.S.Army and St.Petersburg stay whole; so do 2.5 and e.g.this.")
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "Biden said sanctions were ready against Ukraine.",
        'President Putin denied it.',
        "“We will see,” he said.",
        "The U.S.Army and St.Petersburg stay whole; so do 2.5 and e.g.this.",
    ]
