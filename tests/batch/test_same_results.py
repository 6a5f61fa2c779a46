"""One archive, three runners (one process, two worker processes, a Dask cluster): the same stored rows."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from warwire.cli import app
from warwire.store import open_store
from warwire.store.schema import articles, events

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def dask_address() -> Iterator[str]:
    # Threads in this process keep the test fast; the CLI connects to it by address like to any cluster.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def stored(db: Path) -> tuple[list[tuple[str, str | None]], list[tuple[str, str, str | None]]]:
    """Articles (id, superseded_by) by id, and events (id, data, incident) in insertion order."""
    store = open_store(str(db))
    try:
        with store.engine.connect() as conn:
            arts = [tuple(r) for r in conn.execute(select(articles.c.id, articles.c.superseded_by)
                                                   .order_by(articles.c.id))]
            evs = [tuple(r) for r in conn.execute(select(events.c.id, events.c.data, events.c.incident_id)
                                                  .order_by(events.c.n))]
    finally:
        store.close()
    return arts, evs  # type: ignore[return-value]


def test_single_process_workers_and_dask_store_identical_events(archive: Path, tmp_path: Path,
                                                                dask_address: str) -> None:
    runs = {"single": [], "workers": ["--workers", "2"], "dask": ["--dask", dask_address]}
    results = {}
    for name, extra in runs.items():
        db = tmp_path / f"{name}.db"
        failures = tmp_path / f"{name}-failures.txt"
        result = CliRunner().invoke(app, ["ingest", str(archive), "--db", str(db),
                                          "--failures", str(failures), *extra])
        # the malformed line fails (exit 1) and is listed; the other lines are stored, in order
        assert result.exit_code == 1, result.output
        assert result.stdout.startswith("24 new articles (")
        assert ", 0 unchanged, 1 new version, 1 failed" in result.stdout
        assert failures.read_text().startswith(f"{archive}:25\t")
        results[name] = stored(db)
    single_articles, single_events = results["single"]
    assert len(single_articles) == 25
    assert sum(1 for _, superseded in single_articles if superseded) == 1
    assert len(single_events) > 0, "the dev corpus gave no events: the extractor is not running"
    for name in ("workers", "dask"):
        assert results[name][0] == single_articles, name
        assert results[name][1] == single_events, name
