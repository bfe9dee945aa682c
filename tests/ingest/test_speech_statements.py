"""Reported speech in wire prose, through the real model: who says, accuses, denies and demands what, when the
parser hangs the speaker's act on the clause he reports (ingest/constructions.py, ingest/statements.py)."""

from __future__ import annotations

from extracting import asserted, found


def test_an_act_conjoined_after_a_reported_clause_in_the_speakers_tense_is_the_speakers() -> None:
    assert ("Chile", "criticize", "Peru") in \
        asserted("The Chilean government says the rebels seized the town last week, and condemns Peru for arming them.")
    assert ("Japan", "appeal", "China") in \
        asserted("Tokyo said Chinese ships were sailing near the islands and urged Beijing to withdraw them.")


def test_an_act_parted_by_a_comma_from_a_reported_clause_is_the_speakers() -> None:
    triples = asserted("Kenya's government said it had acted because Odinga was a fugitive, and accused Tanzania "
                       "of sheltering him.")
    assert ("Kenya", "accuse", "Tanzania") in triples


def test_a_negated_reported_clause_does_not_negate_the_speakers_next_act() -> None:
    triples = asserted("Iran's foreign minister, Abbas Araghchi, insisted that Iranian drones were not hitting "
                       "ships and accused Washington of spreading lies.")
    assert ("Abbas Araghchi", "accuse", "United States") in triples
    assert not any(t[1] == "demand" for t in found("Iran's foreign minister, Abbas Araghchi, insisted that Iranian "
                                                    "drones were not hitting ships and accused Washington of "
                                                    "spreading lies."))


def test_an_act_in_the_reported_clauses_own_form_stays_its_subjects() -> None:
    assert ("Ukraine", "accuse", "Russia") not in \
        found("Kyiv said Russian troops had massed near the border and had accused Ukraine of provocations.")


def test_insisting_on_what_should_be_demands_it_and_insisting_on_a_fact_does_not() -> None:
    assert ("France", "demand", "Algeria") in asserted("Paris insisted that Algeria take back the migrants.")
    assert ("Turkey", "demand", "Sweden") in asserted("Ankara insisted that Sweden must extradite the suspects.")
    assert not any(t[1] == "demand" for t in found("Japan insisted that China had violated its airspace."))
