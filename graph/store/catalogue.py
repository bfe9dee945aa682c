"""The catalogue: one entry per document (id, content hash, title, source, date, ingest time), and the query
that reads it with each document's number of events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from diplograph.ontology.terms import CATALOGUE


@dataclass(frozen=True)
class DocumentInfo:
    """One catalogue entry: what was ingested under which id, when, and how many events it gave."""

    id: str
    content_hash: str
    events: int
    title: str | None = None
    source: str | None = None
    date: dt.date | None = None
    ingested_at: dt.datetime | None = None
    graph: str | None = None  # the IRI of the document and of its named graph


def catalogue_query(document: str | None = None) -> str:
    """The catalogue (or one document's entry) with the number of events each document gave."""
    only = f"FILTER(?doc = <{document}>)" if document else ""
    return f"""
SELECT ?doc ?id ?hash ?title ?source ?date ?ingested (COALESCE(?counted, 0) AS ?events) WHERE {{
  GRAPH <{CATALOGUE}> {{
    ?doc dipl:documentId ?id ; dipl:contentHash ?hash .
    {only}
    OPTIONAL {{ ?doc dcterms:title ?title }}
    OPTIONAL {{ ?doc dcterms:source ?source }}
    OPTIONAL {{ ?doc dcterms:date ?date }}
    OPTIONAL {{ ?doc dipl:ingestedAt ?ingested }}
  }}
  OPTIONAL {{
    SELECT ?doc (COUNT(?event) AS ?counted) WHERE {{
      GRAPH ?doc {{ ?event dipl:relation ?relation }}
    }} GROUP BY ?doc
  }}
}} ORDER BY ?id
"""


def document_info(row: dict[str, Any]) -> DocumentInfo:
    return DocumentInfo(
        id=row["id"],
        content_hash=row["hash"],
        events=int(row["events"]),
        title=row.get("title"),
        source=row.get("source"),
        date=row.get("date"),
        ingested_at=row.get("ingested"),
        graph=row["doc"],
    )
