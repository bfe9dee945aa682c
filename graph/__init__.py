"""Extraction -> RDF, the stores, the NetworkX view and the exports."""

from diplograph.graph.actors import find_actors, resolve_actor
from diplograph.graph.encounters import Counterpart, who_met
from diplograph.graph.gexf import write_gexf
from diplograph.graph.paths import Hop, shortest_path
from diplograph.graph.rdf import catalogue_entry, extraction_to_graph
from diplograph.graph.remote import RemoteStore
from diplograph.graph.store import DocumentInfo, EmbeddedStore, SparqlStore, Store, open_store
from diplograph.graph.view import ActorInfo, EventInfo, ViewCache, build_view

__all__ = [
    "ActorInfo",
    "Counterpart",
    "DocumentInfo",
    "EmbeddedStore",
    "EventInfo",
    "Hop",
    "RemoteStore",
    "SparqlStore",
    "Store",
    "ViewCache",
    "build_view",
    "catalogue_entry",
    "extraction_to_graph",
    "find_actors",
    "open_store",
    "resolve_actor",
    "shortest_path",
    "who_met",
    "write_gexf",
]
