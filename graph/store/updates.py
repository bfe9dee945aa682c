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


def replace_document_update(document_id: str, graph: Graph, entry: Graph) -> str:
    """One SPARQL UPDATE request that swaps a document's named graph and catalogue entry for new ones.

    A store runs one update request as one transaction (Oxigraph, Fuseki, GraphDB, Neptune all do), so a
    reader, or a process killed half-way, sees the old document or the new one, never a mixture.
    """
    return replace_operations(document_id, graph.serialize(format="nt"), entry.serialize(format="nt"))


def replace_operations(document_id: str, graph_ntriples: str, entry_ntriples: str) -> str:
    """The operations that swap in one document's graph and catalogue entry, given as N-Triples.

    Several documents' operations joined with " ;" make one request, and so one transaction.
    """
    iri = document_iri(document_id)
    # A document that gave no triples has no graph at all (an empty GRAPH block would create an empty one).
    inserted = "".join(
        f"  GRAPH <{name}> {{\n{triples}  }}\n"
        for name, triples in ((iri, graph_ntriples), (CATALOGUE, entry_ntriples))
        if triples.strip()
    )
    return (
        f"DROP SILENT GRAPH <{iri}> ;\n"
        f"DELETE WHERE {{ GRAPH <{CATALOGUE}> {{ <{iri}> ?p ?o }} }} ;\n"
        f"INSERT DATA {{\n{inserted}}}"
    )


def delete_document_update(document_id: str) -> str:
    iri = document_iri(document_id)
    return f"DROP SILENT GRAPH <{iri}> ;\nDELETE WHERE {{ GRAPH <{CATALOGUE}> {{ <{iri}> ?p ?o }} }}"
