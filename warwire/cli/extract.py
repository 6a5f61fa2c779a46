"""`warwire` commands: extract (being written)."""
from __future__ import annotations
