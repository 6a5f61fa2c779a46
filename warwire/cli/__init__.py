"""Command-line interface: thin commands over the library.

Each module below registers its commands on `app`; importing them here is
what makes them part of `warwire`.
"""
from __future__ import annotations

from warwire.cli import extract as _extract  # noqa: F401  (registers commands)
from warwire.cli import ingest as _ingest  # noqa: F401
from warwire.cli import serve as _serve  # noqa: F401
from warwire.cli import store as _store  # noqa: F401
from warwire.cli.app import app


def main() -> None:
    """Entry point of the `warwire` console script."""
    app()
