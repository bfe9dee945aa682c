"""What the documents said, read back from the store, and the same reading done without it (`as_stored`):
a refresh right after an ingest uses the second, so the two must agree exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import lavrov_meets_putin, make_extraction

from diplograph.core import Diplograph
from diplograph.graph.rdf import document_iri
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.stored_extractions import as_stored, stored_documents
from diplograph.model import Actor, ActorType, DatePrecision, Document, Event, Evidence, Extraction, Modality
from diplograph.settings import Settings

CORPUS = Path(__file__).parent.parent / "data" / "identity" / "corpus.jsonl"


def read_back(store: EmbeddedStore, extractions: list[Extraction]) -> dict[str, Extraction]:
    for extraction in extractions:
        store.put(extraction)
    return stored_documents(store)


def by_graph(extractions: list[Extraction]) -> dict[str, Extraction]:
    return {str(document_iri(extraction.document.id)): as_stored(extraction) for extraction in extractions}


def names_sharing_one_node() -> Extraction:
    """Two spellings of one name (one actor IRI), an event node written twice with two dates, a month."""
    sentence = "Erdoğan met Erdogan's envoy, Turkey said in May."
    document = Document(id="shared", text=sentence, date=dt.date(2023, 5, 20), title="a title the store keeps apart")
    actors = (Actor("Recep Tayyip Erdoğan", ActorType.PERSON, frozenset({"Erdoğan"}), "Turkey"),
              Actor("Recep Tayyip Erdogan", ActorType.PERSON, frozenset({"Erdogan"}), "Türkiye"),
              Actor("Turkey", ActorType.COUNTRY))
    evidence = Evidence(sentence, 0, len(sentence))
    events = (Event("meet", "Recep Tayyip Erdoğan", "Turkey", Modality.ASSERTED, evidence, dt.date(2023, 5, 1),
                    confidence=0.123456, date_precision=DatePrecision.MONTH),
              Event("meet", "Recep Tayyip Erdoğan", "Turkey", Modality.REPORTED, evidence, dt.date(2023, 5, 20)),
              Event("criticize", "Unlisted Group", "Recep Tayyip Erdogan", Modality.ASSERTED, evidence))
    return Extraction(document, actors, events)


def test_as_stored_reads_an_extraction_as_the_store_gives_it_back(store: EmbeddedStore) -> None:
    extractions = [make_extraction(), lavrov_meets_putin()]
    assert read_back(store, extractions) == by_graph(extractions)


def test_as_stored_agrees_where_names_share_a_node(store: EmbeddedStore) -> None:
    extractions = [names_sharing_one_node()]
    stored = read_back(store, extractions)
    assert stored == by_graph(extractions)
    [extraction] = stored.values()
    # the store's reading multiplies a shared node's labels, dates and modalities: as_stored reads the same
    assert len(extraction.events) > len(names_sharing_one_node().events)


def test_some_documents_are_read_by_name(store: EmbeddedStore) -> None:
    everything = read_back(store, [make_extraction(), lavrov_meets_putin(), names_sharing_one_node()])
    some = [str(document_iri("talks")), str(document_iri("shared"))]
    assert stored_documents(store, some) == {graph: everything[graph] for graph in some}


def test_as_stored_agrees_on_what_the_model_extracts_from_the_identity_corpus(tmp_path: Path) -> None:
    with Diplograph(Settings(store=str(tmp_path / "store"), view_snapshot="none")) as dg:
        extractions = list(dg.extractor().extract_all(list(dg.read([CORPUS]))))
        assert sum(len(extraction.events) for extraction in extractions) >= 17
        assert isinstance(dg.store, EmbeddedStore)
        assert read_back(dg.store, extractions) == by_graph(extractions)
