"""Ingest with an answer per document: added, replaced, skipped (unchanged) or refused, and why.

`Diplograph.ingest` reports totals, which is what a command line needs; a server answering `POST /documents`
owes each document its own outcome, and a document the extractor or the store chokes on must not take the
others down with it. So the documents go through `Diplograph.ingest` as one stream, which hands back each
document's result in order (a failure is that document's error); should the stream itself raise, the rest
go one at a time, each failure refusing only its own document.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from diplograph.errors import DiplographError, InputError
from diplograph.model import Document

if TYPE_CHECKING:
    from diplograph.core import Diplograph

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    ADDED = "added"  # a new document
    REPLACED = "replaced"  # a document with this id was there, with other content: its graph is replaced
    SKIPPED = "skipped"  # the same content was there already: nothing written
    REFUSED = "refused"  # unreadable, or the extractor or the store failed on it: nothing written


@dataclass(frozen=True)
class DocumentOutcome:
    """What became of one document sent to the store; `position` is its place in the request (1-based)."""

    position: int
    id: str | None
    outcome: Outcome
    detail: str | None = None
    events: int | None = None


def ingest_each(
    dg: Diplograph,
    items: Sequence[Document | InputError],
    on_outcomes: Callable[[list[DocumentOutcome]], None] | None = None,
) -> list[DocumentOutcome]:
    """Ingest the readable items, in order; one outcome per item (unreadable ones refused with their error).
    on_outcomes sees each group of outcomes as soon as it is final (a committed batch, a refusal)."""
    outcomes: dict[int, DocumentOutcome] = {}

    def settle(found: list[DocumentOutcome]) -> None:
        for outcome in found:
            outcomes[outcome.position] = outcome
        if on_outcomes is not None and found:
            on_outcomes(found)

    documents: list[tuple[int, Document]] = []
    seen: set[str] = set()
    refusals: list[DocumentOutcome] = []
    for position, item in enumerate(items, start=1):
        if isinstance(item, InputError):
            refusals.append(DocumentOutcome(position, None, Outcome.REFUSED, str(item)))
        elif item.id in seen:
            refusals.append(DocumentOutcome(position, item.id, Outcome.REFUSED,
                                            f"document {item.id!r} appears more than once in this request"))
        else:
            seen.add(item.id)
            documents.append((position, item))
    settle(refusals)
    if documents:
        known = {entry.id for entry in dg.documents()}
        _ingest_stream(dg, documents, known, settle)
        written = [outcome for outcome in outcomes.values() if outcome.outcome in (Outcome.ADDED, Outcome.REPLACED)]
        if written:
            events = {entry.id: entry.events for entry in dg.documents()}
            for outcome in written:
                outcomes[outcome.position] = DocumentOutcome(outcome.position, outcome.id, outcome.outcome,
                                                             outcome.detail, events.get(outcome.id or ""))
    return [outcomes[position] for position in sorted(outcomes)]


def _ingest_stream(
    dg: Diplograph,
    documents: list[tuple[int, Document]],
    known: set[str],
    settle: Callable[[list[DocumentOutcome]], None],
) -> None:
    committed = 0  # documents whose batch is committed (put_all reports batches in order)

    def written(results: list[bool | InputError]) -> None:
        nonlocal committed
        batch = documents[committed:committed + len(results)]
        committed += len(results)
        settle([_outcome(position, document, result, known)
                for (position, document), result in zip(batch, results, strict=True)])

    try:
        dg.ingest((document for _, document in documents), on_results=written)
        return
    except Exception as error:  # whatever failed, the documents after it still deserve a try
        log.warning("ingest of a batch failed (%s); the rest go one at a time", error)
    for position, document in documents[committed:]:
        try:
            results: list[bool | InputError] = []
            dg.ingest([document], on_results=results.extend)
            settle([_outcome(position, document, results[0] if results else False, known)])
        except DiplographError as error:
            settle([DocumentOutcome(position, document.id, Outcome.REFUSED, str(error))])
        except Exception as error:  # the extractor's own failures: named, never a lost batch
            log.exception("ingesting document %r failed", document.id)
            settle([DocumentOutcome(position, document.id, Outcome.REFUSED,
                                    f"ingesting it failed: {error.__class__.__name__}: {error}")])


def _outcome(position: int, document: Document, changed: bool | InputError, known: set[str]) -> DocumentOutcome:
    if isinstance(changed, InputError):  # the extractor or the store failed on it: only it is refused
        return DocumentOutcome(position, document.id, Outcome.REFUSED, str(changed))
    if not changed:
        return DocumentOutcome(position, document.id, Outcome.SKIPPED, "unchanged: the same content is in the store")
    return DocumentOutcome(position, document.id, Outcome.REPLACED if document.id in known else Outcome.ADDED)
