"""Dates an event's clause names only indirectly, through the real model: a deadline is not the event's day,
a purpose clause dates the trip it is the purpose of, an infinitive looks ahead with a planned event, and
each leg of a tour takes its own day (ingest/anchoring.py)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from diplograph.ingest.extract import Extractor
from diplograph.model import DatePrecision, Document, Event, Extraction
from diplograph.settings import Settings

SUNDAY = dt.date(2024, 1, 14)
THURSDAY = dt.date(2024, 4, 18)


@cache
def extractor() -> Extractor:
    return Extractor(Settings())


@cache
def extract(text: str, date: dt.date) -> Extraction:
    return extractor().extract(Document(id="dates", text=text, date=date))


def event(text: str, date: dt.date, relation: str, target: str) -> Event:
    return next(e for e in extract(text, date).events if e.relation == relation and e.target == target)


def test_a_deadline_is_not_the_day_of_the_request() -> None:
    text = "The Maldives has asked India to withdraw its military personnel from the archipelago by March 15."
    assert event(text, SUNDAY, "appeal", "India").date == SUNDAY


def test_a_purpose_clause_dates_the_trip_it_is_the_purpose_of() -> None:
    text = ("Deby, a general who took power in 2021, has also courted Moscow, travelling to the Kremlin to meet "
            "Vladimir Putin in January.")
    visit = event(text, dt.date(2024, 11, 29), "visit", "Russia")
    assert (visit.date, visit.date_precision) == (dt.date(2024, 1, 1), DatePrecision.MONTH)


def test_an_infinitive_looks_ahead_with_the_planned_meeting() -> None:
    text = "Faye is expected to travel to Gambia on Saturday to meet President Adama Barrow."
    assert event(text, THURSDAY, "meet", "Adama Barrow").date == dt.date(2024, 4, 20)
    assert event(text, THURSDAY, "visit", "Gambia").date == dt.date(2024, 4, 20)


def test_an_encounter_a_day_before_the_clause_it_times_is_dated_a_day_earlier() -> None:
    events = extract("Antony Blinken met Mahmoud Abbas on Tuesday, a day after holding talks with Benjamin Netanyahu "
                     "in Jerusalem.", dt.date(2023, 1, 31)).events
    assert {(e.target, e.date_text) for e in events if e.relation == "meet"} == \
        {("Mahmoud Abbas", "2023-01-31"), ("Benjamin Netanyahu", "2023-01-30")}
    events = extract("Emmanuel Macron flew to Beijing on Wednesday, a day after a phone call with Joe Biden.",
                     dt.date(2023, 4, 6)).events
    assert [e.date_text for e in events if e.relation == "call"] == ["2023-04-04"]


def test_a_part_of_a_named_day_dates_the_event_that_day() -> None:
    tuesday = dt.date(2021, 11, 16)
    assert event("Joe Biden and Xi Jinping held a virtual summit on Monday evening.", tuesday, "call",
                 "Xi Jinping").date == dt.date(2021, 11, 15)
    assert event("Joe Biden met Xi Jinping late on Sunday night.", tuesday, "meet",
                 "Xi Jinping").date == dt.date(2021, 11, 14)
    # but the evening of another event dates that event: "after Sunday night's missile attack"
    assert event("Joe Biden called Benjamin Netanyahu after Sunday night's missile attack.", tuesday, "call",
                 "Benjamin Netanyahu").date == tuesday


def test_each_leg_of_a_tour_takes_the_day_told_after_it() -> None:
    friday = dt.date(2023, 10, 20)
    text = "Antony Blinken flew to Egypt on Monday and to Israel on Wednesday."
    assert event(text, friday, "visit", "Egypt").date == dt.date(2023, 10, 16)
    assert event(text, friday, "visit", "Israel").date == dt.date(2023, 10, 18)
    # the parser hangs "where" on the day: the meeting is on it
    text = "Antony Blinken travelled to Egypt on Monday and then to Israel on Wednesday, where he met Netanyahu."
    assert event(text, friday, "meet", "Benjamin Netanyahu").date == dt.date(2023, 10, 18)
    assert event(text, friday, "visit", "Egypt").date == dt.date(2023, 10, 16)


def test_a_schedule_told_in_the_present_with_a_day_is_planned_and_looks_ahead() -> None:
    tuesday = dt.date(2025, 10, 28)
    visit = event("Putin travels to India next week.", tuesday, "visit", "India")
    assert visit.modality.value == "planned"
    # the parser reads "[Trump]NN [travels]NNS": still his trip, on the Wednesday ahead
    visit = event("U.S. President Donald Trump arrived in Tokyo. Trump travels on Wednesday to South Korea.", tuesday,
                  "visit", "South Korea")
    assert (visit.source, visit.modality.value, visit.date) == ("Donald Trump", "planned", dt.date(2025, 10, 29))
    assert event("Xi meets Putin every year.", tuesday, "meet", "Vladimir Putin").modality.value == "asserted"
    # a trip told as going on from here is ahead even undated
    assert event("Blinken travels on to Jordan and Qatar.", tuesday, "visit", "Qatar").modality.value == "planned"
    assert event("Putin travels on a private jet whenever he visits China.", tuesday, "visit",
                 "China").modality.value == "asserted"
    # what comes after a trip ahead is ahead too, and after one made, made
    assert event("Shinzo Abe will travel to Manila on Friday before flying to Australia.", tuesday, "visit",
                 "Australia").modality.value == "planned"
    assert event("Shinzo Abe travelled to Manila on Friday before flying to Australia.", tuesday, "visit",
                 "Australia").modality.value == "asserted"
    assert event("Lula was due to travel to the West Bank on Tuesday, before flying to Jordan.", tuesday, "visit",
                 "Jordan").modality.value == "planned"  # (the one due, whose copula the parser hangs it on, flies)
    # so is what comes after an act due or planned, and an event noun in that trip: the talks
    visit = event("Brazilian President Luiz Inacio Lula da Silva is due to address the Portuguese parliament on "
                  "Monday before travelling to Madrid for talks with Spanish Prime Minister Pedro Sanchez on "
                  "Wednesday.", tuesday, "meet", "Pedro Sanchez")
    assert (visit.modality.value, visit.date) == ("planned", dt.date(2025, 10, 29))
    assert event("Erdogan has agreed to meet Biden in Brussels before travelling to Baku.", tuesday, "visit",
                 "Azerbaijan").modality.value == "planned"
    # but not before a clause of its own told in the past: that happened
    triples = {(e.source, e.relation, e.target, e.modality.value) for e in extract(
        "Iran agreed to free the British tanker before Raab flew to Tehran for talks with Zarif.", tuesday).events}
    assert ("Dominic Raab", "visit", "Iran", "asserted") in triples
    triples = {(e.source, e.relation, e.target, e.modality.value) for e in extract(
        "Biden was expected to meet Xi before China launched military drills around Taiwan.", tuesday).events}
    assert ("China", "mobilize", "Taiwan", "asserted") in triples


def test_a_day_told_after_the_target_outside_a_list_of_legs_is_not_its_day() -> None:
    friday = dt.date(2023, 10, 20)
    assert event("Ukraine on Tuesday accused Russia of an attack on Sunday.", friday, "accuse",
                 "Russia").date == dt.date(2023, 10, 17)
    # a where-clause with a day of its own keeps it
    assert event("Biden arrived in Tel Aviv on Wednesday, where on Thursday he met Netanyahu.", friday, "meet",
                 "Benjamin Netanyahu").date == dt.date(2023, 10, 19)


def test_force_sent_for_a_purpose_is_no_attack_yet() -> None:
    """What troops are deployed or approved to fight is their purpose: the fighting is ahead (and a forbidden
    reading of the field's wire reports when asserted)."""
    day = dt.date(2020, 7, 20)
    assert event("Egypt's parliament approved the possible deployment of troops beyond the country's western border "
                 "to fight militias in neighbouring Libya.", day, "attack", "Libya").modality.value == "planned"
    # a threat to fight keeps its own frame
    assert event("Egypt threatened to fight the militias in Libya.", day, "attack", "Libya").modality.value == \
        "hypothetical"


def test_a_possessive_date_dates_what_it_owns_however_it_is_parsed() -> None:
    # "[next month's] election" parsed as owned by "peaceful" still dates the election, not the meetings
    text = ("Secretary of State Antony Blinken urged Kenya's rival presidential candidates on Monday to keep next "
            "month's election peaceful, holding separate meetings in Nairobi with President Uhuru Kenyatta.")
    assert event(text, dt.date(2022, 7, 18), "meet", "Uhuru Kenyatta").date == dt.date(2022, 7, 18)
