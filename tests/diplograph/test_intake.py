"""Ingest with an outcome per document: a document that breaks the extractor refuses only itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from diplograph.errors import InputError
from diplograph.intake import Outcome, ingest_each
from diplograph.model import Document


@dataclass
class Entry:
    id: str
    events: int


class FrontDoor:
    """What ingest_each asks of a Diplograph: the catalogue, and ingest in batches of two."""

    def __init__(self, breaks_on: set[str]) -> None:
        self.breaks_on = breaks_on
        self.hashes: dict[str, str] = {"known": Document("known", "Old text.").content_hash}

    def documents(self) -> list[Entry]:
        return [Entry(document_id, 1) for document_id in self.hashes]

    def ingest(self, documents: Iterable[Document], on_results: Callable[[list[bool]], None] | None = None) -> None:
        batch: list[Document] = []
        for document in documents:
            if document.id in self.breaks_on:
                raise ValueError(f"the parser choked on {document.id}")
            batch.append(document)
            if len(batch) == 2:
                self._commit(batch, on_results)
                batch = []
        if batch:
            self._commit(batch, on_results)

    def _commit(self, batch: list[Document], on_results: Callable[[list[bool]], None] | None) -> None:
        written = [self.hashes.get(document.id) != document.content_hash for document in batch]
        for document in batch:
            self.hashes[document.id] = document.content_hash
        if on_results is not None:
            on_results(written)


def test_each_document_gets_its_outcome_and_one_that_breaks_the_extractor_refuses_only_itself() -> None:
    day = dt.date(2022, 2, 15)
    items: list[Document | InputError] = [
        Document("one", "Scholz met Putin.", day),
        Document("known", "Old text."),
        Document("two", "Rau met Lavrov.", day),
        InputError("POST /documents", "missing field 'text'", line=4),
        Document("broken", "???"),
        Document("known", "New text."),
        Document("three", "Lavrov met Putin."),
    ]
    seen: list[str] = []
    outcomes = ingest_each(FrontDoor(breaks_on={"broken"}), items,  # type: ignore[arg-type]
                           on_outcomes=lambda found: seen.extend(str(outcome.id) for outcome in found))
    assert [(outcome.position, outcome.id, outcome.outcome) for outcome in outcomes] == [
        (1, "one", Outcome.ADDED),
        (2, "known", Outcome.SKIPPED),
        (3, "two", Outcome.ADDED),
        (4, None, Outcome.REFUSED),
        (5, "broken", Outcome.REFUSED),
        (6, "known", Outcome.REFUSED),  # the same id twice in one request: the second is refused
        (7, "three", Outcome.ADDED),
    ]
    assert "the parser choked on broken" in (outcomes[4].detail or "")
    assert "line 4 of POST /documents" in (outcomes[3].detail or "")
    assert outcomes[0].events == 1 and outcomes[1].events is None
    assert sorted(seen) == sorted(str(outcome.id) for outcome in outcomes)  # each reported once, as settled


def test_a_changed_document_replaces_the_one_with_its_id() -> None:
    outcomes = ingest_each(FrontDoor(breaks_on=set()), [Document("known", "New text.")])  # type: ignore[arg-type]
    assert [outcome.outcome for outcome in outcomes] == [Outcome.REPLACED]
