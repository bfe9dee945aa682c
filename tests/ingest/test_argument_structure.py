"""Argument structure shared by every relation (ingest/relations.py, ingest/roles.py): coordinated actors
wherever they hang, expulsions said as directives or declarations, recall frames, and the field's cues
(ingest/lexicon.py merges the CAMEO verb dictionary under our own), each through the real model."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from diplograph.ingest.extract import Extractor
from diplograph.model import Document, Extraction, Modality
from diplograph.settings import Settings

JUNE_2024 = dt.date(2024, 6, 14)


@cache
def extractor() -> Extractor:
    return Extractor(Settings())


@cache
def extract(text: str) -> Extraction:
    return extractor().extract(Document(id="structure", text=text, date=JUNE_2024))


def asserted(text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.relation, e.target) for e in extract(text).events if e.modality is Modality.ASSERTED}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Burkina Faso, Mali and Niger severed diplomatic links with Ukraine on Tuesday.",
                     {("Burkina Faso", "sever", "Ukraine"), ("Mali", "sever", "Ukraine"),
                      ("Niger", "sever", "Ukraine")},
                     id="coordinated-subjects"),
        pytest.param("Kenya summoned the envoys of Uganda and Rwanda.",
                     {("Kenya", "protest", "Uganda"), ("Kenya", "protest", "Rwanda")}, id="coordinated-of-states"),
        pytest.param("Sudan gave the envoys of Kenya, Uganda and Rwanda 48 hours to leave.",
                     {("Sudan", "expel", "Kenya"), ("Sudan", "expel", "Uganda"), ("Sudan", "expel", "Rwanda")},
                     id="hours-to-leave"),
    ],
)
def test_coordinated_actors_each_take_part(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= asserted(text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        pytest.param("Canada gave six Indian diplomats five days to leave the country.", ("Canada", "expel", "India"),
                     id="days-to-leave"),
        pytest.param("Lithuania declared two Russian attaches persona non grata.", ("Lithuania", "expel", "Russia"),
                     id="persona-non-grata"),
        pytest.param("Poland recalled its ambassador to Israel for consultations.", ("Poland", "sever", "Israel"),
                     id="recall-to"),
        pytest.param("Estonia recalled its ambassador from Moscow.", ("Estonia", "sever", "Russia"), id="recall-from"),
        pytest.param("Honduras downgraded relations with Taiwan.", ("Honduras", "sever", "Taiwan"), id="downgrade"),
    ],
)
def test_breaks_and_expulsions_in_their_usual_phrasings(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in asserted(text)


def test_what_two_parties_agree_to_do_is_not_a_second_event() -> None:
    found = asserted("Saudi Arabia and Iran agreed to restore diplomatic relations on Friday.")
    assert any(r == "agree" for _, r, _ in found)
    assert not any(r == "cooperate" for _, r, _ in found)


def test_a_time_phrase_is_not_a_particle() -> None:
    assert ("Kenya", "call", "Uganda") not in asserted("Kenya called on Uganda on Monday.")
    assert ("Kenya", "appeal", "Uganda") in asserted("Kenya called on Uganda on Monday to reopen the border.")
