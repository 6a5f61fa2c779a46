"""warwire: conflict news in, sourced and checkable events out."""
from __future__ import annotations

from warwire.models import Article, Event, Location, Span

__all__ = ["Article", "Event", "Location", "Span", "extract", "__version__"]
__version__ = "0.1.0"


def extract(text_or_path, *, published=None, source=None) -> list[Event]:  # type: ignore[no-untyped-def]
    """Events in one article given as text, a path or a URL (see `warwire.api.extract`)."""
    from warwire.api import extract as _extract

    return _extract(text_or_path, published=published, source=source)
