#!/usr/bin/env python3
"""Train the decider (warwire/extract/decide.py) on the gold corpora, and score it by cross-validation.

    python scripts/train_decider.py --cv 5          # article-level k-fold: train on k-1 folds, score the held one
    python scripts/train_decider.py --corpora dev dev2 --cv 5
    python scripts/train_decider.py --write         # train on every corpus, write warwire/data/decider.json

No model is shipped today: at 205 candidates from 233 gold articles, cross-validation shows the decider lowers
events F1 on every corpus (docs/accuracy.md), so the pipeline keeps every candidate the rules propose. Write a
model only when cross-validation on your labelled corpus says it pays.

Each candidate event the rules propose (the pipeline without the decider) is labelled by matching it to
the article's gold events with the evaluation scorer's own matching (`../shared/eval/score.py`): a
candidate that matches a gold event is a positive. The model is an L2-regularised logistic regression,
trained by full-batch gradient descent in plain Python: the same data give byte-identical weights.
Real articles stay in ../shared/eval/; only gold files written for warwire live in this repository.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import random
import sys
from dataclasses import dataclass

from corpora import CORPORA, EVAL, ROOT  # scripts/ is on the path when a script in it runs

MODEL = ROOT / "warwire" / "data" / "decider.json"
# Real news the decider learns from: not the team-written fixtures, not the official bulletins (no decider there).
TRAINING = ("dev", "dev2", "pool", "gathered-2025", "gathered-2025b", "gathered-2025c")
L2 = 1.0            # weight of the penalty, per training example summed
STEPS = 400
MIN_FEATURE_COUNT = 3  # features seen in fewer training candidates are left out


def load_scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("warwire_eval_score", EVAL / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"the scorer is missing at {EVAL / 'score.py'}: clone warwire beside shared/")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Doc:
    """One gold article: its candidates' features and labels, and what the scorer needs."""

    corpus: str
    name: str
    gold: list[dict]  # type: ignore[type-arg]
    candidates: list[dict]  # type: ignore[type-arg]   # contract-form events
    features: list[dict[str, float]]
    labels: list[int]


def read_docs(corpora: list[str], scorer) -> list[Doc]:  # type: ignore[no-untyped-def]
    from warwire.api import read_articles
    from warwire.extract.decide import event_features
    from warwire.pipeline import candidate_stages, extract_events

    stages = candidate_stages()
    docs = []
    for corpus in corpora:
        gold_dir, text_dir = CORPORA[corpus]
        for gold_file in sorted(gold_dir.glob("*.gold.json")):
            name = gold_file.name[: -len(".gold.json")]
            gold = json.loads(gold_file.read_text(encoding="utf-8"))["events"]
            (article,) = read_articles(str(text_dir / f"{name}.txt"))
            events = extract_events(article, stages)
            dicts = [ev.to_dict() for ev in events]
            matched = {j for _, j in scorer.match(gold, dicts)}
            docs.append(Doc(corpus, name, gold, dicts, [event_features(ev, article, events) for ev in events],
                            [int(j in matched) for j in range(len(events))]))
    return docs


def train(rows: list[dict[str, float]], labels: list[int]) -> dict:  # type: ignore[type-arg]
    """Weights of an L2-regularised logistic regression, and the threshold that maximises training F1."""
    seen: dict[str, int] = {}
    for row in rows:
        for name in row:
            seen[name] = seen.get(name, 0) + 1
    names = sorted(n for n, c in seen.items() if c >= MIN_FEATURE_COUNT)
    index = {n: i for i, n in enumerate(names)}
    sparse = [[(index[n], v) for n, v in row.items() if n in index] for row in rows]
    w = [0.0] * len(names)
    bias = 0.0
    g2 = [1e-8] * (len(names) + 1)
    rate = 0.5
    for _ in range(STEPS):
        grad = [0.0] * len(names)
        gbias = 0.0
        for x, y in zip(sparse, labels, strict=True):
            z = bias + sum(w[i] * v for i, v in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y
            gbias += err
            for i, v in x:
                grad[i] += err * v
        for i in range(len(w)):
            grad[i] += L2 * w[i]
        # Adagrad: rare features still move, common ones settle.
        for i, g in enumerate(grad):
            g2[i] += g * g
            w[i] -= rate * g / math.sqrt(g2[i])
        g2[-1] += gbias * gbias
        bias -= rate * gbias / math.sqrt(g2[-1])
    weights = {n: round(w[index[n]], 5) for n in names if abs(w[index[n]]) >= 1e-4}
    model = {"bias": round(bias, 5), "weights": weights, "threshold": 0.5}
    model["threshold"] = best_threshold(model, rows, labels)
    return model


def best_threshold(model: dict, rows: list[dict[str, float]], labels: list[int]) -> float:  # type: ignore[type-arg]
    """The cut that keeps the most right candidates for the fewest wrong ones (F1 over candidates)."""
    from warwire.extract.decide import Decider

    decider = Decider.from_dict(model)
    probs = [decider.probability(r) for r in rows]
    positives = sum(labels)
    best, best_f1 = 0.5, -1.0
    for step in range(10, 71, 5):
        t = step / 100
        kept = [y for p, y in zip(probs, labels, strict=True) if p >= t]
        tp = sum(kept)
        f1 = 2 * tp / (len(kept) + positives) if kept or positives else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = t, f1
    return best


def kept(model: dict, doc: Doc) -> list[dict]:  # type: ignore[type-arg]
    from warwire.extract.decide import Decider

    decider = Decider.from_dict(model)
    return [ev for ev, f in zip(doc.candidates, doc.features, strict=True) if decider.keeps(f)]


def report(label: str, scorer, docs: list[Doc], preds: dict[str, list[dict]]) -> None:  # type: ignore[no-untyped-def]
    """Scores per corpus, as the evaluation scorer computes them."""
    for corpus in sorted({d.corpus for d in docs}):
        gold_dir = CORPORA[corpus][0]
        names = {d.name for d in docs if d.corpus == corpus}
        result = scorer.score(gold_dir, {n: p for n, p in preds.items() if n in names})
        e, s, c = result["events"], result["strict"], result["counts"]
        types = "  ".join(f"{t} {r['f1']:.2f} ({r['tp']}/{r['pred']}/{r['gold']})" for t, r in result["types"].items())
        print(f"{label:10s} {corpus:6s} events {e['f1']:.3f} (P {e['precision']:.3f} R {e['recall']:.3f})  "
              f"strict {s['f1']:.3f}  counts {c['f1']:.3f}\n{'':18s}{types}")


def cross_validate(docs: list[Doc], k: int, scorer) -> None:  # type: ignore[no-untyped-def]
    order = sorted(docs, key=lambda d: (d.corpus, d.name))
    random.Random(7).shuffle(order)
    folds = [order[i::k] for i in range(k)]
    preds: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for i, held in enumerate(folds):
        rest = [d for j, fold in enumerate(folds) if j != i for d in fold]
        model = train([f for d in rest for f in d.features], [y for d in rest for y in d.labels])
        for d in held:
            preds[d.name] = kept(model, d)
    report("candidates", scorer, docs, {d.name: d.candidates for d in docs})
    report(f"cv{k}", scorer, docs, preds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", nargs="+", default=[c for c in TRAINING if CORPORA[c][1].is_dir()], choices=TRAINING)
    ap.add_argument("--cv", type=int, metavar="K", help="score by article-level K-fold cross-validation instead")
    ap.add_argument("--write", action="store_true", help=f"train on every corpus given and write {MODEL.name}")
    args = ap.parse_args()
    scorer = load_scorer()
    docs = read_docs(args.corpora, scorer)
    print(f"{len(docs)} articles, {sum(len(d.labels) for d in docs)} candidates, "
          f"{sum(sum(d.labels) for d in docs)} match gold", file=sys.stderr)
    if args.cv or not args.write:
        cross_validate(docs, args.cv or 5, scorer)
        return
    model = train([f for d in docs for f in d.features], [y for d in docs for y in d.labels])
    model["trained_on"] = {c: sum(1 for d in docs if d.corpus == c) for c in args.corpora}
    text = json.dumps(model, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    MODEL.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL} ({len(model['weights'])} weights, threshold {model['threshold']})")
    report("trained", scorer, docs, {d.name: kept(model, d) for d in docs})


if __name__ == "__main__":
    main()
