"""HTML pages -> Articles: the main text, title and date through trafilatura; nothing is executed or fetched."""
from __future__ import annotations

import datetime as dt
import functools
import re

from warwire.errors import FormatError
from warwire.ingest.text import decode
from warwire.models import Article
from warwire.parse.article import build_article, parse_date_text

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_PUBLISHED_META = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""og:published_time|pubdate|publishdate|date)["'][^>]*>""",
    re.I,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']{4,40})["']""", re.I)
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b",
                         re.I | re.S)
MAX_TREE_SIZE = 200_000  # elements: deeper or larger trees are refused rather than parsed for minutes
# lxml checks each attribute of a tag against the ones before it, so a tag's parse time grows with the square
# of its attributes (80,000 in one tag took 35 s): a page past either limit is refused before it is parsed.
MAX_ATTRIBUTES = 1_000  # in one tag
MAX_ATTRIBUTE_WORK = 20_000_000  # the sum over the page's tags of (attributes in the tag)²
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{200,}")  # a tag under 200 characters holds under 100 attributes
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_ATTRIBUTE = re.compile(r"[^\s=/>]+(?:\s*=\s*[^\s>]*)?")


def looks_like_html(text: str) -> bool:
    """Whether text opens like an HTML document or fragment."""
    return bool(_HTML_START.match(text[:2048]))


def decode_html(data: bytes, source: str) -> str:
    """HTML bytes as text, honouring a `<meta charset>` declaration when the bytes are not UTF-8."""
    m = _CHARSET.search(data[:4096])
    if m and b"\x00" not in data[:4096]:
        declared = m.group(1).decode("ascii", "replace").lower()
        if declared not in ("utf-8", "utf8"):
            try:
                return decode(data.decode(declared).encode("utf-8"), source)
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data, source)


def check_markup(html: str, source: str) -> None:
    """Refuse a page whose tags carry so many attributes that parsing it would take minutes."""
    work = 0
    for m in _LONG_TAG.finditer(html):
        tag = _QUOTED.sub("", m.group(0))
        n = len(_ATTRIBUTE.findall(tag)) - 1  # the first match is the tag's name
        if n > MAX_ATTRIBUTES:
            raise FormatError(f"{source}: a <{tag[1:].split(None, 1)[0][:40]}> tag with {n:,} attributes, over the "
                              f"limit of {MAX_ATTRIBUTES:,} in one tag; skipped (pass the article's text)")
        work += n * n
        if work > MAX_ATTRIBUTE_WORK:
            raise FormatError(f"{source}: tags with too many attributes in all (the sum of their squares passes "
                              f"{MAX_ATTRIBUTE_WORK:,}); skipped (pass the article's text)")


def read_html(data: bytes, source: str, *, published: dt.date | None = None, url: str | None = None) -> list[Article]:
    """The article(s) of one HTML page: a Telegram channel preview gives one per post."""
    html = decode_html(data, source)
    check_markup(html, source)
    telegram = _telegram_reader()
    if telegram is not None and telegram[0](html):
        return list(telegram[1](html, source))
    return [html_article(html, source, published=published, url=url)]


def html_article(html: str, source: str, *, published: dt.date | None = None, url: str | None = None) -> Article:
    """One article from an HTML page's main text, title and publication date."""
    import trafilatura

    check_markup(html, source)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True, config=_config(),
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura and lxml raise many types on broken markup
        raise FormatError(f"{source}: malformed HTML ({type(exc).__name__}: {exc}); "
                          "save the page again, or pass its text") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise FormatError(f"{source}: no article text found in this HTML page; "
                          "pass the page of one article (not a home page), or its text")
    title = (getattr(doc, "title", None) or "").strip() or None
    first, _, rest = text.partition("\n")
    if title and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        text = rest.lstrip()  # the page's <h1> repeats the title; the body (and its dateline) starts after it
    at = _published_time(html)
    day = at.date() if at else _date_of(getattr(doc, "date", None))
    article = build_article(
        source, text, title=title, url=url or getattr(doc, "url", None) or None,
        published=day or published, published_at=at,
    )
    article.outlet = (getattr(doc, "sitename", None) or "").strip() or _host(article.url)
    return article


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


@functools.cache
def _config():  # type: ignore[no-untyped-def]
    """trafilatura settings: a cap on tree size so hostile markup cannot make parsing take minutes."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _published_time(html: str) -> dt.datetime | None:
    """The publication time a page's meta tags declare, when they give one."""
    head = html[:100_000]
    for tag in _PUBLISHED_META.finditer(head):
        m = _CONTENT.search(tag.group(0))
        if not m:
            continue
        value = m.group(1).strip()
        try:
            stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        if "T" in value or " " in value.strip():
            return stamp
    return None


def _date_of(value: str | None) -> dt.date | None:
    if not value:
        return None
    parsed = parse_date_text(value[:10]) or parse_date_text(value)
    return parsed[0] if parsed else None


def _telegram_reader():  # type: ignore[no-untyped-def]
    """Telegram preview detection and parsing, when `warwire.ingest.telegram` is installed."""
    try:
        from warwire.ingest.telegram import is_telegram_preview, parse_telegram_preview
    except ImportError:
        return None
    return is_telegram_preview, parse_telegram_preview

