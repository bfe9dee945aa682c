"""The store as RDF files, and back: TriG, N-Quads, Turtle and JSON-LD, of the whole store or one document.

A dump is a dataset: one named graph per document plus the catalogue graph with the documents' entries,
so loading it into another store (embedded or remote) restores the documents exactly. TriG, N-Quads and
JSON-LD keep the named graphs; Turtle has none, so a Turtle dump is every triple merged into one graph
(for tools that do not read datasets) and cannot be loaded back.

JSON-LD is written with the published context (ontology/context.jsonld, served at GET /context.jsonld)
embedded, so that a file reads without fetching anything.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from diplograph.errors import InputError
from diplograph.ontology.terms import ACTORS_GRAPH, CATALOGUE, CORRECTIONS_GRAPH, DIPL, EVENTS_GRAPH, ONTOLOGY_GRAPH

from .rdf import document_iri
from .store import PREFIXES, Store

CONTEXT_URL = "https://w3id.org/diplograph/context.jsonld"

# Named graphs of a dump that are no document: the catalogue, the ontology, what the front door computes from
# the documents (graph/identity_graphs.py) and the corrections it applies.
NOT_DOCUMENTS = frozenset({str(CATALOGUE), str(ONTOLOGY_GRAPH), ACTORS_GRAPH, EVENTS_GRAPH, CORRECTIONS_GRAPH})


@dataclass(frozen=True)
class DumpFormat:
    name: str  # as on the command line: trig, nquads, turtle, jsonld
    suffix: str  # file name suffix and the suffix of GET /export/store.{suffix}
    media_type: str
    rdflib_format: str
    named_graphs: bool  # False: the graphs are merged into one (Turtle)


FORMATS: dict[str, DumpFormat] = {
    "trig": DumpFormat("trig", "trig", "application/trig", "trig", True),
    "nquads": DumpFormat("nquads", "nq", "application/n-quads", "nquads", True),
    "turtle": DumpFormat("turtle", "ttl", "text/turtle", "turtle", False),
    "jsonld": DumpFormat("jsonld", "jsonld", "application/ld+json", "json-ld", True),
}


def format_named(name: str) -> DumpFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise InputError(name, f"unknown RDF format; choose one of {', '.join(FORMATS)}") from None


def format_for_suffix(suffix: str) -> DumpFormat | None:
    """`.trig`, `.nq`, `.ttl`, `.jsonld` (and `.nquads`, `.turtle`, `.json`) -> the format, else None."""
    suffix = suffix.lower().lstrip(".")
    aliases = {"nquads": "nq", "turtle": "ttl", "json": "jsonld"}
    suffix = aliases.get(suffix, suffix)
    return next((fmt for fmt in FORMATS.values() if fmt.suffix == suffix), None)


def format_for_media_type(media_type: str) -> DumpFormat | None:
    media_type = media_type.split(";")[0].strip().lower()
    return next((fmt for fmt in FORMATS.values() if fmt.media_type == media_type), None)


@lru_cache(maxsize=1)
def jsonld_context() -> dict[str, Any]:
    """The published JSON-LD context: prefixes and short terms for every property diplograph writes."""
    source = resources.files("diplograph.ontology").joinpath("context.jsonld")
    context: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return context


# ---------------------------------------------------------------- out of the store


def store_quads(store: Store, document_id: str | None = None) -> list[ox.Quad]:
    """The whole store, or one document's graph with its catalogue entry, as quads.

    Read graph by graph through `Store.graph_ntriples`, which both backends answer without a query engine
    (the remote one with a Graph Store Protocol GET). Raises DocumentNotFound for an unknown id.
    """
    if document_id is None:
        return [quad for name in store.graph_names() for quad in _graph_quads(store, name)]
    store.document(document_id)  # DocumentNotFound, with a message that says how to list them
    iri = str(document_iri(document_id))
    entry = [quad for quad in _graph_quads(store, str(CATALOGUE)) if quad.subject == ox.NamedNode(iri)]
    return _graph_quads(store, iri) + entry


def store_dataset(store: Store, document_id: str | None = None) -> Dataset:
    """`store_quads` as an rdflib Dataset."""
    return _rdflib_dataset(store_quads(store, document_id))


def serialize(quads: list[ox.Quad], fmt: DumpFormat) -> bytes:
    """Oxigraph writes TriG, N-Quads and Turtle (fast); rdflib writes JSON-LD compacted with our context."""
    if fmt.name == "jsonld":
        dataset = _rdflib_dataset(quads)
        with warnings.catch_warnings():  # rdflib's JSON-LD writer uses its own deprecated Dataset API
            warnings.simplefilter("ignore", DeprecationWarning)
            return dataset.serialize(format="json-ld", context=jsonld_context()["@context"], encoding="utf-8")
    if not fmt.named_graphs:
        triples = list(dict.fromkeys(ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads))
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    oxigraph_format = ox.RdfFormat.TRIG if fmt.name == "trig" else ox.RdfFormat.N_QUADS
    return ox.serialize(quads, format=oxigraph_format, prefixes=PREFIXES) or b""


def dump(store: Store, fmt: DumpFormat, document_id: str | None = None) -> bytes:
    """The whole store, or one document, serialised."""
    return serialize(store_quads(store, document_id), fmt)


def _graph_quads(store: Store, name: str) -> list[ox.Quad]:
    graph = ox.NamedNode(name)
    triples = ox.parse(store.graph_ntriples(name), format=ox.RdfFormat.N_TRIPLES)
    return [ox.Quad(triple.subject, triple.predicate, triple.object, graph) for triple in triples]


def _rdflib_dataset(quads: list[ox.Quad]) -> Dataset:
    dataset = Dataset()
    if quads:
        dataset.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
    _bind_prefixes(dataset)
    return dataset


# ---------------------------------------------------------------- into the store


def read_dataset(data: bytes, fmt: DumpFormat, source: str = "the input") -> Dataset:
    """Parse a dump; InputError names the input and what is wrong."""
    dataset = Dataset()
    try:
        with warnings.catch_warnings():  # rdflib's TriG and JSON-LD parsers use its own deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset.parse(data=data, format=fmt.rdflib_format)
    except Exception as error:  # rdflib's parsers raise many unrelated exception types
        raise InputError(source, f"not readable as {fmt.name}: {error}") from None
    return dataset


def load(store: Store, data: bytes, fmt: DumpFormat, source: str = "the input") -> list[str]:
    """Put every document of a dump into the store, each in one transaction; returns their ids.

    A document already in the store is replaced by the one in the dump. Nothing is written when the dump
    is inconsistent (a named graph without a catalogue entry, triples outside any named graph).
    """
    if not fmt.named_graphs:
        raise InputError(
            source,
            f"{fmt.name} holds no named graphs, so documents cannot be told apart; "
            "load a dump written with --format trig, nquads or jsonld",
        )
    dataset = read_dataset(data, fmt, source)
    catalogue = dataset.graph(CATALOGUE)
    documents: dict[URIRef, str] = {}
    for subject, identifier in catalogue.subject_objects(DIPL.documentId):
        if (subject, RDF.type, DIPL.Document) not in catalogue:
            continue
        if subject != document_iri(str(identifier)):
            raise InputError(
                source, f"catalogue entry <{subject}> has id {str(identifier)!r}, whose IRI would be "
                f"<{document_iri(str(identifier))}>"
            )
        documents[URIRef(str(subject))] = str(identifier)
    stray = sorted(
        str(graph.identifier)
        for graph in dataset.graphs()
        if len(graph)
        and graph.identifier not in documents
        and str(graph.identifier) not in NOT_DOCUMENTS
    )
    if stray:
        shown = ", ".join(f"<{name}>" for name in stray[:5]) + (" ..." if len(stray) > 5 else "")
        raise InputError(
            source, f"{len(stray)} named graph(s) without a catalogue entry: {shown}; dump with `diplograph dump`"
        )
    for iri, document_id in sorted(documents.items(), key=lambda item: item[1]):
        entry = Graph(identifier=CATALOGUE)
        for triple in catalogue.triples((iri, None, None)):
            entry.add(triple)
        graph = Graph(identifier=iri)
        for triple in dataset.graph(iri):
            graph.add(triple)
        store.replace(document_id, graph, entry)
    corrections = dataset.graph(URIRef(CORRECTIONS_GRAPH))
    if len(corrections):  # an analyst's work, kept; the actors and events graphs are computed again instead
        store.replace_graphs({CORRECTIONS_GRAPH: corrections.serialize(format="nt")})
    return sorted(documents.values())


def load_file(store: Store, path: Path, fmt: DumpFormat | None = None) -> list[str]:
    """`load` for a file; the format comes from the suffix unless given."""
    fmt = fmt or format_for_suffix(path.suffix)
    if fmt is None:
        raise InputError(str(path), "cannot tell the RDF format from the suffix; pass --format")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    return load(store, data, fmt, str(path))


def _bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
