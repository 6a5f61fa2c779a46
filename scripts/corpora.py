"""The labelled corpora the scripts score and train on: name -> (folder of gold files, folder of the texts).

Gold written for warwire lives in this repository (`eval/gold/`); real articles stay with their outlets in
`../shared/eval/`, or, for the gathered 2025-26 sets, in `../gathered/2025/`, `../gathered/batch3/`, `../gathered/batch4/`, `../gathered/batch5/`, `../gathered/batch6/`, `../gathered/batch7/`, `../gathered/batch8/`, `../gathered/batch9/`, `../gathered/batch10/`, `../gathered/batch11/`, `../gathered/batch12/`, `../gathered/batch13/`, `../gathered/batch14/`, `../gathered/batch15/`, `../gathered/batch16/`, `../gathered/batch17/`, `../gathered/batch18/`, `../gathered/batch19/`, `../gathered/batch20/`, `../gathered/batch21/`, `../gathered/batch22/` and `../gathered/batch23/`
once gathered again from the `SOURCES.md` beside each set's gold.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
CORPORA: dict[str, tuple[Path, Path]] = {
    "dev": (EVAL / "dev", EVAL / "dev"),
    "dev2": (EVAL / "dev2", EVAL / "dev2"),
    "pool": (ROOT / "eval" / "gold" / "pool", EVAL / "pool"),
    "heldout": (ROOT / "tests" / "fixtures" / "heldout", ROOT / "tests" / "fixtures" / "heldout"),
    "uk-dev": (EVAL / "uk-dev", EVAL / "uk-dev"),
    "gathered-2025": (ROOT / "eval" / "gold" / "gathered-2025", ROOT.parent / "gathered" / "2025"),
    "gathered-2025b": (ROOT / "eval" / "gold" / "gathered-2025b", ROOT.parent / "gathered" / "batch3"),
    "gathered-2025c": (ROOT / "eval" / "gold" / "gathered-2025c", ROOT.parent / "gathered" / "batch4"),
    "gathered-2025d": (ROOT / "eval" / "gold" / "gathered-2025d", ROOT.parent / "gathered" / "batch5"),
    "gathered-2025e": (ROOT / "eval" / "gold" / "gathered-2025e", ROOT.parent / "gathered" / "batch6"),
    "gathered-2025f": (ROOT / "eval" / "gold" / "gathered-2025f", ROOT.parent / "gathered" / "batch7"),
    "gathered-2025g": (ROOT / "eval" / "gold" / "gathered-2025g", ROOT.parent / "gathered" / "batch8"),
    "gathered-2025h": (ROOT / "eval" / "gold" / "gathered-2025h", ROOT.parent / "gathered" / "batch9"),
    "gathered-2025i": (ROOT / "eval" / "gold" / "gathered-2025i", ROOT.parent / "gathered" / "batch10"),
    "gathered-2025j": (ROOT / "eval" / "gold" / "gathered-2025j", ROOT.parent / "gathered" / "batch11"),
    "gathered-2025k": (ROOT / "eval" / "gold" / "gathered-2025k", ROOT.parent / "gathered" / "batch12"),
    "gathered-2025l": (ROOT / "eval" / "gold" / "gathered-2025l", ROOT.parent / "gathered" / "batch13"),
    "gathered-2025m": (ROOT / "eval" / "gold" / "gathered-2025m", ROOT.parent / "gathered" / "batch14"),
    "gathered-2025n": (ROOT / "eval" / "gold" / "gathered-2025n", ROOT.parent / "gathered" / "batch15"),
    "gathered-2025o": (ROOT / "eval" / "gold" / "gathered-2025o", ROOT.parent / "gathered" / "batch16"),
    "gathered-2025p": (ROOT / "eval" / "gold" / "gathered-2025p", ROOT.parent / "gathered" / "batch17"),
    "gathered-2025q": (ROOT / "eval" / "gold" / "gathered-2025q", ROOT.parent / "gathered" / "batch18"),
    "gathered-2025r": (ROOT / "eval" / "gold" / "gathered-2025r", ROOT.parent / "gathered" / "batch19"),
    "gathered-2025s": (ROOT / "eval" / "gold" / "gathered-2025s", ROOT.parent / "gathered" / "batch20"),
    "gathered-2025t": (ROOT / "eval" / "gold" / "gathered-2025t", ROOT.parent / "gathered" / "batch21"),
    "gathered-2025u": (ROOT / "eval" / "gold" / "gathered-2025u", ROOT.parent / "gathered" / "batch22"),
    "gathered-2025v": (ROOT / "eval" / "gold" / "gathered-2025v", ROOT.parent / "gathered" / "batch23"),
}
