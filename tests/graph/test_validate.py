"""SHACL: the graphs built from seeds/ and the shared dev set conform; broken events are reported readably."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner
from conftest import REPO, SEEDS, make_extraction
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from diplograph.cli import cli
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.validate import store_graph, validate_graph, validate_store
from diplograph.model import Extraction
from diplograph.ontology.terms import DIPL
from diplograph.settings import Settings

if TYPE_CHECKING:
    from diplograph.ingest.extract import Extractor

DEV_DOCS = REPO.parent / "shared" / "eval" / "dev" / "docs.jsonl"


@cache
def extractions(path: Path) -> tuple[Extraction, ...]:
    """The real extractor over a file or directory (the model loads once for the module)."""
    from diplograph.ingest.read import read_documents

    documents = [item for item in read_documents([path]) if not isinstance(item, Exception)]
    return tuple(extractor().extract_all(documents))


@cache
def extractor() -> Extractor:
    from diplograph.ingest.extract import Extractor

    return Extractor(Settings())


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path / "store") as store:
        for extraction in extractions(SEEDS):
            store.put(extraction)
        yield store


def test_the_graph_built_from_the_seeds_conforms(seeded: EmbeddedStore) -> None:
    assert seeded.documents(), "the seeds gave no documents"
    report = validate_store(seeded)
    assert report.conforms, "\n".join(map(str, report.violations))


@pytest.mark.skipif(not DEV_DOCS.is_file(), reason=f"the shared dev set is not checked out at {DEV_DOCS}")
def test_the_graph_built_from_the_shared_dev_set_conforms(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "dev") as store:
        for extraction in extractions(DEV_DOCS):
            store.put(extraction)
        assert len(store.documents()) >= 10
        report = validate_store(store)
    assert report.conforms, "\n".join(map(str, report.violations))


# ---------------------------------------------------------------- broken events


def hand_built_graph() -> Graph:
    """The store's union graph for the hand-built seed extraction (three events, one undated)."""
    return _union(make_extraction())


def _union(extraction: Extraction) -> Graph:
    from diplograph.graph.rdf import catalogue_entry, extraction_to_graph

    union = Graph()
    for graph in (extraction_to_graph(extraction), catalogue_entry(extraction.document)):
        for triple in graph:
            union.add(triple)
    return union


def meeting(graph: Graph) -> URIRef:
    """The Scholz-Putin meeting: dated, with a place."""
    return next(event for event in graph.subjects(RDF.type, DIPL.Meeting) if (event, DIPL.place, None) in graph)


def drop(predicate: URIRef) -> Callable[[Graph, URIRef], None]:
    return lambda graph, event: graph.remove((event, predicate, None))


def second_type(graph: Graph, event: URIRef) -> None:
    graph.add((event, RDF.type, DIPL.Visit))


def no_type(graph: Graph, event: URIRef) -> None:
    graph.remove((event, RDF.type, None))


def unknown_modality(graph: Graph, event: URIRef) -> None:
    graph.set((event, DIPL.modality, DIPL.rumoured))


def date_and_unknown(graph: Graph, event: URIRef) -> None:
    graph.add((event, DIPL.dateUnknown, Literal(True)))


def no_date_at_all(graph: Graph, event: URIRef) -> None:
    graph.remove((event, DIPL.date, None))


def sentence_without_offsets(graph: Graph, event: URIRef) -> None:
    sentence = graph.value(event, DIPL.sentence)
    graph.remove((sentence, DIPL.start, None))


def uncatalogued_document(graph: Graph, event: URIRef) -> None:
    graph.remove((None, RDF.type, DIPL.Document))


def confidence_above_one(graph: Graph, event: URIRef) -> None:
    graph.set((event, DIPL.confidence, Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))


BROKEN = {
    "two event types": (second_type, "rdf:type", "exactly one event type"),
    "no event type": (no_type, "rdf:type", "exactly one event type"),
    "no modality": (drop(DIPL.modality), "dipl:modality", "exactly one modality"),
    "a modality outside the set": (unknown_modality, "dipl:modality", "dipl:asserted, dipl:planned"),
    "no source": (drop(DIPL.source), "dipl:source", "exactly one source"),
    "no date and no dateUnknown": (no_date_at_all, None, "either a dipl:date or dipl:dateUnknown"),
    "a date and dateUnknown": (date_and_unknown, None, "either a dipl:date or dipl:dateUnknown"),
    "no sentence": (drop(DIPL.sentence), "dipl:sentence", "exactly one sentence"),
    "a sentence without offsets": (sentence_without_offsets, "dipl:start", "exactly one start offset"),
    "no document": (drop(DIPL.document), "dipl:document", "exactly one document"),
    "an uncatalogued document": (uncatalogued_document, "dipl:document", "catalogued as a dipl:Document"),
    "a confidence above one": (confidence_above_one, "dipl:confidence", "from 0 to 1"),
}


def test_the_hand_built_graph_conforms() -> None:
    report = validate_graph(hand_built_graph())
    assert report.conforms, "\n".join(map(str, report.violations))


@pytest.mark.parametrize(("breakage", "path", "message"), BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_event_is_reported_with_its_focus_node_path_and_message(
    breakage: Callable[[Graph, URIRef], None], path: str | None, message: str
) -> None:
    graph = hand_built_graph()
    event = meeting(graph)
    breakage(graph, event)
    report = validate_graph(graph)
    assert not report.conforms
    matching = [violation for violation in report.violations if message in violation.message]
    assert matching, "\n".join(map(str, report.violations))
    assert any(violation.path == path for violation in matching), "\n".join(map(str, matching))
    if path != "dipl:start":  # an offset is the sentence's fault, not the event's
        assert any(violation.focus == f"<{event}>" for violation in matching)


def test_validate_exits_1_and_prints_each_violation(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        store.put(make_extraction())
        event = meeting(store_graph(store))
        # A deliberately broken event: its modality taken out behind the store's back.
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ <{event}> dipl:modality ?m }} }}")
    result = CliRunner().invoke(cli, ["--store", str(path), "validate"])
    assert result.exit_code == 1
    assert f"Violation: <{event}> dipl:modality: an event needs exactly one modality" in result.stdout
    assert "1 violation of the shapes" in result.stderr


def test_validate_says_a_conforming_store_conforms(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        store.put(make_extraction())
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "validate"])
    assert result.exit_code == 0 and "conforms" in result.stdout


def test_the_catalogue_entry_is_validated_too() -> None:
    graph = hand_built_graph()
    document = next(graph.subjects(RDF.type, DIPL.Document))
    graph.set((document, DIPL.contentHash, Literal("not-a-hash")))
    report = validate_graph(graph)
    assert [violation.path for violation in report.violations] == ["dipl:contentHash"]
