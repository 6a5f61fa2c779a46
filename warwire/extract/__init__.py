"""Article -> candidate events: numbers, patterns and lexicons over sentences."""
from __future__ import annotations

from warwire.models import Article, Event


def read_events(article: Article) -> list[Event]:
    """All events in one article, routed by language."""
    if article.language in ("uk", "ru"):
        try:
            from warwire.extract.official import extract_bulletin
        except ImportError:
            return []
        return extract_bulletin(article)
    from warwire.extract.english import extract_english

    return extract_english(article)
