"""JSON and JSON-lines articles: objects with `title`, `text`, `published` (or `date`) and `url`.

A JSON-lines stream is read one line at a time, so an archive of millions of
articles is processed in bounded memory; one bad line is one failure, named
`file:line`, and the lines around it still give their articles.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from warwire.errors import FormatError, InputError
from warwire.ingest import InputFailure
from warwire.ingest.budget import time_budget
from warwire.ingest.sources import MAX_ARTICLE_BYTES, read_limited
from warwire.ingest.text import decode
from warwire.models import Article
from warwire.parse.article import build_article, parse_date_text

TEXT_KEYS = ("text", "body", "content", "maintext", "article_text")
HTML_KEYS = ("html", "raw_html")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("published", "date", "published_at", "date_published", "datePublished", "pubDate", "datetime")
URL_KEYS = ("url", "link", "source_url")
LIST_KEYS = ("articles", "items", "data", "results")
ID_KEYS = ("id", "guid")
_TOO_DEEP = ("JSON nested deeper than the reader's limit of about 1,000 levels; skipped (an article is an "
             "object of text fields)")


def article_from_object(obj: Any, source: str, where: str, *, published: dt.date | None = None) -> Article:
    """One Article from a decoded JSON object; `where` names it in errors (`file:12`, `file[3]`)."""
    if not isinstance(obj, dict):
        raise FormatError(f"{where}: a JSON {_json_type(obj)}, not an article object; "
                          'give each article as {"title": ..., "text": ..., "published": ...}')
    title = _first_str(obj, TITLE_KEYS)
    url = _first_str(obj, URL_KEYS)
    day, at = _published(obj, where)
    text = _first_str(obj, TEXT_KEYS)
    post = _telegram_post_reader() if isinstance(obj.get("channel"), str) and text and not title else None
    if post is not None:
        # A channel export: the post's day is counted in the channel's own time zone, as the preview reader does.
        stamp = next((obj[k] for k in DATE_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
        art = post(text, stamp, source, url=url)
        art.outlet = art.outlet or obj["channel"]
        art.key = _caller_id(obj)
        return art
    if not text or not text.strip():
        page = _first_str(obj, HTML_KEYS)
        if page:
            from warwire.ingest.html import html_article

            art = html_article(page, source, published=day or published, url=url)
            art.title = title or art.title
            art.key = _caller_id(obj)
            return art
        raise FormatError(f"{where}: no article text (no non-empty 'text' field); "
                          f"keys present: {', '.join(sorted(map(str, obj))[:8]) or 'none'}")
    body = text.replace("\r\n", "\n").strip()  # line ends as in text files, so offsets mean the same
    art = build_article(
        source, body, title=title.strip() if title else None, url=url,
        published=day or published, published_at=at,
    )
    art.key = _caller_id(obj)
    return art


def _caller_id(obj: dict[str, Any]) -> str | None:
    """The object's own `id` (or `guid`), which names its versions when it has no url."""
    for key in ID_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:500]
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def read_json(data: bytes, source: str, *, published: dt.date | None = None) -> Iterator[Article | InputFailure]:
    """The articles of a JSON document: one object, an array of them, or an object holding such an array."""
    text = decode(data, source)
    try:
        doc = json.loads(text)
    except RecursionError as exc:
        raise FormatError(f"{source}: {_TOO_DEEP}") from exc
    except json.JSONDecodeError as exc:
        raise FormatError(f"{source}: malformed JSON at line {exc.lineno} column {exc.colno} ({exc.msg}); "
                          "fix the file, or give one JSON object per line in a .jsonl file") from exc
    from warwire.ingest.telegram import is_desktop_export, read_desktop_export

    if is_desktop_export(doc):  # Telegram Desktop's result.json: `messages`, each `text` a string or parts
        articles = read_desktop_export(doc, source, published)
        if not articles:
            raise InputError(f"{source}: a Telegram Desktop export with no text messages; export the channel "
                             "with its messages (JSON format)")
        yield from articles
        return
    if isinstance(doc, dict) and not _first_str(doc, TEXT_KEYS + HTML_KEYS):
        for key in LIST_KEYS:
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
    if not isinstance(doc, list):
        yield article_from_object(doc, source, source, published=published)
        return
    if not doc:
        raise InputError(f"{source}: an empty JSON array; pass at least one article object")
    for index, item in enumerate(doc):
        where = f"{source}[{index}]"
        try:
            yield article_from_object(item, source, where, published=published)
        except InputError as exc:
            yield InputFailure(where, _strip(str(exc), where), exc)


def read_jsonl(
    stream: BinaryIO, source: str, *, published: dt.date | None = None, limit: int = MAX_ARTICLE_BYTES
) -> Iterator[Article | InputFailure]:
    """The articles of a JSON-lines stream, one per line, reading one line at a time."""
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 lines cannot be split on b"\n": read the (bounded) whole and split text instead.
        lines: Iterator[tuple[int, bytes | str]] = enumerate(decode(read_limited(stream, source), source).split("\n"), 1)
    else:
        if b"\x00" in head:
            raise InputError(f"{source}: binary file (NUL bytes at offset {head.index(0)}); "
                             "pass JSON lines as UTF-8 text")
        lines = _byte_lines(stream, source, limit)
    seen = False
    for lineno, raw in lines:
        where = f"{source}:{lineno}"
        if isinstance(raw, InputFailure):
            yield raw
            seen = True
            continue
        line = raw if isinstance(raw, str) else _decode_line(raw)
        if not line.strip():
            continue
        seen = True
        try:
            obj = json.loads(line.strip())
        except json.JSONDecodeError as exc:
            yield InputFailure(where, f"malformed JSON at column {exc.pos + 1} ({exc.msg}); "
                               "each line must be one complete JSON object")
            continue
        except RecursionError:
            yield InputFailure(where, _TOO_DEEP)
            continue
        try:
            with time_budget(where, "reading it"):
                article = article_from_object(obj, source, where, published=published)
        except InputError as exc:
            yield InputFailure(where, _strip(str(exc), where), exc)
            continue
        yield article
    if not seen:
        raise InputError(f"{source}: empty file (no JSON lines); pass one article object per line")


READ_BYTES = 1 << 20
MAX_BLANK_BYTES = 64 * 1024 * 1024  # blank lines in a row past this end the input: no archive pads so much
_NON_BLANK = re.compile(rb"[^\s]")


def _byte_lines(stream: BinaryIO, source: str, limit: int) -> Iterator[tuple[int, Any]]:
    """Numbered non-blank lines of a byte stream, read a megabyte at a time.

    Runs of blank lines are counted, not looped over, so a compressed file of nothing but newlines costs
    what decompressing it costs; a run past MAX_BLANK_BYTES ends the input with an error naming the line.
    A line over `limit` is skipped and reported, never held whole.
    """
    lineno = 0
    blank = 0  # blank bytes since the last line with content
    pending = bytearray()  # the start of a line the next read ends
    oversized = False  # inside a line already over the limit: drop its bytes until its end
    while True:
        chunk = stream.read(READ_BYTES)
        if not chunk:
            break
        start = 0
        while start < len(chunk):
            if not pending and not oversized:
                m = _NON_BLANK.search(chunk, start)
                stop = len(chunk) if m is None else chunk.rfind(b"\n", start, m.start()) + 1 or start
                if stop > start:
                    lineno += chunk.count(b"\n", start, stop)
                    blank += stop - start
                    if blank > MAX_BLANK_BYTES:
                        raise InputError(f"{source}:{lineno}: over {MAX_BLANK_BYTES // (1024 * 1024)} MB of blank "
                                         "lines in a row; stopped reading it here (the limit of blank input "
                                         "between two lines)")
                    start = stop
                    if m is None:
                        break
            end = chunk.find(b"\n", start)
            if end >= 0 and not pending and not oversized and end - start <= limit:  # a whole line in this chunk
                lineno += 1
                blank = 0
                yield lineno, chunk[start:end + 1]
                start = end + 1
                continue
            piece = chunk[start:] if end < 0 else chunk[start:end + 1]
            start = len(chunk) if end < 0 else end + 1
            if not oversized:
                pending += piece
                if len(pending) - pending.endswith(b"\n") > limit:
                    oversized, pending = True, bytearray()
            if end < 0:
                break
            lineno += 1
            blank = 0
            if oversized:
                oversized = False
                yield lineno, _too_long(source, lineno, limit)
            else:
                line, pending = bytes(pending), bytearray()
                yield lineno, line
    if oversized or pending:
        lineno += 1
        yield lineno, _too_long(source, lineno, limit) if oversized else bytes(pending)


def _too_long(source: str, lineno: int, limit: int) -> InputFailure:
    return InputFailure(f"{source}:{lineno}", f"line longer than the {limit // (1024 * 1024)} MB limit for one "
                        "article; skipped")


def _decode_line(raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _published(obj: dict[str, Any], where: str) -> tuple[dt.date | None, dt.datetime | None]:
    for key in DATE_KEYS:
        value = obj.get(key)
        if value in (None, ""):
            continue
        parsed = parse_published_value(value)
        if parsed is None:
            raise FormatError(f"{where}: '{key}' is {value!r}, not a date; write it as 2024-11-30 "
                              "or 2024-11-30T08:15:00Z")
        return parsed
    return None, None


def parse_published_value(value: Any) -> tuple[dt.date, dt.datetime | None] | None:
    """A publication date (and time) from a JSON value: ISO text, a written date, or Unix seconds."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            at = dt.datetime.fromtimestamp(float(value), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return at.date(), at
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text), None
        at = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return at.date(), at
    except ValueError:
        return parse_date_text(text)


def _telegram_post_reader():  # type: ignore[no-untyped-def]
    """`warwire.ingest.telegram.article_from_post`, when that reader is installed."""
    try:
        from warwire.ingest.telegram import article_from_post
    except ImportError:
        return None
    return article_from_post


def _first_str(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _json_type(obj: Any) -> str:
    return {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}.get(type(obj), "null")


def _strip(message: str, where: str) -> str:
    """An error message without its leading `where: `, for InputFailure's separate fields."""
    for prefix in (f"{where}: ",):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message

