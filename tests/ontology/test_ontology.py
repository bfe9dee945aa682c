"""The ontology: every term labelled and commented, every IRI the code writes declared, the relations in step."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import REPO, lavrov_meets_putin, make_extraction
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from diplograph.graph.rdf import catalogue_entry, extraction_to_graph
from diplograph.model import ActorType, Modality
from diplograph.ontology.terms import DIPL, ontology_graph, relation_terms

RELATIONS_TSV = REPO.parent / "shared" / "eval" / "relations.tsv"
DECLARATION_TYPES = {
    OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual,
}
# Built into RDF, RDFS and OWL 2: used without declaration.
BUILT_IN = {RDF.type, RDFS.label, RDFS.comment, RDFS.subClassOf, RDFS.subPropertyOf}


def declared(term: URIRef) -> bool:
    return any((term, RDF.type, kind) in ontology_graph() for kind in DECLARATION_TYPES)


def dipl_terms() -> set[URIRef]:
    """Every IRI in the dipl: namespace the ontology mentions, in any position."""
    graph = ontology_graph()
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(str(DIPL))
    }


def written_graph() -> Graph:
    """What the code writes: document graphs (every modality, dated and undated, places) and catalogue entries."""
    written = Graph()
    for extraction in (make_extraction(), lavrov_meets_putin()):
        for graph in (extraction_to_graph(extraction), catalogue_entry(extraction.document, ingested_at=None)):
            written += graph
    written += catalogue_entry(make_extraction().document, ingested_at=dt.datetime.now(dt.UTC))
    return written


def test_the_ontology_is_an_owl_ontology_with_a_version() -> None:
    ontology = URIRef("https://w3id.org/diplograph/ontology")
    assert (ontology, RDF.type, OWL.Ontology) in ontology_graph()
    assert ontology_graph().value(ontology, OWL.versionInfo) is not None


def test_every_dipl_term_is_declared_labelled_and_commented() -> None:
    graph = ontology_graph()
    problems = []
    for term in sorted(dipl_terms()):
        if not declared(term):
            problems.append(f"{term} is not declared")
        if graph.value(term, RDFS.label) is None:
            problems.append(f"{term} has no rdfs:label")
        if graph.value(term, RDFS.comment) is None:
            problems.append(f"{term} has no rdfs:comment")
    assert not problems, "\n".join(problems)


def test_every_reused_term_is_declared_and_labelled_too() -> None:
    graph = ontology_graph()
    reused = {
        subject
        for kind in DECLARATION_TYPES
        for subject in graph.subjects(RDF.type, kind)
        if isinstance(subject, URIRef) and not subject.startswith(str(DIPL))
    }
    assert {URIRef("http://www.w3.org/ns/prov#Activity"), SKOS.altLabel} <= reused
    unlabelled = [
        term for term in reused if graph.value(term, RDFS.label) is None or graph.value(term, RDFS.comment) is None
    ]
    assert not unlabelled


def test_every_predicate_and_class_the_code_writes_is_declared_in_the_ontology() -> None:
    written = written_graph()
    predicates = set(written.predicates())
    classes = set(written.objects(None, RDF.type))
    individuals = {term for term in written.objects() if isinstance(term, URIRef) and term.startswith(str(DIPL))}
    undeclared = sorted(
        term for term in predicates | classes | individuals if term not in BUILT_IN and not declared(term)
    )
    assert not undeclared, undeclared
    assert {DIPL.ingestedAt, DIPL.dateUnknown, DIPL.date, DIPL.place, DIPL.state} <= predicates  # all paths taken


@pytest.mark.parametrize("modality", list(Modality))
def test_every_modality_is_an_individual_of_dipl_modality(modality: Modality) -> None:
    assert (DIPL[modality.value], RDF.type, DIPL.Modality) in ontology_graph()


@pytest.mark.parametrize("actor_type", list(ActorType))
def test_every_actor_type_has_a_class_under_dipl_actor(actor_type: ActorType) -> None:
    from diplograph.graph.rdf import ACTOR_CLASSES

    assert (ACTOR_CLASSES[actor_type], RDFS.subClassOf, DIPL.Actor) in ontology_graph()


def test_every_dipl_term_named_in_the_code_is_declared() -> None:
    """SPARQL text and Python (`dipl:relation`, `DIPL.relation`, `DIPL["..."]`) in graph/, api/, diplograph/."""
    pattern = re.compile(r"""(?:\bdipl:|\bDIPL\.|\bDIPL\[["'])([A-Za-z][A-Za-z0-9_]*)""")
    named: dict[str, set[str]] = {}
    for folder in ("graph", "api", "diplograph", "ontology"):
        for path in sorted((REPO / folder).glob("*.py")):
            for name in pattern.findall(path.read_text(encoding="utf-8")):
                named.setdefault(name, set()).add(path.name)
    shapes = (REPO / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    for name in re.findall(r"\bdipl:([A-Za-z][A-Za-z0-9_]*)", shapes):
        named.setdefault(name, set()).add("shapes.ttl")
    undeclared = {name: sorted(files) for name, files in named.items() if not declared(DIPL[name])}
    assert len(named) > 30 and not undeclared, undeclared


def test_there_are_no_punned_properties() -> None:
    """OWL 2 DL: a property is an object, a datatype or an annotation property, never two of them."""
    graph = ontology_graph()
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    punned = [
        term for term in set(graph.subjects(RDF.type, None))
        if sum((term, RDF.type, kind) in graph for kind in kinds) > 1
    ]
    assert not punned


def test_each_relation_has_an_event_class_under_a_plover_class_and_a_direct_property() -> None:
    graph = ontology_graph()
    for name, term in relation_terms().items():
        parents = set(graph.objects(term.event_class, RDFS.subClassOf))
        assert len(parents) == 1, name
        (parent,) = parents
        assert (parent, RDFS.subClassOf, DIPL.Event) in graph, name
        assert graph.value(parent, DIPL.ploverClass) is not None, name
        assert (term.direct_property, RDFS.subPropertyOf, DIPL.relatesTo) in graph, name
        assert re.fullmatch(r"\d{3}", term.cameo_code), name


@pytest.mark.skipif(not RELATIONS_TSV.is_file(), reason=f"the shared relations list is not at {RELATIONS_TSV}")
def test_the_relations_match_the_shared_list_with_class_cameo_code_and_symmetry() -> None:
    lines = [line for line in RELATIONS_TSV.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    terms = relation_terms()
    assert {row["relation"] for row in rows} <= set(terms)
    for row in rows:
        term = terms[row["relation"]]
        assert (term.plover_class, term.cameo_code) == (row["class"], row["cameo"]), row["relation"]
        assert term.symmetric is (row["symmetric"] == "yes"), row["relation"]


def test_the_json_ld_context_names_every_direct_property_and_only_declared_terms() -> None:
    context = json.loads((REPO / "ontology" / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    prefixes = {name: iri for name, iri in context.items() if isinstance(iri, str) and iri.endswith(("#", "/"))}

    def expand(value: str) -> URIRef:
        prefix, _, local = value.partition(":")
        return URIRef(prefixes[prefix] + local)

    for term in relation_terms().values():
        local = str(term.direct_property).rsplit("#", 1)[1]
        assert expand(context[local]["@id"]) == term.direct_property
    for name, definition in context.items():
        if name in prefixes:
            continue
        iri = expand(definition["@id"] if isinstance(definition, dict) else definition)
        assert iri in BUILT_IN or declared(iri), f"{name} -> {iri}"


def test_the_ontology_file_shipped_is_the_one_in_the_repository() -> None:
    shipped = ontology_graph()
    assert len(shipped) == len(Graph().parse(Path(REPO / "ontology" / "diplo.ttl"), format="turtle"))
