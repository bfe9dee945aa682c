"""Writing documents in batches: one transaction per batch, each document whole, the same RDF as rdflib's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from conftest import lavrov_meets_putin, make_extraction
from rdflib import Graph
from rdflib.compare import isomorphic

from diplograph.graph.rdf import (
    catalogue_entry,
    catalogue_triples,
    document_triples,
    extraction_to_graph,
    ntriples,
)
from diplograph.graph.store import EmbeddedStore
from diplograph.model import Document, Evidence, Extraction
from diplograph.ontology.terms import document_graph_iri


def awkward(extraction: Extraction) -> Extraction:
    """The same extraction with quotes, backslashes, line breaks and non-ASCII letters in its texts."""
    text = 'He said "we met"\\n in\r\nKyiv, Niinistö noted.'
    document = Document(
        id="a/b c?é",
        text=text,
        date=dt.date(2022, 2, 15),
        source="https://example.org/a?b=1",
        title='The "Moscow"\ntalks',
    )
    events = tuple(dataclasses.replace(event, evidence=Evidence(text, 0, len(text))) for event in extraction.events)
    return dataclasses.replace(extraction, document=document, events=events)


def test_the_ntriples_written_to_the_store_are_the_triples_of_the_rdflib_graphs() -> None:
    stamp = dt.datetime(2026, 11, 25, 12, 30, tzinfo=dt.UTC)
    for extraction in (make_extraction(), lavrov_meets_putin(), awkward(make_extraction())):
        written = Graph().parse(data=ntriples(document_triples(extraction)), format="nt")
        assert set(written) == set(extraction_to_graph(extraction))
        entry = Graph().parse(data=ntriples(catalogue_triples(extraction.document, stamp)), format="nt")
        assert set(entry) == set(catalogue_entry(extraction.document, stamp))


def test_a_batch_put_says_for_each_document_whether_it_was_written(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        assert store.put(make_extraction()) is True
        changed = make_extraction(text_suffix=" And more.")
        assert store.put_many([make_extraction(), lavrov_meets_putin(), changed, changed]) == [False, True, True, False]
        assert {document.id for document in store.documents()} == {"moscow", "talks"}
        assert store.document("moscow").content_hash == changed.document.content_hash
        assert store.put_many([]) == []


def test_documents_put_in_one_batch_read_back_as_their_graphs(tmp_path: Path) -> None:
    extractions = [make_extraction(), lavrov_meets_putin(), awkward(lavrov_meets_putin())]
    with EmbeddedStore(tmp_path / "store") as store:
        store.put_many(extractions)
        for extraction in extractions:
            iri = str(document_graph_iri(extraction.document.id))
            read = Graph().parse(data=store.graph_ntriples(iri), format="nt")
            assert isomorphic(read, extraction_to_graph(extraction)), extraction.document.id
        assert store.document("a/b c?é").title == 'The "Moscow"\ntalks'


def test_put_all_yields_each_batch_once_it_is_committed(tmp_path: Path) -> None:
    extractions = [make_extraction(f"doc-{number}") for number in range(5)] + [make_extraction("doc-0")]
    with EmbeddedStore(tmp_path / "store") as store:
        seen = []
        for written in store.put_all(extractions, batch_size=2):
            seen.append(written)
            assert len(store.documents()) == sum(batch.count(True) for batch in seen)
        assert seen == [[True, True], [True, True], [True, False]]


def test_a_graph_left_without_its_catalogue_entry_is_replaced_not_added_to(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        iri = str(document_graph_iri("moscow"))
        store.update(f'INSERT DATA {{ GRAPH <{iri}> {{ <http://example.org/stale> <http://example.org/p> "x" }} }}')
        assert store.put_many([make_extraction(), lavrov_meets_putin()]) == [True, True]
        read = Graph().parse(data=store.graph_ntriples(iri), format="nt")
        assert isomorphic(read, extraction_to_graph(make_extraction()))
