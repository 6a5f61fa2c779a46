"""Copy the dashboard's third-party assets from node_modules into warwire/web/static/vendor.

Run `npm ci --ignore-scripts` (package.json at the repo root pins the versions), then
`python scripts/vendor_assets.py`. Only the built files and their licences are committed;
node_modules never is. The map outline is cut from world-atlas (Natural Earth, public domain)
to Ukraine and its neighbours, clipped to the region, so the dashboard draws it offline.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE = ROOT / "node_modules"
VENDOR = ROOT / "warwire" / "web" / "static" / "vendor"

# ISO 3166-1 numeric ids (world-atlas feature ids) -> alpha-2 code we label them with.
COUNTRIES = {
    "804": "UA", "643": "RU", "112": "BY", "616": "PL", "703": "SK", "348": "HU",
    "642": "RO", "498": "MD", "100": "BG", "792": "TR", "268": "GE", "440": "LT", "428": "LV",
}
BBOX = (21.0, 43.5, 41.5, 53.5)  # lon_min, lat_min, lon_max, lat_max: Ukraine with a margin
# Natural Earth draws Crimea as Russia's (its "de facto" view); warwire maps Ukraine's internationally
# recognised borders, so the peninsula's polygon moves to UA.
CRIMEA = (32.3, 44.2, 36.8, 46.3)

Ring = list[tuple[float, float]]


def _decode_arcs(topo: dict) -> list[Ring]:
    """Absolute lon/lat arcs of a quantised TopoJSON topology."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts: Ring = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((round(x * sx + tx, 3), round(y * sy + ty, 3)))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[Ring], indexes: list[int]) -> Ring:
    out: Ring = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out


def _clip(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """Sutherland-Hodgman clip of one ring to an axis-aligned box (keeps Russia's outline small)."""
    x0, y0, x1, y1 = box
    edges = [
        (lambda p: p[0] >= x0, lambda a, b: _cut_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _cut_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _cut_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _cut_y(a, b, y1)),
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


def _cut_x(a: tuple[float, float], b: tuple[float, float], x: float) -> tuple[float, float]:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, round(a[1] + t * (b[1] - a[1]), 3))


def _cut_y(a: tuple[float, float], b: tuple[float, float], y: float) -> tuple[float, float]:
    t = (y - a[1]) / (b[1] - a[1])
    return (round(a[0] + t * (b[0] - a[0]), 3), y)


def outline(topo_path: Path) -> dict:
    """A small GeoJSON FeatureCollection of the countries around Ukraine, clipped to BBOX."""
    topo = json.loads(topo_path.read_text())
    arcs = _decode_arcs(topo)
    rings_of: dict[str, list[Ring]] = {}
    names: dict[str, str] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        code = COUNTRIES.get(str(geom.get("id")))
        if code is None:
            continue
        names[code] = geom["properties"]["name"]
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        for poly in polys:
            for r in poly:
                ring = _ring(arcs, r)
                owner = "UA" if code == "RU" and _within(ring, CRIMEA) else code
                clipped = _clip(ring, BBOX)
                if len(clipped) >= 4:
                    rings_of.setdefault(owner, []).append(clipped)
    features = [{
        "type": "Feature",
        "properties": {"code": code, "name": names[code]},
        "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in rings]},
    } for code, rings in rings_of.items()]
    return {"type": "FeatureCollection", "bbox": list(BBOX), "features": features}


def _within(ring: Ring, box: tuple[float, float, float, float]) -> bool:
    return all(box[0] <= x <= box[2] and box[1] <= y <= box[3] for x, y in ring)


def main() -> int:
    """Vendor swagger-ui and the map outline; fail with the fix when node_modules is missing."""
    if not NODE.is_dir():
        print(f"{NODE} is missing: run `npm ci --ignore-scripts` at the repo root first", file=sys.stderr)
        return 1
    VENDOR.mkdir(parents=True, exist_ok=True)
    swagger = VENDOR / "swagger-ui"
    swagger.mkdir(exist_ok=True)
    for name in ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE"):
        shutil.copy2(NODE / "swagger-ui-dist" / name, swagger / name)
    atlas = VENDOR / "world-atlas"
    atlas.mkdir(exist_ok=True)
    shape = outline(NODE / "world-atlas" / "countries-50m.json")
    (atlas / "ukraine-region.geojson").write_text(json.dumps(shape, separators=(",", ":")))
    shutil.copy2(NODE / "world-atlas" / "LICENSE", atlas / "LICENSE")
    (atlas / "NOTICE").write_text(
        "ukraine-region.geojson is cut by scripts/vendor_assets.py from world-atlas 2.0.2\n"
        "(countries-50m.json, ISC licence, see LICENSE), which is built from Natural Earth\n"
        "1:50m Admin 0 countries. Natural Earth data are in the public domain\n"
        "(https://www.naturalearthdata.com/about/terms-of-use/). Changes: clipped to the region\n"
        "around Ukraine; Crimea is drawn as part of Ukraine (internationally recognised borders).\n"
    )
    print(f"vendored into {VENDOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
