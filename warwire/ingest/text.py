"""Bytes -> text: encodings as found in the wild (UTF-8, UTF-16, cp1252, Latin-1), binary refused."""
from __future__ import annotations

import codecs
import datetime as dt

from warwire.errors import InputError
from warwire.models import Article
from warwire.parse.article import parse_text_article

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 4096
# Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.02
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_HINT = "pass a text, HTML or JSON article"


def decode(data: bytes, source: str) -> str:
    """Text of `data` in its encoding, with Windows and old Mac line ends made `\\n`."""
    if not data.strip():
        raise InputError(f"{source}: empty file; pass an article with some text")
    text = _decode(data, source)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: no text (only whitespace); pass an article with some text")
    _refuse_controls(text, source)
    return text


def _decode(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{source}: starts with a {encoding} byte-order mark but is not {encoding} "
                                 f"(bad bytes at offset {exc.start + len(bom)}); re-save it as UTF-8") from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise InputError(f"{source}: binary file (NUL bytes at offset {nul}); {_HINT}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Windows-1252 is what "Latin-1" text usually really is; true Latin-1 decodes anything left.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return _other_single_byte(data) if _looks_misread(text) else text


def _looks_misread(text: str) -> bool:
    """Whether Western-European decoding turned most letters into accented ones (Cyrillic, Greek... bytes)."""
    letters = [ch for ch in text[: _SAMPLE * 4] if ch.isalpha()]
    high = sum(1 for ch in letters if "\xc0" <= ch <= "\xff")
    return len(letters) >= 20 and high > 0.4 * len(letters)


def _other_single_byte(data: bytes) -> str:
    """Text in a non-Western single-byte encoding (windows-1251, KOI8-R...), as charset_normalizer judges it."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return data.decode("cp1252", errors="replace")
    best = from_bytes(data[: _SAMPLE * 16]).best()
    if best is None:
        return data.decode("cp1252", errors="replace")
    return data.decode(best.encoding, errors="replace")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: its NUL bytes all fall on one parity (the ASCII high bytes)."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # Spaces, digits and punctuation put a zero high byte in every other position even in Cyrillic
        # text; real UTF-16 almost never has a zero low byte, while binary data has zeros everywhere.
        if zeros.count(0) >= 0.1 * len(zeros) and other.count(0) <= 0.01 * len(other):
            try:
                text = data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                return None
            return text if "\x00" not in text else None
    return None


def _refuse_controls(text: str, source: str) -> None:
    sample = text[: _SAMPLE * 4]
    controls = [i for i, ch in enumerate(sample) if (ch < " " or "\x7f" <= ch < "\xa0") and ch not in _ALLOWED_CONTROLS]
    if controls and len(controls) > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"{source}: binary file (control bytes from offset {controls[0]}); {_HINT}")
    if "\x00" in text:
        raise InputError(f"{source}: binary file (NUL characters at offset {text.index(chr(0))}); {_HINT}")


def read_text_article(data: bytes, source: str, *, published: dt.date | None = None) -> Article:
    """One plain-text article (corpus layout or a bare body) from its bytes."""
    return parse_text_article(decode(data, source), source, published=published)
