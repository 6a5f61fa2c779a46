"""Lexicons shipped in `warwire/data/lexicon_*.tsv`, loaded once and compiled into matchers.

Each file is tab-separated `surface<TAB>value[<TAB>extra]`; `#` starts a comment. Analysts extend
warwire by adding lines, not code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warwire.errors import ConfigError


def spaces_optional(surface: str) -> str:
    """A multi-word lexicon pattern that also matches its words run together, as scraped pages often have them
    ("23 cruisemissiles", "four fighterjets"): the space between two letters becomes optional."""
    return re.sub(r"(?<=[a-z]) (?=[a-z])", " ?", surface)


def _rows(name: str) -> list[list[str]]:
    try:
        text = resources.files("warwire.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{name}: lexicon missing from the package; reinstall warwire") from exc
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise ConfigError(f"{name}:{n}: expected 'surface<TAB>value', got {line!r}")
        rows.append([c.strip() for c in cols])
    return rows


_WORD = re.compile(r"[A-Za-z][\w.'’-]*[\w'’]|[A-Za-z]")


@dataclass(frozen=True)
class ActorHit:
    """A country (or its capital, government or forces) named in text."""

    actor: str
    start: int
    end: int
    text: str
    possessive: bool


@dataclass(frozen=True)
class WeaponHit:
    """A weapon named in text: class (drone, missile, glide_bomb), kind (ballistic, cruise, ...) and span."""

    weapon: str
    kind: str
    start: int
    end: int
    text: str


# Rocket artillery, not missiles: "39 attacks using multiple-launch rocket systems", "shelled with rocket artillery".
_LAUNCHER_AFTER = re.compile(r"\s+(?:systems?|launchers?|artillery)\b", re.I)
_LAUNCHER_BEFORE = re.compile(r"multiple[- ]launch\s+$", re.I)
# "with U.S.-supplied HIMARS rocket systems": the guided rockets HIMARS fires are missiles.
_PRECISION_LAUNCHER = re.compile(r"\b(?:HIMARS|Himars|GMLRS|M142|M270)\s+$")


class Lexicon:
    """Compiled lookups for actors, weapons, claimants and people's names."""

    def __init__(self) -> None:
        # Surface forms, lower-cased, with regex escapes undone ("u\\.s\\." -> "u.s."), and without a leading "the".
        self.actors: dict[str, str] = {}
        for surface, actor in ((r[0], r[1]) for r in _rows("lexicon_actors.tsv")):
            key = surface.replace("\\", "").lower()
            key = key[4:] if key.startswith("the ") else key
            self.actors[key] = actor
            self.actors.setdefault(key.rstrip("."), actor)  # "U.S." is read as the token "U.S"
        self._longest = max(len(k.split()) for k in self.actors)
        weapons = _rows("lexicon_weapons.tsv")
        self._weapon_info = [(re.compile(rf"^(?:{spaces_optional(w[0])})(?:e?s)?$", re.IGNORECASE), w[1],
                              w[2] if len(w) > 2 else "") for w in weapons]
        alternation = "|".join(sorted((spaces_optional(w[0].lower()) for w in weapons), key=len, reverse=True))
        # Matched against lower-cased text: case-insensitive regexes are several times slower.
        self.weapon_re = re.compile(rf"(?<![\w-])(?:{alternation})(?:e?s)?(?![\w-])")
        self._weapon_re_ci = re.compile(self.weapon_re.pattern, re.IGNORECASE)
        self.claimants = [(re.compile(r[0], re.IGNORECASE), r[1]) for r in _rows("lexicon_claimants.tsv")]
        people = _rows("lexicon_people.tsv")
        self.people = [(re.compile(rf"^(?:{r[0]})$", re.IGNORECASE), r[1]) for r in people]
        self._countries = {r[1]: r[2] for r in people if len(r) > 2 and r[2]}

    def actor(self, surface: str) -> str | None:
        """The canonical actor a surface form names ("Moscow" -> "Russia"), or None."""
        s = re.sub(r"[’']s$", "", surface.strip()).lower()
        return self.actors.get(s[4:] if s.startswith("the ") else s)

    def demonym(self, actor: str) -> str | None:
        """The adjective the lexicon knows for an actor ("South Korea" -> "South Korean"), or None."""
        stem = actor.lower()[:4]
        forms = [k for k, v in self.actors.items() if v == actor and k.startswith(stem) and k != actor.lower()
                 and re.search(r"(?:an|ese|ish|i|ch)$", k) and len(k.split()) == len(actor.split())]
        return min(forms, key=len).title() if forms else None

    def find_actors(self, text: str) -> list[ActorHit]:
        """Countries and their stand-ins named in `text` ("Moscow", "the U.S.", "Russian forces"), in order."""
        out: list[ActorHit] = []
        words = list(_WORD.finditer(text))
        i = 0
        while i < len(words):
            w = words[i]
            if not w.group(0)[0].isupper():
                i += 1
                continue
            for n in range(min(self._longest, len(words) - i), 0, -1):
                last = words[i + n - 1]
                phrase = text[w.start(): last.end()]
                if n > 1 and not re.fullmatch(r"[\w.'’-]+(?:\s+[\w.'’-]+)*", phrase):
                    continue
                key = re.sub(r"[’']s$", "", phrase).lower()
                actor = self.actors.get(re.sub(r"\s+", " ", key))
                if actor:
                    possessive = bool(re.search(r"[’']s$", phrase))
                    out.append(ActorHit(actor, w.start(), last.end(), phrase, possessive))
                    i += n
                    break
            else:
                i += 1
        return out

    def weapons(self, text: str) -> list[WeaponHit]:
        """Weapons named in `text`, in order."""
        out = []
        lower = text.lower()
        matches = self.weapon_re.finditer(lower) if len(lower) == len(text) else self._weapon_re_ci.finditer(text)
        for m in matches:
            surface = text[m.start(): m.end()]
            if (_LAUNCHER_AFTER.match(text, m.end()) or _LAUNCHER_BEFORE.search(text, max(0, m.start() - 20), m.start())) \
                    and not _PRECISION_LAUNCHER.search(text, max(0, m.start() - 20), m.start()):
                continue  # "multiple-launch rocket systems", "rocket artillery": artillery, not a missile fired
            for pattern, cls, kind in self._weapon_info:
                if pattern.match(surface):
                    out.append(WeaponHit(cls, kind, m.start(), m.end(), surface))
                    break
        return out

    def claimant(self, phrase: str) -> str | None:
        """The normalised claimant of an attribution phrase, by the lexicon only."""
        for pattern, value in self.claimants:
            if pattern.search(phrase):
                return value
        return None

    def country_of(self, person: str) -> str | None:
        """The country a known person speaks for ("Olaf Scholz" -> Germany), if the lexicon says."""
        return self._countries.get(person)

    def person(self, name: str) -> str | None:
        """The normalised spelling of a known person's name, or None."""
        for pattern, value in self.people:
            if pattern.match(name.strip()):
                return value
        return None


# What joins governments listed together: "Russia and Ukraine", "Poland, Latvia, and the Baltic states".
_LIST_JOINER = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")


def listed_together(text: str, hits: list[ActorHit], i: int) -> list[ActorHit]:
    """The run of `hits` listed with `hits[i]` in `text`, joined by commas and "and" ("Britain, France, Germany and
    Sweden have sent"), in order."""
    lo = hi = i
    while lo > 0 and _LIST_JOINER.fullmatch(text, hits[lo - 1].end, hits[lo].start):
        lo -= 1
    while hi + 1 < len(hits) and _LIST_JOINER.fullmatch(text, hits[hi].end, hits[hi + 1].start):
        hi += 1
    return hits[lo: hi + 1]


@cache
def lexicon() -> Lexicon:
    """The process-wide lexicon, compiled on first use."""
    return Lexicon()
