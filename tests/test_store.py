"""The embedded store: one named graph per document, replaced atomically, catalogued."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import lavrov_meets_putin, make_extraction

from diplograph.errors import ConfigurationError, QueryError, StoreError
from diplograph.graph.rdf import catalogue_entry, extraction_to_graph
from diplograph.graph.store import EmbeddedStore, StoreLocked, open_store
from diplograph.model import Extraction
from diplograph.ontology.terms import CATALOGUE, DIPL, actor_iri, document_graph_iri
from diplograph.settings import Settings


def test_the_document_graph_is_named_after_the_document(extraction: Extraction) -> None:
    assert extraction_to_graph(extraction).identifier == document_graph_iri("moscow")


def test_document_metadata_lives_in_the_catalogue_not_in_the_document_graph(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction)
    entry = catalogue_entry(extraction.document)
    assert entry.identifier == CATALOGUE
    assert (None, DIPL.contentHash, None) in entry
    assert (None, DIPL.contentHash, None) not in graph


def test_a_negated_event_gets_an_event_node_but_no_direct_triple(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction)
    assert (None, DIPL.relation, None) in graph
    assert (actor_iri("Russia"), DIPL.attacks, actor_iri("Ukraine")) not in graph
    assert (actor_iri("Olaf Scholz"), DIPL.meets, actor_iri("Vladimir Putin")) in graph


def test_sparql_finds_the_planned_meeting_with_date_place_and_sentence(store: EmbeddedStore) -> None:
    store.put(make_extraction())
    rows = store.select(
        """
        SELECT ?date ?place ?text ?modality WHERE {
          ?event a dipl:Meeting ; dipl:source ?scholz ; dipl:target ?putin ; dipl:date ?date ;
                 dipl:place/rdfs:label ?place ; dipl:modality ?modality ; dipl:sentence/dipl:text ?text .
          ?scholz rdfs:label "Olaf Scholz" . ?putin rdfs:label "Vladimir Putin" .
        }
        """
    )
    assert len(rows) == 1
    assert rows[0]["date"].isoformat() == "2022-02-15"
    assert rows[0]["place"] == "Moscow"
    assert rows[0]["modality"] == str(DIPL.planned)
    assert rows[0]["text"].startswith("German Chancellor Olaf Scholz planned to meet")


def test_putting_a_new_document_returns_true_and_an_unchanged_one_false(store: EmbeddedStore) -> None:
    assert store.put(make_extraction()) is True
    assert store.put(make_extraction()) is False


def test_reingesting_a_document_leaves_the_triple_count_unchanged(store: EmbeddedStore) -> None:
    store.put(make_extraction())
    before = store.triple_count()
    store.put(make_extraction())
    assert store.triple_count() == before


def test_a_changed_document_replaces_its_graph_instead_of_adding_to_it(store: EmbeddedStore) -> None:
    store.put(make_extraction())
    before = store.triple_count()
    changed = make_extraction(text_suffix=" More text.")
    assert store.put(changed) is True
    assert store.triple_count() == before
    assert [document.content_hash for document in store.documents()] == [changed.document.content_hash]


def test_deleting_a_document_removes_its_graph_and_leaves_the_others(store: EmbeddedStore) -> None:
    store.put(lavrov_meets_putin())
    alone = store.triple_count()
    store.put(make_extraction())
    assert store.delete("moscow") is True
    assert store.triple_count() == alone
    assert [document.id for document in store.documents()] == ["talks"]
    assert store.delete("moscow") is False


def test_documents_lists_the_catalogue_with_event_counts(filled_store: EmbeddedStore) -> None:
    documents = {document.id: document for document in filled_store.documents()}
    assert documents["moscow"].events == 3
    assert documents["moscow"].title == "Moscow diplomacy"
    assert documents["talks"].events == 1


def test_the_revision_changes_when_the_store_changes(store: EmbeddedStore) -> None:
    empty = store.revision()
    store.put(make_extraction())
    filled = store.revision()
    store.put(make_extraction())
    assert store.revision() == filled != empty
    store.delete("moscow")
    assert store.revision() == empty


def test_a_malformed_query_raises_query_error_with_the_parser_message(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match=r"malformed SPARQL query: error at 1:"):
        store.select("SELEC ?x WHERE { ?x ?y ?z }")


def test_select_refuses_queries_that_return_no_rows(filled_store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="only a SELECT"):
        filled_store.select("ASK { ?s ?p ?o }")


def test_construct_results_are_serialised_as_turtle_unless_n_triples_are_asked_for(
    filled_store: EmbeddedStore,
) -> None:
    query = "CONSTRUCT { ?a dipl:meets ?b } WHERE { ?a dipl:meets ?b }"
    body, media_type = filled_store.query_serialized(query)
    assert media_type == "text/turtle" and b"meets" in body
    body, media_type = filled_store.query_serialized(query, "application/n-triples, text/turtle;q=0.5")
    assert media_type == "application/n-triples" and body.count(b"\n") == 3


def test_the_store_persists_across_reopening(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as first:
        first.put(make_extraction())
        count = first.triple_count()
    with EmbeddedStore(tmp_path / "store", read_only=True) as again:
        assert again.triple_count() == count


def test_a_read_only_store_refuses_to_write(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path / "store").close()
    with EmbeddedStore(tmp_path / "store", read_only=True) as read_only, pytest.raises(StoreError):
        read_only.put(make_extraction())


def test_a_store_locked_by_another_process_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "store"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import pyoxigraph, sys; s = pyoxigraph.Store({str(path)!r}); "
            "print('ready', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked, match="locked by another process"):
            EmbeddedStore(path)
        with EmbeddedStore(path, read_only=True) as read_only:  # reading is still possible
            assert read_only.shared
            assert read_only.triple_count() == 0
    finally:
        holder.communicate("")


def test_a_reader_takes_the_store_itself_when_no_one_holds_it(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path / "store").close()
    with EmbeddedStore(tmp_path / "store", read_only=True) as reader:
        assert not reader.shared


def test_a_remote_store_url_is_not_supported_yet() -> None:
    with pytest.raises(ConfigurationError, match="not supported yet"):
        open_store(Settings(store="http://localhost:7878/query"))


def test_opening_a_missing_store_read_only_says_to_ingest_first(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="diplograph ingest"):
        open_store(Settings(store=str(tmp_path / "nothing")), read_only=True)
