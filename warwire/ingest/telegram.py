"""Telegram channels as input: the public web preview page (t.me/s/<channel>) and Telegram Desktop's
export (result.json) give one article per post.

Each post keeps its text (line breaks as in the post), the time of its `<time datetime>`
and its own URL (https://t.me/<channel>/<id>). Posts without text (a photo alone, a
service message) give no article.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from warwire.errors import FormatError
from warwire.models import Article
from warwire.parse.language import detect_language

_MARKERS = ("tgme_widget_message", "data-post=")
_TITLE_MAX = 160
# Channels post in their own local time: the day of a post is counted there.
_ZONES = {"uk": "Europe/Kyiv", "ru": "Europe/Moscow"}


def is_telegram_preview(html: str) -> bool:
    """Whether an HTML page is a Telegram channel's public web preview (t.me/s/<channel>)."""
    head = html[:200_000]
    return all(marker in head for marker in _MARKERS)


def parse_telegram_preview(html: str, source: str) -> list[Article]:
    """One Article per post of a channel preview page, in page order (oldest first, as Telegram shows them)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise FormatError(f"{source}: not a readable HTML page ({exc}); save the page t.me/s/<channel> again") from exc
    articles: list[Article] = []
    for post in root.xpath('//div[@data-post][contains(concat(" ", normalize-space(@class), " "), " tgme_widget_message ")]'):
        texts = post.xpath('.//div[contains(concat(" ", normalize-space(@class), " "), " tgme_widget_message_text ")]')
        if not texts:
            continue
        body = _text(texts[-1])
        if not body:
            continue
        link = post.xpath('.//a[contains(@class, "tgme_widget_message_date")]/@href')
        url = str(link[0]) if link else f"https://t.me/{post.get('data-post')}"
        stamps = post.xpath(".//time/@datetime")
        articles.append(article_from_post(body, str(stamps[0]) if stamps else None, source, url=url))
    if not articles and "tgme_widget_message_text" in html:
        raise FormatError(f"{source}: a Telegram preview page whose posts could not be read; "
                          "save the page t.me/s/<channel> as HTML, not as a screenshot or text")
    return articles


def article_from_post(text: str, date: str | None, source: str, *, url: str | None = None) -> Article:
    """An Article from one post's text and its ISO time stamp (as in a channel export or preview page)."""
    body = text.strip()
    language = detect_language(body)
    published_at = _timestamp(date, source)
    published = None
    if published_at is not None:
        zone = ZoneInfo(_ZONES.get(language, "UTC"))
        published = (published_at.astimezone(zone) if published_at.tzinfo else published_at).date()
    first = body.split("\n", 1)[0].strip()
    return Article(
        source=source,
        body=body,
        title=first[:_TITLE_MAX] or None,
        headlines=[first[:_TITLE_MAX]] if first else [],
        url=url,
        published=published,
        published_at=published_at,
        language=language,
        outlet=_channel(url),
    )


def _text(node) -> str:  # type: ignore[no-untyped-def]
    """A post's text: `<br>` as line breaks, emoji images as their characters, blanks tidied."""
    for br in node.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    text = node.text_content()
    text = text.replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return text.strip()


def _timestamp(value: str | None, source: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise FormatError(f"{source}: post time {value!r} is not an ISO date-time; "
                          "give it as 2024-08-18T07:40:12+00:00") from exc


def _channel(url: str | None) -> str | None:
    m = re.match(r"https?://t\.me/(?:s/)?([A-Za-z0-9_]+)", url or "")
    return f"@{m.group(1)}" if m else None


def is_desktop_export(doc: object) -> bool:
    """Whether a JSON document is Telegram Desktop's channel export (`result.json`: a `messages` list)."""
    return (isinstance(doc, dict) and isinstance(doc.get("messages"), list)
            and any(isinstance(m, dict) and "text" in m and ("date" in m or "date_unixtime" in m)
                    for m in doc["messages"][:50]))


def message_text(text: object) -> str:
    """A message's `text`: a string, or a list of plain strings and `{"type": ..., "text": ...}` parts."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text") or "") if isinstance(p, dict) else ""
                       for p in text)
    return ""


def read_desktop_export(doc: dict[str, Any], source: str,
                        published: dt.date | None = None) -> list[Article]:
    """One Article per text message of a Telegram Desktop export, oldest first; service messages and posts
    without text (a photo alone) give none. The channel's name is the outlet; `date_unixtime` (UTC) is
    preferred to `date`, which is the exporting computer's local time."""
    channel = str(doc.get("name") or "") or None
    username = doc.get("username")  # not in every export; without it a post has no public link
    articles = []
    for message in doc["messages"]:
        if not isinstance(message, dict) or message.get("type", "message") != "message":
            continue
        body = message_text(message.get("text")).strip()
        if not body:
            continue
        stamp = str(message.get("date_unixtime") or "")
        when = dt.datetime.fromtimestamp(int(stamp), dt.UTC).isoformat() if stamp.isdigit() else message.get("date")
        mid = message.get("id")
        url = f"https://t.me/{username}/{mid}" if username and mid is not None else None
        art = article_from_post(body, str(when) if when else None, f"{source}#message={mid}", url=url)
        art.outlet = channel or art.outlet
        if art.published is None:
            art.published = published
        articles.append(art)
    return articles
