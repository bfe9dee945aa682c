"""Echoes and references back: acts referred to again, 'each leader', and an object pronoun after a clause with
its own subject, each through the real model (ingest/echoes.py, coreference.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import Triple, asserted, extract, found

from diplograph.model import Modality


def test_welcoming_a_move_backs_who_made_it() -> None:
    triples = asserted("Japan imposed new sanctions on Russia on Friday. Ukraine welcomed the decision.")
    assert ("Ukraine", "support", "Japan") in triples
    triples = asserted("Britain expelled two Iranian diplomats on Monday. Germany urged calm, and Israel welcomed the "
                       "move.")
    assert ("Israel", "support", "United Kingdom") in triples


def test_welcoming_a_meeting_names_no_author() -> None:
    triples = asserted("Japan imposed new sanctions on Russia on Friday. Ukraine welcomed the meeting.")
    assert not {t for t in triples if t[0] == "Ukraine"}


def test_those_who_follow_suit_do_the_same_to_the_same_party() -> None:
    triples = asserted("The White House endorsed Juan Guaido on Wednesday. Canada and Brazil swiftly followed suit.")
    assert {("Canada", "support", "Juan Guaido"), ("Brazil", "support", "Juan Guaido")} <= triples
    triples = asserted("Lithuania expelled three Russian diplomats on Monday. Latvia and Estonia followed suit.")
    assert ("Estonia", "expel", "Russia") in triples


def test_those_who_follow_suit_do_the_act_not_its_reason_and_refuse_a_visit_refused() -> None:
    # the followers stay away from the summit too (a rejection of its host), not blame as the participle did
    triples = asserted("Brazil will not attend the summit in Caracas, the ministry said on Monday, blaming Venezuela "
                       "for the crisis, and Chile and Peru followed suit.")
    assert {("Chile", "reject", "Venezuela"), ("Peru", "reject", "Venezuela")} <= triples
    assert ("Chile", "accuse", "Venezuela") not in triples and ("Chile", "visit", "Venezuela") not in triples
    # an act not done is not followed into being
    assert not {t for t in asserted("Spain did not expel the envoy of Russia. Italy followed suit.")
                if t[0] == "Italy"}


def test_those_who_did_as_the_clause_did_do_the_same_to_the_same_party() -> None:
    triples = asserted("Saudi Arabia condemned the storming of the compound by Israel, as did Turkey and Egypt.")
    assert {("Turkey", "criticize", "Israel"), ("Egypt", "criticize", "Israel")} <= triples
    assert ("Lithuania", "expel", "Russia") in asserted("Poland expelled two Russian diplomats, as did Lithuania.")
    # a subject doing again what it did is no new party
    assert asserted("Germany criticised Russia, as it did last year.") == {("Germany", "criticize", "Russia")}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        pytest.param("Britain imposed sanctions on Moscow; Canada did the same a day later.",
                     ("Canada", "sanction", "Russia"), id="did-the-same"),
        pytest.param("Australia expelled two Russian diplomats. New Zealand did likewise.",
                     ("New Zealand", "expel", "Russia"), id="did-likewise"),
        pytest.param("The UAE agreed to normalise ties with Israel in August, and Morocco and Sudan followed later.",
                     ("Morocco", "agree", "Israel"), id="a-bare-follow-does-what-its-clause-did"),
    ],
)
def test_those_who_do_the_same_or_follow_do_what_was_told_to_the_same_party(text: str, triple: Triple) -> None:
    assert triple in asserted(text)


def test_an_infinitive_do_so_or_a_follow_with_its_own_act_echoes_nothing() -> None:
    triples = asserted("Abe travelled to Tehran in June, the first Japanese prime minister to do so in decades.")
    assert {t[1] for t in triples} <= {"visit"}
    triples = asserted("Xi visited Moscow in March, and Putin followed with a trip to Beijing in October.")
    assert ("Vladimir Putin", "visit", "Russia") not in triples
    assert not {t for t in asserted("Britain expelled the envoy of Russia. Canada did not do the same.")
                if t[0] == "Canada"}


def test_doing_the_same_echoes_only_a_plain_act_just_told_by_named_followers() -> None:
    # an act refused or blocked is not done the same way into being
    assert not {t for t in asserted("Turkey refused to sanction Russia. India did the same.") if t[0] == "India"}
    assert ("Slovakia", "aid", "Ukraine") not in asserted("Hungary vetoed the EU aid package for Ukraine. Slovakia "
                                                          "did the same.")
    # nor an act further back when the clause joined told none; nor one done to another named party
    assert ("United States", "mobilize", "Taiwan") not in asserted(
        "China held drills near Taiwan on Monday. Japan protested, and the US did the same.")
    assert ("Russia", "aid", "Ukraine") not in asserted("The US sent aid to Ukraine. Russia did the same for Syria.")
    # the last clause told is what is done again, event or not; a said-clause was said, not done
    assert not {t for t in asserted("Erdogan criticised Israel on Tuesday, but Greece stayed silent. Cyprus did the "
                                    "same.") if t[0] == "Cyprus"}
    assert not {t for t in asserted("Poland said it would send MiG-29 jets to Ukraine. Slovakia did the same.")
                if t[0] == "Slovakia"}
    assert ("United States", "threaten", "Iran") not in asserted(
        "Trump threatened to bomb Iran, and the United States did so in June.")
    assert ("Vietnam", "visit", "North Korea") not in asserted("Putin visited Pyongyang in June, and Hanoi followed.")
    # and what follows must be named: "Western sanctions followed" is no attack of the West
    assert ("the West", "attack", "Ukraine") not in asserted(
        "Russia invaded Ukraine in 2022 and Western sanctions followed.")


def test_each_leader_is_each_of_the_two() -> None:
    triples = asserted("Joe Biden and Xi Jinping met in Woodside on Wednesday. Each leader had been received "
                       "separately by Gavin Newsom's guest, Prime Minister Anthony Albanese, the day before.")
    assert {("Anthony Albanese", "host", "Joe Biden"), ("Anthony Albanese", "host", "Xi Jinping")} <= triples


def test_an_object_pronoun_after_a_clause_with_its_own_subject_is_the_main_subject() -> None:
    triples = asserted("Juan Guaido swore himself in as acting president, and within minutes the White House had "
                       "endorsed him.")
    assert ("United States", "support", "Juan Guaido") in triples


def test_speaking_alongside_someone_is_meeting_not_calling() -> None:
    triples = asserted("Speaking alongside Scholz in the chancellery, Macron said Europe must rearm.")
    assert ("Emmanuel Macron", "meet", "Olaf Scholz") in triples
    assert ("Emmanuel Macron", "call", "Olaf Scholz") not in triples


def test_having_a_meal_or_talks_with_someone_is_meeting_them() -> None:
    assert ("Emmanuel Macron", "meet", "Olaf Scholz") in asserted("Macron had lunch with Scholz on Monday.")
    assert ("Narendra Modi", "meet", "Joe Biden") in asserted("Modi had tea with Biden at the White House.")


def test_a_passive_agent_hung_on_the_manner_still_acts() -> None:
    triples = asserted("Abiy Ahmed was greeted with a long embrace by Isaias Afwerki when he landed on Sunday.")
    assert ("Isaias Afwerki", "host", "Abiy Ahmed") in triples


def test_they_who_met_are_the_one_and_the_one_dealt_with() -> None:
    triples = found("Albanese said he had raised the tariffs with Donald Trump when they met in Washington last year.")
    assert ("Anthony Albanese", "meet", "Donald Trump") in triples


def test_a_possessive_in_a_conjunct_is_the_one_the_phrase_just_named() -> None:
    triples = asserted("Germany's foreign minister, Annalena Baerbock, condemned the arrest. Russia ordered Estonia's "
                       "ambassador and all his staff to leave on Monday.")
    assert ("Russia", "expel", "Estonia") in triples
    assert not {t for t in triples if t[1] == "expel" and t[2] == "Annalena Baerbock"}


def test_a_guest_welcomed_beside_a_noun_the_parser_hangs_there_is_hosted() -> None:
    triples = asserted("Saudi Arabia's King Salman welcomed Vladimir Putin to Riyadh on Monday, the Russian "
                       "president's first visit to the kingdom in 12 years.")
    assert ("King Salman", "host", "Vladimir Putin") in triples
    assert not any(t[1] == "support" for t in triples)


def test_an_offer_or_plea_naming_no_one_goes_to_the_state_of_the_one_just_called_or_met() -> None:
    triples = found("Tayyip Erdogan and Barack Obama discussed the crisis by telephone on Tuesday. The White House "
                    "said Obama offered U.S. assistance in the investigation and urged that it be carried out "
                    "within the rule of law.", dt.date(2016, 7, 19))
    assert {("Recep Tayyip Erdogan", "call", "Barack Obama"), ("Barack Obama", "offer", "Turkey")} <= triples
    triples = asserted("Vladimir Putin met Abiy Ahmed on Wednesday and offered Russia's help in settling the dispute.")
    assert ("Vladimir Putin", "offer", "Ethiopia") in triples
    assert ("Vladimir Putin", "offer", "Russia") not in triples  # what is offered names the giver's own state


def test_a_public_call_a_purpose_or_a_plea_to_someone_unknown_goes_to_no_one_met() -> None:
    for text in ("Hakan Fidan met Ahmed al-Sharaa in Damascus. He called for sanctions on Syria to be lifted.",
                 "Volodymyr Zelensky met Giorgia Meloni in Rome. Later he said he had asked the cardinals to condemn "
                 "the war."):
        assert not {t for t in asserted(text) if t[1] == "appeal"}


def test_what_one_calls_meets_or_summons_someone_to_do_is_done_to_them() -> None:
    triples = asserted("Joe Biden called Benjamin Netanyahu to urge restraint.", dt.date(2023, 10, 19))
    assert {("Joe Biden", "call", "Benjamin Netanyahu"), ("Joe Biden", "appeal", "Benjamin Netanyahu")} <= triples
    assert ("Ethiopia", "demand", "United States") in asserted(
        "Ethiopia summoned the U.S. ambassador on Saturday to demand an explanation.", dt.date(2020, 10, 24))
    assert ("Antony Blinken", "warn", "Wang Yi") in asserted(
        "Blinken met Wang Yi to warn against arms supplies to Russia.", dt.date(2023, 10, 19))
    # called on someone to act, it is he who acts
    assert ("Joe Biden", "appeal", "Benjamin Netanyahu") in asserted(
        "Biden called on Netanyahu to show restraint.", dt.date(2023, 10, 19))
    assert not {t for t in found("Biden called on Netanyahu to show restraint.", dt.date(2023, 10, 19))
                if t[1] == "call"}


def test_an_encounter_held_in_a_phone_call_is_a_call_and_its_topic_no_party() -> None:
    triples = asserted("Blinken said Washington had put a proposal to Moscow, and he discussed it with Lavrov in a "
                       "phone call.", dt.date(2022, 12, 8))
    assert ("Antony Blinken", "call", "Sergey Lavrov") in triples
    assert ("Antony Blinken", "meet", "Sergey Lavrov") not in triples
    assert ("Antony Blinken", "call", "Russia") not in triples


def test_what_two_who_just_spoke_by_phone_discussed_is_that_call_not_a_meeting() -> None:
    text = ("Narendra Modi spoke by phone with Japanese Prime Minister Shinzo Abe on Monday. The two leaders "
            "discussed trade and regional security, Modi's office said.")
    triples = found(text, dt.date(2019, 8, 19))
    assert ("Narendra Modi", "call", "Shinzo Abe") in triples
    assert ("Narendra Modi", "meet", "Shinzo Abe") not in triples
    # so is what they are reported to have discussed, in the past perfect
    triples = found("Putin said he had spoken to U.S. President Donald Trump by telephone earlier on Tuesday and that "
                    "the two had discussed the war in Syria.", dt.date(2017, 5, 2))
    assert ("Vladimir Putin", "meet", "Donald Trump") not in triples
    # a discussion held at a venue is still a meeting
    text = ("Narendra Modi spoke by phone with Shinzo Abe on Monday. The two leaders discussed trade in Osaka on "
            "Friday.")
    assert ("Narendra Modi", "meet", "Shinzo Abe") in found(text, dt.date(2019, 6, 28))
    # and one they will discuss when they meet is a meeting planned
    text = ("Narendra Modi spoke by phone with Shinzo Abe on Monday. The two leaders will discuss trade when they "
            "meet next week.")
    planned = {(e.source, e.relation, e.target): e.modality for e in extract(text, dt.date(2019, 6, 17)).events}
    assert planned.get(("Narendra Modi", "meet", "Shinzo Abe")) is Modality.PLANNED


def test_a_talk_named_after_a_call_is_that_call_again() -> None:
    triples = found("Donald Trump and Xi Jinping spoke by telephone on Friday, their first conversation in months.",
                    dt.date(2025, 9, 19))
    assert ("Donald Trump", "call", "Xi Jinping") in triples and ("Donald Trump", "meet", "Xi Jinping") not in triples
    # (a meeting planned beside the call stays one)
    text = "Trump spoke with Xi by telephone on Friday and will discuss trade with Xi at the G20 summit in Osaka."
    planned = {(e.source, e.relation, e.target): e.modality for e in extract(text, dt.date(2019, 6, 1)).events}
    assert planned.get(("Donald Trump", "meet", "Xi Jinping")) is Modality.PLANNED


def test_a_warning_set_off_after_a_call_naming_no_one_is_addressed_to_whom_was_called() -> None:
    assert ("Donald Trump", "warn", "Xi Jinping") in asserted(
        "Donald Trump phoned Xi Jinping on Tuesday, warning that tariffs would follow.", dt.date(2018, 1, 3))
    assert ("Joe Biden", "warn", "Volodymyr Zelensky") not in asserted(
        "Joe Biden hosted Volodymyr Zelensky at the White House, warning that aid was running out.")


def test_a_participle_on_a_letter_naming_no_one_is_said_to_whom_the_letter_was_sent() -> None:
    assert asserted("Zelensky sent Biden a letter urging faster arms deliveries.", dt.date(2023, 5, 16)) == {
        ("Volodymyr Zelensky", "appeal", "Joe Biden")}
    assert asserted("Putin sent a message to Xi offering closer energy ties.", dt.date(2023, 5, 16)) == {
        ("Vladimir Putin", "offer", "Xi Jinping")}


def test_a_plea_made_in_a_letter_is_to_whom_it_was_written() -> None:
    assert ("Imran Khan", "appeal", "Narendra Modi") in asserted(
        "Imran Khan has written to Narendra Modi urging a resumption of dialogue.", dt.date(2018, 9, 20))
    # a warning written to a third party is not at him
    assert not {t for t in asserted(
        "Zarif wrote to U.N. Secretary-General Antonio Guterres, warning of the consequences of any U.S. move to "
        "block the shipments.", dt.date(2020, 5, 20)) if t[1] == "warn" and t[2] == "Antonio Guterres"}
