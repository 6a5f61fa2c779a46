"""`warwire ingest` (files, folders, archives, URLs, feeds -> the store) and `warwire watch` (poll feeds)."""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from warwire.cli.app import app
from warwire.cli.common import Db, Published, fail, report_error, report_failure, report_warning
from warwire.errors import WarwireError

DEFAULT_FAILURES = "warwire-failures.txt"
SHOWN_FAILURES = 20  # failures printed at the end; the rest are in the failures file



@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(
        metavar="PATH|URL|FEED|-...",
        help="Articles to store: text, HTML, JSON or JSON-lines files (also .gz/.zst archives), folders, "
        "http(s) URLs, RSS/Atom feeds (URL or file: each item's page is fetched), or - for standard input.",
        show_default=False,
    )],
    db: Db = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1,
                                         help="Local processes extracting in parallel.")] = 1,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="SCHEDULER_ADDRESS|local",
        help="Extract on a Dask cluster (tcp://HOST:8786), or `local` for a LocalCluster of --workers "
        "processes. Needs the dask extra: pip install 'warwire\\[dask]'.",
    )] = None,
    published: Published = None,
    failures: Annotated[Path | None, typer.Option(
        "--failures", metavar="FILE",
        help=f"Where to list failed inputs (source<TAB>reason). Default: {DEFAULT_FAILURES}, written only "
        "when something failed.",
    )] = None,
    delay: Annotated[float, typer.Option(
        "--delay", min=0.0, help="Seconds between two requests to one host (URLs and feed items).")] = 1.0,
) -> None:
    """Extract events from articles and store them; running it again adds nothing.

    Example: warwire ingest archive.jsonl.zst news/ --workers 4 --db postgresql://localhost/warwire
    """
    from warwire.batch import count_inputs
    from warwire.batch import ingest as run_ingest
    from warwire.cli.extract import parse_date_option
    from warwire.ingest.feeds import read_sources
    from warwire.ingest.fetch import Fetcher, FetchPolicy
    from warwire.store import open_store

    day = parse_date_option(published)
    try:
        store = open_store(db)
    except WarwireError as exc:
        fail(str(exc), code=2)
    fetcher = Fetcher(policy=FetchPolicy(host_delay=delay))
    try:
        items = read_sources(inputs, fetcher=fetcher, published=day,
                             warn=report_warning)
        with _progress(count_inputs(inputs)) as show:
            report = run_ingest(items, store, workers=workers, dask=dask, on_progress=show)
    except KeyboardInterrupt:
        report_error("interrupted; the articles stored so far are kept, run the same command to go on")
        raise typer.Exit(130) from None
    except WarwireError as exc:
        fail(str(exc), code=2)
    finally:
        fetcher.close()
        store.close()
    print(report.summary())
    if report.failures:
        _list_failures(report.failures, failures or Path(DEFAULT_FAILURES))
        raise typer.Exit(1)
    if failures is not None:
        failures.write_text("")  # asked for by name: an empty list says this run had none


def _list_failures(items: list[Any], path: Path) -> None:
    """Print the first failures on stderr and write them all to `path`."""
    for failure in items[:SHOWN_FAILURES]:
        report_failure(failure)
    more = len(items) - SHOWN_FAILURES
    try:
        with path.open("w", encoding="utf-8") as out:
            for failure in items:
                out.write(f"{failure.source}\t{' '.join(failure.message.split())}\n")
    except OSError as exc:
        report_error(f"{path}: cannot write the failures list ({exc.strerror}); pass --failures FILE")
        return
    tail = f" ({more} more not shown)" if more > 0 else ""
    print(f"{len(items)} input{'s' if len(items) != 1 else ''} failed{tail}; listed in {path}", file=sys.stderr)


@contextmanager
def _progress(total: int | None) -> Iterator[Callable[[Any], None] | None]:
    """A Rich bar on stderr when it is a terminal (articles, articles/s, events, errors, ETA); else nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = [TextColumn("storing"), BarColumn(), MofNCompleteColumn() if total else TextColumn("{task.completed}"),
               TextColumn("articles · {task.fields[rate]:.1f}/s · {task.fields[events]} events · "
                          "{task.fields[errors]} errors"),
               TimeElapsedColumn()]
    if total:
        columns.append(TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("storing", total=total, rate=0.0, events=0, errors=0)

        def show(report: Any) -> None:
            bar.update(task, completed=report.articles + len(report.failures), rate=report.rate,
                       events=report.events, errors=len(report.failures))

        yield show


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(metavar="FEED_URL...", help="RSS or Atom feed URLs to poll.",
                                               show_default=False)],
    interval: Annotated[float, typer.Option("--interval", min=1.0,
                                            help="Seconds from one round to the next.")] = 300.0,
    db: Db = None,
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once and exit (for cron).")] = False,
    delay: Annotated[float, typer.Option("--delay", min=0.0,
                                         help="Seconds between two requests to one host.")] = 1.0,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a server.")] = 15.0,
    retries: Annotated[int, typer.Option("--retries", min=0,
                                         help="Retries (with backoff) after an error or timeout.")] = 2,
) -> None:
    """Poll RSS/Atom feeds, fetch each new item's page, extract and store its events.

    Feed state (ETag, Last-Modified, items seen) is kept in the database, so a restart refetches nothing.
    Example: warwire watch https://example.org/world/rss.xml --interval 600
    """
    from warwire.ingest.fetch import Fetcher, FetchPolicy
    from warwire.ingest.sources import is_url
    from warwire.store import open_store
    from warwire.watch import poll_once
    from warwire.watch import watch as run_watch

    for url in feeds:
        if not is_url(url):
            fail(f"{url}: not a feed URL; pass http(s)://... (for a feed file use `warwire ingest FILE`)", code=2)
    try:
        store = open_store(db)
    except WarwireError as exc:
        fail(str(exc), code=2)
    policy = FetchPolicy(timeout=timeout, retries=retries, host_delay=delay)
    failed = 0
    try:
        with Fetcher(policy=policy) as fetcher:
            if once:  # for cron: the exit status says whether every feed and item got through
                rounds = poll_once(feeds, store, fetcher, log=_log)
                failed = sum(r.status == "failed" or bool(r.failed_items) for r in rounds)
            else:
                run_watch(feeds, store, fetcher, interval=interval, log=_log)
    except KeyboardInterrupt:
        _log("stopped")
    except WarwireError as exc:
        fail(str(exc), code=2)
    finally:
        store.close()
    if failed:
        fail(f"{failed} of {len(feeds)} feed{'s' if len(feeds) != 1 else ''} failed this round (see above)")


def _log(line: str) -> None:
    """One timestamped line on stderr per feed per round."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")
    print(f"{stamp} {line}", file=sys.stderr, flush=True)
