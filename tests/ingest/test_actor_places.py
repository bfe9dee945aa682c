"""Places below the state and personal names the tokenizer cuts, through the real model: an act that lands on
a conflict city, region or territory lands on its state (ingest/data/places.tsv), and a hyphenated given name
("Moon Jae-in") is one person (ingest/names.py)."""

from __future__ import annotations

import datetime as dt

from extracting import asserted, extract
from extracting import found as triples


def test_a_strike_on_a_conflict_city_lands_on_its_state_or_territory() -> None:
    assert ("Israel", "attack", "Palestine") in asserted("Israeli warplanes struck Khan Younis on Tuesday.")
    assert ("Russia", "attack", "Ukraine") in asserted("Russian forces shelled Kherson on Sunday.")
    borno = "Boko Haram militants attacked a village in Borno on Sunday."
    assert ("Boko Haram", "attack", "Nigeria") in asserted(borno)


def test_a_strike_on_something_in_a_capital_lands_on_its_state() -> None:
    date = dt.date(1998, 6, 5)
    assert asserted("Ethiopian warplanes bombed the airport in Asmara on Friday.", date) == {
        ("Ethiopia", "attack", "Eritrea")}
    assert asserted("Ethiopian warplanes bombed the airport in the Eritrean capital Asmara on Friday.", date) == {
        ("Ethiopia", "attack", "Eritrea")}
    assert asserted("Israeli jets struck targets in Damascus.", date) == {("Israel", "attack", "Syria")}
    # an embassy closed there breaks ties, unless for a time: a precaution
    assert asserted("Britain closed its embassy in Damascus.", date) == {("United Kingdom", "sever", "Syria")}
    assert not asserted("Thailand temporarily closed its embassy in Ankara.", date)
    assert not asserted("Germany closed its embassy in Kyiv for the time being.", date)
    # (but only what is struck there: an event told to be in a capital does not land on its state)
    assert ("United States", "attack", "Iraq") not in triples(
        "Relations plunged after a U.S. drone strike in Baghdad killed Iranian commander Qassem Soleimani.", date)
    assert ("United States", "attack", "Iraq") not in triples(
        "Relations plunged after the U.S. drone strike in the Iraqi capital in January.", date)


def test_a_strike_whose_clause_names_whom_it_killed_lands_on_them_not_on_the_state() -> None:
    date = dt.date(2020, 6, 26)
    assert asserted("A U.S. drone strike in Syria killed an al Qaeda commander.", date) == {
        ("United States", "attack", "al Qaeda")}
    assert asserted("A Russian strike in Syria killed 20 civilians.", date) == {("Russia", "attack", "Syria")}
    # (a clause that names no victim leaves it where it was)
    assert asserted("An Israeli airstrike in Lebanon angered the Lebanese government.", date) == {
        ("Israel", "attack", "Lebanon")}


def test_a_place_a_state_is_said_to_own_is_in_that_state() -> None:
    assert asserted("Israeli jets struck Syria's Hama province.") == {("Israel", "attack", "Syria")}
    assert ("Israel", "attack", "Syria") in asserted(
        "Israeli missiles struck military positions in Syria's Tartus and Hama provinces.")


def test_forces_moved_on_own_ground_at_a_border_face_the_state_across_it() -> None:
    assert ("Sudan", "mobilize", "Eritrea") in triples(
        "Sudan sent thousands of troops to its eastern Kassala state on the border with Eritrea.")
    # a place the tagger took for a name is no party: the state across the border is
    triples_found = asserted("Chinese troops began pulling back from the Galwan Valley area of the disputed "
                             "Himalayan border with India on Thursday.")
    assert ("China", "withdraw", "India") in triples_found
    assert {t for t in triples_found if t[1] == "withdraw"} == {("China", "withdraw", "India")}
    # leaving a treaty about a border is no retreat across it
    assert not triples("Russia withdrew from a 1990s treaty on its border with Estonia.")


def test_forces_withdrawing_from_or_massing_near_a_city_concern_its_state() -> None:
    assert ("Russia", "withdraw", "Ukraine") in asserted("Russian forces withdrew from Kherson on Friday.")
    assert ("Russia", "mobilize", "Ukraine") in asserted("Russian troops massed near Donetsk on Monday.")


def test_a_continent_is_no_town_of_the_state_one_of_its_towns_is_named_after() -> None:
    assert not {t for t in triples("Obama will travel to Asia next month for a Group of 20 summit.",
                                   dt.date(2016, 8, 1)) if t[2] == "Philippines"}


def test_a_place_never_becomes_an_actor_of_its_own() -> None:
    found = triples("Israeli troops raided Jenin on Tuesday.")
    assert not any("Jenin" in (source, target) for source, _, target in found)


def test_a_hyphenated_given_name_is_one_person() -> None:
    found = asserted("North Korean leader Kim Jong-un met South Korean President Moon Jae-in on Friday.")
    assert ("Kim Jong Un", "meet", "Moon Jae-in") in found
    assert ("Moon Jae-in", "meet", "Kim Jong Un") in asserted(
        "South Korean President Moon Jae-in met Kim Jong-un in Panmunjom on Friday.")


def test_a_hyphen_between_two_names_joins_no_person() -> None:
    found = triples("The Biden-Xi summit ended on Friday, and Biden-led talks failed.")
    assert not any("-" in source or "-" in target for source, _, target in found)


def test_the_state_of_a_place_an_event_lands_on_is_one_of_the_extractions_actors() -> None:
    """Named only through its place, the state still comes with the event: every event's actors are listed,
    so the `extract` records and the RDF can be written ('withdrew from Khan Younis in southern Gaza')."""
    extraction = extract("Israeli troops withdrew from the city of Khan Younis in southern Gaza on Sunday, "
                         "the army said.")
    assert ("Israel", "withdraw", "Palestine") in triples(extraction.document.text)
    listed = {actor.name for actor in extraction.actors}
    assert all(event.source in listed and event.target in listed for event in extraction.events)


def test_a_name_a_settlement_noun_introduces_is_a_place_in_the_state_its_demonym_names() -> None:
    text = "A Russian missile hit a crowded shopping centre in the central Ukrainian city of Kremenchuk on Monday."
    assert ("Russia", "attack", "Ukraine") in asserted(text)
    assert "Kremenchuk" not in {a for t in asserted(text) for a in (t[0], t[2])}
    assert ("Russia", "attack", "Ukraine") in asserted("A Russian missile hit a shopping centre in a Ukrainian city.")
    # so is a town the tagger knows for a place but no gazetteer lists: a meeting there is a visit to its state
    triples = asserted("Colombian President Juan Manuel Santos and Venezuelan President Nicolas Maduro met in the "
                       "Venezuelan city of Puerto Ordaz on Thursday.", dt.date(2016, 8, 13))
    assert {("Juan Manuel Santos", "visit", "Venezuela"), ("Nicolas Maduro", "host", "Juan Manuel Santos")} <= triples
    # (but a state named after the town's comma is its state, whatever town of that name a gazetteer knows)
    assert ("Javier Milei", "visit", "Spain") not in asserted(
        "Argentine President Javier Milei visited the city of Cordoba, Argentina, on Friday.", dt.date(2024, 6, 1))


def test_a_visit_to_a_town_is_a_visit_to_its_state() -> None:
    assert ("Luiz Inacio Lula da Silva", "visit", "China") in asserted(
        "Brazilian President Luiz Inacio Lula da Silva landed in Shanghai on Thursday.")
    assert ("Antony Blinken", "visit", "Saudi Arabia") in asserted("Antony Blinken arrived in Jeddah on Tuesday.")


def test_a_territory_whose_name_begins_with_an_actors_is_that_territory() -> None:
    # "[the West] Bank" is no mention of the West
    found = triples("Lula will travel to the West Bank on Tuesday.")
    assert ("Luiz Inacio Lula da Silva", "visit", "Palestine") in found
    assert not {t for t in found if "the West" in (t[0], t[2])}


def test_a_trip_set_off_after_a_name_is_that_persons_visit() -> None:
    assert ("Bill Clinton", "visit", "Turkey") in asserted(
        "Clinton, on a visit to Turkey, said Russia had the right to fight terrorism.", dt.date(1999, 11, 18))


def test_a_town_of_the_visitors_own_state_is_no_visit() -> None:
    assert not asserted("Russian President Vladimir Putin visited Kazan on Friday.")


def test_a_town_named_like_a_person_stays_a_person_unless_the_tagger_saw_a_place() -> None:
    found = triples("Jackson met Putin in Moscow on Friday.")
    assert ("Jackson", "meet", "Vladimir Putin") in found  # a person, though a town in the U.S. bears the name
    assert not any(actor in ("United States",) for source, _, target in found for actor in (source, target))


def test_a_town_name_two_states_share_places_neither() -> None:
    found = triples("Egyptian President Abdel Fattah al-Sisi arrived in Granada on Monday.")  # Spain's or Nicaragua's
    assert not any(relation == "visit" for _, relation, _ in found)


def test_a_visit_does_not_land_where_its_object_is() -> None:
    found = triples("Britain, Germany and Canada will head the battalions in Estonia, Lithuania and Latvia.")
    assert not any(relation == "visit" for _, relation, _ in found)


def test_a_strike_on_what_someone_holds_strikes_its_holder() -> None:
    assert ("United States", "attack", "Islamic State") in asserted(
        "U.S. forces dropped a huge bomb on tunnels used by Islamic State militants.")
    assert ("China", "coerce", "United States") in asserted(
        "A Chinese navy ship seized an underwater drone deployed by a U.S. survey vessel.")


def test_a_town_the_next_name_places_elsewhere_is_no_visit_abroad() -> None:
    assert not asserted("Joe Biden visited Birmingham, Alabama on Friday.", dt.date(2023, 6, 10))
    assert ("Li Qiang", "visit", "Germany") in asserted(
        "Chinese Premier Li Qiang arrived in Munich, Germany on Friday.", dt.date(2023, 6, 10))


def test_a_trip_to_a_town_by_someone_of_no_known_state_is_no_visit() -> None:
    assert not asserted("Treasury Secretary Janet Yellen travelled to Detroit on Monday.", dt.date(2023, 6, 10))


def test_what_someone_uses_of_an_organisations_is_not_an_attack_on_it() -> None:
    found_here = triples("Russian drones hit warehouses used by the United Nations in Odesa.", dt.date(2023, 6, 10))
    assert not any(target == "United Nations" for _, _, target in found_here)


def test_an_installation_named_in_full_is_a_place_of_the_town_that_owns_it() -> None:
    date = dt.date(2017, 11, 4)
    assert asserted("Houthi fighters fired a ballistic missile at Riyadh's King Khalid International Airport on "
                    "Saturday.", date) == {("Houthis", "attack", "Saudi Arabia")}
    assert not {t for t in triples("Ukrainian drones attacked the Black Sea Fleet in Sevastopol.", date)
                if "Fleet" in t[2]}


def test_troops_pulled_back_across_the_border_from_a_state_withdraw_from_it() -> None:
    assert ("Israel", "withdraw", "Lebanon") in asserted(
        "Israel has pulled the last of its regular troops back across the border from Lebanon, ending three years of "
        "occupation.", dt.date(1985, 6, 11))


def test_forces_going_home_from_where_their_own_phrase_puts_them_withdraw_from_its_state() -> None:
    assert ("United States", "withdraw", "Syria") in triples(
        "Most of the roughly 2,000 American troops in north-eastern Syria will come home, the White House said on "
        "Thursday.", dt.date(2018, 12, 20))
    assert ("France", "withdraw", "Mali") in asserted(
        "The first French soldiers to leave Mali pulled out on Tuesday.", dt.date(2022, 2, 22))
    # troops of no known state, or a place that is no state's, leave no one
    assert not triples("The troops in the convoy went home.", dt.date(2022, 2, 22))
    # nor forces going somewhere in the same state
    assert ("France", "withdraw", "Chad") not in triples(
        "French troops in Chad withdrew to N'Djamena after the clashes.", dt.date(2022, 2, 22))


def test_forces_going_back_to_their_bases_withdraw_from_the_border_their_sentence_names() -> None:
    assert ("Russia", "withdraw", "Ukraine") in triples(
        "More than 10,000 Russian troops are returning to their permanent bases after a month of drills in several "
        "regions, including areas near the border with Ukraine.", dt.date(2014, 12, 25))
    assert ("Vladimir Putin", "withdraw", "Ukraine") in asserted(
        "Vladimir Putin on Monday ordered troops stationed in regions bordering Ukraine to return to their permanent "
        "bases after spring exercises.", dt.date(2021, 4, 22))
    # troops back home from no show of force face no one, whatever border the sentence names
    for text in ("The troops returned to their bases after the parade.",
                 "Thai troops returned to their barracks after the coup, and the border with Cambodia remained calm.",
                 "Indian soldiers returned to their bases after flood relief work near the border with Nepal."):
        assert not {t for t in triples(text) if t[1] == "withdraw"}, text


def test_a_name_before_a_settlement_noun_is_a_place_of_the_town_after_it() -> None:
    # the model tags "Jobar" an organisation, which was attacked in its own right
    assert asserted("Tahrir al-Sham launched an offensive on the Jobar district of eastern Damascus on Sunday.",
                    dt.date(2017, 3, 20)) == {("Tahrir al-Sham", "attack", "Syria")}


def test_a_place_near_a_states_own_border_is_in_that_state() -> None:
    assert ("Russia", "attack", "Ukraine") in asserted(
        "Russian missiles struck a military training base near Ukraine's border with Poland on Sunday.")
    assert not any(t[2] == "Poland" for t in asserted(
        "Russian missiles struck a military training base near the border with Poland on Sunday."))


def test_a_capital_stands_for_the_state_it_was_the_capital_of_on_the_storys_date() -> None:
    # former_states.tsv: Moscow in 1990 is the Soviet Union, Belgrade in 1995 Yugoslavia, Kinshasa in 1996 Zaire
    assert asserted("Moscow protested to Lithuania.", dt.date(1990, 6, 1)) == {("Soviet Union", "protest", "Lithuania")}
    assert asserted("Belgrade protested to Croatia.", dt.date(1995, 6, 1)) == {("Yugoslavia", "protest", "Croatia")}
    assert asserted("Kinshasa accused Rwanda.", dt.date(1996, 11, 1)) == {("Zaire", "accuse", "Rwanda")}
    assert asserted("Belgrade protested to Croatia.", dt.date(2020, 6, 1)) == {("Serbia", "protest", "Croatia")}
    # a former state's own name and adjective always name it
    assert asserted("Yugoslav troops attacked Croatia.", dt.date(1991, 9, 1)) == {("Yugoslavia", "attack", "Croatia")}
    assert asserted("The Kremlin warned Lithuania.", dt.date(1991, 1, 10)) == {("Soviet Union", "warn", "Lithuania")}
    # its other names and capitals are read in the text too, and a dateline's city on the story's date
    date = dt.date(1989, 6, 1)
    assert asserted("The GDR accused Hungary of betrayal.", date) == {("East Germany", "accuse", "Hungary")}
    assert asserted("Washington protested to Bonn over the sale.", date) == {
        ("United States", "protest", "West Germany")}
    assert ("Helmut Kohl", "visit", "Soviet Union") in asserted(
        "MOSCOW, July 15 (Reuters) - West German Chancellor Helmut Kohl arrived on Sunday for talks with Gorbachev.",
        dt.date(1990, 7, 15))
    # told after it ended, its adjective names no one acting (a tribunal of its time is the UN's), but its forces
    assert ("Soviet Union", "attack", "Poland") in triples(
        "Russia, whose Soviet forces invaded Poland on Sept. 17, 1939, was not invited.", dt.date(2019, 9, 1))
    assert not any("Yugoslavia" in t for t in triples(
        "The U.N. Yugoslav war crimes tribunal convicted Ratko Mladic of genocide.", dt.date(2017, 11, 22)))


def test_a_place_the_tagger_ran_into_the_next_preposition_is_named_without_it() -> None:
    events = extract("Iranian boats attacked a Kuwaiti tanker in the Gulf on Monday.", dt.date(1988, 4, 18)).events
    assert [(e.source, e.relation, e.target, e.place) for e in events] == [("Iran", "attack", "Kuwait", "the Gulf")]


def test_armed_opponents_in_a_place_are_not_the_state_of_the_place() -> None:
    # the rebels Chad signs with in Qatar are no party of Qatar's; the rebels Kiev agreed with in Minsk none of Belarus'
    assert not any("Qatar" in t for t in triples(
        "Chad's military government signed a peace agreement with dozens of rebel groups in Qatar on Monday.",
        dt.date(2022, 8, 8)))
    assert not any("Belarus" in t for t in triples(
        "Poroshenko said a ceasefire that Kiev agreed with the rebels in Minsk on Sept. 5 was largely holding.",
        dt.date(2014, 9, 17)))
    # targets in a state are still the state's
    assert ("United States", "sanction", "Russia") in triples("The United States imposed sanctions on 500 targets in "
                                                            "Russia.", dt.date(2024, 2, 23))


def test_an_unknown_place_lies_where_the_settlement_set_beside_it_says() -> None:
    date = dt.date(2015, 7, 3)
    assert ("Russia", "withdraw", "Ukraine") in triples(
        "Russia pulled its troops out of Shyrokyne, a village east of the Ukrainian port of Mariupol.", date)
    # a border one lies near may be on either side
    assert not triples("Israel struck Khirbet Awad, a village near the Syrian border.", date)


def test_an_unknown_places_own_state_adjective_wins_over_a_place_it_lies_away_from() -> None:
    found = triples("Turkish drones struck Derbasiyah, a Syrian town 80 km from Mosul.", dt.date(2023, 7, 3))
    assert ("Turkey", "attack", "Syria") in found
    assert ("Turkey", "attack", "Iraq") not in found
