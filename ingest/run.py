"""An ingest from start to end: read, extract, store, where each document's fate is its own.

A document that cannot be read, extracted, turned into RDF or stored becomes that document's error, named
by file and line; the documents around it, in its batch and after, are still stored. A caller that owes
each document an answer (POST /documents) gets every document's result in the order it sent them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from diplograph.errors import DocumentFailed, InputError
from diplograph.model import Document, Extraction

if TYPE_CHECKING:
    from diplograph.graph.store import Store
    from diplograph.ingest.extract import Extractor

# What became of one document: True stored, False skipped (its content was there already), or its error.
Result = bool | InputError


@dataclass
class IngestReport:
    """What an ingest did: documents stored (`ingested`), skipped as unchanged, and the errors of the failed."""

    ingested: int = 0
    unchanged: int = 0
    failed: list[InputError] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.ingested + self.unchanged + len(self.failed)


class _Slot:
    """One item's place in the input's order, until its result is known."""

    __slots__ = ("result",)

    def __init__(self, result: Result | None = None) -> None:
        self.result = result


def ingest(
    items: Iterable[Document | InputError],
    extractor: Extractor,
    store: Store,
    batch_size: int = 16,
    on_progress: Callable[[IngestReport, int, list[InputError]], None] | None = None,
    on_results: Callable[[list[Result]], None] | None = None,
    prepare: Callable[[Extraction], Extraction] | None = None,
    on_stored: Callable[[Extraction], None] | None = None,
) -> IngestReport:
    """Extract the documents and put them into the store, batch_size to a transaction.

    `items` are what the readers yield: documents, and errors in place of those that could not be read.
    `on_progress(report, documents, errors)` is called as documents are counted (stored ones once committed),
    with the report so far, how many were just counted and the errors among them. `on_results(results)`
    gets every item's Result in the items' order, a run at a time, as soon as the run is final.
    `prepare` is applied to each extraction before it is stored (what the store already knows, say);
    `on_stored` sees each extraction the store took (not an unchanged one), once committed.
    """
    report = IngestReport()
    in_order: deque[_Slot] = deque()  # every item, until its result is handed to on_results
    extracting: deque[_Slot] = deque()  # documents given to the extractor, in order
    storing: deque[tuple[_Slot, Extraction]] = deque()  # extractions given to the store, in order

    def settle(slot: _Slot, result: Result) -> None:
        slot.result = result
        if isinstance(result, InputError):
            report.failed.append(result)
        elif result:
            report.ingested += 1
        else:
            report.unchanged += 1

    def hand_over() -> None:
        final: list[Result] = []
        while in_order and in_order[0].result is not None:
            result = in_order.popleft().result
            assert result is not None
            final.append(result)
        if final and on_results is not None:
            on_results(final)

    def counted(results: list[Result]) -> None:
        hand_over()
        if on_progress is not None:
            on_progress(report, len(results), [result for result in results if isinstance(result, InputError)])

    def documents() -> Iterator[Document]:
        for item in items:
            slot = _Slot()
            in_order.append(slot)
            if isinstance(item, InputError):
                settle(slot, item)
                counted([item])
            else:
                extracting.append(slot)
                yield item

    def extractions() -> Iterator[Extraction]:
        for result in extractor.extract_each(documents()):
            slot = extracting.popleft()
            if not isinstance(result, InputError) and prepare is not None:
                document = result.document
                try:
                    result = prepare(result)
                except Exception as error:  # noqa: BLE001 - one document's failure, reported as such
                    result = DocumentFailed.because(document.where, document.id, "resolved", error)
            if isinstance(result, InputError):
                settle(slot, result)
                counted([result])
            else:
                storing.append((slot, result))
                yield result

    for results in store.put_all(extractions(), batch_size):
        for result in results:
            slot, extraction = storing.popleft()
            settle(slot, result)
            if result is True and on_stored is not None:
                on_stored(extraction)
        counted(list(results))
    return report
