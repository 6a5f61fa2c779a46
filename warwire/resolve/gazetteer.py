"""The offline gazetteer: every place name warwire can put on a map, loaded from `data/gazetteer.tsv.gz`.

The file (built by `scripts/build_gazetteer.py` from GeoNames, the Ukrainian register KATOTTG and
ISO 3166-2) is UTF-8 text: a header and one place per line, tab-separated, in the order of `COLUMNS`;
then three name indexes, each two aligned blocks of lines opened by `%%NAME` and `%%NAME-rows` (line n of
the second lists, comma-separated, the place lines that line n of the first names, counted from 0 after
the header). `names` are names normalised by `norm_key`; `stems` are words that name a unit when a region
word follows ("Kherson" in "the Kherson region"); `exact` are acronyms matched case-sensitively ("DPR").
"""
from __future__ import annotations

import difflib
import gzip
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from warwire.errors import InputError
from warwire.models import Location

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
GAZETTEER_FILE = DATA_DIR / "gazetteer.tsv.gz"
STOPWORDS_FILE = DATA_DIR / "gazetteer-stopwords.txt"
REGIONS_FILE = DATA_DIR / "gazetteer-regions.tsv"
COLUMNS = ("precision", "name", "admin1", "country", "lat", "lon", "population", "geonames_id", "katottg", "raion")
SECTION = "%%"  # starts an index block line: %%names, %%names-rows, %%stems, ...
PRECISION_RANK = {"settlement": 0, "raion": 1, "admin1": 2, "region": 3, "country": 4}

_MARKS = re.compile(r"[\u0300-\u036f]")
_DROP = re.compile(r"[.'’ʼ`ʹ\"“”]")
_SPACE = re.compile(r"[\s\-‐‑–—_/]+")


def norm_key(name: str) -> str:
    """The form names are indexed under: no accents, apostrophes or dots; hyphens as spaces; casefolded."""
    s = _MARKS.sub("", unicodedata.normalize("NFKD", name))
    s = _DROP.sub("", s).casefold()
    return _SPACE.sub(" ", s).strip()


def is_exact_alias(name: str) -> bool:
    """Acronyms (DPR, US, U.S.) match only as written, so "us" and "dpr" in running text do not."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters) and " " not in name


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a settlement, raion, admin1 unit, named region or country."""

    name: str
    admin1: str | None
    country: str | None
    lat: float
    lon: float
    precision: str
    population: int = 0
    geonames_id: int | None = None
    katottg: str | None = None
    raion: str | None = None

    def to_location(self, mention: str | None = None) -> Location:
        """This place as an event location, keeping the name as written in `mention`."""
        return Location(
            name=self.name, mention=mention, admin1=self.admin1 if self.precision != "country" else None,
            country=self.country, lat=round(self.lat, 5), lon=round(self.lon, 5), precision=self.precision,
            geonames_id=self.geonames_id,
        )

    @property
    def region_code(self) -> str | None:
        """ISO 3166-2 code of an admin1 entry (kept in the `katottg` column for regions)."""
        return self.katottg if self.precision in ("admin1", "region") and self.katottg else None


class Gazetteer:
    """Name -> places index over the shipped gazetteer; build once, share (see `default()`)."""

    _default: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, path: Path = GAZETTEER_FILE, stopwords_path: Path = STOPWORDS_FILE,
                 regions_path: Path | None = None) -> None:
        try:
            raw = gzip.decompress(path.read_bytes()).decode("utf-8")
        except (OSError, EOFError) as exc:
            raise InputError(
                f"{path}: cannot read the gazetteer ({exc}); reinstall warwire or rebuild it with "
                "scripts/build_gazetteer.py"
            ) from exc
        head, _, tail = raw.partition(f"\n{SECTION}")
        lines = head.split("\n")
        if lines[0].split("\t") != list(COLUMNS) or not tail:
            raise InputError(f"{path}: not a warwire gazetteer (header {lines[0][:80]!r}); rebuild it with "
                             "scripts/build_gazetteer.py")
        self._rows: list[str] = lines[1:]
        self._places: dict[int, Place] = {}
        self._cache: dict[str, tuple[int, ...]] = {}
        self._towns: dict[str, Place] | None = None  # towns of some size by name, for `near_spelling`
        self.stopwords: frozenset[str] = frozenset(
            norm_key(w) for w in stopwords_path.read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")
        ) if stopwords_path.exists() else frozenset()
        # Each index is two aligned blocks (names, then their rows as "3,17"): dict(zip()) loads them at C speed.
        blocks = dict(_sections(SECTION + tail))
        self._keys: dict[str, str] = dict(zip(blocks["names"], blocks["names-rows"], strict=True))
        self._stems: dict[str, str] = dict(zip(blocks["stems"], blocks["stems-rows"], strict=True))
        self._exact: dict[str, str] = dict(zip(blocks["exact"], blocks["exact-rows"], strict=True))
        self._covers = _read_covers(regions_path)
        self._by_admin1: dict[str, int] = {}
        for i, line in enumerate(self._rows):
            if line.startswith("admin1\t"):
                self._by_admin1.setdefault(line.split("\t", 2)[1], i)
            elif not line.startswith("country\t"):
                break  # the builder writes countries, then admin1 units, before everything else

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer, loaded from the shipped file on first use."""
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls()
        return cls._default

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, i: int) -> Place:
        """The entry on row `i` (parsed on first use: most rows are never asked for)."""
        p = self._places.get(i)
        if p is None:
            c = self._rows[i].split("\t")
            p = Place(
                name=c[1], admin1=c[2] or None, country=c[3] or None, lat=float(c[4]), lon=float(c[5]),
                precision=c[0], population=int(c[6] or 0), geonames_id=int(c[7]) if c[7] else None,
                katottg=c[8] or None, raion=c[9] or None,
            )
            self._places[i] = p
        return p

    def covered_units(self, p: Place) -> list[str]:
        """The admin1 names a unit stands for: itself, or those a named area spans (Donbas)."""
        if p.precision == "admin1" and p.admin1:
            return [p.admin1]
        return self._covers.get(p.name, [])

    def rows_for_key(self, key: str) -> list[int]:
        """Rows whose name normalises to `key` (no stopword check)."""
        v = self._keys.get(key)
        return [int(x) for x in v.split(",")] if v else []

    def rows_for_stem(self, key: str) -> list[int]:
        """Rows of units that `key` names when followed by a region word."""
        v = self._stems.get(key)
        return [int(x) for x in v.split(",")] if v else []

    def rows_for_exact(self, name: str) -> list[int]:
        """Rows whose acronym is exactly `name`."""
        v = self._exact.get(name)
        return [int(x) for x in v.split(",")] if v else []

    def near_spelling(self, name: str, *, cutoff: float = 0.86) -> Place | None:
        """The one Ukrainian town of some size whose name is spelled nearly like `name` ("Sevirodontsk" for
        Sievierodonetsk, a machine translation's slip), or None when none or several are that close."""
        key = norm_key(name)
        if len(key) < 6 or " " in key:
            return None
        towns = self._towns
        if towns is None:  # built once, then shared (a thread that builds it too builds the same)
            towns = {}
            for k, v in self._keys.items():
                if " " in k:
                    continue
                rows = [self.place(int(x)) for x in v.split(",")]
                town = max((p for p in rows if p.country == "UA" and p.precision == "settlement"),
                           key=lambda p: p.population, default=None)
                if town is not None and town.population >= _TOWN_OF_SOME_SIZE:
                    towns[k] = town
            self._towns = towns
        close = difflib.get_close_matches(key, [k for k in towns if k[0] == key[0]], n=2, cutoff=cutoff)
        found = {towns[k].name: towns[k] for k in close}
        return next(iter(found.values())) if len(found) == 1 else None

    def admin1_place(self, admin1: str) -> Place | None:
        """The admin1 entry named `admin1` ("Kherson Oblast")."""
        i = self._by_admin1.get(admin1)
        return self.place(i) if i is not None else None

    # -- names as written in news -------------------------------------------------------------------

    def candidate_rows(self, name: str) -> list[int]:
        """Rows a surface form can mean, most likely first (units by their own name, then by population)."""
        cached = self._cache.get(name)
        if cached is None:
            if len(self._cache) > 100_000:  # news repeats its names; a bound keeps a long batch's memory flat
                self._cache.clear()
            cached = self._cache[name] = tuple(self._candidate_rows(name))
        return list(cached)

    def _candidate_rows(self, name: str) -> list[int]:
        text = name.strip().strip(",.;:()\"'“”")
        if not text or len(text) > 80:
            return []
        if text.lower().startswith("the "):
            text = text[4:]
        if text.endswith(("'s", "’s")):  # "Kyiv's mayor", "Russia's Belgorod region"
            text = text[:-2]
        exact = self.rows_for_exact(text)
        key = norm_key(text)
        if not key or key in self.stopwords:
            return list(exact)
        rows = list(exact) + self.rows_for_key(key)
        if not rows and " " in key:  # every phrase pattern has two words or more
            rows = self._phrase_rows(key)
        seen: set[int] = set()
        unique = [i for i in rows if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]
        unique.sort(key=self._prior)
        return unique

    def _prior(self, i: int) -> tuple[int, int]:
        # a unit's own full name ("Crimea", "Georgia") beats a village of that name; then the bigger place
        p = self.place(i)
        return (0 if p.precision in ("admin1", "region", "country") else 1, -p.population)

    def _phrase_rows(self, key: str) -> list[int]:
        m = _PREPOSITION.match(key)  # "in samara", "near pokrovsk": the place is the same
        if m:
            return self.candidate_rows(m.group(1))
        m = _PLACED_IN.match(key)  # "rozdolne in the donetsk region", "rozdolne, donetsk oblast"
        if m:
            rows = self._rows_within(m.group("name"), m.group("unit"))
            if rows:
                return rows
        m = _REGION_PHRASE.match(key)
        if m:
            stem, word = m.group("stem"), m.group("word")
            rows = self.rows_for_stem(stem)
            if word in _RAION_WORDS:
                raions = [i for i in rows if self._rows[i].startswith("raion\t")]
                if raions:
                    return raions
            return [i for i in rows if not self._rows[i].startswith("raion\t")]
        m = _REPUBLIC_OF.match(key)
        if m:
            return self.rows_for_stem(m.group(1)) or self.rows_for_key(m.group(1))
        m = _DESCRIBED.match(key)
        if m:
            rest = m.group("name")
            if rest in self.stopwords:
                return []
            if m.group("kind") in ("region", "oblast", "province"):
                return [i for i in self.rows_for_stem(rest) if not self._rows[i].startswith("raion\t")]
            rows = self.rows_for_key(rest)
            if m.group("kind") in _SETTLEMENT_WORDS:
                rows = [i for i in rows if self._rows[i].startswith(("settlement\t", "raion\t"))]
            return rows
        m = _APPOSITION.match(key)
        if m and m.group("name") not in self.stopwords:
            return [i for i in self.rows_for_key(m.group("name"))
                    if self._rows[i].startswith(("settlement\t", "raion\t"))]
        m = _LEADING_DIRECTION.match(key)  # "central kyiv", "southern kherson"
        if m and m.group(1) not in self.stopwords:
            return self.candidate_rows(m.group(1))
        m = _CITY_SUFFIX.match(key)
        if m and m.group(1) not in self.stopwords:
            return [i for i in self.rows_for_key(m.group(1)) if self._rows[i].startswith("settlement\t")]
        return []

    def units_of(self, name: str) -> set[str]:
        """The admin1 units a region phrase stands for ("Donetsk region" -> Donetsk Oblast; Donbas -> two)."""
        units: set[str] = set()
        for i in self.candidate_rows(name)[:1]:
            units.update(self.covered_units(self.place(i)))
        return units

    def _rows_within(self, name: str, unit: str) -> list[int]:
        if name in self.stopwords:
            return []
        outer = self.candidate_rows(unit)[:1]
        if outer and self.place(outer[0]).precision == "country":  # "Kyiv, Ukraine"
            country = self.place(outer[0]).country
            return [i for i in self.candidate_rows(name) if self.place(i).country == country]
        units = self.units_of(unit)
        return [i for i in self.candidate_rows(name)
                if self.place(i).admin1 in units and self.place(i).precision != "admin1"] if units else []

    def lookup(self, name: str) -> list[Place]:
        """Every place a name as written in English news can mean ("Kiev", "the Kherson region"); [] if none."""
        if not isinstance(name, str):
            return []
        return [self.place(i) for i in self.candidate_rows(name)]

    def is_place(self, name: str) -> bool:
        """Whether the name is a place (a dict lookup once a phrase has been asked about)."""
        return isinstance(name, str) and bool(self.candidate_rows(name))

    def resolve(self, name: str, *, admin1_hint: str | None = None,
                country_hint: str | None = None) -> Location | None:
        """The best place for a name as a Location (hints prefer candidates in that admin1 / country)."""
        rows = self.candidate_rows(name) if isinstance(name, str) else []
        if not rows:
            return None
        places = [self.place(i) for i in rows]

        units = self.units_of(admin1_hint) if admin1_hint else set()

        def fit(p: Place) -> int:
            in_admin1 = admin1_hint and (same_unit(p.admin1, admin1_hint) or same_unit(p.name, admin1_hint)
                                         or p.admin1 in units)
            return (2 if in_admin1 else 0) + (1 if country_hint and p.country == country_hint.upper() else 0)

        best = max(places, key=fit)  # max keeps the first (most likely) of equal fits
        return best.to_location(name)


_TOWN_OF_SOME_SIZE = 10_000  # people: a misspelling is matched only to a town this large, where slips are met
_REGION_WORDS = r"region|regions|oblast|oblasts|province|area|krai|kray|territory|republic|district|raion|rayon|okrug"
_DIRECTIONS = r"(?:north|south)?(?:east|west)(?:ern)?|northern|southern|central|north|south"
_RAION_WORDS = {"district", "raion", "rayon"}
_REGION_PHRASE = re.compile(
    rf"^(?:the )?(?:(?:{_DIRECTIONS}) part of (?:the )?)?(?:ukraines |russias )?"
    rf"(?:(?:{_DIRECTIONS}|frontline|front line|border|occupied|russian occupied|partially occupied) )*"
    rf"(?P<stem>.+?)(?: (?:border|frontier|front line|frontline|southern|northern|eastern|western))?"
    rf" (?P<word>{_REGION_WORDS})$"
)
_PLACED_IN = re.compile(r"^(?P<name>[^,]+?)(?:,| in(?: the)?| of the) (?P<unit>[^,]+)$")
_REPUBLIC_OF = re.compile(r"^(?:the )?(?:autonomous )?republic of (.+)$")
_SETTLEMENT_WORDS = {"city", "town", "village", "settlement", "hamlet", "port", "capital", "port city",
                     "industrial city", "frontline town", "front line town", "frontline city", "urban settlement"}
_DESCRIBED = re.compile(
    r"^(?:the )?(?:[a-z]+(?: [a-z]+)? )??(?P<kind>city|town|village|settlement|hamlet|port city|port|capital|"
    r"urban settlement|region|oblast|province) of (?P<name>.+)$"
)
_APPOSITION = re.compile(
    rf"^(?:the )?(?:(?:{_DIRECTIONS}|ukrainian|russian|frontline|front line|industrial|regional|port|key) )*"
    r"(?:capital|city|town|village|settlement|port|hub),? (?P<name>.+)$"
)
_PREPOSITION = re.compile(r"^(?:in|near|at|outside|around|over|from|into|towards|toward) (.+)$")
_LEADING_DIRECTION = re.compile(rf"^(?:{_DIRECTIONS}) (.+)$")
_CITY_SUFFIX = re.compile(r"^(.+) (?:city|town)$")


def _sections(text: str) -> list[tuple[str, list[str]]]:
    """Split the index part of the file into (block name, lines) pairs."""
    out: list[tuple[str, list[str]]] = []
    for block in text.split(SECTION)[1:]:
        name, _, body = block.partition("\n")
        out.append((name, body.rstrip("\n").split("\n") if body.strip() else []))
    return out


def _read_covers(path: Path | None) -> dict[str, list[str]]:
    """Named area -> the admin1 units it spans, from the regions table's `covers` column."""
    path = path or REGIONS_FILE
    if not path.exists():
        return {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    if "covers" not in header:
        return {}
    name_col, covers_col = header.index("name"), header.index("covers")
    out: dict[str, list[str]] = {}
    for ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) > covers_col and cells[covers_col]:
            out[cells[name_col]] = cells[covers_col].split("|")
    return out


def same_unit(a: str | None, b: str | None) -> bool:
    """Whether two admin1 names mean one unit ("Kherson Oblast" and "kherson region")."""
    if not a or not b:
        return False
    return _unit_words(a) == _unit_words(b)


@lru_cache(maxsize=8192)
def _unit_words(name: str) -> str:
    return _UNIT_WORDS.sub(" ", norm_key(name)).strip()


_UNIT_WORDS = re.compile(r"\b(?:the|oblast|region|province|krai|kray|republic|of|city)\b|\s+")

