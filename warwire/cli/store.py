"""`warwire` commands: store (being written)."""
from __future__ import annotations
