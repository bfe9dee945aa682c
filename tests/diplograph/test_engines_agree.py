"""Virtuoso gives the answers the embedded store gives: the seed and the probe corpus ingested into both.

Ingest, the catalogue, the view, who-met-whom, paths, every export, dump and load, delete and the stats
are compared, one front door over each store. The only differences allowed are the ones the profile
documents: each document's ingest time (a clock, not data), and Virtuoso writing xsd:dateTime in UTC with
"Z" where diplograph wrote "+00:00" (the same instant).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from conftest import REPO, SEEDS
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from virtuoso_server import clear, virtuoso_settings

from diplograph import Diplograph
from diplograph.errors import DiplographError
from diplograph.graph.dump import FORMATS, store_quads
from diplograph.graph.paths import PathMode
from diplograph.ontology.terms import DIPL
from diplograph.settings import Settings

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

CORPUS = [SEEDS, REPO / "tests" / "data" / "probe" / "docs.jsonl"]
INGESTED_AT = str(DIPL.ingestedAt)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory, virtuoso_url: str) -> Iterator[tuple[Diplograph, Diplograph]]:
    """The same corpus ingested into an embedded store and into Virtuoso (batches of 8: several requests)."""
    clear(virtuoso_url)
    directory = tmp_path_factory.mktemp("engines")
    embedded = Diplograph.open(Settings(store=str(directory / "store"), batch_size=8, view_snapshot="none"))
    virtuoso = Diplograph.open(virtuoso_settings(virtuoso_url, batch_size=8))
    documents = list(Diplograph.read(CORPUS))
    assert len(documents) > 40
    reports = [front_door.ingest(documents) for front_door in (embedded, virtuoso)]
    assert reports[0] == reports[1] and reports[0].ingested == len(documents)
    yield embedded, virtuoso
    embedded.close()
    virtuoso.close()
    clear(virtuoso_url)


def catalogue(front_door: Diplograph) -> list[tuple[Any, ...]]:
    return [(d.id, d.content_hash, d.events, d.title, d.source, d.date, d.graph) for d in front_door.documents()]


def view_contents(front_door: Diplograph) -> tuple[list[Any], list[Any]]:
    view = front_door.view()
    nodes = sorted((node, sorted(data.items())) for node, data in view.nodes(data=True))
    edges = sorted((u, v, key, sorted(dict(data).items())) for u, v, key, data in view.edges(keys=True, data=True))
    return nodes, edges


def quads(front_door: Diplograph) -> tuple[set[tuple[Any, ...]], Graph]:
    """The store's quads, ingest times left out and dateTime literals compared as instants; those with a
    blank node (the ontology's OWL lists, labelled as each store likes) apart, as a graph to compare
    up to the renaming of its blank nodes."""
    found = set()
    with_blank_nodes = Graph()
    for quad in store_quads(front_door.store):
        if quad.predicate.value == INGESTED_AT:
            continue
        if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
            with_blank_nodes.parse(data=str(ox.Triple(quad.subject, quad.predicate, quad.object)) + " .",
                                   format="nt")
            continue
        value: Any = quad.object.value
        datatype = getattr(quad.object, "datatype", None)
        if datatype is not None and datatype.value.endswith("#dateTime"):
            value = Literal(value, datatype=datatype.value).toPython()
        found.add((quad.subject.value, quad.predicate.value, value, str(datatype and datatype.value),
                   getattr(quad.object, "language", None), quad.graph_name.value))
    return found, with_blank_nodes


def assert_same_quads(left: tuple[set[tuple[Any, ...]], Graph], right: tuple[set[tuple[Any, ...]], Graph]) -> None:
    assert left[0] == right[0]
    assert len(left[1]) == len(right[1]) and isomorphic(left[1], right[1])


def busiest_actors(front_door: Diplograph, count: int = 6) -> list[str]:
    view = front_door.view()
    return sorted(view.nodes, key=lambda node: (-view.degree(node), node))[:count]


def test_the_catalogue_and_the_stats_are_the_same(pair: tuple[Diplograph, Diplograph]) -> None:
    embedded, virtuoso = pair
    assert catalogue(virtuoso) == catalogue(embedded)
    assert virtuoso.stats() == embedded.stats()  # triples, actors, events, documents, revision


def test_reingesting_skips_every_document_on_both(pair: tuple[Diplograph, Diplograph]) -> None:
    documents = list(Diplograph.read(CORPUS))
    embedded, virtuoso = pair
    assert virtuoso.ingest(documents) == embedded.ingest(documents)
    assert virtuoso.ingest(documents).ingested == 0


def test_the_stored_quads_are_the_same(pair: tuple[Diplograph, Diplograph]) -> None:
    embedded, virtuoso = pair
    assert_same_quads(quads(virtuoso), quads(embedded))


def test_the_view_is_the_same_node_for_node_and_edge_for_edge(pair: tuple[Diplograph, Diplograph]) -> None:
    embedded, virtuoso = pair
    assert view_contents(virtuoso) == view_contents(embedded)


def test_who_met_whom_is_the_same(pair: tuple[Diplograph, Diplograph]) -> None:
    embedded, virtuoso = pair
    actors = busiest_actors(embedded)
    assert actors == busiest_actors(virtuoso)
    for actor in actors:
        assert virtuoso.met(actor) == embedded.met(actor), actor
        assert virtuoso.met(actor, since=dt.date(2022, 1, 1)) == embedded.met(actor, since=dt.date(2022, 1, 1))


def paths_or_error(front_door: Diplograph, source: str, target: str, mode: PathMode) -> Any:
    try:
        return front_door.paths(source, target, front_door.path_query(mode=mode, k=3))
    except DiplographError as error:  # NoPath: the same answer if both say it
        return f"{type(error).__name__}: {error}"


def test_paths_are_the_same(pair: tuple[Diplograph, Diplograph]) -> None:
    embedded, virtuoso = pair
    found = 0
    for source, target in itertools.combinations(busiest_actors(embedded), 2):
        for mode in PathMode:
            answer = paths_or_error(embedded, source, target, mode)
            assert paths_or_error(virtuoso, source, target, mode) == answer, (source, target, mode)
            found += isinstance(answer, list)
    assert found > 0  # some pairs are linked: the comparison is not of "no path" answers only


def test_every_export_is_the_same(pair: tuple[Diplograph, Diplograph]) -> None:
    embedded, virtuoso = pair
    assert virtuoso.export_gexf() == embedded.export_gexf()
    assert virtuoso.export_graphml() == embedded.export_graphml()
    assert virtuoso.export_nodes_csv() == embedded.export_nodes_csv()
    assert virtuoso.export_edges_csv() == embedded.export_edges_csv()
    actor = busiest_actors(embedded)[0]
    assert virtuoso.export_ego_gexf(actor) == embedded.export_ego_gexf(actor)


def test_a_dump_of_one_loads_into_the_other_unchanged(pair: tuple[Diplograph, Diplograph], tmp_path: Path) -> None:
    embedded, virtuoso = pair
    document = embedded.documents()[0].id
    assert virtuoso.dump(FORMATS["nquads"], document).count(b"\n") == embedded.dump(
        FORMATS["nquads"], document).count(b"\n")
    path = tmp_path / "virtuoso.trig"
    path.write_bytes(virtuoso.dump(FORMATS["trig"]))
    before = quads(embedded)
    loaded = embedded.load(path)
    assert sorted(loaded) == sorted(d.id for d in embedded.documents())
    assert_same_quads(quads(embedded), before)
    path.write_bytes(embedded.dump(FORMATS["trig"]))
    virtuoso.load(path)
    assert_same_quads(quads(virtuoso), before)
    assert view_contents(virtuoso) == view_contents(embedded)


def test_deleting_a_document_leaves_the_same_store_on_both(pair: tuple[Diplograph, Diplograph]) -> None:
    embedded, virtuoso = pair
    document = embedded.documents()[-1].id
    assert virtuoso.delete(document) is embedded.delete(document) is True
    assert catalogue(virtuoso) == catalogue(embedded)
    assert_same_quads(quads(virtuoso), quads(embedded))
    assert view_contents(virtuoso) == view_contents(embedded)
    assert virtuoso.stats() == embedded.stats()


def test_both_answer_sparql_over_the_same_knowledge_graph(pair: tuple[Diplograph, Diplograph]) -> None:
    """A query that names no graph reads the knowledge graph on both (Virtuoso given it as default-graph-uri),
    and a GRAPH pattern still reaches every document's graph."""
    queries = {
        "events": "SELECT (COUNT(?e) AS ?n) WHERE { ?e dipl:reportCount ?c }",
        "meetings": "SELECT (COUNT(?e) AS ?n) WHERE { ?e a dipl:Meeting }",
        "labels": 'SELECT (COUNT(?a) AS ?n) WHERE { ?a rdfs:label "Vladimir Putin" }',
        "reports": "SELECT (COUNT(?r) AS ?n) WHERE { GRAPH ?g { ?r dipl:relation ?x ; dipl:document ?g } }",
    }
    answers = [{name: int(front_door.select(query)[0]["n"]) for name, query in queries.items()}
               for front_door in pair]
    assert answers[0] == answers[1]
    assert answers[0]["labels"] == 1 and 0 < answers[0]["events"] <= answers[0]["reports"]
    assert all(front_door.identity_is_current() for front_door in pair)
