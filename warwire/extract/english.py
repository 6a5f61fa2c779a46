"""English news -> events (being written)."""
from __future__ import annotations

from warwire.models import Article, Event


def extract_english(article: Article) -> list[Event]:
    return []
