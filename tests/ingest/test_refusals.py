"""Refusals (ingest/refusals.py): a visit refused is a rejection of its host, told when it is announced; recognition
or acceptance withheld is a rejection."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import asserted, extract, found

from diplograph.model import Modality

SEPT_2016 = dt.date(2016, 9, 28)  # a Wednesday


def test_will_not_attend_a_summit_rejects_its_host_on_the_day_it_is_said() -> None:
    text = ("India will not attend a summit of South Asian leaders in Islamabad in November, the foreign ministry "
            "said late on Tuesday.")
    assert ("India", "reject", "Pakistan") in asserted(text, SEPT_2016)
    assert ("India", "visit", "Pakistan") not in asserted(text, SEPT_2016)
    by_relation = {e.relation: e for e in extract(text, SEPT_2016).events}
    assert by_relation["reject"].date_text == "2016-09-27"
    assert by_relation["visit"].date_text == "2016-11"  # the refused visit's own time lies ahead


def test_declining_invitations_to_attend_rejects_the_host_for_each_who_declined() -> None:
    text = "Pakistan and China declined invitations to attend the meeting in New Delhi."
    assert {("Pakistan", "reject", "India"), ("China", "reject", "India")} <= asserted(text, SEPT_2016)


def test_an_invitation_to_visit_declined_rejects_the_host_and_plans_no_visit() -> None:
    assert asserted("Biden declined an invitation to visit Moscow.", dt.date(2021, 9, 2)) == {
        ("Joe Biden", "reject", "Russia")}
    assert ("Joe Biden", "visit", "Russia", "planned") in {
        (e.source, e.relation, e.target, e.modality.value)
        for e in extract("Biden accepted an invitation to visit Moscow.", dt.date(2021, 9, 2)).events}


def test_a_visit_that_did_not_happen_refuses_nothing() -> None:
    text = "Biden did not travel to Kyiv on Monday."
    assert not any(r == "reject" for _, r, _ in found(text, SEPT_2016))


def test_a_conditional_refusal_or_an_unanswered_question_rejects_no_one() -> None:
    assert not any(r == "reject" for _, r, _ in found(
        "Iran said it would not attend the talks in Vienna unless sanctions were lifted.", SEPT_2016))
    assert not any(r == "reject" for _, r, _ in found(
        "China refused to say whether Xi would attend the summit in New Delhi.", SEPT_2016))


def test_recognition_or_acceptance_withheld_is_a_rejection_not_a_negated_support() -> None:
    triples = asserted("Tokyo could not accept the Chinese position on the islands.")
    assert ("Japan", "reject", "China") in triples
    triples = asserted("India, like most countries, does not formally recognise the Taliban government.")
    assert ("India", "reject", "Taliban") in triples
    assert not [e for e in extract("India, like most countries, does not formally recognise the Taliban government.")
                .events if e.relation == "support"]


def test_working_together_announced_as_not_to_be_is_a_rejection_and_one_that_did_not_happen_is_not() -> None:
    assert asserted("Israel will not cooperate with the ICC.") == {("Israel", "reject", "International Criminal Court")}
    assert asserted("Israel will not negotiate with Hamas.") == {("Israel", "reject", "Hamas")}
    assert not asserted("Israel did not cooperate with the ICC.")
    assert not asserted("Israel will not cooperate with the ICC unless it drops the case.")


def test_acceptance_withheld_on_a_condition_or_denied_rejects_nothing() -> None:
    assert not asserted("Iran would not accept the deal unless sanctions were lifted.")
    assert not asserted("Iran denied that it had accepted a proposal from the United States.")


def test_approving_a_states_membership_backs_it_and_withholding_approval_rejects_it() -> None:
    day = dt.date(2023, 3, 30)
    assert ("Turkey", "support", "Finland") in asserted("Turkey's parliament ratified Finland's accession.", day)
    # (said by its leader, the refusal is his: voices.py)
    assert ("Recep Tayyip Erdogan", "reject", "Finland") in asserted(
        "Erdogan said Turkey would not approve Finland's bid.", day)
    assert ("Hungary", "reject", "Sweden") in asserted("Hungary has not ratified Sweden's NATO membership bid.", day)
    # approving a deal with another still agrees with it, and approving a request backs no one
    assert ("United Kingdom", "agree", "European Union") in asserted(
        "The British parliament approved the trade deal with the EU.", day)
    assert not found("The Security Council approved Israel's request for an emergency meeting.", day)


def test_an_offer_turned_down_is_a_rejection_of_whom_it_came_from_though_the_clause_before_is_negated() -> None:
    assert ("India", "reject", "United Arab Emirates") in asserted(
        "India's foreign ministry said on Wednesday it would not accept foreign donations for flood relief in "
        "Kerala, turning down an offer of help from the United Arab Emirates.", dt.date(2018, 8, 22))
    assert ("India", "reject", "United Arab Emirates") in asserted(
        "India rejected an offer of help from the United Arab Emirates.", dt.date(2018, 8, 22))


@pytest.mark.parametrize("text", [
    "Raisi ruled out a meeting with Biden on Monday.",
    "Raisi ruled out meeting Biden on Monday.",
    "Raisi declined a meeting with Biden on Monday.",
])
def test_a_meeting_refused_or_ruled_out_by_name_rejects_the_other_side_and_holds_no_meeting(text: str) -> None:
    assert asserted(text, dt.date(2021, 9, 6)) == {("Ebrahim Raisi", "reject", "Joe Biden")}


def test_a_meeting_not_ruled_out_or_ruled_out_by_others_rejects_no_one() -> None:
    assert not asserted("Raisi did not rule out a meeting with Biden.", dt.date(2021, 9, 6))
    assert not asserted("Analysts ruled out a meeting between Putin and Zelensky this year.", dt.date(2023, 6, 18))


def test_sending_troops_ruled_out_is_neither_done_nor_planned() -> None:
    events = extract("Macron has ruled out sending French troops to fight in Ukraine.", dt.date(2024, 3, 1)).events
    assert not {e for e in events if e.modality in (Modality.ASSERTED, Modality.PLANNED)}


def test_a_participle_set_off_from_a_ruling_out_is_not_ruled_out() -> None:
    assert ("Olaf Scholz", "visit", "Ukraine") in asserted(
        "Visiting Kyiv on Friday, German Chancellor Olaf Scholz ruled out supplying Taurus missiles to Ukraine.",
        dt.date(2024, 3, 8))
    assert ("Olaf Scholz", "warn", "Russia") in asserted(
        "Scholz ruled out sending Taurus missiles, warning Russia against escalation.", dt.date(2024, 3, 8))


@pytest.mark.parametrize("text", [
    "Any ultimatum from Pyongyang would be rejected, Seoul said, and on Monday it dismissed the latest ultimatum "
    "from North Korea.",
    "South Korea on Monday rebuffed fresh overtures from North Korea.",
    "An invitation from North Korea was rejected by South Korea on Monday.",
])
def test_an_ultimatum_overture_or_invitation_rejected_is_a_rejection_of_whom_it_came_from(text: str) -> None:
    assert ("South Korea", "reject", "North Korea") in asserted(text, dt.date(2019, 5, 13))


def test_a_request_or_proposal_summing_up_the_clause_before_is_refused_of_its_author() -> None:
    assert ("Russia", "reject", "United Kingdom") in asserted(
        "Britain has sought Lugovoi's extradition since 2007, a request Russia has always refused.",
        dt.date(2016, 1, 22))
    assert ("Japan", "reject", "South Korea") in asserted(
        "Seoul had proposed that the two sides keep talking and exchange technical data, a proposal Tokyo turned down.",
        dt.date(2019, 1, 21))
    assert ("Iran", "reject", "IAEA") in asserted("Iran refused the IAEA's request.")
    # so is a pledge or remark the sentence's speaker made
    assert ("China", "criticize", "Barack Obama") in asserted(
        "Obama said the islands were covered by the security treaty, a pledge that Beijing criticised.",
        dt.date(2014, 5, 24))
    # or an idea one called for, a text one passed
    assert ("Colombia", "reject", "Ivan Marquez") in asserted(
        "FARC commander Ivan Marquez again called for a bilateral ceasefire, an idea Bogota has rejected.",
        dt.date(2014, 11, 30))
    # (but a plan named as another's is that other's, and one only welcomed or praised is not the praiser's)
    assert ("Ukraine", "reject", "China") not in asserted(
        "China welcomed Brazil's peace initiative, an idea that Ukraine rejected.")
    assert ("Ukraine", "reject", "Brazil") in asserted(
        "China welcomed Brazil's peace initiative, an idea that Ukraine rejected.")
    assert ("Iran", "reject", "Emmanuel Macron") not in asserted(
        "Macron praised the Saudi peace plan, a plan that Iran has rejected.")
    # (a possessor names the author only of a plan, not of what was demanded of him; a position is its holder's)
    assert ("Ukraine", "reject", "Russia") in asserted(
        "Russia demanded Ukraine's neutrality, a demand that Kyiv rejected.")
    assert ("United States", "reject", "China") in asserted(
        "China restated its position on Taiwan, a position Washington rejects.")
    assert ("Turkey", "reject", "European Parliament") in asserted(
        "The European Parliament passed a resolution urging Turkey to recognise the genocide, a text Ankara rejected "
        "as null and void.", dt.date(2015, 4, 22))


def test_refusing_to_renew_or_extend_a_deal_with_another_rejects_the_other() -> None:
    # the deal's noun is the act; the verb before it only says what is done with it
    assert asserted("Kyiv has refused to extend the transit deal with Russia.", dt.date(2024, 12, 28)) == {
        ("Ukraine", "reject", "Russia")}
    assert ("Turkey", "reject", "Russia") in asserted("Turkey refused to renew the grain deal with Russia.")
    # refusing to end a deal keeps it, and declining to rule out a meeting rejects no one
    assert not asserted("Hungary refused to abandon its energy deal with Russia.")
    assert not found("Hungary refused to abandon its energy deal with Russia.")
    assert not {t for t in found("The Kremlin declined to rule out a meeting with Zelensky.") if t[1] == "reject"}
    # refusing to resume talks with another rejects him
    assert ("Israel", "reject", "Hamas") in asserted("Israel declined to resume negotiations with Hamas.")


def test_a_participle_after_a_refusal_still_ahead_is_ahead_too() -> None:
    events = {(e.source, e.relation, e.target): e.modality.value for e in extract(
        "Joe Biden will not visit Israel next week, meeting Netanyahu in Washington instead.", SEPT_2016).events}
    assert events.get(("Joe Biden", "meet", "Benjamin Netanyahu")) == "planned"


def test_a_text_vetoed_is_rejected_of_the_state_a_hyphened_author_names() -> None:
    day = dt.date(2015, 7, 8)
    triples = asserted("Russia on Wednesday vetoed a British-drafted U.N. Security Council resolution on the "
                       "Srebrenica massacre.", day)
    assert ("Russia", "reject", "United Kingdom") in triples
    assert ("Russia", "reject", "UN Security Council") not in triples
    assert ("Iran", "support", "Russia") in asserted("Iran welcomed a Russian-proposed ceasefire.", day)
    # a text's maker is no author to a drone: "Iranian-made drones" shot down are not Iran's act
    assert not {t for t in found("Ukraine shot down Iranian-made drones over Kyiv.", day) if t[2] == "Iran"}


def test_a_visa_or_entry_refused_to_someone_rejects_him() -> None:
    assert ("George Shultz", "reject", "Yasser Arafat") in asserted(
        "The Assembly moved its debate from New York after Shultz refused PLO chairman Yasser Arafat a visa.",
        dt.date(1988, 12, 16))
    assert ("Iran", "reject", "United Nations") in asserted("Iran refused entry to a U.N. inspector.")
    # denying a charge is still a denial
    assert ("Russia", "deny", "Ukraine") in asserted("Russia denied the accusations by Ukraine.")


def test_goods_refused_to_a_state_the_parser_took_for_their_modifier_reject_it() -> None:
    assert ("Luiz Inacio Lula da Silva", "reject", "Germany") in asserted(
        "Lula refused to sell Germany ammunition.", dt.date(2023, 4, 18))
