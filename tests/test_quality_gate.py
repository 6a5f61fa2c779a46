"""The quality gate: the labelled corpora are scored on every run, against floors pinned in quality_floors.toml."""
from __future__ import annotations

import importlib.util
import tomllib
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import EVAL, ROOT
from warwire.ingest import read_inputs
from warwire.models import Article
from warwire.pipeline import extract_events

FLOORS = tomllib.loads((ROOT / "tests" / "quality_floors.toml").read_text())


@cache
def scorer() -> ModuleType:
    """The shared scorer, `../shared/eval/score.py`, imported from where it lives."""
    spec = importlib.util.spec_from_file_location("warwire_eval_score", EVAL / "score.py")
    assert spec and spec.loader, f"cannot import {EVAL / 'score.py'}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_corpus(corpus: Path, texts: Path | None = None) -> dict:
    """Extract every text of a labelled corpus through the same reader as `warwire extract`, and score it.

    `texts` is where the articles live when the gold is kept apart from them (gold written for warwire,
    articles that stay in ../shared/eval)."""
    events = []
    names = [g.name[: -len(".gold.json")] for g in sorted(corpus.glob("*.gold.json"))]
    paths = [str(texts / f"{n}.txt") for n in names] if texts else sorted(str(p) for p in corpus.glob("*.txt"))
    for item in read_inputs(paths):
        assert isinstance(item, Article), f"{item.source}: {item.message}"  # type: ignore[union-attr]
        events.extend(e.to_dict() for e in extract_events(item))
    score = scorer()
    return score.score(corpus, score.group_by_article(events))


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_scores_stay_above_their_floors(corpus: str) -> None:
    floors = dict(FLOORS[corpus])
    path = (ROOT / floors.pop("path")).resolve()
    texts = (ROOT / floors.pop("texts")).resolve() if "texts" in floors else None
    for folder in (path, texts):
        if folder is not None and not folder.is_dir():
            pytest.fail(f"{folder}: labelled corpus missing (CI keeps ../shared beside the clone)")
    report = score_corpus(path, texts)
    got = {
        "events_f1": report["events"]["f1"],
        "counts_f1": report["counts"]["f1"],
        "strict_f1": report["strict"]["f1"],
        "place": report["fields"]["place"] or 0.0,
    }
    print(f"\n{corpus}: " + "  ".join(f"{k} {v:.3f}" for k, v in got.items()))
    below = {k: (got[k], floor) for k, floor in floors.items() if got[k] < floor}
    assert not below, f"{corpus}: scores fell below their floors (score, floor): {below}"
