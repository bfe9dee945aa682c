"""The sentences a document's graph keeps (those that state an event), in the order of the text."""

from __future__ import annotations

from dataclasses import dataclass

from diplograph.graph.store import Store
from diplograph.ontology.terms import document_graph_iri


@dataclass(frozen=True)
class SentenceInfo:
    """A sentence of a document, at character offsets start and end of its text."""

    start: int
    end: int
    text: str


def document_sentences(store: Store, document_id: str) -> list[SentenceInfo]:
    """The document's stored sentences by offset; DocumentNotFound when the catalogue has no such document.

    Only sentences that state an event are kept, so the explorer shows an event's sentence among its
    neighbours in the store, with gaps where the text said nothing the extractor kept."""
    store.document(document_id)  # raises DocumentNotFound
    rows = store.select(
        f"""SELECT DISTINCT ?start ?end ?text WHERE {{
              GRAPH <{document_graph_iri(document_id)}> {{
                ?sentence a dipl:Sentence ; dipl:start ?start ; dipl:end ?end ; dipl:text ?text }}
            }} ORDER BY ?start ?end"""
    )
    return [SentenceInfo(int(row["start"]), int(row["end"]), str(row["text"])) for row in rows]
