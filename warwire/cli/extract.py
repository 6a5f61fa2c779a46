"""`warwire extract`: articles in (files, folders, URLs, stdin), event records out."""
from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from typing import Annotated

import typer

from warwire.cli.app import app
from warwire.cli.common import (
    FormatOption,
    Published,
    parse_date_option,
    progress,
    report_error,
    report_failure,
    resolve_format,
    write_events,
)
from warwire.errors import WarwireError
from warwire.models import Event


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(
        metavar="PATH|URL|-...",
        help="Articles to read: text, HTML, JSON or JSON-lines files (also .gz/.zst), folders of them, "
        "http(s) URLs, or - for standard input.",
        show_default=False,
    )],
    fmt: Annotated[str | None, FormatOption] = None,
    published: Published = None,
) -> None:
    """Read news articles and print the events in them (one JSON object per line with --format jsonl).

    Example: warwire extract news/ report.html https://example.org/story --format table
    """
    fmt = resolve_format(fmt)
    day = parse_date_option(published)
    from warwire.ingest.sources import expand_specs

    specs = expand_specs(inputs)
    # A live bar and events streaming to the same terminal would garble each other.
    show_bar = len(specs) > 1 and sys.stderr.isatty() and (fmt == "table" or not sys.stdout.isatty())
    failed = [False]
    try:
        with progress(len(specs), "extracting", enabled=show_bar) as advance:
            events = _events(specs, day, failed, advance)
            if fmt != "table":
                write_events(events, fmt, sys.stdout)
            else:  # a table needs every row first; draw it once the bar is gone
                rows = list(events)
        if fmt == "table":
            write_events(rows, fmt, sys.stdout)
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(1 if failed[0] else 0) from None
    except KeyboardInterrupt:
        report_error("interrupted")
        raise typer.Exit(130) from None
    raise typer.Exit(1 if failed[0] else 0)


def _events(
    specs: list[str], day: dt.date | None, failed: list[bool], advance: Callable[..., None]
) -> Iterator[Event]:
    """Events of every input in order; failures go to stderr as they happen and mark the run failed."""
    from warwire.ingest import InputFailure, read_inputs
    from warwire.pipeline import extract_events

    for spec in specs:
        for item in read_inputs([spec], published=day):
            if isinstance(item, InputFailure):
                failed[0] = True
                report_failure(item)
                continue
            try:
                events = extract_events(item)
            except WarwireError as exc:  # e.g. a broken data file: its message names it and the fix
                failed[0] = True
                report_error(f"{item.source}: events could not be extracted: {exc}")
                continue
            except Exception as exc:  # an extractor bug must cost one article, not the run
                failed[0] = True
                report_error(f"{item.source}: events could not be extracted ({type(exc).__name__}: {exc}); "
                             "this is a warwire bug, please report it with the article")
                continue
            yield from events
        advance()
