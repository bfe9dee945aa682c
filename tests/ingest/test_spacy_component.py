"""The extractor is a spaCy citizen: added by name to any pipeline with a parser and NER."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from diplograph.settings import Settings


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load(Settings().model)
    pipeline.add_pipe("diplograph")
    return pipeline


def test_the_component_is_found_by_name_without_importing_diplograph_first(nlp) -> None:
    assert nlp.pipe_names[-1] == "diplograph"


def test_the_component_puts_events_on_the_doc(nlp) -> None:
    doc = nlp.make_doc("Antony Blinken met Xi Jinping in Beijing on Monday.")
    doc._.document_date = dt.date(2023, 6, 19)
    for _, component in nlp.pipeline:
        doc = component(doc)
    events = doc._.diplograph.events
    assert [(e.source, e.relation, e.target, e.date, e.place) for e in events] == [
        ("Antony Blinken", "meet", "Xi Jinping", dt.date(2023, 6, 19), "Beijing"),
        ("Antony Blinken", "visit", "China", dt.date(2023, 6, 19), "Beijing"),  # met in Xi's capital
    ]


def test_the_relations_are_also_offered_as_contract_records(nlp) -> None:
    doc = nlp("Poland expelled 45 Russian diplomats.")
    assert [(r["subject"], r["relation"], r["object"]) for r in doc._.diplograph_relations] == [
        ("Poland", "expel", "Russia")
    ]


def test_each_record_carries_the_relations_cameo_code_and_plover_class() -> None:
    from diplograph.ingest.extract import Extractor
    from diplograph.ingest.records import extraction_records
    from diplograph.model import Document

    extraction = Extractor(Settings()).extract(
        Document(id="codes", text="Kenya expelled two Somali diplomats.", date=dt.date(2024, 3, 1)))
    record = next(r for r in extraction_records(extraction) if r["relation"] == "expel")
    assert (record["cameo"], record["plover"]) == ("174", "COERCE")
