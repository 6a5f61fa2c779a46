"""The lexicons of official bulletins, read once from `warwire/data/official_*.tsv`.

Analysts extend the TSV files, not this module: weapon names in their inflected forms,
the verbs that say what happened to a figure, number words, hedges, months and regions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from warwire.errors import ConfigError

DATA = Path(__file__).resolve().parents[2] / "data"
_PARTS = re.compile(r"[-/]")


@dataclass(frozen=True)
class WeaponWord:
    """What one weapon word says: class (drone, missile, target), kind, model, number, role."""

    cls: str
    kind: str | None
    model: str | None
    number: str
    role: str


@dataclass(frozen=True)
class Lexicon:
    """Every lexicon the bulletin reader uses, compiled."""

    numbers: dict[str, dict[str, int]]  # lang -> word form -> value
    weapons: list[tuple[re.Pattern[str], WeaponWord]]
    weapon_any: re.Pattern[str]  # every weapon pattern in one alternation, group w<i> for row i
    weapon_hint: re.Pattern[str]  # where a weapon word may start: the first two letters of every pattern
    cues: re.Pattern[str]
    cue_keys: list[str]  # count key of each alternative group of `cues`
    hedges: dict[str, str]
    months: list[tuple[str, int]]
    regions_ru: list[tuple[re.Pattern[str], str]]
    regions_uk: list[tuple[re.Pattern[str], str]]
    regions_ru_any: re.Pattern[str]
    regions_uk_any: re.Pattern[str]
    hedge_before: re.Pattern[str]  # a hedge phrase ending right before a figure
    _seen: dict[str, WeaponWord | None] = field(default_factory=dict, compare=False, hash=False)

    def weapon(self, token: str) -> WeaponWord | None:
        """The weapon a single lower-case token names ("ракетами", "shahed-136/131"), if any."""
        if token in self._seen:
            return self._seen[token]
        word = None
        # "shahed-136/131", "балістичних/зенітних": the first part names the weapon
        for candidate in (token, _PARTS.split(token)[0]) if ("-" in token or "/" in token) else (token,):
            m = self.weapon_any.fullmatch(candidate)
            if m and m.lastgroup:
                word = self.weapons[int(m.lastgroup[1:])][1]
                break
        if len(self._seen) < 50_000:  # bounded: tokens of a long run of posts
            self._seen[token] = word
        return word

    def month(self, token: str) -> int | None:
        """The month a lower-case word names ("серпня", "августа"), if any."""
        for stem, number in self.months:
            if token.startswith(stem):
                return number
        return None


def _rows(name: str, columns: int) -> list[list[str]]:
    path = DATA / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the lexicon ({exc}); reinstall warwire or restore the file") from exc
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != columns:
            raise ConfigError(f"{path}:{n}: expected {columns} tab-separated columns, found {len(cells)}; fix the row")
        rows.append([c.strip() for c in cells])
    return rows


def _compile(path: str, n: int, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ConfigError(f"{DATA / path}:{n}: bad pattern {pattern!r} ({exc}); fix the regular expression") from exc


def _none(cell: str) -> str | None:
    return None if cell == "-" else cell


@cache
def lexicon() -> Lexicon:
    """The compiled lexicons (read on first use, then shared)."""
    numbers: dict[str, dict[str, int]] = {}
    for lang, value, forms in _rows("official_numbers.tsv", 3):
        table = numbers.setdefault(lang, {})
        for form in forms.split(","):
            table[form.strip().replace("ё", "е")] = int(value)
    weapons = [
        (_compile("official_weapons.tsv", i, pat), WeaponWord(cls, _none(kind), _none(model), number, role))
        for i, (pat, cls, kind, model, number, role) in enumerate(_rows("official_weapons.tsv", 6), 1)
    ]
    cue_rows = _rows("official_cues.tsv", 2)
    groups = []
    for i, (pat, _key) in enumerate(cue_rows, 1):
        _compile("official_cues.tsv", i, pat)
        groups.append(f"(?P<c{i - 1}>{pat})")
    first = {alt[0] for pat, _key in cue_rows for alt in _top_level(pat)}
    if first & set("()[]{}\\.*+?|^$"):
        raise ConfigError(f"{DATA / 'official_cues.tsv'}: every alternative must start with a plain letter")
    # the look-ahead on a first letter lets the engine skip most positions cheaply
    cues = re.compile(rf"(?<![\w])(?=[{re.escape(''.join(sorted(first)))}])(?:" + "|".join(groups) + ")")
    regions_ru = _rows("official_regions.tsv", 2)
    regions_uk = _rows("official_regions_uk.tsv", 2)
    hedges = dict(_rows("official_hedges.tsv", 2))
    phrases = "|".join(re.escape(p) for p in sorted(hedges, key=len, reverse=True))
    return Lexicon(
        numbers=numbers,
        weapons=weapons,
        weapon_any=re.compile("|".join(f"(?P<w{i}>{p.pattern})" for i, (p, _w) in enumerate(weapons))),
        weapon_hint=_heads([p.pattern for p, _w in weapons]),
        cues=cues,
        cue_keys=[key for _pat, key in cue_rows],
        hedges=hedges,
        months=sorted(((stem, int(m)) for stem, m in _rows("official_months.tsv", 2)), key=lambda r: -len(r[0])),
        regions_ru=[(_compile("official_regions.tsv", i, rf"(?<!\w)(?:{p})\b"), name)
                    for i, (p, name) in enumerate(regions_ru, 1)],
        regions_uk=[(_compile("official_regions_uk.tsv", i, rf"(?<!\w)(?:{p})\b"), name)
                    for i, (p, name) in enumerate(regions_uk, 1)],
        regions_ru_any=_alternation(regions_ru, "r"),
        regions_uk_any=_alternation(regions_uk, "r"),
        hedge_before=re.compile(rf"(?:^|[\s(«\"])({phrases})\s+$"),
    )


def _heads(patterns: list[str]) -> re.Pattern[str]:
    """A pattern matching where any of `patterns` may begin a word, from their first two literal characters."""
    heads: set[str] = set()
    for pattern in patterns:
        for alternative in _top_level(pattern):
            head = alternative[:2]
            if len(head) < 2 or any(ch in "()[]{}\\.*+?|^$" for ch in head):
                raise ConfigError(f"{DATA / 'official_weapons.tsv'}: pattern {alternative!r} must start with two "
                                  "plain characters; write the alternatives out")
            heads.add(head)
    first = "".join(sorted({h[0] for h in heads}))
    return re.compile(rf"(?<![\w'])(?=[{re.escape(first)}])(?:" + "|".join(sorted(map(re.escape, heads))) + ")")


def _top_level(pattern: str) -> list[str]:
    """The alternatives of a pattern split at its top-level '|'."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and (i == 0 or pattern[i - 1] != "\\"):
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _alternation(rows: list[list[str]], prefix: str) -> re.Pattern[str]:
    """One pattern trying each row's pattern in order at every position (group <prefix><row index>)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(rf"(?P<{prefix}{i}>(?:{p})\b)" for i, (p, _n) in enumerate(rows)) + ")")
