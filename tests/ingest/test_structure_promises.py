"""A promise to give aid is an offer now, beside the aid it plans; a threat or warning is aimed at whom the act
it commits to names, and that act is its content, no event of its own (ingest/intents.py, candidates.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import asserted, extract, found

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


def test_what_one_promises_that_one_would_do_is_planned_unless_it_hangs_on_a_condition() -> None:
    events = {(e.source, e.relation, e.target): e.modality for e in extract(
        "Biden promised that Washington would always support Kyiv.", dt.date(2021, 7, 19)).events}
    assert events[("Joe Biden", "support", "Ukraine")] is Modality.PLANNED
    events = {(e.source, e.relation, e.target): e.modality for e in extract(
        "Biden promised that Washington would support Kyiv if Russia invaded.", dt.date(2021, 7, 19)).events}
    assert events[("Joe Biden", "support", "Ukraine")] is Modality.HYPOTHETICAL


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


def test_a_warning_of_what_the_speaker_will_do_is_aimed_at_whom_that_act_names() -> None:
    # (a measure warned of is a threat of it, as "would halt gas supplies to Moldova" and "impose sanctions on")
    assert asserted("Russia warned that it would cut gas supplies to Moldova.") == {("Russia", "threaten", "Moldova")}
    assert ("Vladimir Putin", "warn", "Finland") in asserted(
        "Putin warned that Russia would retaliate against Finland.")


def test_a_warning_of_what_the_speaker_could_do_is_aimed_at_whom_that_act_names() -> None:
    assert ("Rex Tillerson", "warn", "Pakistan") in asserted(
        "Rex Tillerson warned on Tuesday that Washington could cut aid to Pakistan if it did not change its approach.")
    # (what one could do that is no act of force threatens no one)
    assert not any(t[1] in ("warn", "threaten") for t in found(
        "Belgium has suspended part of its aid, and the European Union has warned that it could review its "
        "assistance."))


def test_what_a_threat_threatens_is_no_event_of_its_own() -> None:
    assert found("Donald Trump threatened to impose tariffs on Mexico.") == {("Donald Trump", "threaten", "Mexico")}
    assert ("Donald Trump", "threaten", "China") in asserted(
        "Donald Trump threatened an additional 10% tariff on imports from China.")


def test_a_measure_taken_beside_a_threat_is_still_taken() -> None:
    assert ("Donald Trump", "sanction", "Canada") in asserted(
        "Donald Trump threatened Mexico and imposed tariffs on Canada.")


def test_what_one_told_others_ones_side_will_do_is_a_plan_but_what_another_must_do_is_asked() -> None:
    events = extract("German Chancellor Olaf Scholz told parliament on Wednesday that Germany would send Ukraine its "
                     "modern IRIS-T air defence system.").events
    assert [(e.source, e.relation, e.target, e.modality) for e in events] == [
        ("Germany", "aid", "Ukraine", Modality.PLANNED)]
    assert not found("Blinken told Lavrov that Russia would have to withdraw its troops from Ukraine.")


def test_an_attack_or_a_measure_its_doer_stops_is_a_concession() -> None:
    assert asserted("Russia stopped shelling Kharkiv on Tuesday.") == {("Russia", "concede", "Ukraine")}
    assert asserted("Israel ceased its attacks on Hezbollah.") == {("Israel", "concede", "Hezbollah")}
    assert {(e.relation, e.modality) for e in extract(
        "Trump told reporters that the United States would stop bombing the Houthis.").events} == {
        ("concede", Modality.PLANNED)}
    # another's attack stopped is no concession of the one who stopped it
    assert not {t for t in found("Israel stopped the attack by intercepting the Iranian drones.")
                if t[1] == "concede"}
    assert not {t for t in found("A US trade court halted Trump's tariffs on China.") if t[1] == "concede"}
    # aid stopped is none given
    assert not {t for t in found("The United States stopped sending Ukraine weapons.") if t[1] == "aid"}
    # nor backing stopped
    assert not {t for t in found("Chad stopped supporting Sudanese rebels.") if t[1] == "support"}


def test_what_one_said_would_happen_is_planned_in_each_clause_and_through_its_object_unless_conditional() -> None:
    def modality(text: str, relation: str) -> Modality | None:
        return next((e.modality for e in extract(text).events if e.relation == relation), None)

    assert modality("Sisi said he would make a return visit to Turkey.", "visit") is Modality.PLANNED
    assert modality("He said Belgium would respond by declaring Rwandan diplomats persona non grata.",
                    "expel") is Modality.PLANNED
    assert modality("Trump said that advisers would meet next week, and that he and Putin would then meet in "
                    "Budapest.", "meet") is Modality.PLANNED
    assert modality("Russia said it would impose sanctions on Moldova if it joined NATO.",
                    "sanction") is Modality.HYPOTHETICAL
    # so is one told with the one condition it waits on
    assert modality("Sunak has said British jets would strike in Yemen only with the consent of parliament.",
                    "attack") is Modality.HYPOTHETICAL
    assert modality("Erdogan said Turkey would meet Assad only after elections.", "meet") is Modality.PLANNED
    # what one would only consider, or might do, stays a hypothetical
    assert modality("Abe said Japan would consider imposing sanctions on North Korea.",
                    "sanction") is Modality.HYPOTHETICAL
    assert modality("Peskov said Putin would travel to Sochi and might meet Erdogan there.",
                    "meet") is Modality.HYPOTHETICAL


def test_a_plan_called_off_in_a_clause_after_it_did_not_happen() -> None:
    def modality(text: str) -> Modality | None:
        return next((e.modality for e in extract(text, dt.date(2017, 5, 24)).events if e.relation == "meet"), None)

    assert modality("Duterte had been due to meet Medvedev on Thursday, but the meeting was cancelled.") is \
        Modality.NEGATED
    assert modality("Duterte had also been due to meet Prime Minister Dmitry Medvedev, but both engagements were "
                    "dropped.") is Modality.NEGATED
    assert modality("Duterte will meet Medvedev on Thursday, but the two will drop the talk of sanctions.") is \
        Modality.PLANNED
    # another plan called off, or one put off, leaves this one ahead
    assert modality("Duterte will meet Medvedev on Friday, but a planned visit to Sochi was cancelled.") is \
        Modality.PLANNED
    assert modality("Duterte had been due to meet Medvedev on Thursday, but the planned meeting was called off.") is \
        Modality.NEGATED
    assert modality("Duterte will meet Medvedev on Friday, but the meeting has been delayed by a day.") is \
        Modality.PLANNED


def test_a_plan_told_in_the_past_perfect_was_overtaken() -> None:
    def modality(text: str) -> Modality | None:
        return next((e.modality for e in extract(text, dt.date(2017, 5, 24)).events if e.relation == "meet"), None)

    assert modality("Duterte had been due to meet Medvedev on Thursday.") is Modality.NEGATED
    assert modality("Putin and Duterte had been scheduled to meet in Moscow.") is Modality.NEGATED
    assert modality("Duterte is due to meet Medvedev on Thursday.") is Modality.PLANNED
    assert modality("Duterte was scheduled to meet Medvedev on Thursday.") is Modality.PLANNED
    # the sentence going on to what became of it, or a plan put off, leaves it as told
    assert modality("Duterte had been scheduled to meet Medvedev on Thursday, and the two held talks for three "
                    "hours.") is Modality.PLANNED
    assert modality("Duterte had been due to meet Medvedev on Thursday, but the meeting was postponed.") is \
        Modality.PLANNED


@pytest.mark.parametrize("text", [
    "Jordan agreed on Tuesday to let French warplanes use its air bases for strikes on Islamic State.",
    "Jordan agreed on Tuesday to allow French jets to fly missions from its air bases.",
])
def test_agreeing_to_let_another_act_agrees_with_it_and_agreeing_to_an_act_commits_to_no_target(text: str) -> None:
    assert ("Jordan", "agree", "France") in asserted(text, dt.date(2014, 9, 30))
    assert not {t for t in found("Jordan agreed on Tuesday to strike Islamic State.", dt.date(2014, 9, 30))
                if t[1] == "agree"}
    # letting a people in is no agreement with their state
    assert not {t for t in found("Jordan agreed on Tuesday to let Syrian refugees cross the border.",
                                 dt.date(2014, 9, 30)) if t[1] == "agree"}


def test_what_an_office_confirmed_would_happen_is_planned_and_what_it_confirmed_had_happened_is_done() -> None:
    planned = extract("The Elysee confirmed that Macron would visit India next week.", dt.date(2018, 3, 2))
    assert [(e.source, e.relation, e.target, e.modality) for e in planned.events] == [
        ("Emmanuel Macron", "visit", "India", Modality.PLANNED)]
    assert ("Iran", "expel", "United Kingdom") in asserted(
        "The ministry confirmed that Iran had expelled two British diplomats.", dt.date(2018, 3, 2))


def test_the_infinitive_after_a_threat_is_the_threatened_act_however_it_is_parsed() -> None:
    # the parser hangs "[to block]advcl" on "dropped": the blocking is the threat's, and the threat dropped
    events = {(e.source, e.relation, e.target): e.modality for e in extract(
        "Italy dropped its threat to block France's budget deal on Friday.").events}
    assert events.get(("Italy", "coerce", "France")) is Modality.NEGATED


def test_a_threat_to_make_someone_act_is_aimed_at_him() -> None:
    assert ("Vladimir Putin", "threaten", "Ukraine") in asserted(
        "Vladimir Putin threatened on Thursday to make Ukraine pay for Russian gas in advance.")
