"""The updates both stores are written in: put a document (its graph and catalogue entry swapped in one
transaction) and delete one."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from diplograph.ontology.terms import CATALOGUE

from ..rdf import Triple, document_iri


@dataclass(frozen=True)
class DocumentWrite:
    """A document's new named graph and catalogue entry, and whether the store has catalogued it before."""

    document_id: str
    graph: list[Triple]
    entry: list[Triple]
    catalogued: bool


def replace_document_update(document_id: str, graph: Graph, entry: Graph, max_triples: int | None = None) -> str:
    """One SPARQL UPDATE request that swaps a document's named graph and catalogue entry for new ones.

    Oxigraph runs one update request as one transaction, so a reader, or a process killed half-way, sees the
    old document or the new one, never a mixture; on Virtuoso, which commits operation by operation, the
    document may be missing in between (profiles.py), still never a mixture.
    """
    return replace_operations(document_id, graph.serialize(format="nt"), entry.serialize(format="nt"), max_triples)


def replace_operations(
    document_id: str, graph_ntriples: str, entry_ntriples: str, max_triples: int | None = None
) -> str:
    """The operations that swap in one document's graph and catalogue entry, given as N-Triples.

    Several documents' operations joined with " ;" make one request, and so one transaction (on a server
    that runs a request as one). `max_triples` splits the INSERT DATA into blocks of at most that many
    triples for a server whose parser takes no more (Virtuoso); the catalogue entry goes in the last
    block, so a document cut short by a failure is not catalogued, and is put again by the next ingest.
    """
    iri = document_iri(document_id)
    # A document that gave no triples has no graph at all (an empty GRAPH block would create an empty one).
    inserts = [
        "INSERT DATA {\n" + "".join(f"  GRAPH <{name}> {{\n{''.join(lines)}  }}\n" for name, lines in block) + "}"
        for block in _blocks(((iri, graph_ntriples), (CATALOGUE, entry_ntriples)), max_triples)
    ]
    return " ;\n".join([
        f"DROP SILENT GRAPH <{iri}>",
        f"DELETE WHERE {{ GRAPH <{CATALOGUE}> {{ <{iri}> ?p ?o }} }}",
        *inserts,
    ])


def _blocks(
    graphs: tuple[tuple[str, str], ...], max_triples: int | None
) -> list[list[tuple[str, list[str]]]]:
    """The graphs' N-Triples lines cut into blocks of at most max_triples lines, in order, each block a
    list of (graph, lines); empty graphs left out."""
    blocks: list[list[tuple[str, list[str]]]] = [[]]
    room = max_triples
    for name, text in graphs:
        lines = [line + "\n" for line in text.splitlines() if line.strip()]
        while lines:
            if room == 0:
                blocks.append([])
                room = max_triples
            taken = len(lines) if room is None else min(room, len(lines))
            blocks[-1].append((str(name), lines[:taken]))
            lines = lines[taken:]
            room = None if room is None else room - taken
    return [block for block in blocks if block]


def replace_graphs_update(graphs: dict[str, str], max_triples: int | None = None) -> str:
    """One request that empties each named graph and fills it with the given N-Triples (computed graphs such as
    the actors and events of graph/identity_graphs.py), cut into blocks as `replace_operations` does."""
    drops = [f"DROP SILENT GRAPH <{name}>" for name in graphs]
    inserts = [
        "INSERT DATA {\n" + "".join(f"  GRAPH <{name}> {{\n{''.join(lines)}  }}\n" for name, lines in block) + "}"
        for block in _blocks(tuple(graphs.items()), max_triples)
    ]
    return " ;\n".join([*drops, *inserts])


def change_graphs_update(removed: dict[str, str], added: dict[str, str], last: str | None = None,
                         max_triples: int | None = None) -> str:
    """One request that removes and adds these N-Triples lines per named graph, cut into blocks as
    `replace_operations` does; the removals come first and `last` (one of the added lines) in the last block."""
    if last is not None:
        added = {name: (text.replace(last, "") + last if last in text else text) for name, text in added.items()}
        # the graph holding `last` goes last, so its line ends the last block
        added = dict(sorted(added.items(), key=lambda item: last in item[1]))
    operations = [
        f"{verb} DATA {{\n" + "".join(f"  GRAPH <{name}> {{\n{''.join(lines)}  }}\n" for name, lines in block) + "}"
        for verb, graphs in (("DELETE", removed), ("INSERT", added))
        for block in _blocks(tuple(graphs.items()), max_triples)
    ]
    return " ;\n".join(operations)


def delete_document_update(document_id: str) -> str:
    iri = document_iri(document_id)
    return f"DROP SILENT GRAPH <{iri}> ;\nDELETE WHERE {{ GRAPH <{CATALOGUE}> {{ <{iri}> ?p ?o }} }}"
