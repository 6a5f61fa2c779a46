"""Official records brought into the store as claims (Ukraine's Air Force per-night CSV, ...)."""
from __future__ import annotations

from warwire.importers.airforce import ImportResult, import_airforce, read_airforce_csv

__all__ = ["ImportResult", "import_airforce", "read_airforce_csv"]
