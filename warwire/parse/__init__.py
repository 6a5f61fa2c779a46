"""Raw document -> Article: headline, publication date, wire dateline, agency, body."""
from __future__ import annotations

from warwire.parse.article import build_article, parse_date_text, parse_text_article
from warwire.parse.dateline import Dateline, find_dateline

__all__ = ["Dateline", "build_article", "find_dateline", "parse_date_text", "parse_text_article"]
