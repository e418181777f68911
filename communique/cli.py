"""The ``communique`` command: parse, call the library, print. No logic lives here."""

from __future__ import annotations

import json
import os
import sys

import click

from .errors import CommuniqueError
from .sources import FORMATS, ReadOptions
from .store.database import MAX_BATCH_SIZE


class CliError(click.ClickException):
    """A one-line ``Error: ...`` and exit code 2."""

    exit_code = 2


class CommuniqueGroup(click.Group):
    """Turns every CommuniqueError a command raises into a one-line error."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CommuniqueError as ex:
            raise CliError(str(ex)) from ex


@click.group(cls=CommuniqueGroup)
@click.version_option(package_name="communique")
def cli():
    """Turn diplomatic communications into structured, searchable event data."""


def db_option(fn):
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False),
        help="Database file (default: $COMMUNIQUE_DB, else communique.db in your user data folder).",
    )(fn)


def input_options(fn):
    fn = click.option("--text-column", metavar="COLUMN", help="CSV / JSON Lines: the column holding the post text.")(fn)
    return click.option("--format", "format_", type=click.Choice(FORMATS), default="auto", show_default=True,
                        help="Input format; auto detects it from the content.")(fn)


def limit_options(fn):
    """--max-file-bytes, --max-post-chars, --max-posts: passed on as the ReadOptions fields of the same names."""
    defaults = ReadOptions()
    for name, help_ in reversed([
        ("max-file-bytes", "Refuse a file bigger than this many bytes."),
        ("max-post-chars", "Skip a post longer than this many characters."),
        ("max-posts", "Read at most this many posts from one file; the rest is skipped."),
    ]):
        attr = name.replace("-", "_")
        fn = click.option(f"--{name}", attr, type=click.IntRange(1), default=getattr(defaults, attr), show_default=True,
                          metavar="N", help=help_)(fn)
    return fn


def extraction_options(fn):
    """--workers and --ner, for the commands that extract."""
    fn = click.option("--ner", metavar="BACKEND", default="none", show_default=True,
                      help="Optional statistical name finder: spacy[:MODEL] (spaCy and the model installed by you).")(fn)
    return click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
                        help="Extract in this many processes.")(fn)


def json_option(fn):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(fn)


def filter_options(fn):
    for name, help_ in reversed([
        ("actor", "A state that took part (ISO3, e.g. RUS)."),
        ("org", "An organisation code: the event's forum or one the post mentions (e.g. SCO)."),
        ("type", "Event type: meeting, phone_call, visit, multilateral_meeting, statement..."),
        ("person", "A participant's name or part of it (case and accents ignored)."),
        ("since", "Events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)."),
        ("until", "Events on or before this date."),
    ]):
        fn = click.option(f"--{name}", help=help_)(fn)
    return fn


def open_existing(db_path):
    from .store import Database

    return Database.existing(db_path)


def print_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@input_options
@limit_options
@extraction_options
def extract(paths, format_, text_column, workers, ner, **limits):
    """Print one JSON record per post of PATHS (files, folders or feed / t.me/s/CHANNEL addresses), in input order.

    Posts that cannot be read are reported on stderr with the reason.

    Example:

    \b
        communique extract sco-channel.txt > records.jsonl
        communique extract export.csv --text-column body
    """
    from .models import Skipped
    from .pipeline import records

    from .extract.ner import name_finder

    stream = records(paths, format_, ReadOptions(text_column=text_column, **limits), names=name_finder(ner), workers=workers)
    for item in stream:
        if isinstance(item, Skipped):
            click.echo(f"Skipped {item.source_file} {item.where}: {item.reason}", err=True)
        else:
            click.echo(json.dumps(item, ensure_ascii=False))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@input_options
@click.option("--batch-size", type=click.IntRange(1, MAX_BATCH_SIZE), default=500, show_default=True, help="Posts per transaction.")
@limit_options
@extraction_options
@click.pass_context
def ingest(ctx, paths, db_path, format_, text_column, batch_size, workers, ner, **limits):
    """Extract PATHS (files, folders or feed / t.me/s/CHANNEL addresses) and store the posts and events.

    Posts already stored are left as they are, so ingesting again adds only
    what is new. A file that cannot be read is reported and leaves the
    database unchanged; the other files still go in.

    Example:

    \b
        communique ingest sco-channel.txt mfa.csv --db diplomacy.db
    """
    from tqdm import tqdm

    from .api import ingest_files
    from .store import Database

    from .extract.ner import name_finder

    db = Database(db_path)
    with tqdm(unit=" posts", file=sys.stderr, disable=not sys.stderr.isatty(), delay=1.0, leave=False) as bar:
        report = ingest_files(db, paths, format_, ReadOptions(text_column=text_column, **limits), batch_size,
                              bar.update, workers=workers, names=name_finder(ner))
    print_report(report)
    if report.errors:
        ctx.exit(2)


def print_report(report, prefix: str = "") -> None:
    click.echo(
        f"{prefix}Read {plural(report.read, 'post')}: {report.new} new, {report.already_present} already present, "
        f"{plural(report.duplicates, 'duplicate')}, {len(report.skipped)} skipped"
    )
    for reason, count in report.reasons().most_common():
        click.echo(f"  {count} skipped: {reason}")
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--every", type=click.IntRange(10), default=600, show_default=True, help="Seconds between rounds.")
@click.option("--rounds", type=click.IntRange(1), default=None, help="Stop after this many rounds (default: run until stopped).")
@limit_options
def watch(sources, db_path, every, rounds, **limits):
    """Follow live SOURCES: feed addresses, t.me/s/CHANNEL pages (or files), ingesting what is new every --every seconds.

    Each round reports what it read; a source that fails is reported and
    tried again next round. Stop with Ctrl-C.

    Example:

    \b
        communique watch https://t.me/s/MFARussia https://www.whitehouse.gov/feed/ --every 900
    """
    import time
    from datetime import datetime

    from .api import ingest_files
    from .store import Database

    db = Database(db_path)
    done = 0
    try:
        while rounds is None or done < rounds:
            report = ingest_files(db, sources, options=ReadOptions(**limits))
            print_report(report, prefix=f"{datetime.now().isoformat(timespec='seconds')} ")
            done += 1
            if rounds is None or done < rounds:
                time.sleep(every)
    except KeyboardInterrupt:
        click.echo("Stopped.")


@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@json_option
def search(query, db_path, limit, as_json):
    """Full-text search of the stored posts, best matches first.

    Words are matched as written ("AND", quotes and * are just text);
    "quoted words" match as a phrase; a trailing * matches a prefix.

    Example:

    \b
        communique search "Lavrov Wang Yi"
        communique search 'sanctions' --limit 5 --json
    """
    styled = sys.stdout.isatty() and not as_json
    marks = tuple(click.style("\0", bold=True).split("\0")) if styled else ("[", "]")
    results = open_existing(db_path).search(query, limit=limit, highlight=marks)
    if as_json:
        return print_json(results)
    if not results:
        click.echo(f"No posts match {query!r}.")
    for n, r in enumerate(results, 1):
        heading = "  ".join(v for v in (r["post_id"], (r["published"] or r["date"] or "")[:10], r["channel"], r["title"]) if v)
        click.echo(f"{n}. {heading}")
        click.echo("   " + " ".join(r["snippet"].split()))


@cli.command()
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@json_option
def events(db_path, limit, as_json, **filters):
    """List stored events, newest first, filtered by state, organisation, type, person or date.

    Example:

    \b
        communique events --actor RUS --type meeting --since 2024-01-01
    """
    found = open_existing(db_path).events(filters, limit=limit)
    if as_json:
        return print_json(found)
    rows = [
        (e.get("date"), e.get("type"), ",".join(e.get("actors") or []),
         "; ".join(p.get("name", "") for p in e.get("participants") or []),
         ", ".join(v for v in (e.get("location") or {}).values() if v), e.get("forum"), e["post_id"])
        for e in found
    ]
    click.echo(table(rows, ["date", "type", "actors", "participants", "location", "forum", "post"]))


@cli.command()
@db_option
@json_option
def stats(db_path, as_json):
    """Counts of posts, events, people, states and organisations, and the most frequent pairs of states.

    Example:

    \b
        communique stats --db diplomacy.db --json
    """
    numbers = open_existing(db_path).stats()
    if as_json:
        return print_json(numbers)
    for key in ("posts", "events", "people", "states", "organisations", "duplicates", "skipped"):
        click.echo(f"{key:<14} {numbers[key]}")
    if numbers["first_date"]:
        click.echo(f"{'dates':<14} {numbers['first_date']} to {numbers['last_date']}")
    sections = {
        "top pairs": [f"{a}-{b} {n}" for a, b, n in numbers["top_pairs"]],
        "by type": [f"{k} {v}" for k, v in numbers["by_type"].items()],
        "by channel": [f"{k} {v}" for k, v in numbers["by_channel"].items()],
    }
    for title, items in sections.items():
        if items:
            click.echo(f"{title + ':':<14} " + ", ".join(items))


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def table(rows, headers, width: int = 40) -> str:
    """A plain text table; long cells are cut with an ellipsis."""
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in cells]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    lines = [headers, ["-" * w for w in widths], *cells]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() for line in lines)


# -- export ------------------------------------------------------------------------------------

EXPORT_FORMATS = ("plover", "gdelt", "csv", "graphml", "parquet")


@cli.command("export")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "format_", type=click.Choice(EXPORT_FORMATS), required=True,
              help="plover: PLOVER/POLECAT JSON Lines; gdelt: GDELT 2.0 event TSV; csv: one row per event; "
                   "graphml: who-met-whom network; parquet: events table.")
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write (default: standard output; graphml and parquet need a file when it is a terminal).")
@db_option
@filter_options
@click.option("--level", type=click.Choice(["state", "person"]), default="state", show_default=True,
              help="graphml: nodes are states or people.")
@click.option("--input-format", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="With PATHS: their format; auto detects it from the content.")
@click.option("--text-column", metavar="COLUMN", help="With PATHS: the CSV / JSON Lines column holding the post text.")
def export_command(paths, format_, output, db_path, level, input_format, text_column, **filters):
    """Write events as PLOVER JSON Lines, GDELT TSV, CSV, GraphML or Parquet.

    Events come from the database, newest first, filtered as in
    `communique events`; or, given PATHS (files or folders), straight from
    the pipeline, in input order. Written to a file, the export appears only
    once complete.

    Example:

    \b
        communique export --format plover -o events.jsonl
        communique export --format gdelt --actor RUS --since 2024-01-01 > russia.tsv
        communique export --format graphml --level person -o people.graphml
        communique export --format parquet sco-channel.txt mfa.csv -o events.parquet
    """
    from .export import BINARY, export, select, stored_records

    if paths and db_path:
        raise CliError("give either --db or input PATHS, not both.")
    if output == "-" and format_ in BINARY and sys.stdout.isatty():
        raise CliError(f"{format_} is a binary format: write it to a file with -o FILE.")
    if paths:
        from .pipeline import records

        def skipped(item):
            click.echo(f"Skipped {item.source_file} {item.where}: {item.reason}", err=True)

        source = select(records(paths, input_format, ReadOptions(text_column=text_column)), filters, skipped)
    else:
        source = stored_records(open_existing(db_path), filters)
    out = output if output != "-" else sys.stdout.buffer if format_ in BINARY else sys.stdout
    count = export(source, format_, out, level)
    if output != "-":
        click.echo(f"Wrote {plural(count, 'event')} to {output}")


# -- communique serve (the web app) -------------------------------------------


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--allow-remote", is_flag=True, help="Allow listening on an address other machines can reach.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Server processes. Default: one per CPU, at most 4.")
@click.option("--cache-mb", type=click.IntRange(0, 4096), default=32, show_default=True,
              help="Memory per process for answers to repeated requests, kept until the data changes; 0 keeps none.")
def serve(db_path, host, port, allow_remote, workers, cache_mb):
    """Serve the web app and JSON API over the database (read-only).

    Pages: / (overview), /search, /timeline, /network, /state/ISO3,
    /person/NAME, /org/CODE, /post/ID, /feed. JSON under /api/; its
    description at /openapi.json.

    Example:

    \b
        communique serve --db diplomacy.db --port 8001
    """
    if not is_loopback(host) and not allow_remote:
        raise CliError(f"--host {host} would let other machines read this database. "
                       f"Pass --allow-remote to do that on purpose, or use --host 127.0.0.1.")
    import uvicorn

    from .store import Database
    from .web.app import SERVE_CACHE, SERVE_DB, create_app

    with Database.existing(db_path):  # brings an older database's schema up to date, once, before serving read-only
        pass
    with Database.existing(db_path, readonly=True) as db:
        app = create_app(db.path, cache_bytes=cache_mb * 1024 * 1024)
    workers = workers or default_workers()
    click.echo(f"Serving {app.state.db_path} at http://{host}:{port}/ with {workers} worker(s) (Ctrl+C to stop)", err=True)
    if workers > 1:  # each worker process builds its own app from these
        os.environ.update({SERVE_DB: str(app.state.db_path), SERVE_CACHE: str(cache_mb * 1024 * 1024)})
        app = "communique.web.app:served_app"
    uvicorn.run(app, host=host, port=port, workers=workers, factory=workers > 1, log_level="warning",
                h11_max_incomplete_event_size=16 * 1024, limit_concurrency=200, timeout_keep_alive=5)


def default_workers() -> int:
    """One server process per CPU this process may use, at most 4."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cpus, 4))
