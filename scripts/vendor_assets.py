"""Copy the dashboard's third-party assets from node_modules into warwire/web/static/vendor.

Run `npm ci --ignore-scripts` (package.json at the repo root pins the versions), then
`python scripts/vendor_assets.py`. Only the built files and their licences are committed;
node_modules never is. The base map's data (countries, oblasts, settlements) is built by
scripts/build_basemap.py into warwire/data/basemap.json.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE = ROOT / "node_modules"
VENDOR = ROOT / "warwire" / "web" / "static" / "vendor"

# package -> (files copied from it, relative to its folder; the folder under vendor/)
ASSETS = {
    "swagger-ui-dist": (["swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE"], "swagger-ui"),
    "leaflet": (["dist/leaflet.js", "dist/leaflet.css", "LICENSE"], "leaflet"),
    "leaflet.markercluster": (["dist/leaflet.markercluster.js", "dist/MarkerCluster.css",
                               "dist/MarkerCluster.Default.css", "MIT-LICENCE.txt"], "leaflet.markercluster"),
}


def main() -> int:
    """Vendor swagger-ui, Leaflet and Leaflet.markercluster; fail with the fix when node_modules is missing."""
    if not NODE.is_dir():
        print(f"{NODE} is missing: run `npm ci --ignore-scripts` at the repo root first", file=sys.stderr)
        return 1
    for package, (files, folder) in ASSETS.items():
        into = VENDOR / folder
        into.mkdir(parents=True, exist_ok=True)
        for name in files:
            shutil.copy2(NODE / package / name, into / Path(name).name)
    print(f"vendored into {VENDOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
