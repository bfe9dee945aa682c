"""Actor resolution on unseen news, second round: unnamed office-holders act for their state, instruments are
no parties, a body's name drops its article, the Palestinian Authority is one organisation, and a person's
name is the office data's spelling whatever the story's diacritics."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from diplograph.ingest.extract import Extractor
from diplograph.model import Document, Extraction
from diplograph.settings import Settings

DAY = dt.date(2024, 5, 1)


@cache
def extractor() -> Extractor:
    return Extractor(Settings())


@cache
def extract(text: str) -> Extraction:
    return extractor().extract(Document(id="kinds", text=text, date=DAY))


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.relation, e.target) for e in extract(text).events}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Pakistan's commissioner met Indian officials in Delhi.", ("Pakistan", "meet", "India")),
        ("Iran's general threatened Israel on Sunday.", ("Iran", "threaten", "Israel")),
    ],
)
def test_an_unnamed_office_holder_acts_for_the_state(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)
    assert not any(actor.type == "Role" for actor in extract(text).actors)
