"""A promise to give aid is an offer now, beside the aid it plans (ingest/intents.py)."""

from __future__ import annotations

import pytest
from extracting import asserted, extract

from diplograph.model import Modality


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        pytest.param("Japan pledged to provide 5 billion dollars in aid to the Philippines.", "Japan", "Philippines",
                     id="pledged-to-provide"),
        pytest.param("Turkey vowed to supply drones to Azerbaijan.", "Turkey", "Azerbaijan", id="vowed-to-supply"),
        pytest.param("Sunak promised to send more tanks to Ukraine.", "Rishi Sunak", "Ukraine", id="promised-to-send"),
    ],
)
def test_a_promise_of_aid_is_an_asserted_offer_and_planned_aid(text: str, source: str, target: str) -> None:
    events = {(e.source, e.relation, e.target): e.modality for e in extract(text).events}
    assert events.get((source, "offer", target)) is Modality.ASSERTED
    assert events.get((source, "aid", target)) is Modality.PLANNED


def test_aid_given_is_no_offer() -> None:
    assert [e.relation for e in extract("Japan sent aid to the Philippines.").events] == ["aid"]


def test_an_offer_to_send_aid_is_one_offer() -> None:
    relations = sorted(e.relation for e in extract("Germany offered to send tanks to Poland.").events)
    assert relations == ["aid", "offer"]


def test_declaring_oneself_ready_or_willing_to_help_offers_it() -> None:
    assert ("United Nations", "offer", "Burundi") in asserted(
        "Ban Ki-moon arrived in Burundi on Monday. He said the United Nations stood ready to help Burundi.")
    assert ("China", "offer", "Pakistan") in asserted("China is willing to help Pakistan.")
    assert not any(r == "offer" for _, r, _ in asserted("Russia said it was not ready to help Iran."))
