"""The same pipeline over partitions: in this process, in local worker processes, or on a Dask cluster.

Articles are read in a stream and cut into chunks; extraction runs wherever the
chunks are sent; every write goes through the caller's one store connection, in
input order, so every runner stores exactly the same rows. At most a few chunks
per worker are in flight, so memory stays flat however large the input.
"""
from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from warwire.errors import ConfigError, WarwireError
from warwire.ingest import InputFailure
from warwire.models import Article, Event

CHUNK_SIZE = 16
# Extracted articles are written in transactions of up to this many (or whatever arrived within WRITE_EVERY
# seconds): incidents are merged once per write, so fewer, larger writes keep a busy day's merging cheap.
WRITE_SIZE = 128
WRITE_EVERY = 2.0
# Chunks queued per worker beyond the one it is working on: enough to keep it busy, few enough to stay small.
IN_FLIGHT_PER_WORKER = 3
Outcome = list[Event] | str  # a chunk's result per article: its events, or why extraction failed


class WorkerError(WarwireError):
    """A worker process or Dask worker stopped without returning its chunk."""


class ArticleStore(Protocol):
    def add_article(self, article: Article, events: list[Event]) -> Any: ...


@dataclass
class IngestReport:
    """Running totals of an ingest; `failures` lists every input that could not be read or extracted."""

    articles: int = 0
    added: int = 0
    unchanged: int = 0
    new_versions: int = 0
    events: int = 0
    failures: list[InputFailure] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def elapsed(self) -> float:
        """Seconds from the start to the end of the run (or to now, while it runs)."""
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        """Articles per second so far."""
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0

    def summary(self) -> str:
        """One line: '3 new articles (12 events), 30 unchanged, 1 new version, 2 failed in 4.1 s'."""
        parts = [f"{self.added} new article{'s' if self.added != 1 else ''} ({self.events} events)",
                 f"{self.unchanged} unchanged"]
        if self.new_versions:
            parts.append(f"{self.new_versions} new version{'s' if self.new_versions != 1 else ''}")
        parts.append(f"{len(self.failures)} failed")
        return ", ".join(parts) + f" in {self.elapsed:.1f} s"


def extract_chunk(articles: list[Article]) -> list[Outcome]:
    """Extract the events of each article (runs in workers); an extractor crash fails only its article."""
    from warwire.ingest.budget import OverBudget, time_budget
    from warwire.pipeline import extract_events

    out: list[Outcome] = []
    for article in articles:
        try:
            with time_budget(article.source, "extracting its events"):
                out.append(extract_events(article))
        except OverBudget as exc:
            out.append(str(exc).removeprefix(f"{article.source}: "))
        except Exception as exc:  # one bad article must not take the chunk or the run down
            out.append(f"extraction failed ({exc.__class__.__name__}: {exc}); please report this article")
    return out


# Workers yield the CPU to the writing process: it is the one serial stage, and when it starves the
# bounded queue fills and every worker waits anyway.
WORKER_NICENESS = 5


def _start_worker(parent: int, main_thread: bool) -> None:
    import os
    import signal

    # Ctrl-C is the writing process's to handle: it stops cleanly and shuts the workers down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):  # not on this platform, or not allowed: run at normal priority
        pass
    _exit_with_parent(parent, main_thread)


PARENT_CHECK_EVERY = 0.5  # seconds


def _exit_with_parent(parent: int, main_thread: bool) -> None:
    """End this worker when the process that started it dies (kill -9 gives it no chance to shut us down).

    On Linux the kernel sends SIGKILL at once (PR_SET_PDEATHSIG; it fires when the forking *thread* ends, so
    only when that was the parent's main thread); everywhere a daemon thread also checks the parent's pid.
    """
    import os
    import sys
    import threading

    if main_thread and sys.platform == "linux":
        try:
            import ctypes
            import signal

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before we got here
        os._exit(1)

    def watch() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_EVERY)
        os._exit(1)

    threading.Thread(target=watch, name="warwire-parent-watch", daemon=True).start()


def warm_up() -> None:
    """Load the pipeline's models once, so forked workers share them instead of each loading its own."""
    extract_chunk([Article(source="warm-up", body="Russia launched 10 drones at Kyiv overnight, officials said.")])


def chunked(items: Iterable[Article | InputFailure], size: int,
            on_failure: Callable[[InputFailure], None]) -> Iterator[list[Article]]:
    """Articles in chunks of `size`; input failures go to `on_failure` as they are met."""
    chunk: list[Article] = []
    for item in items:
        if isinstance(item, InputFailure):
            on_failure(item)
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


Runner = Callable[[Iterator[list[Article]]], Iterator[tuple[list[Article], list[Outcome]]]]


def run_serial(chunks: Iterator[list[Article]]) -> Iterator[tuple[list[Article], list[Outcome]]]:
    """Extract in this process."""
    for chunk in chunks:
        yield chunk, extract_chunk(chunk)


def run_processes(workers: int) -> Runner:
    """Extract in `workers` local processes, results back in input order."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    def run(chunks: Iterator[list[Article]]) -> Iterator[tuple[list[Article], list[Outcome]]]:
        methods = multiprocessing.get_all_start_methods()
        # fork shares the warmed-up models with every worker; elsewhere each worker loads its own
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        if "fork" in methods:
            warm_up()
        pending: deque[tuple[list[Article], Future[list[Outcome]]]] = deque()
        import os
        import threading

        # workers are forked by the thread that submits (this one), all at the first submit
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                                   initargs=(os.getpid(), threading.current_thread() is threading.main_thread()))
        try:
            for chunk in chunks:
                pending.append((chunk, pool.submit(extract_chunk, chunk)))
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                done, future = pending.popleft()
                yield done, future.result()
        finally:
            # On Ctrl-C or an error, drop the queued chunks instead of extracting them for nobody.
            pool.shutdown(wait=True, cancel_futures=True)

    return _explain_broken_pool(run)


def _explain_broken_pool(run: Runner) -> Runner:
    """A worker process that dies (killed, out of memory) becomes one clear error, not a traceback."""
    from concurrent.futures.process import BrokenProcessPool

    def guarded(chunks: Iterator[list[Article]]) -> Iterator[tuple[list[Article], list[Outcome]]]:
        try:
            yield from run(chunks)
        except BrokenProcessPool as exc:
            raise WorkerError(f"a worker process died ({exc}); the articles stored so far are kept: "
                              "run the same command again (with fewer --workers if memory is short)") from exc

    return guarded


def run_dask(address: str, workers: int | None = None) -> Runner:
    """Extract on a Dask cluster: `local` starts a LocalCluster here, anything else is a scheduler address."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError(
            "--dask needs Dask's distributed scheduler, which is not installed; "
            "run `pip install 'warwire[dask]'` (or `pip install \"dask[distributed]\"`)"
        ) from exc

    def run(chunks: Iterator[list[Article]]) -> Iterator[tuple[list[Article], list[Outcome]]]:
        cluster = None
        try:
            if address == "local":
                cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
                client = Client(cluster)
            else:
                client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"--dask {address}: cannot reach the Dask scheduler ({exc}); "
                              "check the address (tcp://HOST:8786) and that `dask scheduler` runs there") from exc
        try:
            yield from _dask_results(client, chunks)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run


def _dask_results(client: Any, chunks: Iterator[list[Article]]) -> Iterator[tuple[list[Article], list[Outcome]]]:
    _check_workers(client)
    threads = sum(client.nthreads().values()) or 1
    pending: deque[tuple[list[Article], Any]] = deque()
    for chunk in chunks:
        # Scattered, the chunk goes straight to a worker: a task carrying its data would be
        # deserialised and kept by the scheduler, whose memory then grows with the archive.
        [data] = client.scatter([chunk], hash=False)
        pending.append((chunk, client.submit(extract_chunk, data, pure=False)))
        if len(pending) >= threads * IN_FLIGHT_PER_WORKER:
            yield _collect(pending)
    while pending:
        yield _collect(pending)


def _collect(pending: deque[tuple[list[Article], Any]]) -> tuple[list[Article], list[Outcome]]:
    chunk, future = pending.popleft()
    try:
        result = future.result()
    except Exception as exc:  # a worker died or could not run warwire: nothing per-article to blame
        raise WorkerError(f"a Dask worker failed ({exc.__class__.__name__}: {exc}); check every worker has "
                          "warwire installed (same version as here) and enough memory") from exc
    future.release()
    return chunk, result


def _warwire_version() -> str:
    import warwire

    return str(getattr(warwire, "__version__", "unknown"))


def _check_workers(client: Any, timeout: float = 60.0) -> None:
    """Refuse a cluster with no workers, or whose workers run another warwire (their events would differ)."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError as exc:
        raise ConfigError(f"--dask {client.scheduler.address}: no worker joined within {timeout:g} s; "
                          "start workers with `dask worker SCHEDULER_ADDRESS`") from exc
    here = _warwire_version()
    try:
        found = client.run(_warwire_version)
    except Exception as exc:
        raise ConfigError(f"--dask: a worker cannot import warwire ({exc.__class__.__name__}: {exc}); "
                          "install warwire on every worker (pip install 'warwire[dask]')") from exc
    other = {addr: v for addr, v in found.items() if v != here}
    if other:
        addr, version = next(iter(other.items()))
        raise ConfigError(f"--dask: worker {addr} runs warwire {version}, this client {here}; "
                          "install the same version everywhere so results match")


def choose_runner(workers: int = 1, dask: str | None = None) -> Runner:
    """The runner for the options: Dask when an address is given, processes for workers > 1, else serial."""
    if workers < 1:
        raise ConfigError(f"--workers {workers}: need at least 1 worker")
    if dask:
        return run_dask(dask, workers if workers > 1 else None)
    if workers > 1:
        return run_processes(workers)
    return run_serial


def ingest(items: Iterable[Article | InputFailure], store: ArticleStore, *, workers: int = 1,
           dask: str | None = None, chunk_size: int = CHUNK_SIZE, write_size: int = WRITE_SIZE,
           on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Extract and store every article; bad inputs and extractor crashes go in the report, store errors raise.

    Reading runs at most a few chunks per worker ahead of extraction, and writing
    waits for at most `write_size` extracted articles (or WRITE_EVERY seconds).
    """
    runner = choose_runner(workers, dask)
    report = IngestReport()

    def failed(failure: InputFailure) -> None:
        report.failures.append(failure)
        if on_progress:
            on_progress(report)

    pending: list[tuple[Article, list[Event]]] = []
    last_write = time.monotonic()
    for chunk, outcomes in runner(chunked(_unseen(items, store, report, on_progress, chunk_size), chunk_size, failed)):
        for article, outcome in zip(chunk, outcomes, strict=True):
            if isinstance(outcome, str):
                report.failures.append(InputFailure(article.source, outcome))
            else:
                pending.append((article, outcome))
        if len(pending) >= write_size or time.monotonic() - last_write >= WRITE_EVERY:
            store_chunk(store, pending, report)
            pending, last_write = [], time.monotonic()
        if on_progress:
            on_progress(report)
    store_chunk(store, pending, report)
    if on_progress:
        on_progress(report)
    report.finished = time.monotonic()
    return report


def _unseen(items: Iterable[Article | InputFailure], store: ArticleStore, report: IngestReport,
            on_progress: Callable[[IngestReport], None] | None, group: int) -> Iterator[Article | InputFailure]:
    """Items minus articles already stored, counted as unchanged without extracting them again.

    Storing them would change nothing (ids are content hashes), so a re-run or a resumed run
    skips straight to the new articles. Needs the store's `stored_articles(ids)`, asked once per
    `group` items; without it every article is extracted and the store says which are unchanged.
    """
    stored = getattr(store, "stored_articles", None)
    if stored is None:
        yield from items
        return
    source = iter(items)
    while batch := list(itertools.islice(source, group)):
        known = stored([item.id for item in batch if isinstance(item, Article)])
        for item in batch:
            if isinstance(item, Article) and item.id in known:
                report.articles += 1
                report.unchanged += 1
                if on_progress:
                    on_progress(report)
                continue
            yield item


def store_chunk(store: ArticleStore, items: list[tuple[Article, list[Event]]], report: IngestReport) -> None:
    """Write a chunk of articles in one transaction when the store can (incidents merged once per chunk)."""
    many = getattr(store, "add_articles", None)
    if many is None or len(items) < 2:
        for article, events in items:
            store_one(store, article, events, report)
        return
    for result in many(items):
        _count(result, report)


def store_one(store: ArticleStore, article: Article, events: list[Event], report: IngestReport) -> None:
    """Write one article and its events, counting what the store did."""
    _count(store.add_article(article, events), report)


def _count(result: Any, report: IngestReport) -> None:
    report.articles += 1
    if result.status == "added":
        report.added += 1
    elif result.status == "new_version":
        report.new_versions += 1
    else:
        report.unchanged += 1
    report.events += result.events_added


# Plain JSON-lines files up to this size are counted line by line for the progress bar's total and ETA.
COUNT_LINES_UP_TO = 2 * 1024**3


def count_inputs(specs: Iterable[str]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know (files, folders, plain .jsonl); else None."""
    import os

    from warwire.ingest.sources import expand_specs, is_url, split_suffixes

    total = 0
    for path in expand_specs(list(specs)):
        if path == "-" or is_url(path) or not os.path.isfile(path):
            return None
        kind, compression = split_suffixes(os.path.basename(path))
        if kind == "jsonl" or compression is not None or kind is None:
            if kind != "jsonl" or compression is not None or os.path.getsize(path) > COUNT_LINES_UP_TO:
                return None
            total += _count_lines(path)
        else:
            total += 1
    return total


def _count_lines(path: str) -> int:
    lines = 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            lines += block.count(b"\n")
    return lines
