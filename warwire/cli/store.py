"""`warwire` commands over the store: events, incidents (list, show), stats air, import airforce."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from warwire.cli.app import app
from warwire.cli.common import Db, fail, report_error, write_table
from warwire.errors import WarwireError
from warwire.models import Event

FORMATS = ("table", "jsonl", "csv", "geojson")

Fmt = Annotated[str | None, typer.Option(
    "--format", "-f", help="Output: table, jsonl, csv (ACLED columns) or geojson. Default: table on a terminal, "
    "jsonl otherwise.", case_sensitive=False)]
Type = Annotated[str | None, typer.Option("--type", help="Event type, e.g. air_attack, strike, territorial_claim.")]
Since = Annotated[str | None, typer.Option("--since", metavar="DATE", help="Events on or after this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option("--until", metavar="DATE", help="Events on or before this date (YYYY-MM-DD).")]
Actor = Annotated[str | None, typer.Option("--actor", help="Who acted, e.g. Russia (any case).")]
Target = Annotated[str | None, typer.Option("--target", help="Who was acted on, e.g. Ukraine.")]
Place = Annotated[str | None, typer.Option("--place", help="A place name: location, its region, or a settlement.")]
Weapon = Annotated[str | None, typer.Option("--weapon", help="drone, missile, glide_bomb or mixed.")]
ClaimedBy = Annotated[str | None, typer.Option("--claimed-by", help="Who the figures come from, e.g. 'Ukrainian Air Force'.")]
Text = Annotated[str | None, typer.Option("--text", help="Words to find in the evidence sentences.")]
Limit = Annotated[int, typer.Option("--limit", min=0, help="At most this many rows.")]
Offset = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first (paging).")]


def _format(fmt: str | None, allowed: tuple[str, ...] = FORMATS) -> str:
    if fmt is None:
        return "table" if sys.stdout.isatty() else "jsonl"
    fmt = fmt.lower()
    if fmt not in allowed:
        fail(f"unknown format {fmt!r}; use one of: {', '.join(allowed)}", code=2)
    return fmt


@contextmanager
def _opened(db: str | None) -> Iterator[Any]:
    """The store, with every warwire error turned into one `warwire: error:` line and exit 1."""
    from warwire.store import open_store

    store = None
    try:
        store = open_store(db)
        yield store
    except WarwireError as exc:
        fail(str(exc))
    except BrokenPipeError:
        raise typer.Exit(0) from None
    finally:
        if store is not None:
            store.close()


def _query(**kw: Any) -> Any:
    from warwire.store import EventQuery

    return EventQuery(**kw)


@app.command()
def events(
    type_: Type = None, since: Since = None, until: Until = None, actor: Actor = None, target: Target = None,
    place: Place = None, weapon: Weapon = None, claimed_by: ClaimedBy = None, text: Text = None,
    limit: Limit = 100, offset: Offset = 0, db: Db = None, fmt: Fmt = None,
) -> None:
    """List stored events, newest first, filtered.

    Example: warwire events --type air_attack --since 2024-11-01 --claimed-by "Ukrainian Air Force" -f csv
    """
    from warwire import export

    fmt = _format(fmt)
    q = _query(type=type_, since=since, until=until, actor=actor, target=target, place=place, weapon=weapon,
               claimed_by=claimed_by, text=text, limit=limit, offset=offset)
    with _opened(db) as store:
        rows = store.query_events(q)
        if fmt == "jsonl":
            export.write_jsonl(rows, sys.stdout)
        elif fmt == "csv":
            export.write_acled_csv(rows, sys.stdout)
        elif fmt == "geojson":
            collection, missing = export.events_geojson(rows)
            json.dump(collection, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
            if missing:
                report_error(f"warning: {missing} of {len(rows)} events have no coordinates and are left out")
        else:
            write_table([Event.from_dict({k: v for k, v in r.items() if k != "incident_id"}) for r in rows], sys.stdout)


incidents_app = typer.Typer(help="Incidents: the same happening from several reports, merged.", no_args_is_help=False)
app.add_typer(incidents_app, name="incidents")


@incidents_app.callback(invoke_without_command=True)
def incidents(
    ctx: typer.Context,
    type_: Type = None, since: Since = None, until: Until = None, actor: Actor = None, target: Target = None,
    place: Place = None, weapon: Weapon = None, claimed_by: ClaimedBy = None, text: Text = None,
    limit: Limit = 100, offset: Offset = 0, db: Db = None, fmt: Fmt = None,
) -> None:
    """List incidents (newest first) with sources, low/best/high figures and a disagreement flag.

    Example: warwire incidents --type air_attack --since 2024-11-28; then: warwire incidents show ID
    """
    if ctx.invoked_subcommand:
        return
    from warwire import export

    fmt = _format(fmt, ("table", "jsonl", "csv"))
    q = _query(type=type_, since=since, until=until, actor=actor, target=target, place=place, weapon=weapon,
               claimed_by=claimed_by, text=text, limit=limit, offset=offset)
    with _opened(db) as store:
        rows = store.query_incidents(q)
        if fmt == "jsonl":
            export.write_jsonl(rows, sys.stdout)
        elif fmt == "csv":
            export.write_incidents_csv(rows, sys.stdout)
        else:
            _incidents_table(rows)


def _figures(counts: dict[str, Any]) -> str:
    parts = []
    for key, c in counts.items():
        spread = f"{c['low']}–{c['high']}, best {c['best']}" if c["low"] != c["high"] else f"{c['best']}"
        parts.append(f"{key} {spread}")
    return "\n".join(parts)


def _incidents_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, soft_wrap=False)
    if not rows:
        console.print("[dim]no incidents found[/dim]")
        return
    table = Table(header_style="bold")
    for name in ("id", "date", "type", "actor → target", "weapon", "place", "sources", "figures", "disagree"):
        table.add_column(name, overflow="fold")
    for r in rows:
        side = " → ".join(x or "?" for x in (r["actor"], r["target"])) if (r["actor"] or r["target"]) else ""
        table.add_row(r["id"], r["date"] or "?", r["type"], side, r["weapon"] or "", r["place"] or "",
                      str(r["sources"]), _figures(r["counts"]), "[red]yes[/red]" if r["disagreement"] else "")
    console.print(table)
    console.print(f"[dim]{len(rows)} incident{'s' if len(rows) != 1 else ''}[/dim]")


@incidents_app.command("show")
def incidents_show(
    incident_id: Annotated[str, typer.Argument(metavar="ID", help="An incident id from `warwire incidents`.")],
    db: Db = None, fmt: Fmt = None,
) -> None:
    """Show one incident: every source, figures per claimant, low/best/high, and why its events were merged."""
    fmt = _format(fmt, ("table", "jsonl"))
    with _opened(db) as store:
        found = store.get_incident(incident_id)
        if found is None:
            fail(f"incident {incident_id!r} not found; list ids with `warwire incidents`")
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(found, ensure_ascii=False) + "\n")
        else:
            _show_incident(found)


@incidents_app.command("rebuild")
def incidents_rebuild(db: Db = None) -> None:
    """Merge every stored event into incidents again from scratch (after an upgrade changed the merging rules)."""
    with _opened(db) as store:
        total = store.rebuild_incidents()
    sys.stdout.write(f"{total} incidents\n")


def _show_incident(inc: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, soft_wrap=False)
    console.print(f"[bold]{inc['id']}[/bold]  {inc['type']}  {inc['date'] or '?'}  "
                  f"{inc['actor'] or '?'} → {inc['target'] or '?'}  {inc['weapon'] or ''}  {inc['place'] or ''}")
    console.print(f"{inc['n_sources']} source(s), {inc['n_events']} event(s)"
                  + ("  [red]sources disagree[/red]" if inc["disagreement"] else ""))
    console.print(f"[dim]why merged:[/dim] {inc['explanation']}")
    if inc["counts"]:
        table = Table(header_style="bold", title="figures per claimant")
        keys = list(inc["counts"])
        table.add_column("claimant")
        table.add_column("source")
        for k in keys:
            table.add_column(k, justify="right")
        for ev in inc["events"]:
            hedges = ev.get("hedges") or {}
            table.add_row(ev.get("claimed_by") or "unattributed", (ev.get("article") or {}).get("source", ""),
                          *[("~" if hedges.get(k) else "") + str(ev["counts"][k]) if k in ev["counts"] else ""
                            for k in keys])
        table.add_row("[bold]low / best / high[/bold]", "",
                      *[f"{c['low']} / {c['best']} / {c['high']}" + (" [red]![/red]" if c["disagreement"] else "")
                        for c in inc["counts"].values()])
        console.print(table)
    for ev in inc["events"]:
        art = ev.get("article") or {}
        console.print(f"- {ev['id']} {ev.get('date') or '?'} {ev.get('claimed_by') or 'unattributed'}: "
                      f"{art.get('title') or ''} [dim]({art.get('source', '')})[/dim]")
        for span in ev.get("evidence") or []:
            console.print(f"    [dim]“{span['text']}”[/dim]")


stats_app = typer.Typer(help="Summary tables over stored events.", no_args_is_help=True)
app.add_typer(stats_app, name="stats")


@stats_app.command("air")
def stats_air(since: Since = None, until: Until = None, db: Db = None, fmt: Fmt = None) -> None:
    """Per night: drones and missiles launched / intercepted / lost, by weapon and claimant.

    Example: warwire stats air --since 2024-11-25 --until 2024-11-30
    """
    from warwire import export

    fmt = _format(fmt, ("table", "jsonl", "csv"))
    with _opened(db) as store:
        rows = store.air_stats(since=since, until=until)
        if fmt == "jsonl":
            export.write_jsonl(rows, sys.stdout)
            return
        cols = ["date", "weapon", "claimant", "launched", "intercepted", "lost", "hit", "incident_id"]
        if fmt == "csv":
            import csv

            writer = csv.DictWriter(sys.stdout, fieldnames=cols, lineterminator="\n")
            writer.writeheader()
            writer.writerows({c: ("" if r.get(c) is None else r[c]) for c in cols} for r in rows)
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(header_style="bold", title="air attacks per night")
        for c in cols:
            table.add_column(c, justify="right" if c in ("launched", "intercepted", "lost", "hit") else "left")
        for r in rows:
            table.add_row(*["" if r.get(c) is None else str(r[c]) for c in cols])
        Console(file=sys.stdout, soft_wrap=False).print(table if rows else "[dim]no air attacks stored[/dim]")


import_app = typer.Typer(help="Load official records into the store as claims.", no_args_is_help=True)
app.add_typer(import_app, name="import")


@import_app.command("airforce")
def import_airforce(
    path: Annotated[str, typer.Argument(metavar="FILE.csv", help="Ukraine's Air Force record "
                                        "(missile_attacks_daily.csv from Petro Ivaniuk's dataset).")],
    db: Db = None,
) -> None:
    """Load Ukraine's Air Force per-night CSV as claims by `Ukrainian Air Force` (checked in full first).

    Example: warwire import airforce missile_attacks_daily.csv
    """
    from warwire.importers.airforce import import_airforce as run
    from warwire.importers.airforce import read_airforce_csv

    try:
        read_airforce_csv(path)  # a bad file fails here, before the database is even opened
    except WarwireError as exc:
        fail(str(exc))
    with _opened(db) as store:
        r = run(store, path)
        print(f"{r.path}: {r.rows} rows ({r.rows_skipped} tactical or unknown models skipped), {r.nights} "
              f"night/weapon records: {r.articles_added} nights stored ({r.events_added} events), "
              f"{r.articles_unchanged} already stored")
