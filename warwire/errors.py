"""Errors warwire raises. Every message names the input, what was wrong, and the fix.

    WarwireError                 root: catch this to catch everything warwire raises
    ├── InputError               an input cannot be read (missing, empty, binary, too large, bad encoding)
    │   └── FormatError          an input was read but is not what it claims (malformed JSON, HTML, feed)
    ├── ConfigError              a bad option, setting or environment value
    ├── StoreError               the database cannot be opened, migrated or written
    └── FetchError               a URL could not be fetched (network, HTTP status, timeout)

Only the CLI and the API turn these into messages for people.
"""
from __future__ import annotations


class WarwireError(Exception):
    """Root of every error warwire raises on purpose."""


class InputError(WarwireError):
    """An input cannot be read."""


class FormatError(InputError):
    """An input was read but its content is not in the format it claims."""


class ConfigError(WarwireError):
    """An option, setting or environment value is wrong."""


class StoreError(WarwireError):
    """The event store cannot be opened, migrated or written."""


class FetchError(WarwireError):
    """A URL could not be fetched."""
