"""`warwire` commands: serve (JSON API and dashboard), sitrep (a day's cited situation report)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from warwire.cli.app import app
from warwire.cli.common import Db, choice, existing_db, fail
from warwire.errors import WarwireError


@app.command()
def serve(
    db: Db = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1 keeps it local).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the JSON API (/api, schema at /docs) and the dashboard (/) over the store.

    Read-only unless WARWIRE_API_TOKEN is set; then POST /api/articles accepts articles
    sent with `Authorization: Bearer <token>`.
    """
    import os
    import socket

    import uvicorn

    from warwire.web.app import TOKEN_ENV, create_app

    if not os.environ.get(TOKEN_ENV):  # read-only: an empty new database would only show an empty dashboard
        existing_db(db)
    try:
        web = create_app(db)
        store = web.state.store
        held = store.stats()["events"]
    except WarwireError as exc:
        fail(str(exc))
    # Bind first, so a busy port is one line before anything claims the dashboard is up.
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        store.close()
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc}); stop what uses it or pass --port N", code=1)
    port = sock.getsockname()[1]
    shown = store.url.removeprefix("sqlite:///") if store.url.startswith("sqlite:///") else store.url
    print(f"warwire: serving {shown} ({held:,} event{'s' if held != 1 else ''})", file=sys.stderr, flush=True)
    print(f"warwire: dashboard at http://{host}:{port}/  API schema at http://{host}:{port}/docs",
          file=sys.stderr, flush=True)
    config = uvicorn.Config(web, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


@app.command()
def sitrep(
    date: Annotated[str, typer.Option("--date", metavar="YYYY-MM-DD", help="The day to report on.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md (Markdown) or html.")] = "md",
    db: Db = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Print the day's situation report: air attacks, casualties, claims, outages, arms, policy, each sentence cited."""
    from warwire.report import build_sitrep, render_html, render_markdown
    from warwire.store import open_store

    try:
        day = dt.date.fromisoformat(date.strip())
    except ValueError:
        fail(f"--date {date!r}: not a date; write it as YYYY-MM-DD, e.g. 2024-11-29", code=2)
    fmt = choice("--format", fmt, ("md", "html")) or "md"
    existing_db(db)
    try:
        with open_store(db) as store:
            rep = build_sitrep(store, day)
    except WarwireError as exc:
        fail(str(exc))
    text = render_html(rep, standalone=True) if fmt == "html" else render_markdown(rep)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(f"{output}: cannot write the report ({exc.strerror or exc}); pass another -o path")
