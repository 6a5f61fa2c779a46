"""`warwire` commands over the store: events, incidents (list, show), stats air, import airforce."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from warwire.cli.app import app
from warwire.cli.common import (
    Db,
    choice,
    date_range,
    existing_db,
    fail,
    report_warning,
    table_console,
    write_table,
)
from warwire.errors import WarwireError
from warwire.models import EVENT_TYPES, Event

WEAPONS = ("drone", "missile", "glide_bomb", "mixed")
EVENT_FORMATS = ("table", "jsonl", "csv", "geojson")
INCIDENT_FORMATS = ("table", "jsonl", "csv")
SHOW_FORMATS = ("table", "jsonl")
TABLE_PAGE = 100  # rows a table shows when --limit is not given


def _fmt_option(help_text: str) -> Any:
    return typer.Option("--format", "-f", help=help_text + " Default: table on a terminal, jsonl otherwise.",
                        case_sensitive=False)


EventFmt = Annotated[str | None, _fmt_option(
    "Output: table, jsonl, csv (ACLED's 31 columns, then warwire's) or geojson (points, flat properties).")]
IncidentFmt = Annotated[str | None, _fmt_option("Output: table, jsonl or csv.")]
ShowFmt = Annotated[str | None, _fmt_option("Output: table or jsonl.")]
Type = Annotated[str | None, typer.Option("--type", help="Event type: " + ", ".join(EVENT_TYPES) + ".")]
Since = Annotated[str | None, typer.Option("--since", metavar="DATE", help="Events on or after this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option("--until", metavar="DATE", help="Events on or before this date (YYYY-MM-DD).")]
Actor = Annotated[str | None, typer.Option("--actor", help="Who acted, e.g. Russia (any case).")]
Target = Annotated[str | None, typer.Option("--target", help="Who was acted on, e.g. Ukraine.")]
Place = Annotated[str | None, typer.Option("--place", help="A place name: location, its region, or a settlement.")]
Weapon = Annotated[str | None, typer.Option("--weapon", help="Weapon: " + ", ".join(WEAPONS) + ".")]
ClaimedBy = Annotated[str | None, typer.Option("--claimed-by", help="Who the figures come from, e.g. 'Ukrainian Air Force'.")]
Text = Annotated[str | None, typer.Option("--text", help="Words to find in the evidence sentences.")]
Limit = Annotated[int | None, typer.Option(
    "--limit", min=1, help=f"At most this many rows. Default: every match for jsonl, csv and geojson; "
    f"{TABLE_PAGE} for a table.", show_default=False)]
Offset = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first (paging).")]


def _format(fmt: str | None, allowed: tuple[str, ...]) -> str:
    if fmt is None:
        return "table" if sys.stdout.isatty() else "jsonl"
    return choice("--format", fmt, allowed) or "jsonl"


@contextmanager
def _opened(db: str | None, *, reading: bool = True) -> Iterator[Any]:
    """The store, with every warwire error turned into one `warwire: error:` line and exit 1.

    A command that only reads never creates a database: a missing file is an error naming it.
    """
    from warwire.store import open_store

    if reading:
        existing_db(db)
    store = None
    try:
        store = open_store(db)
        yield store
    except WarwireError as exc:
        fail(str(exc))
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(0) from None
    finally:
        if store is not None:
            store.close()


def _quiet_stdout() -> None:
    """The reader of a pipe went away: point stdout at /dev/null so the interpreter's last flush is silent."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _query(limit: int | None = TABLE_PAGE, **kw: Any) -> Any:
    """An EventQuery from checked options: type and weapon from their lists, dates in order."""
    from warwire.store import EventQuery

    kw["type"] = choice("--type", kw.get("type"), EVENT_TYPES)
    kw["weapon"] = choice("--weapon", kw.get("weapon"), WEAPONS)
    since, until = date_range(kw.get("since"), kw.get("until"))
    kw["since"], kw["until"] = since, until
    return EventQuery(limit=TABLE_PAGE if limit is None else limit, **kw)


@app.command()
def events(
    type_: Type = None, since: Since = None, until: Until = None, actor: Actor = None, target: Target = None,
    place: Place = None, weapon: Weapon = None, claimed_by: ClaimedBy = None, text: Text = None,
    limit: Limit = None, offset: Offset = 0, db: Db = None, fmt: EventFmt = None,
) -> None:
    """List stored events, newest first, filtered; jsonl, csv and geojson hold every match unless --limit is given.

    Example: warwire events --type air_attack --since 2024-11-01 --claimed-by "Ukrainian Air Force" -f csv > air.csv
    """
    import itertools

    from warwire import export

    fmt = _format(fmt, EVENT_FORMATS)
    q = _query(type=type_, since=since, until=until, actor=actor, target=target, place=place, weapon=weapon,
               claimed_by=claimed_by, text=text, limit=limit, offset=offset)
    with _opened(db) as store:
        if fmt == "table":
            rows = store.query_events(q)
            write_table([Event.from_dict({k: v for k, v in r.items() if k != "incident_id"}) for r in rows], sys.stdout)
            return
        # machine formats stream: every match (or --limit of them), one batch in memory at a time
        stream = itertools.islice(store.iter_events(q), offset, None if limit is None else offset + limit)
        if fmt == "jsonl":
            export.write_jsonl(stream, sys.stdout)
        elif fmt == "csv":
            export.write_acled_csv(stream, sys.stdout)
        else:
            written, missing = export.write_geojson(stream, sys.stdout)
            if missing:
                report_warning(f"{missing} of {written + missing} events have no coordinates and are left out")


incidents_app = typer.Typer(help="Incidents: the same happening from several reports, merged.", no_args_is_help=False)
app.add_typer(incidents_app, name="incidents")


@incidents_app.callback(invoke_without_command=True)
def incidents(
    ctx: typer.Context,
    type_: Type = None, since: Since = None, until: Until = None, actor: Actor = None, target: Target = None,
    place: Place = None, weapon: Weapon = None, claimed_by: ClaimedBy = None, text: Text = None,
    limit: Limit = None, offset: Offset = 0, db: Db = None, fmt: IncidentFmt = None,
) -> None:
    """List incidents (newest first) with sources, low/best/high figures and a disagreement flag.

    Example: warwire incidents --type air_attack --since 2024-11-28; then: warwire incidents show ID
    """
    if ctx.invoked_subcommand:
        return
    from warwire import export

    fmt = _format(fmt, INCIDENT_FORMATS)
    q = _query(type=type_, since=since, until=until, actor=actor, target=target, place=place, weapon=weapon,
               claimed_by=claimed_by, text=text, limit=limit, offset=offset)
    with _opened(db) as store:
        if fmt == "table":
            _incidents_table(store.query_incidents(q))
            return
        rows = _all_incidents(store, q, limit)
        if fmt == "jsonl":
            export.write_jsonl(rows, sys.stdout)
        else:
            export.write_incidents_csv(rows, sys.stdout)


def _all_incidents(store: Any, q: Any, limit: int | None, page: int = 1000) -> Iterator[dict[str, Any]]:
    """The incidents of a query a page at a time: all of them, or `limit` when given."""
    import dataclasses

    if limit is not None:
        yield from store.query_incidents(q)
        return
    offset = q.offset
    while True:
        rows = store.query_incidents(dataclasses.replace(q, limit=page, offset=offset))
        yield from rows
        if len(rows) < page:
            return
        offset += page


def _figures(counts: dict[str, Any]) -> str:
    parts = []
    for key, c in counts.items():
        spread = f"{c['low']}–{c['high']}, best {c['best']}" if c["low"] != c["high"] else f"{c['best']}"
        parts.append(f"{key} {spread}")
    return "\n".join(parts)


def _incidents_table(rows: list[dict[str, Any]]) -> None:
    """Incidents as a table that reads at 80 columns: the id and date whole, the rest folded into few columns."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    console = table_console(sys.stdout)
    if not rows:
        console.print("[dim]no incidents found[/dim]")
        return
    table = Table(header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
    id_width = max(len(r["id"]) for r in rows)
    table.add_column("id · date", no_wrap=True, min_width=id_width)  # ids are copied into `incidents show`
    table.add_column("what", overflow="fold", ratio=3)
    table.add_column("figures", overflow="fold", ratio=2)
    table.add_column("src", justify="right", no_wrap=True)
    for r in rows:
        side = " → ".join(x or "?" for x in (r["actor"], r["target"])) if (r["actor"] or r["target"]) else ""
        what = " · ".join(x for x in (r["type"], side, r["weapon"], r["place"]) if x)
        flag = "\n[red]disagree[/red]" if r["disagreement"] else ""
        table.add_row(f"{r['id']}\n{r['date'] or '?'}", escape(what), escape(_figures(r["counts"])),
                      f"{r['sources']}{flag}")
    console.print(table)
    console.print(f"[dim]{len(rows)} incident{'s' if len(rows) != 1 else ''}[/dim]")


@incidents_app.command("show")
def incidents_show(
    incident_id: Annotated[str, typer.Argument(metavar="ID", help="An incident id from `warwire incidents`.")],
    db: Db = None, fmt: ShowFmt = None,
) -> None:
    """Show one incident: every source, figures per claimant, low/best/high, and why its events were merged."""
    fmt = _format(fmt, SHOW_FORMATS)
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
    with _opened(db) as store:  # a missing file is refused too: rebuilding nothing is a mistake
        total = store.rebuild_incidents()
    sys.stdout.write(f"{total} incidents\n")


def _show_incident(inc: dict[str, Any]) -> None:
    from rich.table import Table

    console = table_console(sys.stdout)
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
def stats_air(since: Since = None, until: Until = None, db: Db = None, fmt: IncidentFmt = None) -> None:
    """Per night: drones and missiles launched / intercepted / lost, by weapon and claimant.

    Example: warwire stats air --since 2024-11-25 --until 2024-11-30
    """
    from warwire import export

    fmt = _format(fmt, INCIDENT_FORMATS)
    start, end = date_range(since, until)
    with _opened(db) as store:
        rows = store.air_stats(since=start, until=end)
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
        from rich import box
        from rich.markup import escape
        from rich.table import Table

        table = Table(header_style="bold", title="air attacks per night", box=box.SIMPLE_HEAD, pad_edge=False)
        table.add_column("date · incident", no_wrap=True)  # the incident id whole, for `incidents show`
        table.add_column("weapon · claimant", ratio=1)
        for c in ("launched", "intercepted", "lost", "hit"):
            table.add_column(c, justify="right", no_wrap=True)
        for r in rows:
            cell = ["" if r.get(c) is None else str(r[c]) for c in cols]
            table.add_row(f"{cell[0]}\n[dim]{cell[7]}[/dim]", f"{cell[1]}\n{escape(cell[2])}", *cell[3:7])
        table_console(sys.stdout).print(table if rows else "[dim]no air attacks stored[/dim]")


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
    with _opened(db, reading=False) as store:
        r = run(store, path)
        print(f"{r.path}: {r.rows} rows ({r.rows_skipped} tactical or unknown models skipped), {r.nights} "
              f"night/weapon records: {r.articles_added} nights stored ({r.events_added} events), "
              f"{r.articles_unchanged} already stored")
