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


def score_corpus(corpus: Path) -> dict:
    """Extract every text of a labelled corpus through the same reader as `warwire extract`, and score it."""
    events = []
    for item in read_inputs(sorted(str(p) for p in corpus.glob("*.txt"))):
        assert isinstance(item, Article), f"{item.source}: {item.message}"  # type: ignore[union-attr]
        events.extend(e.to_dict() for e in extract_events(item))
    score = scorer()
    return score.score(corpus, score.group_by_article(events))


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_scores_stay_above_their_floors(corpus: str) -> None:
    floors = dict(FLOORS[corpus])
    path = (ROOT / floors.pop("path")).resolve()
    if not path.is_dir():
        pytest.fail(f"{path}: labelled corpus missing (CI keeps ../shared beside the clone)")
    report = score_corpus(path)
    got = {
        "events_f1": report["events"]["f1"],
        "counts_f1": report["counts"]["f1"],
        "strict_f1": report["strict"]["f1"],
        "place": report["fields"]["place"] or 0.0,
    }
    print(f"\n{corpus}: " + "  ".join(f"{k} {v:.3f}" for k, v in got.items()))
    below = {k: (got[k], floor) for k, floor in floors.items() if got[k] < floor}
    assert not below, f"{corpus}: scores fell below their floors (score, floor): {below}"
