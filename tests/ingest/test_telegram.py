"""Telegram channel preview pages (t.me/s/<channel>): one article per post, read by the real parser."""
from __future__ import annotations

import datetime as dt

import pytest

from warwire.errors import FormatError
from warwire.ingest.html import read_html
from warwire.ingest.telegram import article_from_post, is_telegram_preview, parse_telegram_preview
from warwire.pipeline import extract_events

# A small page in the shape of a channel preview, written for this test (no real post is copied).
PAGE = """<!DOCTYPE html>
<html><head><meta property="og:url" content="https://t.me/s/sample_airforce"><title>Sample – Telegram</title></head>
<body><section class="tgme_channel_history js-message_history">
<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="sample_airforce/101">
    <div class="tgme_widget_message_bubble">
      <div class="tgme_widget_message_text js-message_text" dir="auto"><i class="emoji" style="background-image:url('x.png')"><b>⚡</b></i> <b>ЗБИТО/ПОДАВЛЕНО 41 ВОРОЖИЙ БПЛА</b><br/><br/>У ніч на 2 квітня (з 18:00 1 квітня) противник атакував 50 ударними БпЛА типу Shahed.<br/>Зафіксовано влучання 6 ударних БпЛА на 4 локаціях.</div>
      <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
        <span class="tgme_widget_message_views">12.1K</span>
        <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/sample_airforce/101"><time datetime="2025-04-02T05:40:12+00:00" class="time">08:40</time></a></span>
      </div></div>
    </div>
  </div>
</div>
<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message js-widget_message" data-post="sample_airforce/102">
    <div class="tgme_widget_message_bubble"><a class="tgme_widget_message_photo_wrap" href="https://t.me/sample_airforce/102"></a>
      <div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" href="https://t.me/sample_airforce/102"><time datetime="2025-04-02T06:00:00+00:00">09:00</time></a></div>
    </div>
  </div>
</div>
<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message js-widget_message" data-post="sample_airforce/103">
    <div class="tgme_widget_message_bubble">
      <div class="tgme_widget_message_text js-message_text">Тримаймо небо! &amp; дякуємо&nbsp;всім</div>
      <div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" href="https://t.me/sample_airforce/103"><time datetime="2025-04-02T21:30:00+00:00">00:30</time></a></div>
    </div>
  </div>
</div>
</section></body></html>
"""


def test_a_preview_page_is_recognised() -> None:
    assert is_telegram_preview(PAGE)
    assert not is_telegram_preview("<html><body><article><p>Ordinary news page.</p></article></body></html>")


def test_one_article_per_post_with_text() -> None:
    articles = parse_telegram_preview(PAGE, "airforce.html")
    assert [a.url for a in articles] == ["https://t.me/sample_airforce/101", "https://t.me/sample_airforce/103"]
    first, last = articles
    assert first.source == "airforce.html"
    assert first.body.startswith("⚡ ЗБИТО/ПОДАВЛЕНО 41 ВОРОЖИЙ БПЛА\n\nУ ніч на 2 квітня")
    assert first.title == "⚡ ЗБИТО/ПОДАВЛЕНО 41 ВОРОЖИЙ БПЛА"
    assert first.language == "uk" and first.outlet == "@sample_airforce"
    assert first.published_at == dt.datetime(2025, 4, 2, 5, 40, 12, tzinfo=dt.UTC)
    assert first.published == dt.date(2025, 4, 2)
    assert last.body == "Тримаймо небо! & дякуємо всім"
    assert last.published == dt.date(2025, 4, 3), "the day of a post is counted in Kyiv time"


def test_posts_read_into_events() -> None:
    article = parse_telegram_preview(PAGE, "airforce.html")[0]
    events = extract_events(article)
    assert sorted((e.weapon, sorted(e.counts.items())) for e in events) == [
        ("drone", [("hit", 6), ("intercepted", 41), ("launched", 50)])]
    assert {(e.date, e.claimed_by) for e in events} == {(dt.date(2025, 4, 2), "Ukrainian Air Force")}
    assert all(e.article and e.article.url == "https://t.me/sample_airforce/101" for e in events)


def test_the_html_reader_hands_preview_pages_over() -> None:
    articles = read_html(PAGE.encode("utf-8"), "airforce.html")
    assert [a.url for a in articles] == ["https://t.me/sample_airforce/101", "https://t.me/sample_airforce/103"]


def test_a_post_from_an_export() -> None:
    art = article_from_post("В течение прошедшей ночи дежурными средствами ПВО уничтожены шесть украинских "
                            "беспилотных летательных аппаратов над территорией Брянской области.",
                            "2024-12-09T22:40:00+00:00", "export.jsonl")
    assert (art.language, art.published) == ("ru", dt.date(2024, 12, 10))
    events = extract_events(art)
    assert [(e.date, e.location.name if e.location else None, e.counts) for e in events] == [
        (dt.date(2024, 12, 10), "Bryansk Oblast", {"intercepted": 6})]


def test_a_bad_time_stamp_names_the_input() -> None:
    with pytest.raises(FormatError, match="export.jsonl: post time 'yesterday'"):
        article_from_post("Тримаймо небо!", "yesterday", "export.jsonl")
