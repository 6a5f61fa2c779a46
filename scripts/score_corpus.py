#!/usr/bin/env python3
"""Score `warwire extract` on a labelled corpus, wherever its gold and its texts live.

    python scripts/score_corpus.py pool            # gold in eval/gold/pool, texts in ../shared/eval/pool
    python scripts/score_corpus.py dev2 --errors   # any option after the name goes to ../shared/eval/score.py

The scorer wants each text beside its gold file; for corpora whose gold lives in this repository and whose
texts stay in ../shared/eval, the two are linked side by side in a temporary folder first.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from corpora import CORPORA, EVAL  # scripts/ is on the path when a script in it runs


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in CORPORA:
        print(f"usage: score_corpus.py {{{','.join(CORPORA)}}} [score.py options]", file=sys.stderr)
        return 2
    gold_dir, text_dir = CORPORA[sys.argv[1]]
    if not text_dir.is_dir():
        print(f"{text_dir}: the corpus's texts are missing; see {gold_dir / 'README.md'}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="warwire-score-") as tmp:
        folder = gold_dir
        if gold_dir != text_dir:
            folder = Path(tmp)
            for gold in gold_dir.glob("*.gold.json"):
                name = gold.name[: -len(".gold.json")]
                (folder / gold.name).symlink_to(gold)
                (folder / f"{name}.txt").symlink_to(text_dir / f"{name}.txt")
        return subprocess.call([sys.executable, str(EVAL / "score.py"), str(folder), *sys.argv[2:]])


if __name__ == "__main__":
    sys.exit(main())
