"""The `diplograph` command: a thin adapter over `Diplograph`; every command is one of its methods.

One concept, longer than most modules: the command line, one click declaration per command (most of the
lines are options and their help) and the few lines that print what the front door returns.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from pydantic import ValidationError

from diplograph.core import Diplograph
from diplograph.errors import DiplographError, InputError, NotASelect, StoreLocked
from diplograph.graph.encounters import ENCOUNTER_RELATIONS
from diplograph.graph.event_table import EventRow, csv_text, parquet_bytes
from diplograph.graph.gexf import gexf_bytes
from diplograph.graph.graphml import graphml_bytes
from diplograph.graph.paths import PathMode
from diplograph.graph.spreadsheet import edges_csv, nodes_csv
from diplograph.graph.view import EventInfo
from diplograph.model import Document
from diplograph.ontology.terms import actor_slug
from diplograph.settings import Settings

if TYPE_CHECKING:
    from diplograph.graph.identity_graphs import IdentityRefresh

CELL_WIDTH = 80


class DiplographGroup(click.Group):
    """Turns our errors into one line on stderr and exit code 1, instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DiplographError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=DiplographGroup)
@click.option("--store", help="store directory, or a SPARQL 1.1 server's URL (overrides DIPLOGRAPH_STORE)")
@click.option("--model", help="spaCy pipeline for ingest and extract (overrides DIPLOGRAPH_MODEL)")
@click.version_option(package_name="diplograph")
@click.pass_context
def cli(ctx: click.Context, store: str | None, model: str | None) -> None:
    """News in, a graph of diplomatic actors and dated events out."""
    overrides: dict[str, Any] = {
        name: value for name, value in {"store": store, "model": model}.items() if value is not None
    }
    try:
        ctx.obj = Settings(**overrides)
    except ValidationError as error:
        raise click.ClickException(f"invalid settings: {error}") from None


# ---------------------------------------------------------------- ingest stage


class ReadErrors:
    """Yields the documents that could be read; reports the others on stderr and counts them."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self.paths = paths
        self.count = 0

    def documents(self) -> Iterator[Document]:
        return Diplograph.read(self.paths, on_error=self.report)

    def report(self, error: InputError) -> None:
        self.count += 1
        click.echo(f"error: {error}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="extract on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' for a cluster of "
    "--workers processes here; the store must be a remote SPARQL store's URL",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="with --dask local: worker processes to start (default 2); with a scheduler: workers to wait for",
)
@click.option(
    "--task-size",
    type=click.IntRange(min=1),
    default=32,
    show_default=True,
    help="with --dask: documents per task (each task runs them through nlp.pipe together)",
)
@click.option(
    "--server",
    metavar="URL",
    help="send the documents to a running `diplograph serve` at URL (POST /documents) instead of opening the store",
)
@click.option("--token", envvar="DIPLOGRAPH_ADMIN_TOKEN", help="with --server: the server's admin token "
              "(default: DIPLOGRAPH_ADMIN_TOKEN)")
@click.pass_obj
def ingest(
    settings: Settings, paths: tuple[Path, ...], dask_address: str | None, workers: int | None, task_size: int,
    server: str | None, token: str | None,
) -> None:
    """Extract documents (files, directories, .jsonl) and put them into the store."""
    if server is not None:
        _ingest_on_server(ReadErrors(paths), server, token)
        return
    if dask_address is not None:
        _ingest_on_dask(settings, ReadErrors(paths), dask_address, workers, task_size)
        return
    if workers is not None:
        raise click.UsageError("--workers needs --dask (use n_process, DIPLOGRAPH_N_PROCESS, for one machine)")
    from tqdm import tqdm

    from diplograph.ingest.read import read_documents
    from diplograph.ingest.run import IngestReport

    try:
        with Diplograph.open(settings) as dg, tqdm(desc="ingesting", unit=" documents", file=sys.stderr) as progress:

            def counted(so_far: IngestReport, documents: int, errors: list[InputError]) -> None:
                for error in errors:  # unreadable, unextractable or unstorable: each named by file and line
                    progress.write(f"error: {error}", file=sys.stderr)
                progress.set_postfix(stored=so_far.ingested, skipped=so_far.unchanged, failed=len(so_far.failed),
                                     refresh=False)
                progress.update(documents)

            report = dg.ingest(read_documents(paths), on_progress=counted)
    except StoreLocked as error:
        raise click.ClickException(
            f"{error}.\nTo add documents to a running server, send them to it: "
            f"diplograph ingest --server http://{settings.host}:{settings.port} --token <its admin token> FILE..."
        ) from None
    click.echo(summary(report.ingested, report.unchanged, len(report.failed)))
    if report.failed:
        sys.exit(1)


def summary(stored: int, unchanged: int, failed: int) -> str:
    return f"{plural(stored, 'document')} stored, {unchanged} skipped (unchanged), {failed} failed"


def _ingest_on_server(readable: ReadErrors, url: str, token: str | None) -> None:
    from tqdm import tqdm

    from diplograph.client import send_documents

    with tqdm(desc=f"sending to {url}", unit=" documents", file=sys.stderr) as progress:
        report = send_documents(url, token, readable.documents(), on_progress=progress.update)
    for refusal in report.refusals:
        click.echo(f"error: {refusal}", err=True)
    errors = readable.count + len(report.refusals)
    counts = report.counts
    click.echo(f"{plural(counts['added'], 'document')} added, {counts['replaced']} replaced, "
               f"{counts['skipped']} unchanged, {plural(errors, 'error')}")
    if errors:
        sys.exit(1)


def _ingest_on_dask(
    settings: Settings, readable: ReadErrors, address: str, workers: int | None, task_size: int
) -> None:
    from tqdm import tqdm

    from diplograph.distributed import BatchReport, require_remote_store

    require_remote_store(settings)  # before reading anything or starting a cluster
    with Diplograph.open(settings) as dg, tqdm(desc="ingesting", unit=" documents", file=sys.stderr) as progress:

        def finished(report: BatchReport) -> None:
            for error in report.errors:
                progress.write(f"error: {error}", file=sys.stderr)
            progress.update(report.documents)

        total = dg.ingest_on_dask(
            readable.documents(), address, workers=workers, documents_per_task=task_size, on_progress=finished
        )
    errors = readable.count + len(total.errors)
    click.echo(summary(total.ingested, total.unchanged, errors))
    if errors:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "output_format", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True
)
@click.option("--unrealised", is_flag=True,
              help="Also print events the text says did not or may not happen (modality negated or hypothetical).")
@click.pass_obj
def extract(settings: Settings, paths: tuple[Path, ...], output_format: str, unrealised: bool) -> None:
    """Print the relations found in documents, one JSON object each (no store): what the text says happened, will
    happen or was said to have happened."""
    from diplograph.ingest.records import extraction_records

    readable = ReadErrors(paths)
    records: list[dict[str, Any]] = []
    for extraction in Diplograph.open(settings).extract_each(readable.documents()):
        if isinstance(extraction, InputError):  # a document that could not be extracted: the others go on
            readable.report(extraction)
            continue
        for record in extraction_records(extraction, unrealised):
            if output_format == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                records.append(record)
    if output_format == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    if readable.count:
        sys.exit(1)


# ---------------------------------------------------------------- the service


@cli.command()
@click.option("--host", help="interface to listen on (overrides DIPLOGRAPH_HOST)")
@click.option("--port", type=int, help="port to listen on (overrides DIPLOGRAPH_PORT)")
@click.pass_obj
def serve(settings: Settings, host: str | None, port: int | None) -> None:
    """Serve the HTTP API and the SPARQL endpoint."""
    import uvicorn

    from diplograph.api.app import create_app

    updates = {name: value for name, value in {"host": host, "port": port}.items() if value is not None}
    settings = settings.model_copy(update=updates)
    with Diplograph.open(settings) as dg:
        dg.store  # noqa: B018 - a locked or unreadable store is reported here, not as a traceback
        base = f"http://{settings.host}:{settings.port}"
        click.echo(f"explorer:       {base}/")
        click.echo(f"API docs:       {base}/docs")
        click.echo(f"SPARQL:         {base}/sparql")
        click.echo(f"who met whom:   {base}/actors/sergey-lavrov/met")
        uvicorn.run(create_app(dg), host=settings.host, port=settings.port, access_log=settings.access_log)


# ---------------------------------------------------------------- reading the store


@cli.command()
@click.argument("sparql")
@click.option(
    "--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.pass_obj
def query(settings: Settings, sparql: str, output_format: str) -> None:
    """Run a SPARQL query (or '-' to read it from stdin); prefixes dipl, rdfs, skos ... are predeclared."""
    if sparql == "-":
        sparql = sys.stdin.read()
    with Diplograph.open(settings, read_only=True) as dg:
        if output_format == "table":
            try:
                click.echo(table(dg.select(sparql)))
                return
            except NotASelect:
                pass  # ASK, CONSTRUCT and DESCRIBE print as serialised results
        body, _ = dg.query(sparql)
        click.echo(body.decode("utf-8"))


def filter_options(command: Any) -> Any:
    """The event filters `path` and `export` share: relation types, a date window, asserted only."""
    command = click.option("--relation", "relations", multiple=True, help="relation type to keep (repeatable)")(command)
    command = click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="first day (undated events drop out)")(
        command
    )
    command = click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="last day (undated events drop out)")(
        command
    )
    return click.option("--asserted", is_flag=True, help="only events the text asserts happened")(command)


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


class SearchByDefault(DiplographGroup):
    """`diplograph actors Q` searches; a first word that names a subcommand (merge, split) runs it instead."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["search", *args]
        return super().parse_args(ctx, args)


@cli.group(cls=SearchByDefault)
def actors() -> None:
    """Find actors (`actors Q`), list the ambiguous short forms (`actors --ambiguous`) and correct identity
    (`actors merge A B`, `actors split SURFACE ACTOR`)."""


@actors.command()
@click.argument("q", default="")
@click.option("--limit", type=int, default=50, show_default=True, help="most actors to list")
@click.option("--ambiguous", is_flag=True, help="list the short forms that could be several actors instead")
@click.pass_obj
def search(settings: Settings, q: str, limit: int, ambiguous: bool) -> None:
    """Actors whose name or an alias contains Q, else resembles it (all actors without Q)."""
    if ambiguous:
        with Diplograph.open(settings, read_only=True) as dg:
            open_questions = dg.ambiguous_actors()
        for question in open_questions:
            candidates = ", ".join(actor_slug(iri) for iri in question.candidates)
            click.echo(f"{actor_slug(question.iri)}  {question.surface!r} could be {candidates} "
                       f"(in {', '.join(sorted(question.documents))})")
        if not open_questions:
            click.echo("no ambiguous actors", err=True)
        return
    with Diplograph.open(settings, read_only=True) as dg:
        found = dg.actors(q, limit)
    for match in found:
        actor = match.actor
        aliases = f" aka {', '.join(actor.aliases)}" if actor.aliases else ""
        score = f"  [{match.score:g}: {match.matched}]" if match.score < 100 else ""
        click.echo(
            f"{actor.id}  {actor.label} ({', '.join(filter(None, [actor.type, actor.country]))}){aliases}{score}"
        )


@actors.command()
@click.argument("absorbed")
@click.argument("kept")
@click.pass_obj
def merge(settings: Settings, absorbed: str, kept: str) -> None:
    """ABSORBED is the same actor as KEPT (names, aliases or ids): one actor from now on, across re-ingest."""
    with Diplograph.open(settings) as dg:
        found = dg.merge_actors(absorbed, kept)
    click.echo(f"merged {absorbed!r} into {kept!r}; {_knowledge(found)}")


@actors.command()
@click.argument("surface")
@click.argument("actor")
@click.pass_obj
def split(settings: Settings, surface: str, actor: str) -> None:
    """Mentions written SURFACE are not ACTOR but an actor of their own (undoing a merge of that name)."""
    with Diplograph.open(settings) as dg:
        found = dg.split_actor(surface, actor)
    click.echo(f"split {surface!r} off {actor!r}; {_knowledge(found)}")


@cli.command()
@click.option("--force", is_flag=True, help="recompute even when nothing changed since the last time")
@click.pass_obj
def refresh(settings: Settings, force: bool) -> None:
    """Compute the knowledge graph (each actor and event once) from the documents and corrections; every
    write through diplograph does this itself, so it is needed only after writing to the store by other means."""
    with Diplograph.open(settings) as dg:
        found = dg.refresh_identity(force=force)
    click.echo(_knowledge(found) if found.recomputed else "the knowledge graph is current")


def _knowledge(found: IdentityRefresh) -> str:
    return (f"the knowledge graph now holds {found.actors} actors and {found.events} events "
            f"from {found.reports} reports ({found.ambiguous} ambiguous short forms kept apart)")


@cli.command()
@click.argument("name")
@click.option(
    "--relation",
    "relations",
    multiple=True,
    type=click.Choice(sorted(ENCOUNTER_RELATIONS)),
    help="which encounters (repeatable; all four by default)",
)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="first day (undated events drop out)")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="last day (undated events drop out)")
@click.option("--place", help="only encounters at this place")
@click.pass_obj
def met(
    settings: Settings,
    name: str,
    relations: tuple[str, ...],
    since: dt.datetime | None,
    until: dt.datetime | None,
    place: str | None,
) -> None:
    """Who NAME met, called, visited or hosted: counterparts with counts, every event with its evidence."""
    with Diplograph.open(settings, read_only=True) as dg:
        counterparts = dg.met(name, relations=relations or None, since=_day(since), until=_day(until), place=place)
    if not counterparts:
        click.echo(f"no encounters of {name} in the store")
    for counterpart in counterparts:
        actor = counterpart.actor
        click.echo(
            f"{actor.label} ({', '.join(filter(None, [actor.type, actor.country]))}): "
            f"{plural(counterpart.count, 'event')}"
            + (f" ({plural(counterpart.reports, 'report')})" if counterpart.reports > counterpart.count else "")
        )
        for event in counterpart.events:
            click.echo(f"  {describe(event)}")


@cli.command()
@click.argument("source")
@click.argument("target")
@click.option("--max-length", type=int, help="most hops to search (default: settings.max_path_length)")
@click.option("--all", "all_shortest", is_flag=True, help="every shortest path, not just one")
@click.option("-k", type=int, help="the K shortest simple paths")
@click.option("--directed", is_flag=True, help="follow events from source to target only")
@filter_options
@click.pass_obj
def path(
    settings: Settings,
    source: str,
    target: str,
    max_length: int | None,
    all_shortest: bool,
    k: int | None,
    directed: bool,
    relations: tuple[str, ...],
    since: dt.datetime | None,
    until: dt.datetime | None,
    asserted: bool,
) -> None:
    """Chains of events linking SOURCE to TARGET: the shortest, every shortest (--all) or the K shortest (-k)."""
    mode = PathMode.K_SHORTEST if k else PathMode.ALL_SHORTEST if all_shortest else PathMode.SHORTEST
    with Diplograph.open(settings, read_only=True) as dg:
        selection = dg.event_filter(relations or None, _day(since), _day(until), None, asserted)
        query = dg.path_query(mode, k=k or 5, max_length=max_length, directed=directed, event_filter=selection)
        found = dg.paths(source, target, query)
    for number, hops in enumerate(found, start=1):
        if len(found) > 1:
            click.echo(f"path {number} ({plural(len(hops), 'hop')})")
        for hop in hops:
            click.echo(f"{hop.source.label} — {hop.target.label}")
            for event in hop.events:
                click.echo(f"  {describe(event)}")


def _write_event_table(rows: list[EventRow], output_format: str, output: Path) -> None:
    body = csv_text(rows).encode("utf-8") if output_format == "events-csv" else parquet_bytes(rows)
    if str(output) == "-":
        sys.stdout.buffer.write(body)
    else:
        output.write_bytes(body)


@cli.command()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["gexf", "graphml", "csv", "events-csv", "events-parquet"]),
    default="gexf",
    show_default=True,
    help="csv writes Gephi's two spreadsheet tables, OUTPUT-nodes.csv and OUTPUT-edges.csv; events-csv and "
    "events-parquet the event table, one row per event",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="file to write ('-' for stdout, gexf and graphml only)",
)
@click.option("--actor", "actors_", multiple=True, help="keep only events among these actors (repeatable)")
@filter_options
@click.pass_obj
def export(
    settings: Settings,
    output_format: str,
    output: Path,
    actors_: tuple[str, ...],
    relations: tuple[str, ...],
    since: dt.datetime | None,
    until: dt.datetime | None,
    asserted: bool,
) -> None:
    """Export the actor graph for Gephi (GEXF 1.3 with a timeline), as GraphML, or as Gephi's CSV tables."""
    with Diplograph.open(settings, read_only=True) as dg:
        selection = dg.event_filter(relations or None, _day(since), _day(until), actors_ or None, asserted)
        if output_format.startswith("events-"):
            rows = dg.event_table(selection)
            _write_event_table(rows, output_format, output)
            click.echo(f"wrote {len(rows)} events to {output}", err=True)
            return
        view = dg.graph(selection)
    if output_format == "csv":
        if str(output) == "-":
            raise click.UsageError("--format csv writes two files; give -o a file name, not '-'")
        stem = output.with_suffix("")
        written = [stem.with_name(f"{stem.name}-nodes.csv"), stem.with_name(f"{stem.name}-edges.csv")]
        written[0].write_text(nodes_csv(view), encoding="utf-8")
        written[1].write_text(edges_csv(view), encoding="utf-8")
    else:
        body = gexf_bytes(view) if output_format == "gexf" else graphml_bytes(view)
        if str(output) == "-":
            sys.stdout.buffer.write(body)
            return
        output.write_bytes(body)
        written = [output]
    click.echo(
        f"wrote {view.number_of_nodes()} actors and {view.number_of_edges()} events to "
        f"{' and '.join(map(str, written))}",
        err=True,
    )


@cli.command()
@click.pass_obj
def stats(settings: Settings) -> None:
    """Triples, actors, events and documents in the store."""
    with Diplograph.open(settings, read_only=True) as dg:
        found = dg.stats()
    click.echo(f"triples:   {found.triples}")
    click.echo(f"actors:    {found.actors}")
    click.echo(f"events:    {found.events}")
    click.echo(f"documents: {found.documents}")


# ---------------------------------------------------------------- formatting


def describe(event: EventInfo) -> str:
    when = event.date or "undated"
    if event.date and event.date_precision == "month":
        when = event.date[:7]
    elif event.date and event.date_precision == "year":
        when = event.date[:4]
    where = f" in {event.place}" if event.place else ""
    return (
        f"{when} {event.source} {event.relation} {event.target}{where} [{event.modality}] "
        f"{event.document}:{event.start}-{event.end}: {event.sentence}"
    )


def table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(no rows)"
    columns = list(dict.fromkeys(name for row in rows for name in row))
    cells = [[shorten(row.get(name, "")) for name in columns] for row in rows]
    widths = [max(len(name), *(len(line[i]) for line in cells)) for i, name in enumerate(columns)]
    lines = ["  ".join(name.ljust(width) for name, width in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    lines += [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in cells
    ]
    return "\n".join(line.rstrip() for line in lines)


def shorten(value: Any) -> str:
    text = str(value).replace("\n", " ")
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


# ---------------------------------------------------------------- documents

RDF_FORMAT_NAMES = ["trig", "nquads", "turtle", "jsonld"]


@cli.group(invoke_without_command=True)
@click.pass_context
def documents(ctx: click.Context) -> None:
    """The documents in the store: list them (no subcommand), show one, delete one.

    Each document is a named graph; its metadata (title, source, date, content hash, ingest time) is in
    the catalogue graph. To re-ingest a document, run `diplograph ingest` on it again: a changed document
    replaces its graph, an unchanged one (same content hash) is left as it is.
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_documents)


@documents.command("list")
@click.pass_obj
def list_documents(settings: Settings) -> None:
    """One line per document: id, events, date, ingest time and title."""
    with Diplograph.open(settings, read_only=True) as dg:
        found = dg.documents()
    if not found:
        click.echo("no documents in the store; add some with `diplograph ingest FILE...`")
        return
    rows = [
        {
            "id": document.id,
            "events": document.events,
            "date": document.date or "",
            "ingested": document.ingested_at.strftime("%Y-%m-%d %H:%M:%SZ") if document.ingested_at else "",
            "title": document.title or "",
        }
        for document in found
    ]
    click.echo(table(rows))


@documents.command("show")
@click.argument("document_id", metavar="ID")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", *RDF_FORMAT_NAMES]),
    default="text",
    show_default=True,
    help="text or json: the catalogue entry; trig, nquads, turtle, jsonld: the document's graph and entry",
)
@click.pass_obj
def show_document(settings: Settings, document_id: str, output_format: str) -> None:
    """Show the document ID: its catalogue entry, or (with an RDF --format) its whole graph."""
    from dataclasses import asdict

    from diplograph.graph.dump import format_named

    with Diplograph.open(settings, read_only=True) as dg:
        if output_format in RDF_FORMAT_NAMES:
            sys.stdout.buffer.write(dg.dump(format_named(output_format), document_id))
            return
        document = dg.document(document_id)
    fields = {name: value for name, value in asdict(document).items() if value is not None}
    if output_format == "json":
        click.echo(json.dumps(fields, default=str, ensure_ascii=False, indent=2))
    else:
        width = max(len(name) for name in fields)
        for name, value in fields.items():
            click.echo(f"{name.replace('_', ' ').ljust(width)}  {value}")


@documents.command("delete")
@click.argument("document_ids", metavar="ID...", nargs=-1, required=True)
@click.pass_obj
def delete_documents(settings: Settings, document_ids: tuple[str, ...]) -> None:
    """Delete documents: each one's named graph and catalogue entry, nothing else."""
    from diplograph.errors import DocumentNotFound

    missing = []
    with Diplograph.open(settings) as dg:
        for document_id in document_ids:
            if dg.delete(document_id):
                click.echo(f"deleted {document_id}")
            else:
                missing.append(document_id)
    if missing:
        raise DocumentNotFound(", ".join(missing))


# ---------------------------------------------------------------- dumps


@cli.command()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(RDF_FORMAT_NAMES),
    help="default: from the suffix of -o, else trig; turtle merges the named graphs into one",
)
@click.option("--document", "document_id", metavar="ID", help="only this document (its graph and catalogue entry)")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default="-",
    show_default=True,
    help="file to write ('-' for stdout)",
)
@click.pass_obj
def dump(settings: Settings, output_format: str | None, document_id: str | None, output: Path) -> None:
    """Write the whole store (or one document) as TriG, N-Quads, Turtle or JSON-LD.

    TriG, N-Quads and JSON-LD keep one named graph per document and the catalogue graph, so
    `diplograph load` reads them back into any store; JSON-LD embeds the context of GET /context.jsonld.
    """
    from diplograph.graph.dump import format_for_suffix, format_named

    to_stdout = str(output) == "-"
    fmt = format_named(output_format) if output_format else None
    fmt = fmt or (None if to_stdout else format_for_suffix(output.suffix)) or format_named("trig")
    with Diplograph.open(settings, read_only=True) as dg:
        data = dg.dump(fmt, document_id)
    if to_stdout:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        click.echo(f"wrote {fmt.name} ({len(data)} bytes) to {output}", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format",
    "input_format",
    type=click.Choice(["trig", "nquads", "jsonld"]),
    help="default: from each file's suffix (.trig, .nq, .jsonld)",
)
@click.pass_obj
def load(settings: Settings, files: tuple[Path, ...], input_format: str | None) -> None:
    """Read dumps written by `diplograph dump` into the store.

    Each document in a file replaces the document of the same id in the store, in one transaction.
    """
    from diplograph.graph.dump import format_named

    fmt = format_named(input_format) if input_format else None
    with Diplograph.open(settings) as dg:
        for path in files:
            loaded = dg.load(path, fmt)
            click.echo(f"{path}: {plural(len(loaded), 'document')} loaded")


# ---------------------------------------------------------------- validation


@cli.command()
@click.pass_obj
def validate(settings: Settings) -> None:
    """Check the store against the SHACL shapes (ontology/shapes.ttl); exit 1 when something violates them.

    Every event must have exactly one event type, a source and a target, a date or dipl:dateUnknown, a
    modality from the allowed set, and provenance to a catalogued document and a sentence with offsets.
    """
    with Diplograph.open(settings, read_only=True) as dg:
        report = dg.validate()
    if report.conforms:
        click.echo("the store conforms to the shapes")
        return
    for violation in report.violations:
        click.echo(str(violation))
    click.echo(f"{plural(len(report.violations), 'violation')} of the shapes", err=True)
    sys.exit(1)


def main() -> None:
    cli(prog_name="diplograph")


if __name__ == "__main__":
    main()
