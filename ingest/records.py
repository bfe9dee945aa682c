"""The `diplograph extract` JSON lines: one flat record per relation (the contract in DESIGN.md)."""

from __future__ import annotations

from typing import Any

from diplograph.model import Extraction
from diplograph.ontology.terms import actor_iri, relation_terms


def extraction_records(extraction: Extraction, unrealised: bool = False) -> list[dict[str, Any]]:
    """The relations of one extraction: its realised events (asserted, planned, reported), and with `unrealised`
    those told as not or only maybe happening too, which relate no one (the RDF writes no direct triple for
    them either) and, read as relations, are mostly wrong."""
    actors = {actor.name: actor for actor in extraction.actors}
    terms = relation_terms()
    records = []
    for event in extraction.events:
        if not (unrealised or event.modality.realised):
            continue
        source, target = actors[event.source], actors[event.target]
        records.append({
            "doc": extraction.document.id,
            "subject": source.name,
            "subject_type": source.type.value,
            "subject_iri": str(actor_iri(source.name)),
            "relation": event.relation,
            "cameo": terms[event.relation].cameo_code if event.relation in terms else None,
            "plover": terms[event.relation].plover_class if event.relation in terms else None,
            "object": target.name,
            "object_type": target.type.value,
            "object_iri": str(actor_iri(target.name)),
            "modality": event.modality.value,
            "date": event.date_text,
            "date_precision": event.date_precision.value if event.date else None,
            "place": event.place,
            "sentence": event.evidence.sentence,
            "start": event.evidence.start,
            "end": event.evidence.end,
            "confidence": round(event.confidence, 3),
        })
    return records
