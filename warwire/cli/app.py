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


def _print_version(value: bool) -> None:
    if value:
        from warwire import __version__

        typer.echo(f"warwire {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print warwire's version and exit."),
) -> None:
    """Turn conflict news into sourced, checkable events.

    A callback keeps `warwire` a group of commands, so `warwire extract FILE` never reads `extract` as a file.
    """
