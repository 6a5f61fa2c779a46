"""Bytes -> text: the encodings articles arrive in, and binary data refused with a reason."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warwire.errors import InputError
from warwire.ingest.text import decode

LATIN = "Headline\n2024-11-30\n\nKYIV (AP) — Café owners in Kyïv said “enough”; naïve façades fell.\n"
CYRILLIC = "Заголовок\n2024-11-30\n\nКИЇВ — Росія випустила 50 дронів по Україні вночі, повідомили 12 джерел.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("text", [LATIN, CYRILLIC], ids=["latin", "cyrillic"])
def test_unicode_encodings_with_or_without_bom(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding), "a.txt") == text


def test_windows_1252_text() -> None:
    assert decode(LATIN.encode("cp1252"), "a.txt") == LATIN


def test_latin1_text() -> None:
    text = "Réfugiés à Kherson: 40 blessés, déjà évacués.\n"
    assert decode(text.encode("latin-1"), "a.txt") == text


def test_windows_1251_cyrillic_text() -> None:
    assert decode(CYRILLIC.encode("cp1251"), "a.txt") == CYRILLIC


def test_line_ends_become_newlines() -> None:
    assert decode(b"a\r\nb\rc\n", "a.txt") == "a\nb\nc\n"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^news/e\.txt: .*(empty|whitespace)"):
        decode(data, "news/e.txt")


def test_nul_bytes_are_binary_with_offset() -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(InputError, match=r"^news/x\.bin: binary file \(NUL bytes at offset 8\); pass a text"):
        decode(data, "news/x.bin")


def test_control_bytes_without_nul_are_binary() -> None:
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21]) * 50
    with pytest.raises(InputError, match="binary file"):
        decode(data, "x.dat")


def test_bad_bytes_after_a_utf16_bom_are_reported() -> None:
    with pytest.raises(InputError, match="byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "x.txt")  # a lone surrogate


printable = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(lambda s: s.strip())


@given(printable, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_any_text_survives_its_encoding(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "a.txt") == text
