"""The library call: `warwire.extract(text_or_path)` -> the events of one article (or of every input named)."""
from __future__ import annotations

import datetime as dt
import os

import httpx

from warwire.errors import ConfigError, InputError, WarwireError
from warwire.ingest import InputFailure, read_inputs
from warwire.ingest.sources import is_url, split_suffixes
from warwire.models import Article, Event

_MAX_PATH_CHARS = 4096


def extract(
    text_or_path: str | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    client: httpx.Client | None = None,
) -> list[Event]:
    """Events of an article given as text, as a path (file or folder) or as an http(s) URL.

    Text is read like a plain-text article file (headline, date line, blank line,
    body) when it has that header, else as a bare body. `published` dates inputs
    that state none; `source` names text input in `article.source` (default `<text>`).
    Raises `InputError`, `FormatError` or `FetchError` (all `WarwireError`) naming what is wrong.
    """
    from warwire.pipeline import extract_events

    day = _published_date(published)
    return [ev for article in read_articles(text_or_path, published=day, source=source, client=client)
            for ev in extract_events(article)]


def read_articles(
    text_or_path: str | os.PathLike[str],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    client: httpx.Client | None = None,
) -> list[Article]:
    """The Articles of one input (text, path or URL), raising on the first one that cannot be read."""
    if isinstance(text_or_path, os.PathLike) or _names_input(text_or_path):
        articles: list[Article] = []
        for item in read_inputs([text_or_path], published=published, client=client):
            if isinstance(item, InputFailure):
                raise _error_of(item)
            if source is not None:
                item.source = source
            articles.append(item)
        return articles
    if not isinstance(text_or_path, str):
        raise InputError(f"expected article text, a path or a URL, got {type(text_or_path).__name__}")
    if not text_or_path.strip():
        raise InputError(f"{source or '<text>'}: empty text; pass an article with some text")
    from warwire.ingest.html import html_article, looks_like_html
    from warwire.parse.article import parse_text_article

    name = source or "<text>"
    if looks_like_html(text_or_path):
        return [html_article(text_or_path, name, published=published)]
    return [parse_text_article(text_or_path.replace("\r\n", "\n"), name, published=published)]


def _names_input(value: str) -> bool:
    """Whether a string names an input (URL, existing path) rather than being the article itself."""
    if not isinstance(value, str):
        return False
    if is_url(value.strip()) and "\n" not in value.strip():
        return True
    if "\n" in value or len(value) > _MAX_PATH_CHARS or not value.strip():
        return False
    try:
        if os.path.exists(value):
            return True
    except (OSError, ValueError):
        return False
    # A lone token that looks like a file name is a mistyped path, not a one-word article: say it is missing.
    token = value.strip()
    kind, _ = split_suffixes(os.path.basename(token))
    return not any(ch.isspace() for ch in token) and (kind is not None or os.sep in token)


def _error_of(failure: InputFailure) -> WarwireError:
    """The exception to raise for a failure, keeping its class and naming its input."""
    message = str(failure)
    if failure.error is not None:
        return type(failure.error)(message)
    return InputError(message)


def _published_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    from warwire.parse.article import parse_date_text

    parsed = parse_date_text(str(value))
    if parsed is None:
        raise ConfigError(f"published={value!r} is not a date; pass a datetime.date or text like 2024-11-30")
    return parsed[0]
