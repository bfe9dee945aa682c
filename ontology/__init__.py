"""The diplograph ontology (diplo.ttl) and the Python terms read from it."""

from diplograph.ontology.terms import (
    ACTOR,
    DIPL,
    DOC,
    EVENT,
    PLACE,
    RelationTerm,
    actor_iri,
    document_graph_iri,
    place_iri,
    relation_names,
    relation_term,
    relation_terms,
    slugify,
)

__all__ = [
    "ACTOR",
    "DIPL",
    "DOC",
    "EVENT",
    "PLACE",
    "RelationTerm",
    "actor_iri",
    "document_graph_iri",
    "place_iri",
    "relation_names",
    "relation_term",
    "relation_terms",
    "slugify",
]
