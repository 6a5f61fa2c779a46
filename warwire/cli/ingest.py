"""`warwire` commands: ingest, watch (being written)."""
from __future__ import annotations
