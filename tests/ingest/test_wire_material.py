"""Material events in one-sentence wire reports, through the real model: forces of two states drilling or
patrolling together cooperate, forces moving into or closing around a place mobilise against its state,
forces handing over a base withdraw, arms arriving in a state are aid from their maker or sender, measures
lifted are aimed at whom they were imposed on, a single missile fired at a city attacks its state, and a name
the parser takes for a second subject is the object (ingest/forces.py, ingest/material.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import asserted, extract, found


def test_relief_sent_to_no_one_named_after_a_disaster_goes_to_the_state_the_story_was_filed_from() -> None:
    text = ("BEIRUT, Aug 6 (AFP) - French President Emmanuel Macron walked through the devastated streets of Beirut "
            "on Thursday, two days after a huge explosion at the port, and told Lebanon's leaders that the country "
            "would keep sinking. Other countries, including Qatar, Kuwait and Iran, have also sent aid.")
    found_here = asserted(text, dt.date(2020, 8, 6))
    assert {("Qatar", "aid", "Lebanon"), ("Iran", "aid", "Lebanon")} <= found_here
    # no disaster told, or the donor's own state: none
    assert ("Qatar", "aid", "Lebanon") not in asserted(
        "BEIRUT, Aug 6 (AFP) - Lebanon's leaders met on Thursday. Qatar has also sent aid.", dt.date(2020, 8, 6))
    assert not {t for t in asserted("DOHA, Aug 6 (AFP) - A huge explosion hit Beirut. Qatar has sent aid, Qatar's "
                                    "foreign ministry said.", dt.date(2020, 8, 6)) if t[1] == "aid"}
    # a disaster elsewhere, told by the dateline's state, sends it nothing
    assert not {t for t in asserted("WASHINGTON, Feb 6 (Reuters) - A powerful earthquake struck Turkey on Monday, the "
                                    "United States said. Japan has also sent rescue teams.", dt.date(2023, 2, 6))
                if t[1] == "aid"}
    # arms are no relief, and a verb of blasting or a storm of words is no disaster
    assert not {t for t in asserted("KYIV, Oct 3 (Reuters) - An explosion rocked central Kyiv on Monday, Ukraine said. "
                                    "Iran has sent hundreds of drones.", dt.date(2022, 10, 3)) if t[1] == "aid"}
    assert not {t for t in asserted("WASHINGTON, Oct 3 (Reuters) - Trump blasted China over trade, drawing a storm of "
                                    "criticism in the United States. Japan has sent aid.", dt.date(2019, 10, 3))
                if t[1] == "aid"}


def test_where_aid_goes_hung_on_the_last_noun_of_a_long_list_of_goods_is_its_recipient() -> None:
    # "[to Serbia]" hangs on "supplies", inside "tonnes of relief supplies", itself hung on "teams"
    assert ("Russia", "aid", "Serbia") in asserted(
        "Russian planes have flown rescue teams, boats and tonnes of relief supplies to Serbia.", dt.date(2014, 5, 20))
    # not a 'to' inside a clause about the goods
    assert ("United Kingdom", "aid", "Syria") not in asserted(
        "Britain donated ventilators, masks and funds earmarked for refugees returning to Syria.", dt.date(2020, 5, 1))


def test_forces_of_two_states_beginning_exercises_cooperate_without_saying_joint() -> None:
    assert ("United States", "cooperate", "South Korea") in found(
        "Thousands of U.S. and South Korean soldiers began their annual Freedom Shield exercises on Monday.")
    assert ("Russia", "cooperate", "Belarus") in found(
        "Russian and Belarusian troops started large-scale military drills on Thursday.")
    assert not any(r == "cooperate" for _, r, _ in found("Russian troops began exercises near Kharkiv on Monday."))



def test_war_games_and_an_edition_of_them_are_exercises() -> None:
    assert ("Australia", "cooperate", "United States") in found(
        "Australian and U.S. forces opened the largest edition yet of their biennial Talisman Sabre war games on "
        "Sunday.", dt.date(2023, 7, 23))
    assert ("Russia", "cooperate", "China") in found("Russian and Chinese forces held war games in the Sea of Japan.")


def test_forces_joining_another_states_forces_for_drills_cooperate_with_it() -> None:
    assert ("Australia", "cooperate", "India") in asserted(
        "Australian warships joined Indian navy vessels in the Bay of Bengal on Tuesday for the Malabar exercise.")
    assert ("Belarus", "cooperate", "Russia") in asserted(
        "Belarusian units joined Russian forces on Tuesday for the second stage of drills.")
    # joining another for anything but drills is no drill together, nor in criticism of drills
    assert not asserted("Ukrainian troops joined Polish volunteers for a memorial service.")
    assert not asserted("China joined Russia in criticism of the U.S.-South Korean drills.")


def test_exercises_held_with_a_partner_cooperate_without_saying_joint() -> None:
    triples = asserted("South Africa held naval exercises with Russia and China on Friday.")
    assert {("South Africa", "cooperate", "Russia"), ("South Africa", "cooperate", "China")} <= triples
    assert not found("China would suspend its exercises with South Korea.")
    assert not found("Taiwan held exercises with live fire on Friday.")


def test_a_joint_patrol_flown_or_sailed_is_cooperation() -> None:
    assert ("China", "cooperate", "Russia") in found(
        "Chinese and Russian warships sailed a joint patrol near Alaska on Friday.")
    assert ("Russia", "cooperate", "China") in found(
        "Russian and Chinese strategic bombers flew a joint patrol over the Pacific on Wednesday.")


def test_forces_moving_into_a_place_mobilise_against_its_state() -> None:
    assert ("Turkey", "mobilize", "Syria") in found(
        "Turkish troops moved into the Syrian border town of Tal Abyad on Wednesday.")
    assert ("Russia", "mobilize", "Georgia") in found(
        "Russian forces moved into the Georgian region of South Ossetia on Friday.")
    assert ("Ukraine", "mobilize", "Russia") not in found(
        "Ukrainian troops moved into Russia's Kursk region on Tuesday amid heavy fighting.")
    # pouring in is moving in, and a count of forces moves as the forces do
    assert ("Turkey", "mobilize", "Syria") in found(
        "Hundreds of Turkish armoured vehicles and commandos have poured into Syria's Idlib region.")
    assert not found("Aid poured into Turkey after the earthquake.")
    assert not found("Thousands of NATO troops streamed into Poland for the Steadfast Defender exercise.")


def test_tanks_moving_into_a_state_mobilise_against_it_and_tanks_sent_to_one_are_arms() -> None:
    assert found("Columns of Russian tanks and combat troops have crossed into eastern Ukraine, NATO said.") == {
        ("Russia", "mobilize", "Ukraine")}
    assert found("Russian tanks have crossed into eastern Ukraine.") == {("Russia", "mobilize", "Ukraine")}
    assert found("Germany will send Leopard 2 tanks to Ukraine, Chancellor Olaf Scholz said on Wednesday.",
                 dt.date(2023, 1, 25)) == {("Germany", "aid", "Ukraine")}


def test_forces_built_up_along_a_border_mobilise_against_the_state_beyond_it() -> None:
    assert ("North Korea", "mobilize", "South Korea") in found(
        "North Korea has doubled its artillery units along the border with South Korea.")
    assert ("India", "mobilize", "China") in found("India beefed up its troops along the border with China.")
    assert not found("China increased its imports of soybeans from Brazil near the end of the year.")


def test_forces_closing_around_a_state_mobilise_unless_fighting_is_told() -> None:
    assert ("China", "mobilize", "Taiwan") in found("Chinese coast guard vessels encircled Taiwan on Thursday.")
    assert ("Turkey", "mobilize", "Syria") in found("Turkish troops surrounded the Syrian town of Afrin on Sunday.")
    assert ("Russia", "mobilize", "Ukraine") not in found(
        "Russian troops surrounded Mariupol on Tuesday after weeks of shelling that killed thousands.")


def test_forces_handing_over_a_base_withdraw_from_its_state() -> None:
    assert ("France", "withdraw", "Senegal") in found(
        "French troops handed over their last military base in Senegal on Thursday.")
    assert ("United States", "withdraw", "Iraq") in found(
        "U.S. forces handed over the Ain al-Asad air base in Iraq to Iraqi forces on Sunday.")


def test_arms_arriving_in_a_state_are_aid_from_their_maker_or_sender() -> None:
    assert ("United States", "aid", "Ukraine") in found(
        "The first U.S.-made Abrams tanks have arrived in Ukraine, President Zelensky said on Monday.")
    assert ("Egypt", "aid", "Somalia") in found(
        "A shipment of weapons from Egypt landed in Somalia on Tuesday.")
    assert not any(r == "aid" for _, r, _ in found("The Russian delegation arrived in Ankara on Monday."))


def test_lifted_measures_are_aimed_at_whom_the_relative_clause_imposed_them_on() -> None:
    assert ("Russia", "concede", "Turkey") in found(
        "Russia has lifted the restrictions it imposed in 2015 on Turkey, the Kremlin said on Friday.")
    assert ("China", "concede", "European Parliament") in found(
        "China eased the sanctions it had placed on members of the European Parliament on Wednesday.")


def test_a_single_missile_fired_at_a_city_attacks_its_state() -> None:
    assert ("Russia", "attack", "Ukraine") in found(
        "Russia fired a hypersonic missile at the Ukrainian city of Lviv on Thursday.")
    assert ("Iran", "attack", "Israel") in found("Iran launched a ballistic missile at Israel on Tuesday.")


def test_a_long_name_the_parser_takes_for_a_second_subject_is_the_object() -> None:
    triples = found("Iran's intelligence ministry said on Monday it had detained Le Monde journalist Pierre "
                    "Durand, a French citizen, in Tehran.")
    assert ("Pierre Durand", "coerce", "Iran") not in triples


def test_pausing_or_lifting_most_of_a_measure_concedes_to_whom_it_was_imposed_on() -> None:
    assert ("Joe Biden", "concede", "Canada") in found(
        "Biden agreed on Friday to hold off on imposing new duties on Canadian lumber for 90 days.")
    assert ("India", "concede", "China") in found(
        "India has lifted most of the curbs it imposed on Chinese apps in 2020, officials said.")
    assert ("United States", "concede", "Turkey") in found("The United States delayed sanctions on Turkey on Monday.")


def test_cutting_a_measure_concedes_and_imposes_nothing() -> None:
    assert ("India", "concede", "United States") in asserted("India reduced import duties on U.S. goods.")
    triples = found("Japan and the United States signed a trade deal on Monday that cuts Japanese tariffs on American "
                    "farm products.")
    assert not any(t[1] == "sanction" for t in triples)


def test_granting_an_exemption_or_a_pardon_is_a_concession() -> None:
    assert ("European Union", "concede", "Hungary") in found(
        "The European Union granted Hungary an exemption from the oil embargo on Thursday.")


def test_craft_carrying_arms_and_police_landing_in_a_state_are_aid_not_visits() -> None:
    triples = found("Three Turkish military planes carrying ammunition and drones landed in Tripoli on Sunday.")
    assert ("Turkey", "aid", "Libya") in triples
    assert ("Turkey", "visit", "Libya") not in triples
    assert ("Rwanda", "aid", "Mozambique") in found("Hundreds of Rwandan police officers landed in Mozambique.")
    assert found("Russian jets landed in Iran on Friday.") == set()
    # what it carries may be told after the landing
    assert ("New Zealand", "aid", "Fiji") in found(
        "A New Zealand air force plane landed in Fiji on Monday carrying tarpaulins and generators.")


def test_a_states_medics_arriving_in_another_state_are_aid_to_it() -> None:
    assert ("Cuba", "aid", "Liberia") in found("A contingent of Cuban doctors and nurses has arrived in Liberia.")
    assert ("Cuba", "visit", "Liberia") not in found("Cuban doctors arrived in Liberia on Wednesday.")
    assert ("Cuba", "aid", "Liberia") in found("Cuban doctors arrived in Liberia on Wednesday to help fight Ebola.")
    # medics who come for work or refuge bring no aid
    assert not found("Hundreds of Filipino nurses arrived in Saudi Arabia this month to take up jobs.")
    assert not found("Ukrainian doctors fleeing the war arrived in Poland last week.")
    assert ("Turkey", "aid", "Albania") in found("Turkish rescuers arrived in Albania after the earthquake.")


def test_warning_of_a_material_act_to_come_threatens_its_target() -> None:
    assert asserted("Iran warned on Sunday that it would strike U.S. bases in the region.") == \
        {("Iran", "threaten", "United States")}
    assert ("Russia", "threaten", "United Kingdom") in asserted("Russia vowed that it would expel British diplomats.")
    assert asserted("Russia warned that it would respond.") == set()
    assert ("United States", "threaten", "Iran") not in found(
        "The United States warned on Monday that Israel would strike Iran within days.")


def test_state_personnel_boarding_another_states_vessels_coerce_it() -> None:
    assert ("China", "coerce", "Vietnam") in asserted(
        "Chinese maritime militia personnel boarded Vietnamese fishing boats near the Paracels on Sunday.")
    assert ("Iran", "coerce", "United Kingdom") in asserted(
        "Iranian commandos boarded a British-flagged tanker in the Gulf on Friday.")
    assert asserted("Blinken boarded a plane to Beijing on Friday.") == set()



def test_sending_forces_into_a_state_attacks_it() -> None:
    assert asserted("Iraq sent troops into Kuwait in August 1990.") == {("Iraq", "attack", "Kuwait")}
    assert ("Vladimir Putin", "attack", "Georgia") in found(
        "Days later, Putin ordered his troops into Georgia, the Kremlin said.")
    assert ("Vladimir Putin", "demand", "Russia") not in asserted("Putin ordered his troops into Georgia.")
    # (but forces sent in to fight a third party there are deployed there, not at war with it)
    assert asserted("Kenya sent troops into southern Somalia in October 2011 to push back al Shabaab.",
                    dt.date(2014, 6, 16)) == {("Kenya", "mobilize", "Somalia")}
    # (only an armed group: forces sent in to push back the state's own forces attack it)
    assert ("Russia", "attack", "Ukraine") in asserted("Russia sent troops into Ukraine to push back Ukrainian forces.",
                                                       dt.date(2022, 3, 1))


def test_forces_leaving_a_town_named_by_its_states_demonym_withdraw_from_that_state() -> None:
    assert ("Russia", "withdraw", "Ukraine") in asserted(
        "Russian troops pulled out of the eastern Ukrainian town of Lyman on Saturday.")


def test_forces_retreating_from_a_place_withdraw_from_its_state_but_a_state_retreating_from_words_does_not() -> None:
    assert ("Russia", "withdraw", "Ukraine") in asserted("Russian forces retreated from Kherson on Friday.")
    assert ("Iraq", "withdraw", "Syria") in asserted("Iraqi troops retreated from Syria on Sunday.")
    assert not asserted("Iraq retreated from its demands.")


def test_forces_withdrawn_leave_the_state_a_relative_clause_on_them_posted_them_in() -> None:
    assert asserted("Chad has brought home the soldiers it deployed in neighbouring Nigeria.") == {
        ("Chad", "withdraw", "Nigeria")}
    assert ("Russia", "withdraw", "Syria") in asserted("Russia pulled out the troops it had stationed in Syria.")
    # (a deployment told of forces not withdrawn is still one: neither denied withdrawn nor recalled)
    assert ("Chad", "mobilize", "Nigeria") in found("Chad said the soldiers it deployed in Nigeria had fought.")
    assert ("Rwanda", "mobilize", "Democratic Republic of Congo") in found(
        "Rwanda denied that it had withdrawn the troops it deployed in Congo.")
    # (nor is one recalled or evacuated deployed again on the day it leaves)
    assert ("United States", "mobilize", "Afghanistan") not in found(
        "The United States evacuated the troops it had deployed in Afghanistan.")


def test_forces_leaving_the_largest_of_their_posts_in_a_state_withdraw_from_it() -> None:
    assert ("Turkey", "withdraw", "Syria") in asserted(
        "Turkish troops began withdrawing on Tuesday from the largest of their observation posts in northwest Syria.")


def test_a_package_of_aid_or_sanctions_named_by_its_compound_is_that_measure() -> None:
    assert ("United States", "aid", "Ukraine") in asserted(
        "The United States announced an $800 million military aid package for Ukraine on Friday.")
    assert ("European Union", "sanction", "Russia") in asserted(
        "The European Union adopted a new sanctions package against Russia on Friday.")
    assert not asserted("The European Union adopted a new legislative package on Friday.")


def test_a_package_of_aid_or_sanctions_named_by_its_of_phrase_is_that_measure() -> None:
    assert ("United States", "aid", "Ukraine") in asserted(
        "The Pentagon announced on Friday a $3 billion package of weapons for Ukraine.")
    assert ("European Union", "sanction", "Russia") in asserted(
        "The European Union adopted a new package of sanctions against Russia on Friday.")
    assert not asserted("The European Union adopted a package of measures for Ukraine on Friday.")
    # and the aid a sum is told in, listed with other kinds: on the sum
    assert ("United States", "aid", "Jordan") in asserted(
        "The United States announced $235 million in economic, development and humanitarian aid for Jordan.")


def test_talks_ruled_out_are_rejected_not_met() -> None:
    assert ("Ali Khamenei", "reject", "United States") in asserted(
        "Iran's Supreme Leader Ali Khamenei ruled out talks with the United States on Monday.")
    assert not any(r == "meet" for _, r, _ in found(
        "Iran's Supreme Leader Ali Khamenei ruled out talks with the United States on Monday."))


def test_an_attack_stopped_was_still_made() -> None:
    assert ("Russia", "attack", "Ukraine") in asserted(
        "Ukrainian air defences stopped a Russian missile attack on Kyiv.")


def test_a_measure_blocked_or_vetoed_is_not_taken() -> None:
    assert not asserted("Hungary blocked a European Union aid package for Ukraine.")
    assert ("European Union", "sanction", "Russia") not in asserted("Hungary vetoed new EU sanctions on Russia.")


def test_a_strike_beside_or_off_a_bearing_from_a_town_lands_in_the_towns_state() -> None:
    assert ("Israel", "attack", "Syria") in asserted("Israeli warplanes struck military targets south of Damascus.")
    assert ("Israel", "attack", "Syria") in asserted("Israeli warplanes struck targets near Damascus on Tuesday.")
    assert ("Russia", "attack", "Ukraine") in asserted("Russian forces shelled villages on the outskirts of Kharkiv.")
    # or beside a place that lies in the town
    assert ("Israel", "attack", "Syria") in asserted(
        "Israeli warplanes struck an area near the presidential palace in Damascus on Friday.")
    # or beside an installation named after the town
    assert ("Israel", "attack", "Syria") in asserted(
        "Israeli missiles struck near Damascus international airport late on Saturday.", dt.date(2023, 9, 2))


def test_a_place_outside_a_state_named_by_itself_is_not_in_it() -> None:
    assert not any(o == "Iran" for _, _, o in found("Turkish jets struck targets outside Iran."))


def test_an_abbreviated_state_before_led_leads_as_a_spelled_one_does() -> None:
    assert ("United States", "attack", "Syria") in asserted(
        "U.S.-led coalition warplanes struck Syrian army positions near Deir ez-Zor on Saturday.")


def test_a_states_forces_posted_in_the_passive_mobilise_against_the_state_beyond() -> None:
    assert ("Belarus", "mobilize", "Ukraine") in asserted(
        "Belarusian troops have been deployed in large numbers along the border with Ukraine.")
    assert ("Russia", "mobilize", "Ukraine") in asserted(
        "Thousands of Russian troops were massed near the Ukrainian border.")
    assert not asserted("Russian troops were attacked near Kharkiv.")


def test_forces_sent_to_a_border_or_a_state_mobilise_as_deployed_ones_do() -> None:
    assert ("United States", "mobilize", "Mexico") in asserted(
        "The United States is sending 1,500 troops to the border with Mexico.")
    assert ("United States", "mobilize", "Poland") in asserted(
        "The United States is sending about 1,700 paratroopers to Poland.")
    assert not any(r == "mobilize" for _, r, _ in found("The United States sent humanitarian aid to Gaza."))
    assert not any(r == "mobilize" for _, r, _ in found("Chinese peacekeepers were deployed to South Sudan."))


def test_troops_reaching_a_place_or_a_ship_attacked_off_a_port_are_no_visit_and_no_landing() -> None:
    assert not any(r == "visit" for _, r, _ in found("Russian troops reached the outskirts of Kyiv."))
    assert not any(o == "Yemen" for _, _, o in found("Houthi rebels attacked a cargo ship off Hodeidah."))


def test_taking_a_town_by_force_assaults_whom_it_is_taken_from_else_its_state() -> None:
    assert ("YPG", "attack", "Islamic State") in asserted(
        "The Kurdish YPG militia captured the town of Manbij from Islamic State earlier this month.")
    assert ("Russia", "attack", "Ukraine") in asserted("Russian troops captured the city of Bakhmut on Saturday.")


def test_seizing_a_person_or_a_thing_is_no_assault_and_taking_someone_somewhere_no_capture() -> None:
    assert not any(r == "attack" for _, r, _ in found("Israel captured Hamas commander Yahya Sinwar."))
    assert ("Iran", "coerce", "United Kingdom") in asserted("Iran seized a British tanker.")
    assert not any(r == "attack" for _, r, _ in found("Macron took Modi to the Louvre."))


def test_a_package_of_equipment_given_to_a_state_aids_it() -> None:
    assert ("United Kingdom", "aid", "Ukraine") in found(
        "Britain will give Ukraine a 50 million pound package of air defence equipment, Sunak said.")


@pytest.mark.parametrize(("text", "triple"), [
    ("China lifted extra tariffs on the United States on Friday.", ("China", "concede", "United States")),
    ("Washington scrapped tariffs on Mexican steel.", ("United States", "concede", "Mexico")),
    ("Washington rolled back sanctions on Venezuela.", ("United States", "concede", "Venezuela")),
])
def test_a_measure_lifted_suspended_or_scrapped_is_a_concession(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in asserted(text)
    assert not {t for t in found(text) if t[1] == "sanction"}


def test_forces_handing_land_back_withdraw_in_favour_of_whom_they_hand_it_to() -> None:
    assert ("Armenia", "withdraw", "Azerbaijan") in asserted(
        "Armenian forces handed the Lachin district back to Azerbaijan on Tuesday.")


def test_a_crowd_marching_on_an_embassy_protests_but_troops_marching_do_not() -> None:
    assert ("Bangladesh", "protest", "France") in asserted(
        "Tens of thousands of protesters marched towards the French embassy in Dhaka on Tuesday.")
    assert not {t for t in found("Russian troops marched toward Kyiv.") if t[1] == "protest"}


def test_days_of_exercises_are_the_exercises() -> None:
    assert ("China", "cooperate", "Russia") in asserted(
        "Chinese and Russian warships began eight days of joint naval exercises on Monday.")


def test_instructors_sent_to_a_state_help_it_and_troops_that_might_be_sent_are_not_sent() -> None:
    assert not any(r == "mobilize" for _, r, _ in found(
        "Moscow sent a small contingent of military instructors to Burkina Faso in January."))
    assert not any(r == "mobilize" for _, r, _ in found(
        "Macron had angered Berlin by refusing to rule out sending Western troops to Ukraine."))


def test_a_team_told_by_its_civilian_service_is_no_force_whatever_its_name() -> None:
    date = dt.date(2020, 4, 28)
    assert not any(r == "mobilize" for _, r, _ in found("Cuba has sent medical brigades to Italy.", date))
    assert ("Russia", "mobilize", "Ukraine") in found("Russia sent two brigades to the border with Ukraine.", date)
    assert ("Russia", "mobilize", "Ukraine") in found("Russia sent emergency brigades to the border with Ukraine.",
                                                      date)


@pytest.mark.parametrize("text", [
    "Russia sent paratroopers to Kazakhstan on Thursday at the request of President Tokayev.",
    "Rwanda sent 1,000 soldiers to Mozambique to fight insurgents in Cabo Delgado.",
    "Israel sent 150 soldiers to Turkey to help with earthquake rescue efforts.",
    "The U.S. sent 1,000 marines to Norway for the Cold Response exercise.",
])
def test_troops_sent_to_help_or_to_drill_mobilise_against_no_one(text: str) -> None:
    assert not any(r == "mobilize" for _, r, _ in found(text))


@pytest.mark.parametrize(("text", "triple"), [
    ("Australia is sending police and defence force personnel to Solomon Islands at the request of Prime Minister "
     "Manasseh Sogavare.", ("Australia", "aid", "Solomon Islands")),
    ("Rwanda sent 1,000 soldiers to help Mozambique fight insurgents.", ("Rwanda", "aid", "Mozambique")),
    ("Israel sent 150 soldiers to Turkey to help with earthquake rescue efforts.", ("Israel", "aid", "Turkey")),
    ("Riyadh sent troops into Bahrain in March to help quell protests.", ("Saudi Arabia", "aid", "Bahrain")),
])
def test_forces_sent_to_help_a_state_are_aid_to_it(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in found(text)


@pytest.mark.parametrize("text", [
    "The U.S. sent 1,000 marines to Norway for the Cold Response exercise.",
    "Turkey sent troops to Iraq to fight the PKK.",
    "Japan sent troops to Djibouti to protect its ships.",
    "Serbia sent police to Kosovo.",
])
def test_forces_sent_to_drill_fight_or_guard_somewhere_are_no_aid_to_its_state(text: str) -> None:
    assert not any(r == "aid" for _, r, _ in found(text))


def test_forces_sent_into_a_state_to_help_it_are_no_invasion_and_without_help_are() -> None:
    assert not any(r == "attack" for _, r, _ in found("Riyadh sent troops into Bahrain in March to help quell "
                                                       "protests."))
    assert ("Russia", "attack", "Ukraine") in found("Russia sent troops into Ukraine on Thursday.")


def test_weapons_announced_for_a_state_are_aid_and_so_is_body_armour_shipped() -> None:
    assert ("United States", "aid", "Ukraine") in found("The United States announced on Friday another $2.5 billion "
                                                        "in weapons for Ukraine, including armoured vehicles.")
    assert ("Japan", "aid", "Ukraine") in found("Tokyo will ship bulletproof vests and helmets to Ukraine.")
    # weapons named without whom they are for, or said to be a target, are none
    assert not found("Russia said Western weapons would be legitimate targets.")
    assert not found("Hamas used weapons smuggled from Iran.")


def test_arms_bought_from_a_state_are_its_aid_and_oil_bought_is_trade() -> None:
    assert {("United States", "aid", "India"), ("France", "aid", "India")} <= asserted(
        "India has increasingly bought weapons from the United States and France in recent years.")
    assert ("Russia", "aid", "Turkey") in asserted("Turkey bought S-400 missiles from Russia.")
    assert not asserted("India bought oil from Russia.")
    assert not asserted("India stopped buying weapons from Russia.")
    assert not asserted("Turkey bought helicopters from Italy.")


def test_goods_sent_or_delivered_to_a_state_or_for_its_people_are_aid_and_a_message_is_not() -> None:
    assert ("India", "aid", "Afghanistan") in found("India has sent medicines and vaccines to Afghanistan.")
    assert ("India", "aid", "Afghanistan") in found("India sent food for the Afghan people.")
    assert ("Germany", "aid", "Ukraine") in found("Germany delivered tanks to Ukraine.")
    assert ("United States", "aid", "Ukraine") in found("The U.S. delivered artillery shells to Ukraine.")
    assert not any(r == "aid" for _, r, _ in found("Kamala Harris delivered a message to Guatemala."))
    assert not any(r == "aid" for _, r, _ in found("Tehran denied sending drones for use in Ukraine."))


@pytest.mark.parametrize(("text", "triple"), [
    ("Slovakia has given its S-300 air defence system to Ukraine.", ("Slovakia", "aid", "Ukraine")),
    ("French troops pulled out of their base in the desert city of Timbuktu.", ("France", "withdraw", "Mali")),
    ("Russian and Chinese warships began a week of joint naval exercises.", ("Russia", "cooperate", "China")),
    ("The U.N. Security Council lifted an arms embargo and targeted sanctions on Eritrea.",
     ("UN Security Council", "concede", "Eritrea")),
])
def test_wire_reports_of_aid_retreat_and_drills_in_other_words(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in found(text)


def test_what_is_done_at_someones_request_was_asked_of_the_doer() -> None:
    assert ("Manasseh Sogavare", "appeal", "Australia") in found(
        "Australia is sending police to Solomon Islands at the request of Prime Minister Manasseh Sogavare.")
    assert ("Kassym-Jomart Tokayev", "appeal", "Russia") in found(
        "Russia sent paratroopers to Kazakhstan on Thursday at Tokayev's request.")


def test_a_sum_of_aid_cut_is_no_aid() -> None:
    assert not any(r == "aid" for _, r, _ in found("The EU cut $200 million in aid to Niger after the coup."))
    assert not any(r == "aid" for _, r, _ in found("Denmark held back $9 million in aid to Uganda."))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        pytest.param("The World Bank has postponed a $90 million loan to Uganda.", ("World Bank", "sanction", "Uganda"),
                     id="postponed-loan"),
        pytest.param("Norway said it would withhold aid to the Ugandan government.", ("Norway", "sanction", "Uganda"),
                     id="withhold-aid"),
        pytest.param("The Netherlands froze a subsidy to Uganda's justice system.",
                     ("Netherlands", "sanction", "Uganda"), id="froze-subsidy"),
        pytest.param("The EU cut $200 million in aid to Niger after the coup.", ("European Union", "sanction", "Niger"),
                     id="cut-a-sum-in-aid"),
        pytest.param("Denmark held back $9 million in aid to Uganda.", ("Denmark", "sanction", "Uganda"),
                     id="held-back"),
    ],
)
def test_aid_or_loans_withheld_from_a_state_sanction_it(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in found(text)
    # what the funding was for, when it is an actor, is sanctioned too
    assert ("United States", "sanction", "UNRWA") in found("Washington cut funding for UNRWA.")


def test_arms_a_state_is_handed_as_the_second_object_are_aid() -> None:
    assert ("Russia", "aid", "Serbia") in found("Russia handed Serbia six fighter jets.", dt.date(2016, 12, 21))
    assert not any(r == "aid" for _, r, _ in found(
        "Armenian separatists handed over their weapons to Azerbaijan.", dt.date(2023, 9, 25)))


@pytest.mark.parametrize("text", ["Russia flew dozens of drones into Ukraine overnight.",
                                  "The first Ukrainian grain ship came to Turkey on Monday.",
                                  "Hezbollah handed over its weapons to the Lebanese army."])
def test_what_is_flown_shipped_or_handed_over_goes_and_its_sender_visits_or_aids_no_one(text: str) -> None:
    assert not any(r in ("visit", "aid") for _, r, _ in found(text))


def test_missiles_or_drones_flown_to_a_state_are_arms_delivered_to_it() -> None:
    assert ("United Kingdom", "aid", "Ukraine") in asserted("Britain flew anti-tank missiles to Ukraine on Tuesday.",
                                                           dt.date(2022, 1, 18))
    assert ("Turkey", "aid", "Ukraine") in asserted("Turkey flew Bayraktar drones to Ukraine.", dt.date(2022, 1, 18))
    # (not those flown into it: they strike)
    assert not any(r == "aid" for _, r, _ in found("Russia flew dozens of Iranian drones into Ukraine overnight."))


def test_a_states_fleet_acts_for_it_though_the_fleet_is_no_actor() -> None:
    assert ("Russia", "attack", "Ukraine") in asserted("Russia's Black Sea Fleet fired cruise missiles at Odesa.")


def test_an_installation_of_a_town_of_two_words_is_in_its_state() -> None:
    assert ("Hamas", "attack", "Israel") in asserted(
        "Hamas fired a missile at Tel Aviv's Ben Gurion International Airport.")


def test_troops_a_state_only_considers_sending_are_not_sent() -> None:
    assert not found("Britain is considering whether to send troops to Ukraine.")


def test_relief_flown_or_ferried_to_a_state_is_aid() -> None:
    assert ("United States", "aid", "India") in asserted(
        "A U.S. military plane carrying oxygen cylinders, regulators and rapid coronavirus test kits landed in New "
        "Delhi on Friday.")
    assert ("United States", "aid", "Haiti") in asserted(
        "U.S. military helicopters ferried food, water and medical supplies to Haiti's storm-battered southwest on "
        "Sunday.")
    assert not found("A plane carrying the foreign minister landed in Kabul.")


def test_trucks_carrying_relief_across_a_border_are_aid_not_a_deployment() -> None:
    triples = asserted("Turkish trucks carrying food and blankets crossed into Syria on Friday for the quake's "
                       "survivors.")
    assert ("Turkey", "aid", "Syria") in triples
    assert ("Turkey", "mobilize", "Syria") not in triples
    # nor is trade: "carrying grain"
    assert not asserted("Ukrainian trucks carrying grain crossed into Poland, angering Polish farmers.")
    assert not asserted("Jordanian trucks crossed into Syria for the first time in years.")


def test_aid_landing_at_a_named_base_goes_to_the_bases_state_not_to_its_name() -> None:
    triples = asserted("A Jordanian plane carrying medicine landed at the Nevatim air base in southern Israel.")
    assert triples == {("Jordan", "aid", "Israel")}


def test_forces_of_two_states_opening_their_exercises_cooperate() -> None:
    assert ("Japan", "cooperate", "India") in asserted(
        "Japanese and Indian troops opened their annual Dharma Guardian exercises on Monday.")
    assert not asserted("Turkey opened its airspace to Israeli flights.")  # no closing reversed


def test_a_strike_near_a_capital_lands_in_its_state_and_one_on_a_groups_targets_on_the_group() -> None:
    assert ("Israel", "attack", "Syria") in asserted("Israeli warplanes fired missiles at a base near Damascus.")
    assert ("Israel", "attack", "Hezbollah") in asserted(
        "Israeli warplanes struck targets of the Lebanese militant group Hezbollah on Friday.")
    assert not asserted("NATO opened a base near Russia.")


def test_rolling_out_sanctions_imposes_them_and_rolling_them_back_concedes() -> None:
    assert asserted("China rolled out new sanctions on Japan.") == {("China", "sanction", "Japan")}
    assert ("China", "concede", "Japan") in asserted("China rolled back sanctions on Japan.")


def test_craft_carrying_goods_to_a_state_deliver_them_and_make_no_visit() -> None:
    triples = found("Iranian cargo planes carrying fruit and vegetables have flown to Doha, Iran's national airline "
                    "said.")
    assert ("Iran", "aid", "Qatar") in triples
    assert ("Iran", "visit", "Qatar") not in triples
    assert ("Australia", "aid", "Indonesia") in found(
        "Australian air force transport planes airlifted tents, water purification units and medical supplies into "
        "the quake-hit Indonesian city of Palu.")


def test_the_state_goods_are_sent_is_their_recipient_however_the_parser_hangs_it() -> None:
    assert ("Germany", "aid", "Ukraine") in found("Germany will send Kyiv more weapons.")
    assert ("Russia", "aid", "Syria") in found("Russia shipped Syria thousands of tonnes of wheat.")
    assert ("Germany", "aid", "Ukraine") in found("Germany will send Ukraine howitzers.")  # a compound of the goods
    # or a modifier of them, whatever the tagger took the name for ("[Kyiv]JJ", "[Taiwan]nmod")
    assert ("United States", "aid", "Ukraine") in found("Washington sent Kyiv rocket launchers.")
    assert ("United States", "aid", "Taiwan") in found("Washington sent Taiwan F-16 fighter jets.")
    # a name of the goods is no recipient when a 'to' names one
    assert found("Germany will send Leopard 2 tanks to Ukraine, Chancellor Olaf Scholz said on Wednesday.") == {
        ("Germany", "aid", "Ukraine")}


def test_what_is_fired_at_a_state_or_carried_by_bombers_is_no_aid() -> None:
    assert not {t for t in found("The Houthis sent Israel another ballistic missile on Thursday.") if t[1] == "aid"}
    assert not {t for t in found("Hamas sent Israel a barrage of rockets overnight.") if t[1] == "aid"}
    triples = found("Two Russian bombers carrying nuclear-capable missiles flew to Venezuela for exercises.")
    assert ("Russia", "aid", "Venezuela") not in triples


def test_a_lender_approving_money_for_a_state_aids_it_whatever_the_sum_hangs_on() -> None:
    assert ("International Monetary Fund", "aid", "Argentina") in asserted(
        "The International Monetary Fund's executive board on Friday approved a 30-month program worth about "
        "$44 billion for Argentina.")
    assert ("European Union", "aid", "Ukraine") in asserted("The EU approved a 50 billion euro loan for Ukraine.")
    assert not asserted("The Senate approved a program for schools.")
    assert not asserted("Congress approved a sanctions package for Russia.")


def test_forces_fighting_beside_another_states_cooperate_with_it_and_attack_no_one_there() -> None:
    text = ("Several thousand Chinese soldiers fought alongside Russian units in eastern Siberia on Thursday as the "
            "Vostok-2018 manoeuvres reached their main phase.")
    assert found(text) == {("China", "cooperate", "Russia")}
    assert not found("Eritrean soldiers have fought alongside Ethiopian federal forces in Tigray.")


def test_warplanes_sent_to_a_border_mobilise_against_the_state_beyond_and_sent_to_a_state_are_arms() -> None:
    assert found("China sent fighter jets to its border with Myanmar.") == {("China", "mobilize", "Myanmar")}
    assert ("United States", "aid", "Ukraine") in found("The United States sent fighter jets to Ukraine.")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        pytest.param("Two American B-1B supersonic bombers swept low over South Korea on Tuesday in a show of force "
                     "against North Korea.", ("United States", "mobilize", "North Korea"), id="show-of-force-against"),
        pytest.param("Britain will send a patrol ship to waters off Guyana, in a show of force aimed at Venezuela.",
                     ("United Kingdom", "mobilize", "Venezuela"), id="show-of-force-aimed-at"),
    ],
)
def test_an_act_done_as_a_show_of_force_mobilises_against_whom_it_is_aimed_at(
        text: str, triple: tuple[str, str, str]) -> None:
    assert triple in found(text)
    assert not any(r == "mobilize" for _, r, _ in found("China staged a show of force near Taiwan."))



def test_money_lent_or_goods_provided_with_the_recipient_as_object_are_aid() -> None:
    assert ("International Monetary Fund", "aid", "Egypt") in asserted("The IMF lent Egypt $3 billion.")
    assert ("Germany", "aid", "Ukraine") in asserted("Germany provided Ukraine with $1 billion in aid.")
    assert ("Japan", "aid", "India") in asserted("Japan provided India with loans for the railway.")
    # any of the goods whose sending is aid: "Patriot systems", "vaccines"
    assert ("United States", "aid", "Ukraine") in asserted("The United States provided Ukraine with Patriot systems.")
    assert ("Germany", "aid", "Ukraine") in asserted("Germany pledged 40 billion euros in military aid for Ukraine.")
    # (not goods a market provides: grain)
    assert not asserted("Russia provided Egypt with cheap wheat last year, buying Egyptian pounds in return.")
    assert not asserted("Russia provided the UN with evidence.")


def test_rescuers_or_a_medical_team_sent_to_a_state_are_aid_to_it() -> None:
    assert ("Turkey", "aid", "Albania") in asserted("Turkey is sending a search-and-rescue team to Albania.")
    assert ("Cuba", "aid", "Italy") in asserted("Cuba sent a medical team to Italy.")
    assert ("United States", "aid", "Ukraine") not in asserted("The US sent a medical and military team to Ukraine.")


def test_arms_promised_by_a_state_arriving_in_another_are_its_aid_and_their_name_is_no_actor() -> None:
    date = dt.date(2022, 11, 7)
    extraction = extract("The first NASAMS air defence systems promised by Washington have arrived in Ukraine, "
                         "Defence Minister Oleksii Reznikov said on Monday.", date)
    assert {(e.source, e.relation, e.target) for e in extraction.events} == {("United States", "aid", "Ukraine")}
    assert not {a.name for a in extraction.actors if "NASAMS" in a.name}


def test_forces_backing_or_advising_another_states_forces_give_military_aid() -> None:
    assert {("France", "aid", "Mali"), ("United States", "aid", "Mali")} <= found(
        "Malian troops backed by French and U.S. special forces stormed a luxury hotel in Bamako on Friday.",
        dt.date(2015, 11, 20))
    assert ("Canada", "aid", "Iraq") in found(
        "Dozens of Canadian special forces soldiers are also advising Iraqi forces in the north of the country.",
        dt.date(2015, 11, 3))
    # a state's or a leader's backing is support
    assert ("France", "support", "Mali") in found("France backed Mali's government.", dt.date(2015, 11, 20))


def test_sparing_something_of_a_measure_concedes_to_whom_it_was_imposed_on() -> None:
    assert asserted("Canada exempted a repaired pipeline turbine from its sanctions on Russia.",
                    dt.date(2022, 7, 9)) == {("Canada", "concede", "Russia")}
    # (a state spared is conceded to, not the measure's target)
    assert ("European Union", "concede", "Russia") not in asserted(
        "The EU exempted Hungary from its ban on Russian oil imports.", dt.date(2022, 6, 3))


def test_praising_a_bond_with_someone_supports_them() -> None:
    assert ("Kim Jong Un", "support", "Russia") in asserted(
        "In a message to Vladimir Putin, Kim Jong Un hailed strategic and tactical cooperation, support and "
        "solidarity with Russia.", dt.date(2022, 8, 15))
    assert ("Kim Jong Un", "support", "Russia") in asserted("Kim Jong Un praised cooperation with Russia.",
                                                            dt.date(2022, 8, 15))
    # (a stance held is no praise)
    assert not asserted("Wickremesinghe has favoured closer ties with India and Japan.", dt.date(2018, 10, 27))


def test_relief_brought_to_people_or_places_no_actor_names_goes_to_the_state_they_are_in() -> None:
    assert ("United States", "aid", "Pakistan") in asserted(
        "U.S. Army helicopters have begun ferrying food to flood-stricken villages in Pakistan's Swat valley.",
        dt.date(2010, 8, 5))
    assert ("United States", "aid", "Pakistan") in asserted(
        "American helicopters have been ferrying tents into Pakistan's quake-shattered Kashmir.",
        dt.date(2005, 10, 14))
    assert ("United Kingdom", "aid", "Iraq") in asserted(
        "British transport planes dropped food and water on Saturday to Yazidi families in northern Iraq.",
        dt.date(2014, 8, 10))
    # (not the givers' own state, nor a place the story puts nowhere)
    assert not {t for t in asserted("Pakistani army helicopters ferried food to villages in Pakistan's Swat valley.",
                                    dt.date(2010, 8, 5)) if t[1] == "aid"}
    assert not {t for t in asserted("British planes dropped food to stranded families.", dt.date(2014, 8, 10))
                if t[1] == "aid"}


def test_a_craft_sent_laden_with_relief_brings_it_where_it_is_sent() -> None:
    assert ("India", "aid", "Myanmar") in asserted(
        "New Delhi dispatched two navy ships laden with rice, tents and medicines to Myanmar on Thursday.",
        dt.date(2023, 5, 19))
    assert ("Turkey", "aid", "Somalia") in asserted(
        "Turkey flew a military plane carrying doctors and medical supplies into Mogadishu on Sunday.",
        dt.date(2017, 10, 16))
    # (or that land in a state loaded with it)
    assert ("United Arab Emirates", "aid", "Libya") in asserted(
        "Emirati cargo planes loaded with food and tents landed in Benghazi on Thursday.", dt.date(2023, 9, 14))
    assert not {t for t in asserted("Trucks loaded with grain crossed into Poland.", dt.date(2023, 9, 14))
                if t[1] == "aid"}
    # (war craft bearing arms bring no aid, whether carrying them or loaded with them)
    assert not {t for t in asserted("Two Russian bombers loaded with cruise missiles landed in Venezuela.",
                                    dt.date(2018, 12, 10)) if t[1] == "aid"}
    assert not {t for t in asserted("Russia sent two warships carrying cruise missiles to Syria.", dt.date(2016, 8, 19))
                if t[1] == "aid"}


def test_munitions_dropped_or_drones_flown_into_a_place_are_no_aid() -> None:
    assert not {t for t in found("Russian helicopters dropped shells into villages in Ukraine's Kharkiv region.",
                                 dt.date(2022, 10, 1)) if t[1] == "aid"}
    assert not {t for t in found("Russian drones dropped munitions into Ukrainian trenches near Bakhmut.",
                                 dt.date(2022, 10, 1)) if t[1] == "aid"}
    assert not {t for t in found("Russia flew drones into villages in Ukraine's Kharkiv region.", dt.date(2022, 10, 1))
                if t[1] == "aid"}
    # (relief dropped to people is)
    assert ("Jordan", "aid", "Palestine") in asserted("Jordanian planes dropped food to families in northern Gaza "
                                                      "on Saturday.", dt.date(2024, 3, 2))
