"""Frames and cues of wire reports, each through the real model: forces leaving a state, measures a passive
subject is hit with, aid for whom its purpose names, co-signers alongside, closing a visit, the light verbs
and object phrases the tables lacked (ingest/relations.py, targets.py, noun_events.py, arguments.py,
data/verbs.tsv)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import asserted, found


def test_forces_leaving_a_state_withdraw_from_it_but_a_leader_leaving_does_not() -> None:
    assert ("United States", "withdraw", "Afghanistan") in asserted("The last U.S. troops left Afghanistan on Monday.")
    assert not asserted("Biden left Washington for Brussels on Monday.")
    assert ("France", "withdraw", "Mali") in asserted("The last French troops left Mali for Niger on Monday.")


def test_a_passive_subject_hit_with_sanctions_is_their_target() -> None:
    assert ("United States", "sanction", "Eritrea") in asserted("Eritrea was hit with U.S. sanctions in August.")
    # an asset freeze is a measure too, no blow: "hit Russia with an asset freeze"
    assert asserted("The EU hit Russia with an asset freeze.") == {("European Union", "sanction", "Russia")}


def test_a_settlement_freeze_holds_its_own_side_back_and_lands_on_no_one() -> None:
    assert not asserted("Israel announced a settlement freeze in the West Bank on Wednesday.")
    assert not asserted("Israel imposed a freeze in the West Bank.")
    assert ("United States", "sanction", "Iran") in asserted("Washington announced a freeze on Iranian assets.")


def test_aid_goes_to_whom_its_purpose_helps() -> None:
    assert ("United Kingdom", "aid", "Ukraine") in asserted(
        "Britain provided 1.6 billion pounds to help Ukraine buy air defence missiles.")


def test_a_two_sided_act_done_alongside_someone_is_done_with_them() -> None:
    triples = asserted("Benjamin Netanyahu signed the documents alongside Bahraini Foreign Minister Abdullatif "
                       "al-Zayani on the South Lawn.")
    assert any(s == "Benjamin Netanyahu" and r == "agree" and "Zayani" in t for s, r, t in triples)


def test_ending_a_visit_is_having_made_it() -> None:
    assert ("Nancy Pelosi", "visit", "Taiwan") in asserted("House Speaker Nancy Pelosi ended a visit to Taipei.")


@pytest.mark.parametrize(("text", "relation"), [
    ("Zalmay Khalilzad ended 16 days of talks in Qatar on Tuesday with a Taliban delegation.", "meet"),
    # talks between a state and a group are negotiations (summits.talks_between_sides)
    ("Israel ended two-day talks with Hamas in Cairo on Tuesday.", "negotiate"),
    ("Israel ended the latest round of talks with Hamas on Tuesday.", "negotiate")])
def test_ending_talks_measured_out_in_days_or_rounds_is_having_held_them(text: str, relation: str) -> None:
    triples = asserted(text)
    assert any(r == relation for _, r, _ in triples)
    assert not any(r == "sever" for _, r, _ in triples)


def test_ending_talks_not_measured_out_may_still_break_them_off() -> None:
    assert ("Israel", "sever", "Hamas") in asserted("Israel ended its talks with Hamas.")
    # years of relations ended are broken, however long they ran
    assert ("Mali", "sever", "Morocco") in asserted("Mali ended 50 years of diplomatic relations with Morocco.")


def test_withdrawing_diplomatic_personnel_is_a_break_and_military_personnel_a_withdrawal() -> None:
    assert ("Venezuela", "sever", "Chile") in asserted(
        "Caracas was withdrawing its own diplomatic personnel from Argentina and Chile.")
    assert ("Russia", "withdraw", "Syria") in asserted("Russia withdrew military personnel from Syria.")


def test_cues_for_setting_foot_sending_diplomats_home_and_restricting_imports() -> None:
    assert ("Donald Trump", "visit", "North Korea") in asserted(
        "Donald Trump became the first sitting U.S. president to set foot in North Korea.")
    assert ("United Kingdom", "expel", "Russia") in asserted("Britain sent home two Russian diplomats.")
    assert ("China", "sanction", "Lithuania") in asserted("Beijing restricted imports of Lithuanian goods at customs.")


def test_a_summoned_envoy_stands_for_the_state_whose_envoy_he_is_even_when_named() -> None:
    triples = asserted("India's foreign ministry said it had summoned Canada's high commissioner, Cameron MacKay.")
    assert ("India", "protest", "Canada") in triples


def test_a_verb_coordinated_with_a_complement_shares_the_main_subject() -> None:
    assert ("India", "protest", "Pakistan") in asserted(
        "India's foreign ministry confirmed that one MiG-21 was lost and summoned Pakistan's acting high "
        "commissioner to protest.")


def test_a_sum_of_money_is_what_aid_gives() -> None:
    assert ("United States", "aid", "Colombia") in asserted("Washington provided $390 million to Colombia last year.")


def test_a_measure_on_a_states_goods_or_carriers_targets_that_state() -> None:
    assert ("European Union", "sanction", "Belarus") in asserted("The EU banned Belarusian airlines from its airspace.")
    assert ("United States", "sanction", "Iran") in asserted("The United States froze Iranian assets.")
    assert not asserted("Russia suspended its flights.")


def test_a_cameo_pattern_with_a_two_word_object_is_read_as_modifier_and_noun() -> None:
    assert ("Turkey", "cooperate", "Egypt") in asserted("Turkey upgraded diplomatic relations with Egypt.")


def test_offering_or_refusing_talks_with_someone_is_aimed_at_them() -> None:
    assert ("Imran Khan", "offer", "India") in asserted("Pakistani Prime Minister Imran Khan offered talks with India.")
    assert ("Iran", "reject", "United States") in asserted("Iran rejected direct talks with the United States.")
    # a list shares its phrase: the talks are with Japan too
    assert ("North Korea", "reject", "Japan") in asserted("Pyongyang rejected any contact or negotiations with Japan.")
    assert not any(r == "demand" for _, r, _ in asserted("Netanyahu ordered new strikes on Tehran."))


def test_an_expelled_envoy_resolved_to_the_office_holder_stands_for_his_state() -> None:
    triples = asserted("India said it would expel the Canadian diplomat.") | asserted(
        "India expelled Canada's high commissioner, Cameron MacKay.")
    assert ("India", "expel", "Canada") in triples
    assert not any(t == "Cameron MacKay" for _, _, t in triples)


def test_an_accord_coordinated_with_a_meeting_is_made_with_the_one_met() -> None:
    triples = asserted("Xi hosted Putin in Beijing and signed two joint statements.")
    assert ("Xi Jinping", "agree", "Vladimir Putin") in triples
    triples = asserted("Biden met Xi in Woodside and criticized China.")
    assert ("Biden", "criticize", "Xi Jinping") not in triples


def test_a_strike_on_a_states_province_lands_in_that_state() -> None:
    assert ("Russia", "attack", "Ukraine") in asserted(
        "Russian drones struck energy facilities in Ukraine's Kharkiv region.")


def test_pledged_support_is_support_and_pledged_money_is_aid() -> None:
    assert ("Fumio Kishida", "support", "Ukraine") in asserted("Kishida pledged Japanese support for Ukraine.")
    assert ("Japan", "aid", "Ukraine") in asserted("Japan pledged five billion dollars in aid to Ukraine.")
    # what a sum is, whatever the noun, holds whom it goes to: "$3 billion in (economic) support for Sudan"
    assert ("Qatar", "aid", "Sudan") in asserted("Qatar pledged $2 billion in economic support for Sudan.")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        pytest.param("Modi declined to meet Sharif on the sidelines of the summit.",
                     ("Narendra Modi", "reject", "Shehbaz Sharif"), id="declined-to-meet"),
        pytest.param("Hungary refused to back the EU statement on Thursday.", ("Hungary", "reject", "European Union"),
                     id="refused-to-back"),
    ],
)
def test_refusing_an_act_towards_another_rejects_them(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in asserted(text)
    assert (triple[0], "meet", triple[2]) not in found(text) and (triple[0], "support", triple[2]) not in found(text)


def test_a_refusal_that_is_denied_is_no_rejection() -> None:
    assert not {e for e in found("Germany did not refuse to send tanks to Ukraine.") if e[1] == "reject"}


def test_what_a_thing_is_denounced_as_is_no_act_of_the_speaker() -> None:
    text = "Zelensky, who has denounced the pipeline as a threat to his country's security, met Merkel."
    assert not {t for t in asserted(text) if t[1] == "threaten"}
    # a free relative names the speaker's own act: "what she described as a conversation with Trump"
    assert ("Claudia Sheinbaum", "call", "Donald Trump") in asserted(
        "Claudia Sheinbaum announced the deal after what she described as a good conversation by phone with Trump.")
    # an act done as something is the doer's
    assert ("Japan", "aid", "Turkey") in asserted("Japan sent the supplies as aid to Turkey after the earthquake.")


def test_a_comment_made_while_foretelling_is_the_speakers_own_act_now() -> None:
    assert ("Nikol Pashinyan", "accuse", "CSTO") in asserted(
        "Armenian Prime Minister Nikol Pashinyan said on Wednesday his country would leave the Russian-led "
        "Collective Security Treaty Organization, accusing some of the bloc's members of helping Azerbaijan.")
    assert ("Vladimir Putin", "accuse", "NATO") in asserted(
        "Putin said Russia would respond to the deployment, accusing NATO of provoking a crisis.")
    # so is brushing aside or rejecting others' objections as one speaks
    assert ("Andrzej Duda", "reject", "Israel") in asserted(
        "Polish President Andrzej Duda said on Tuesday he would sign the bill, brushing aside objections from Israel "
        "and the United States.")
    # not a withholding foretold, nor an answer by a body the text leaves unnamed
    assert ("Russia", "deny", "Ukraine") not in asserted(
        "Russia said it would blockade the ports, denying Ukraine its grain exports.")
    assert ("Iran", "deny", "Israel") in found(
        "The foreign ministry said Iran would retaliate, rejecting accusations from Israel.")


def test_a_comment_hung_on_anothers_foretold_act_stays_that_others() -> None:
    assert ("Joe Biden", "accuse", "NATO") not in found(
        "Biden said Putin would try to justify the war, blaming NATO for the conflict.")


def test_what_measures_target_they_sanction_and_do_not_attack() -> None:
    triples = asserted("The European Union imposed its first ever sanctions on Thursday, targeting Russia's GRU "
                       "military intelligence service.", dt.date(2020, 7, 30))
    assert triples == {("European Union", "sanction", "Russia")}
    assert ("Israel", "attack", "Hamas") in asserted("Israeli jets launched strikes on Thursday, targeting Hamas "
                                                     "positions.")
    # (a measure only spoken of leaves the attack an attack)
    assert ("Russia", "attack", "Ukraine") in asserted(
        "Russia defied the sanctions on Monday, targeting Ukraine's power grid with a wave of missiles.")


def test_those_killed_in_a_strike_by_another_states_forces_are_its_targets() -> None:
    assert ("Syria", "attack", "Turkey") in asserted(
        "33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib.")
    # (or wounded, in a second clause whose subject counts the same ones)
    assert ("Syria", "attack", "Turkey") in asserted(
        "Two Turkish soldiers were killed and five wounded in an air strike by Syrian government forces in Idlib.")
    assert not asserted("Two soldiers were killed in an explosion in Idlib.")


@pytest.mark.parametrize("text", ["Russia has denounced the build-up of NATO forces on its western flank.",
                                  "Russia denounced the deployment of NATO troops in Poland."])
def test_denouncing_the_deployment_of_forces_criticises_whose_forces_they_are(text: str) -> None:
    assert ("Russia", "criticize", "NATO") in asserted(text)


def test_blaming_the_presence_of_forces_a_state_leads_accuses_that_state_not_where_they_are() -> None:
    triples = asserted("Ahmadinejad blamed the presence of U.S.-led foreign troops in Afghanistan for the region's "
                       "insecurity.", dt.date(2012, 2, 17))
    assert ("Mahmoud Ahmadinejad", "accuse", "United States") in triples
    assert ("Mahmoud Ahmadinejad", "accuse", "Afghanistan") not in triples

