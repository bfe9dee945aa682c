"""Dumps and loads: every format parses back (rdflib) to the same graphs; a dump loads into any store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, lavrov_meets_putin, make_extraction
from oxigraph_server import running_oxigraph
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from diplograph.cli import cli
from diplograph.errors import DocumentNotFound, InputError
from diplograph.graph.dump import FORMATS, dump, jsonld_context, load, store_dataset
from diplograph.graph.store import EmbeddedStore, open_store
from diplograph.ontology.terms import ACTORS_GRAPH, CATALOGUE, EVENTS_GRAPH, ONTOLOGY_GRAPH, document_graph_iri
from diplograph.settings import Settings

# rdflib's own TriG and JSON-LD code calls its deprecated ConjunctiveGraph API; that is not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

DATASET_FORMATS = [name for name, fmt in FORMATS.items() if fmt.named_graphs]


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path / "store") as store:
        store.put(make_extraction())
        store.put(lavrov_meets_putin())
        yield store


def named_graphs(dataset: Dataset) -> dict[str, Graph]:
    return {str(graph.identifier): graph for graph in dataset.graphs() if len(graph)}


def assert_same_dataset(left: Dataset, right: Dataset) -> None:
    """Isomorphic graph by graph, and the same set of (non-empty) named graphs."""
    left_graphs, right_graphs = named_graphs(left), named_graphs(right)
    assert sorted(left_graphs) == sorted(right_graphs)
    for name, graph in left_graphs.items():
        assert isomorphic(graph, right_graphs[name]), name


def merged(dataset: Dataset) -> Graph:
    union = Graph()
    for graph in dataset.graphs():
        for triple in graph:
            union.add(triple)
    return union


# ---------------------------------------------------------------- the ontology


@pytest.mark.parametrize("rdflib_format", ["turtle", "nt", "xml", "json-ld", "n3"])
def test_the_ontology_parses_and_reparses_to_an_isomorphic_graph(rdflib_format: str) -> None:
    ontology = Graph().parse(REPO / "ontology" / "diplo.ttl", format="turtle")
    assert len(ontology) > 500
    again = Graph().parse(data=ontology.serialize(format=rdflib_format), format=rdflib_format)
    assert isomorphic(ontology, again)


def test_the_shapes_parse() -> None:
    assert len(Graph().parse(REPO / "ontology" / "shapes.ttl", format="turtle")) > 100


# ---------------------------------------------------------------- exports parse back


@pytest.mark.parametrize("name", DATASET_FORMATS)
@pytest.mark.parametrize("document_id", [None, "moscow"], ids=["store", "document"])
def test_a_dataset_export_parses_back_to_the_same_named_graphs(
    filled: EmbeddedStore, name: str, document_id: str | None
) -> None:
    fmt = FORMATS[name]
    expected = store_dataset(filled, document_id)
    parsed = Dataset().parse(data=dump(filled, fmt, document_id), format=fmt.rdflib_format)
    assert_same_dataset(parsed, expected)
    graphs = named_graphs(parsed)
    assert str(document_graph_iri("moscow")) in graphs and str(CATALOGUE) in graphs
    assert (str(document_graph_iri("talks")) in graphs) is (document_id is None)


@pytest.mark.parametrize("document_id", [None, "talks"], ids=["store", "document"])
def test_a_turtle_export_is_every_triple_merged_into_one_graph(filled: EmbeddedStore, document_id: str | None) -> None:
    parsed = Graph().parse(data=dump(filled, FORMATS["turtle"], document_id), format="turtle")
    assert isomorphic(parsed, merged(store_dataset(filled, document_id)))


def test_a_document_export_holds_only_that_documents_catalogue_entry(filled: EmbeddedStore) -> None:
    catalogue = store_dataset(filled, "talks").graph(CATALOGUE)
    assert set(catalogue.subjects()) == {document_graph_iri("talks")}


def test_json_ld_is_compacted_with_the_published_context(filled: EmbeddedStore) -> None:
    document = json.loads(dump(filled, FORMATS["jsonld"], "talks"))
    assert document["@context"] == jsonld_context()["@context"]
    nodes = [node for graph in document["@graph"] for node in graph["@graph"]]
    event = next(node for node in nodes if node.get("@type") == "dipl:Meeting")
    assert event["source"] == "https://w3id.org/diplograph/actor/sergey-lavrov"
    assert event["modality"] == "dipl:asserted"


def test_exporting_a_missing_document_says_so(filled: EmbeddedStore) -> None:
    with pytest.raises(DocumentNotFound):
        dump(filled, FORMATS["trig"], "nowhere")


# ---------------------------------------------------------------- loading


@pytest.mark.parametrize("name", DATASET_FORMATS)
def test_a_dump_loads_into_an_empty_store_as_the_same_dataset(
    filled: EmbeddedStore, tmp_path: Path, name: str
) -> None:
    fmt = FORMATS[name]
    with EmbeddedStore(tmp_path / "copy") as copy:
        assert load(copy, dump(filled, fmt), fmt) == ["moscow", "talks"]
        assert_same_dataset(store_dataset(copy), store_dataset(filled))
        assert copy.revision() == filled.revision()


def test_loading_a_document_replaces_the_stored_one(filled: EmbeddedStore, tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "other") as other:
        other.put(lavrov_meets_putin("moscow"))  # a different document under the same id
        fmt = FORMATS["trig"]
        load(filled, dump(other, fmt), fmt)
    assert filled.document("moscow").events == 1
    assert [document.id for document in filled.documents()] == ["moscow", "talks"]


def test_a_dump_moves_between_the_embedded_and_a_remote_store(filled: EmbeddedStore, tmp_path: Path) -> None:
    fmt = FORMATS["nquads"]
    with running_oxigraph(tmp_path) as url:
        remote = open_store(Settings(store=url))
        try:
            load(remote, dump(filled, fmt), fmt)
            assert_same_dataset(store_dataset(remote), store_dataset(filled))
            assert dump(remote, FORMATS["trig"], "moscow") == dump(filled, FORMATS["trig"], "moscow")
        finally:
            remote.close()


def test_turtle_cannot_be_loaded_because_it_has_no_named_graphs(filled: EmbeddedStore) -> None:
    with pytest.raises(InputError, match="no named graphs"):
        load(filled, dump(filled, FORMATS["turtle"]), FORMATS["turtle"])


def test_a_graph_without_a_catalogue_entry_is_refused_and_nothing_is_written(filled: EmbeddedStore) -> None:
    trig = b"<https://example.org/stray> { <https://example.org/a> <https://example.org/b> 1 . }\n"
    before = filled.revision()
    with pytest.raises(InputError, match="1 named graph\\(s\\) without a catalogue entry: <https://example.org/stray>"):
        load(filled, dump(filled, FORMATS["trig"]) + trig, FORMATS["trig"])
    assert filled.revision() == before


def test_an_unreadable_dump_names_the_input(filled: EmbeddedStore) -> None:
    with pytest.raises(InputError, match="news.trig: not readable as trig"):
        load(filled, b"<a> { broken", FORMATS["trig"], "news.trig")


# ---------------------------------------------------------------- the CLI


def test_cli_dump_and_load_round_trip_through_files(filled: EmbeddedStore, tmp_path: Path) -> None:
    source = Path(filled.path)
    filled.close()
    runner = CliRunner()
    for suffix in ("trig", "nq", "jsonld", "ttl"):
        result = runner.invoke(cli, ["--store", str(source), "dump", "-o", str(tmp_path / f"all.{suffix}")])
        assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--store", str(tmp_path / "copy"), "load", str(tmp_path / "all.jsonld")])
    assert result.exit_code == 0 and "2 documents loaded" in result.output
    result = runner.invoke(cli, ["--store", str(tmp_path / "copy"), "load", str(tmp_path / "all.ttl")])
    assert result.exit_code == 1 and "no named graphs" in result.stderr
    with EmbeddedStore(source, read_only=True) as original, EmbeddedStore(tmp_path / "copy") as copy:
        loaded = store_dataset(copy)
        for computed in (ONTOLOGY_GRAPH, ACTORS_GRAPH, EVENTS_GRAPH):  # the front door's, on opening and loading
            loaded.remove_graph(URIRef(computed))
        assert_same_dataset(loaded, store_dataset(original))
    parsed = Dataset().parse(tmp_path / "all.nq", format="nquads")
    assert str(document_graph_iri("talks")) in named_graphs(parsed)


def test_cli_dump_writes_one_document_to_stdout(filled: EmbeddedStore) -> None:
    source = str(filled.path)
    filled.close()
    result = CliRunner().invoke(cli, ["--store", source, "dump", "--format", "nquads", "--document", "talks"])
    assert result.exit_code == 0
    graphs = {line.rsplit(" ", 2)[-2] for line in result.stdout.splitlines() if line}
    assert graphs == {f"<{document_graph_iri('talks')}>", f"<{CATALOGUE}>"}


def test_cli_commands_work_on_a_remote_store_given_by_url(filled: EmbeddedStore, tmp_path: Path) -> None:
    dumped = tmp_path / "all.trig"
    dumped.write_bytes(dump(filled, FORMATS["trig"]))
    runner = CliRunner()
    with running_oxigraph(tmp_path) as url:
        assert runner.invoke(cli, ["--store", url, "load", str(dumped)]).exit_code == 0
        listed = runner.invoke(cli, ["--store", url, "documents"])
        assert [line.split()[0] for line in listed.stdout.splitlines()[2:]] == ["moscow", "talks"]
        assert runner.invoke(cli, ["--store", url, "validate"]).exit_code == 0
        assert runner.invoke(cli, ["--store", url, "documents", "delete", "talks"]).exit_code == 0
        assert "talks" not in runner.invoke(cli, ["--store", url, "documents"]).stdout
