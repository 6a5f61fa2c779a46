"""The Typer application every command module registers on."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="warwire",
    help="Turn conflict news into sourced, checkable events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
