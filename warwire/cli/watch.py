"""`warwire` commands: watch (being written)."""
from __future__ import annotations
