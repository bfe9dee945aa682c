"""Argument structures of wire reports, each through the real model: free relatives in the object's place
("struck what New Delhi described as a camp inside Pakistani territory") (ingest/constructions.py, targets.py,
noun_events.py)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from diplograph.ingest.extract import Extractor
from diplograph.model import Document, Extraction, Modality
from diplograph.settings import Settings

MAY_2024 = dt.date(2024, 5, 14)
Triple = tuple[str, str, str]


@cache
def extractor() -> Extractor:
    return Extractor(Settings())


@cache
def extract(text: str) -> Extraction:
    return extractor().extract(Document(id="clauses", text=text, date=MAY_2024))


def asserted(text: str) -> set[Triple]:
    return {(e.source, e.relation, e.target) for e in extract(text).events if e.modality is Modality.ASSERTED}


def test_a_strike_on_what_a_report_names_lands_in_the_state_named_inside_it() -> None:
    assert ("India", "attack", "Pakistan") in asserted(
        "Indian warplanes struck what New Delhi described as a militant training camp inside Pakistani territory.")
    assert ("India", "attack", "Pakistan") in asserted(
        "India struck what it called terrorist infrastructure at nine sites in Pakistan.")
    assert ("Pakistan", "attack", "Iran") in asserted(
        "Pakistan carried out military strikes on what it said were militant hideouts inside Iran on Thursday.")


def test_a_reaction_to_what_a_report_names_targets_its_author_not_its_victim() -> None:
    assert ("Russia", "reject", "the West") in asserted("Moscow rejected what it called Western interference.")
    triples = asserted("Nikki Haley condemned what she called a violation of sovereign Ukrainian territory.")
    assert not any(t[2] == "Ukraine" for t in triples)
