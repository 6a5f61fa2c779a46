"""Inputs -> Articles: text, HTML, JSON and JSON-lines articles from paths, folders, stdin and URLs.

`read_inputs` never raises for a bad input: it yields an `InputFailure` naming
the input and why, and goes on with the next one, so one broken file in a
folder of thousands costs one line on stderr.
"""
from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import httpx

from warwire.errors import InputError, WarwireError
from warwire.models import Article


@dataclass
class InputFailure:
    """One input (or one line or item of it) that gave no article, and why."""

    source: str
    message: str
    error: WarwireError | None = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


Item = Article | InputFailure


def read_inputs(
    specs: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    client: httpx.Client | None = None,
) -> Iterator[Item]:
    """Articles from each input (path, folder, URL or `-` for stdin), and a failure for each bad one."""
    from warwire.ingest.sources import is_url, stdin_stream, walk_directory

    for given in specs:
        spec = os.fspath(given)
        if spec == "-":
            yield from _guarded(spec, _read_stream, stdin_stream(), "-", None, published)
        elif is_url(spec):
            yield from _guarded(spec, _read_url, spec, client, published)
        elif os.path.isdir(spec):
            found = False
            try:
                for path in walk_directory(spec):
                    found = True
                    yield from _guarded(path, _read_file, path, published)
            except InputError as exc:
                yield _failure(spec, exc)
                continue
            if not found:
                yield InputFailure(spec, "no article files in this folder (looked for .txt, .md, .html, .json, "
                                   ".jsonl and their .gz/.zst forms)")
        else:
            yield from _guarded(spec, _read_file, spec, published)


def _guarded(source: str, read: Callable[..., Iterator[Item]], *args: Any) -> Iterator[Item]:
    """Run one reader, turning anything it raises into one failure for `source`."""
    try:
        yield from read(*args)
    except WarwireError as exc:
        yield _failure(source, exc)
    except (OSError, MemoryError, RecursionError, ValueError, LookupError) as exc:
        yield InputFailure(source, f"cannot be read ({type(exc).__name__}: {exc})", InputError(str(exc)))
    except Exception as exc:  # a reader bug must cost one input, never the run
        yield InputFailure(source, f"cannot be read ({type(exc).__name__}: {exc}); this is a warwire bug, "
                           "please report it with the input", InputError(str(exc)))


def _failure(source: str, exc: WarwireError) -> InputFailure:
    message = str(exc)
    for prefix in (f"{source}: ", f"{source}:"):
        if message.startswith(prefix):
            message = message[len(prefix):].lstrip()
            break
    return InputFailure(source, message, exc)


def _read_file(path: str, published: dt.date | None) -> Iterator[Item]:
    from warwire.ingest.sources import MAX_ARTICLE_BYTES, open_path, split_suffixes

    kind, compression = split_suffixes(os.path.basename(path))
    stream = open_path(path)
    with stream:
        if kind not in ("jsonl", None) and compression is None:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_ARTICLE_BYTES:
                raise InputError(
                    f"{path}: {size / 1024 / 1024:.1f} MB is over the {MAX_ARTICLE_BYTES // 1024 // 1024} MB "
                    "limit for one article; split it into articles, or pass JSON lines (.jsonl, one article "
                    "per line) for bulk input"
                )
        yield from _read_stream(stream, path, kind, published)


def _read_url(url: str, client: httpx.Client | None, published: dt.date | None) -> Iterator[Item]:
    from warwire.ingest.sources import fetch_url, split_suffixes

    data, content_type = fetch_url(url, client)
    ctype = content_type.split(";")[0].strip().lower()
    kind, _ = split_suffixes(url.split("?", 1)[0].split("#", 1)[0])
    if "html" in ctype:
        kind = "html"
    elif "ndjson" in ctype or "jsonl" in ctype or "json-seq" in ctype:
        kind = "jsonl"
    elif "json" in ctype:
        kind = "json"
    elif ctype == "text/plain":
        kind = "text"
    for item in _read_stream(io.BufferedReader(io.BytesIO(data)), url, kind, published, url=url):  # type: ignore[arg-type]
        if isinstance(item, Article) and item.url is None:
            item.url = url
        yield item


def _read_stream(
    stream: BinaryIO, source: str, kind: str | None, published: dt.date | None, *, url: str | None = None
) -> Iterator[Item]:
    """Articles from one byte stream of a known (or sniffed) kind."""
    from warwire.ingest.budget import time_budget
    from warwire.ingest.html import html_article, looks_like_html, read_html
    from warwire.ingest.jsonl import read_json, read_jsonl
    from warwire.ingest.sources import decompress, read_limited
    from warwire.ingest.text import decode
    from warwire.parse.article import parse_text_article

    if kind is None:
        head = _peek(stream)
        compression = "gzip" if head.startswith(b"\x1f\x8b") else "zstd" if head.startswith(b"\x28\xb5\x2f\xfd") else None
        if compression:
            stream = decompress(stream, compression, source)
            head = _peek(stream)
        kind = sniff_kind(head)
    if kind == "jsonl":
        yield from read_jsonl(stream, source, published=published)
        return
    data = read_limited(stream, source)
    items: list[Item]
    with time_budget(source, "reading it"):
        if kind == "json":
            items = list(read_json(data, source, published=published))
        elif kind == "html":
            items = list(read_html(data, source, published=published, url=url))
        else:
            text = decode(data, source)
            if looks_like_html(text):
                items = [html_article(text, source, published=published, url=url)]
            else:
                items = [parse_text_article(text, source, published=published)]
    yield from items


def _peek(stream: BinaryIO) -> bytes:
    peek = getattr(stream, "peek", None)
    return peek(4096)[:4096] if peek else b""


def sniff_kind(head: bytes) -> str:
    """The kind of an article from its first bytes: `html`, `json`, `jsonl` or `text`."""
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8")):
        if head.startswith(bom):
            head = head[len(bom):].decode(encoding, "ignore").encode("utf-8")
            break
    start = head.lstrip()
    if start.startswith(b"<"):
        return "html"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0].strip()
        # A pretty-printed object opens with a lone "{"; a JSON-lines record carries its fields on line one.
        return "json" if first_line == b"{" else "jsonl"
    return "text"


__all__ = ["InputFailure", "read_inputs", "sniff_kind"]
