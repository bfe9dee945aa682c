"""The real extractor on a sentence or a short story, for the ingest tests that pin one kind each.

One Extractor (the real spaCy model) per test process, and each text's extraction kept, so the files of
tests/ingest/test_structure_*, test_actor_* and test_wire_* share the model's load and their helpers.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from diplograph.ingest.extract import Extractor
from diplograph.model import Document, Extraction, Modality
from diplograph.settings import Settings

MAY_2024 = dt.date(2024, 5, 14)  # a Tuesday: "on Monday" is May 13
Triple = tuple[str, str, str]


@cache
def extractor() -> Extractor:
    return Extractor(Settings())


@cache
def extract(text: str, date: dt.date = MAY_2024) -> Extraction:
    return extractor().extract(Document(id="sentence", text=text, date=date))


def found(text: str, date: dt.date = MAY_2024) -> set[Triple]:
    """Every event's (source, relation, target), whatever its modality."""
    return {(e.source, e.relation, e.target) for e in extract(text, date).events}


def asserted(text: str, date: dt.date = MAY_2024) -> set[Triple]:
    """The asserted events' (source, relation, target): what the text says happened."""
    return {(e.source, e.relation, e.target) for e in extract(text, date).events if e.modality is Modality.ASSERTED}
