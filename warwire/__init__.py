"""warwire: conflict news in, sourced and checkable events out."""
from __future__ import annotations

# The `warwire.extract` subpackage must be imported before the `extract` function below is defined:
# Python binds a subpackage as an attribute of its parent the first time it is imported, and would
# otherwise replace the function with the module.
import warwire.extract as _extract_package  # noqa: F401
from warwire.models import Article, Event, Location, Span

__all__ = ["Article", "Event", "Location", "Span", "extract", "__version__"]
__version__ = "0.1.0"


def extract(text_or_path, *, published=None, source=None) -> list[Event]:  # type: ignore[no-untyped-def]
    """Events in one article given as text, a path or a URL (see `warwire.api.extract`)."""
    from warwire.api import extract as _extract

    return _extract(text_or_path, published=published, source=source)
