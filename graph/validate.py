"""SHACL validation of a store (or any graph) against ontology/shapes.ttl, with pyshacl.

The data graph is the union of every graph in the store (each document's named graph and the catalogue),
so that an event's dipl:document can be checked against the catalogue; the ontology is mixed in for the
class hierarchy (dipl:Meeting ⊑ dipl:Consult ⊑ dipl:Event, dipl:Person ⊑ dipl:Actor).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Graph, Node, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import BNode

from diplograph.ontology.terms import ontology_graph

from .store import PREFIXES, Store


@dataclass(frozen=True)
class Violation:
    """One result of a SHACL validation, in words: which node, which property, what is wrong."""

    focus: str
    path: str | None
    message: str
    severity: str  # Violation, Warning or Info
    value: str | None = None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    source = resources.files("diplograph.ontology").joinpath("shapes.ttl")
    return Graph().parse(data=source.read_text(encoding="utf-8"), format="turtle")


def store_graph(store: Store) -> Graph:
    """Every graph of the store merged into one rdflib graph (read whole through `graph_ntriples`)."""
    merged = Graph()
    for name in store.graph_names():
        merged.parse(data=store.graph_ntriples(name), format="nt")
    return merged


def validate_store(store: Store) -> ValidationReport:
    return validate_graph(store_graph(store))


def validate_graph(data: Graph) -> ValidationReport:
    """Validate a graph of diplograph data (the union of a store's graphs) against the shapes."""
    from pyshacl import validate  # imported here: it takes a moment, and only `validate` needs it

    conforms, results, _ = validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        advanced=False,
        allow_warnings=True,
    )
    assert isinstance(results, Graph)
    # A node reached by two targets (a sentence as dipl:Sentence and through its event) is reported once.
    violations = sorted(
        {_violation(results, result) for result in results.subjects(RDF.type, SH.ValidationResult)},
        key=lambda violation: (violation.focus, violation.path or "", violation.message),
    )
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations))


def _violation(results: Graph, result: Node) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage)
    severity = results.value(result, SH.resultSeverity)
    value = results.value(result, SH.value)
    return Violation(
        focus=_short(focus),
        path=_short(path) if path is not None else None,
        message=str(message) if message is not None else "does not conform",
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        value=_short(value) if value is not None and value != focus else None,
    )


def _short(term: Node | None) -> str:
    """IRIs with the usual prefixes (dipl:modality), others as written."""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if term.startswith(namespace):
                return f"{prefix}:{term[len(namespace):]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return "a path expression" if term else "_:"
    return str(term)
