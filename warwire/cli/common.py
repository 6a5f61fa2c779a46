"""What every command shares: event output formats, error lines, progress on a terminal."""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer

from warwire import export
from warwire.models import Event

if TYPE_CHECKING:
    from warwire.ingest import InputFailure

FORMATS = ("jsonl", "table", "csv")
PROG = "warwire"

# Use inside Annotated: `fmt: Annotated[str | None, FormatOption] = None`, then `fmt = resolve_format(fmt)`.
# Options more than one command takes, defined once so their flags and help read the same everywhere.
Db = Annotated[str | None, typer.Option(
    "--db", metavar="URL",
    help="Database: a SQLite path, sqlite:///PATH or postgresql://USER@HOST/DB. Default: $WARWIRE_DB or ./warwire.db.")]
Published = Annotated[str | None, typer.Option(
    "--published", metavar="DATE",
    help="Publication date for inputs that state none (e.g. 2024-11-30); dates in the input win.")]

FormatOption = typer.Option(
    "--format", "-f",
    help="Output format: jsonl (one event per line, the contract), table, csv. "
    "Default: table on a terminal, jsonl otherwise.",
    case_sensitive=False,
)

# One CSV for `extract` and `events`: ACLED's 31 columns, then warwire's (see warwire/export.py, docs/acled.md).
CSV_COLUMNS = export.CSV_COLUMNS


def parse_date_option(value: str | None, option: str = "--published") -> dt.date | None:
    """A date given on the command line (2024-11-30, 30 November 2024, Nov 30, 2024), or exit 2."""
    if value is None:
        return None
    from warwire.parse.article import parse_date_text

    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        parsed = parse_date_text(value)
    if parsed is None:
        fail(f"{option} {value!r} is not a date; write it as 2024-11-30", code=2)
    return parsed[0]


def choice(option: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """A value that must be one of `allowed` (any case), or exit 2 naming the allowed values and the nearest one."""
    if value is None:
        return None
    v = value.strip().lower()
    if v in allowed:
        return v
    import difflib

    near = difflib.get_close_matches(v.replace("-", "_"), allowed, n=1, cutoff=0.5)
    hint = f"; did you mean {near[0]}?" if near else ""
    fail(f"{option} {value!r} is not one of: {', '.join(allowed)}{hint}", code=2)


def date_range(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """--since and --until as dates, or exit 2 when one is not a date or the range runs backwards."""
    start, end = parse_date_option(since, "--since"), parse_date_option(until, "--until")
    if start and end and start > end:
        fail(f"--since {start.isoformat()} is after --until {end.isoformat()}; swap them", code=2)
    return start, end


def existing_db(db: str | None) -> str | None:
    """For a command that only reads: exit 1 when the SQLite file it names does not exist (never create it)."""
    from warwire.errors import WarwireError
    from warwire.store.engine import resolve_url

    try:
        url = resolve_url(db)
    except WarwireError as exc:
        fail(str(exc))
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = url[len("sqlite:///"):]
        if not os.path.exists(path):
            shown = db or os.environ.get("WARWIRE_DB") or path
            fail(f"{shown}: database file does not exist; store articles in it first with "
                 f"`warwire ingest PATH --db {shown}`, or pass the right --db")
    return db


def resolve_format(fmt: str | None, out: TextIO | None = None, allowed: tuple[str, ...] = FORMATS) -> str:
    """The output format to use: the one asked for (one of `allowed`), else table on a terminal and jsonl in a pipe."""
    if fmt is None:
        stream = out or sys.stdout
        return "table" if stream.isatty() else "jsonl"
    return choice("--format", fmt, allowed) or "jsonl"


def write_events(events: Iterable[Event], fmt: str, out: TextIO) -> int:
    """Write events in a format (`jsonl`, `table`, `csv`) and return how many were written."""
    if fmt == "jsonl":
        return write_jsonl(events, out)
    if fmt == "csv":
        return write_csv(events, out)
    if fmt == "table":
        return write_table(events, out)
    raise ValueError(f"unknown format {fmt!r}")


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """One contract JSON object per line, flushed per event so pipes see results as they come."""
    n = 0
    for ev in events:
        out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    out.flush()
    return n


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    """A header row, then one row per event: the same columns `warwire events -f csv` writes."""
    return export.write_acled_csv((ev.to_dict() for ev in events), out)


def _counts_cell(ev: Event) -> str:
    marks = {"more_than": ">", "at_least": "≥", "about": "~", "nearly": "≈", "up_to": "≤", "at_most": "≤"}
    return "\n".join(f"{k} {marks.get(ev.hedges.get(k, ''), '')}{v:,}" for k, v in ev.counts.items())


# Columns of the table view: (header, style, max width or None for "never wrap").
TABLE_COLUMNS = (
    ("date", "cyan", None), ("type", "bold", None), ("what", "", 24), ("actor → target", "", 24),
    ("weapon", "magenta", None), ("place", "green", 22), ("counts", "", None), ("claimed by", "dim", 24),
    ("article", "dim", 32),
)


def table_row(ev: Event) -> list[str]:
    """The cells of one event in the table view, in `TABLE_COLUMNS` order."""
    side = " → ".join(x or "?" for x in (ev.actor, ev.target)) if (ev.actor or ev.target) else ""
    return [
        ev.date.isoformat() if ev.date else "?",
        ev.type,
        " · ".join(x for x in (ev.item, ev.status) if x),
        side,
        ev.weapon or "",
        ev.location.name if ev.location else (ev.place or ""),
        _counts_cell(ev),
        ev.claimed_by or "",
        ev.article.source.rsplit("/", 1)[-1] if ev.article else "",
    ]


NARROW = 130  # below this width the table folds its nine columns into four


def table_console(out: TextIO, width: int | None = None) -> Any:
    """A Rich console for a table: the terminal's width (or $COLUMNS); a file or pipe without $COLUMNS gets 200,
    room rather than folding every cell."""
    from rich.console import Console

    wide = None if out.isatty() or os.environ.get("COLUMNS") else 200
    return Console(file=out, soft_wrap=False, width=width or wide)


def write_table(events: Iterable[Event], out: TextIO, width: int | None = None) -> int:
    """A readable Rich table: date, type, what, actor→target, weapon, place, counts, claimed by, article.

    On a narrow terminal (80 columns) the same cells stack into four columns, so nothing is dropped
    and dates are never cut.
    """
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    rows = list(events)
    # A file or pipe has no width of its own: give the table room rather than folding every cell.
    console = table_console(out, width)
    if not rows:
        console.print("[dim]no events found[/dim]")
        return 0
    stripes = ["", "on grey7"] if out.isatty() else None
    if console.width >= NARROW:
        table = Table(header_style="bold", expand=False, row_styles=stripes)
        for name, style, limit in TABLE_COLUMNS:
            if limit is None:
                table.add_column(name, style=style or None, no_wrap=True)
            elif name == "article":
                table.add_column(name, style=style or None, no_wrap=True, overflow="ellipsis", max_width=limit)
            else:
                table.add_column(name, style=style or None, overflow="fold", max_width=limit)
        for ev in rows:
            table.add_row(*(escape(cell) for cell in table_row(ev)))
    else:
        table = Table(header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False, row_styles=stripes)
        table.add_column("date", style="cyan", no_wrap=True, min_width=10)
        table.add_column("event", overflow="fold", ratio=3)
        table.add_column("place · counts", overflow="fold", ratio=2)
        table.add_column("claimed by · article", overflow="fold", ratio=2)
        for ev in rows:
            date, kind, what, side, weapon, place, counts, claimant, article = (escape(c) for c in table_row(ev))
            table.add_row(date, "\n".join(x for x in (f"[bold]{kind}[/bold]", side, f"[magenta]{weapon}[/magenta]"
                                                     if weapon else "", what) if x),
                          "\n".join(x for x in (f"[green]{place}[/green]" if place else "", counts) if x),
                          "\n".join(x for x in (claimant, f"[dim]{article}[/dim]") if x))
    console.print(table)
    console.print(f"[dim]{len(rows)} event{'s' if len(rows) != 1 else ''}[/dim]")
    return len(rows)


def error_line(message: str, kind: str = "error") -> str:
    """The one stderr line for an error: `warwire: error: <message>` (or `warwire: warning: ...`)."""
    # Names and texts come from the inputs: show control characters escaped, never send them to the terminal.
    shown = "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in " ".join(message.split()))
    return f"{PROG}: {kind}: {shown}"


def report_failure(failure: InputFailure, err: TextIO | None = None) -> None:
    """Print one input failure as one line on stderr, naming the input and why."""
    source = failure.source
    if source == "-" or source.startswith(("-:", "-[")):
        source = "<stdin>" + source[1:]  # a bare "-" reads badly in a sentence
    print(error_line(f"{source}: {failure.message}"), file=err or sys.stderr, flush=True)


def report_error(message: str, err: TextIO | None = None) -> None:
    """Print one error line on stderr without exiting."""
    print(error_line(message), file=err or sys.stderr, flush=True)


def report_warning(message: str, err: TextIO | None = None) -> None:
    """Print one warning line on stderr: something was left out, but the command did its work."""
    print(error_line(message, "warning"), file=err or sys.stderr, flush=True)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one error line on stderr and exit with `code`."""
    report_error(message)
    raise typer.Exit(code)


@contextmanager
def progress(total: int | None, label: str, enabled: bool | None = None) -> Iterator[Callable[..., None]]:
    """A Rich progress bar on stderr when it is a terminal; yields `advance(n=1)`. Pipes stay clean."""
    show = sys.stderr.isatty() if enabled is None else enabled
    if not show:
        yield lambda n=1: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n=1: bar.advance(task, n)
