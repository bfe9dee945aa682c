"""Relations of the wider PLOVER scope in one-sentence wire reports, through the real model: joint drills are
military cooperation, blasting someone without arms is criticism, forces leaving a place and withdrawing from
a city withdraw from its state (ingest/relations.py, arguments.py's located targets)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import asserted, found


def test_coordinated_forces_holding_joint_drills_cooperate() -> None:
    assert asserted("Chinese and Russian warships held joint naval drills in the Sea of Japan on Thursday.") == \
        {("China", "cooperate", "Russia")}


def test_forces_taking_part_in_drills_with_another_states_cooperate_with_it() -> None:
    assert asserted("Russian troops took part in joint drills with Serbian forces.") == \
        {("Russia", "cooperate", "Serbia")}
    assert asserted("Indian soldiers participated in exercises with U.S. troops in Alaska.") == \
        {("India", "cooperate", "United States")}


def test_forces_going_for_an_exercise_with_another_states_cooperate_with_it() -> None:
    assert ("India", "cooperate", "United States") in asserted(
        "Indian warships sailed into the Japanese port of Sasebo this week for the annual Malabar naval exercise "
        "with the U.S. Navy.")


def test_forces_in_an_exercise_told_by_its_name_or_training_alongside_anothers_cooperate() -> None:
    assert ("Australia", "cooperate", "United States") in asserted(
        "Thousands of Australian and American troops are taking part in Talisman Sabre, the biennial war games "
        "staged across Queensland.")
    assert ("United States", "cooperate", "Israel") in asserted(
        "About 2,500 U.S. troops are training alongside Israeli forces in Juniper Cobra, a biennial air and missile "
        "defence exercise.")


def test_merchant_sailors_leaving_a_state_withdraw_nothing() -> None:
    assert not asserted("Filipino sailors left Yemen after their release.")


def test_an_attack_made_as_part_of_a_campaign_stays_an_attack() -> None:
    found_here = asserted("Putin attacked Ukraine as part of his campaign.", dt.date(2018, 9, 5))
    assert ("Vladimir Putin", "attack", "Ukraine") in found_here
    assert not {t for t in found_here if t[1] == "criticize"}


def test_sailors_of_two_states_drilling_side_by_side_cooperate() -> None:
    assert ("Ukraine", "cooperate", "United States") in asserted(
        "American and Ukrainian sailors were drilling side by side in the Black Sea off Odessa this week.")
    assert not asserted("Kim and Moon stood side by side at the border.")


def test_forces_of_two_states_training_side_by_side_cooperate_though_the_field_reads_training_as_an_offer() -> None:
    assert ("United States", "cooperate", "Norway") in asserted(
        "American Marines and Norwegian troops began training side by side in the Arctic on Monday.")
    assert ("United States", "cooperate", "Indonesia") in asserted(
        "Thousands of American and Indonesian soldiers are training side by side on Sumatra.")
    # (one state's instructors training another's troops cooperate with no one)
    assert not {t for t in asserted("U.S. instructors trained Ukrainian troops.") if t[1] == "cooperate"}


def test_forces_of_two_states_who_stop_drilling_side_by_side_cooperate_no_longer() -> None:
    for text in ("U.S. and South Korean forces stopped drilling side by side in 2018.",
                 "U.S. and South Korean forces stopped training together in 2018."):
        assert not {t for t in found(text) if t[1] == "cooperate"}, text


def test_forces_of_two_states_drilling_together_cooperate() -> None:
    assert asserted("Egyptian and Russian warships have been drilling together this week in the Mediterranean.") == \
        {("Egypt", "cooperate", "Russia")}
    # states told to "exercise" restraint together are no forces drilling
    assert not {t for t in found("India and Pakistan must exercise restraint together, China said.")
                if t[1] == "cooperate"}


def test_joint_drills_with_a_partner_near_a_third_state_are_both_cooperation_and_a_show_of_force() -> None:
    assert asserted("Russia held joint drills with Belarus near the Polish border on Friday.") == \
        {("Russia", "cooperate", "Belarus"), ("Russia", "mobilize", "Poland")}


def test_forces_sailing_for_joint_drills_or_holding_days_of_them_cooperate() -> None:
    assert ("China", "cooperate", "Russia") in found(
        "Chinese and Russian warships sailed out of Qingdao on Monday for six days of joint naval drills in the Yellow "
        "Sea, Beijing's defence ministry said.")
    assert ("China", "cooperate", "Russia") in asserted("China and Russia began six days of joint naval drills.")
    assert not {t for t in found("China and Russia criticized the United States and South Korea for joint military "
                                 "drills.") if t[1] == "cooperate"}


def test_forces_leaving_a_base_named_by_what_lies_around_it_leave_its_state() -> None:
    assert ("United States", "withdraw", "Afghanistan") in asserted(
        "U.S.-led foreign forces have pulled out of Kandahar Airfield, once their second-largest base in Afghanistan, "
        "and handed it over to Afghan troops.")
    assert ("United States", "withdraw", "Niger") in asserted(
        "American troops pulled out of Air Base 101 next to Niamey's airport on Sunday.")
    assert ("China", "withdraw", "Vietnam") in asserted(
        "Beijing pulled a deep-water oil rig out of waters near the Paracel Islands in mid-July, ending a two-month "
        "standoff in which Chinese and Vietnamese ships rammed each other and deadly anti-China riots broke out in "
        "Vietnam.")
    # not a gathering or a deal left, nor where the troops go
    assert not {t for t in asserted("Russia pulled out of the Black Sea grain deal brokered in Istanbul last year.")
                if t[1] == "withdraw"}
    assert not {t for t in asserted("Poland pulled out of a summit of central European leaders in Israel on Monday.")
                if t[1] == "withdraw"}
    assert not {t for t in asserted("Israeli troops pulled back to agreed lines inside the Gaza Strip on Friday.")
                if t[1] == "withdraw" and t[2] == "Palestine"}


def test_a_joint_bombing_mission_of_two_states_warplanes_is_cooperation() -> None:
    assert ("Russia", "cooperate", "Turkey") in asserted(
        "Russian and Turkish warplanes flew their first joint bombing mission against Islamic State fighters.")
    assert not {t for t in asserted("Russian warplanes flew a bombing mission over Idlib.") if t[1] == "cooperate"}


def test_suspending_joint_exercises_holds_none() -> None:
    triples = asserted("Trump said the United States would suspend its joint military exercises with South Korea.")
    assert ("United States", "cooperate", "South Korea") not in triples


def test_blasting_a_state_without_arms_is_criticism() -> None:
    assert asserted("Turkish President Recep Tayyip Erdogan blasted Sweden on Monday after a Koran burning.") == \
        {("Recep Tayyip Erdogan", "criticize", "Sweden")}


def test_hurting_or_damaging_without_arms_is_no_attack() -> None:
    assert asserted("Venezuela has also restricted imports of Colombian goods, hurting exporters on both sides of the "
                    "border.") == {("Venezuela", "sanction", "Colombia")}
    assert asserted("Russian missiles damaged Ukrainian power plants.") == {("Russia", "attack", "Ukraine")}
    # what is harmed says it: a grid is struck, exporters lose, whatever arms the sentence names elsewhere
    assert asserted("Russian attacks damaged Ukraine's energy grid.") == {("Russia", "attack", "Ukraine")}
    assert not asserted("The U.S. tariffs hurt Chinese exporters, amid tensions over military drills near Taiwan.")
    assert not any(t[1] == "attack" for t in found(
        "China said the Canadian move would damage economic and trade cooperation between the two countries."))


def test_blasting_positions_with_jets_stays_an_attack() -> None:
    assert ("Israel", "attack", "Hamas") in asserted("Israeli jets blasted Hamas positions in Gaza on Monday.")


def test_a_persons_attack_told_in_words_is_criticism_but_one_launched_is_not() -> None:
    assert ("Donald Trump", "criticize", "Germany") in asserted(
        "Donald Trump opened a NATO summit on Wednesday with a blistering attack on Germany, telling the alliance's "
        "secretary-general that Germany was a captive of Russia.")
    assert ("Vladimir Putin", "attack", "Ukraine") in asserted(
        "Vladimir Putin launched an attack on Ukraine, telling Russians it was needed.")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        pytest.param("Macron attacked Trump's plan for Iran as dangerous.", ("Emmanuel Macron", "criticize",
                                                                           "Donald Trump"), id="a-plan-as-dangerous"),
        pytest.param("Trump attacked Merkel as weak.", ("Donald Trump", "criticize", "Angela Merkel"), id="as-weak"),
    ],
)
def test_a_persons_attack_on_a_thing_said_or_with_what_it_is_called_is_criticism(
        text: str, triple: tuple[str, str, str]) -> None:
    found_here = asserted(text, dt.date(2018, 9, 5))
    assert triple in found_here
    assert not {t for t in found_here if t[1] == "attack"}


def test_troops_leaving_a_state_withdraw_from_it() -> None:
    assert asserted("The last U.S. troops left Afghanistan on Monday, ending a 20-year war.") == \
        {("United States", "withdraw", "Afghanistan")}
    assert asserted("Blinken left Beijing on Monday.") == set()


def test_military_personnel_or_a_group_of_warplanes_leaving_a_state_withdraw_from_it() -> None:
    assert asserted("Indian military personnel have left the Maldives.") == {("India", "withdraw", "Maldives")}
    assert asserted("The first group of Russian warplanes left the Hmeimim air base in Syria on Tuesday.") == {
        ("Russia", "withdraw", "Syria")}
    assert asserted("Indian personnel have left the Maldives.") == set()  # (who they are is not told)


def test_forces_moved_from_one_state_to_another_withdraw_from_the_first() -> None:
    assert asserted("Germany moved its troops and reconnaissance jets from Turkey's Incirlik air base to Jordan.") == \
        {("Germany", "withdraw", "Turkey")}
    # moved from one's own ground to a border, they mobilise against the state beyond
    assert ("Russia", "mobilize", "Ukraine") in asserted(
        "Russia moved troops from the north to the border with Ukraine.")


def test_withdrawing_from_a_city_withdraws_from_its_state() -> None:
    assert asserted("Russian troops pulled back from Kharkiv on Monday.") == {("Russia", "withdraw", "Ukraine")}


def test_the_city_of_a_place_is_the_place_for_acts_that_land_on_its_state() -> None:
    assert asserted("Russian forces withdrew from the city of Kharkiv on Friday.") == \
        {("Russia", "withdraw", "Ukraine")}
    assert asserted("Russian forces shelled the city of Kharkiv on Sunday.") == {("Russia", "attack", "Ukraine")}


def test_troops_put_on_alert_close_to_a_border_mobilise_against_the_state_beyond() -> None:
    # the model hangs "close to the border" on the exercise, not on the verb
    assert ("Vladimir Putin", "mobilize", "Ukraine") in asserted(
        "Vladimir Putin put some 150,000 troops in western and central Russia on combat alert on Wednesday in a "
        "surprise readiness exercise, close to the border with Ukraine.")


def test_troops_massing_near_a_border_mobilise_against_the_state_beyond() -> None:
    assert asserted("Venezuelan troops massed near the Guyana border on Thursday.") == \
        {("Venezuela", "mobilize", "Guyana")}


def test_what_coordinated_states_do_jointly_is_cooperation() -> None:
    assert asserted("Japan and India jointly built a high-speed railway in 2023.") == \
        {("Japan", "cooperate", "India")}


def test_an_offer_to_host_talks_between_two_states_is_made_to_both() -> None:
    assert {("Turkey", "offer", "Russia"), ("Turkey", "offer", "Ukraine")} <= \
        asserted("Turkey offered on Monday to host talks between Russia and Ukraine.")


def test_a_company_described_by_its_state_and_its_units_stand_for_that_state() -> None:
    assert ("United States", "sanction", "China") in asserted(
        "The U.S. Treasury blacklisted two units of Chinese state shipping giant COSCO on Wednesday.")
    assert ("European Union", "sanction", "Belarus") in asserted(
        "The EU imposed sanctions on Belarusian potash producer Belaruskali.")
    assert ("Israel", "attack", "Hamas") in asserted("Israel struck the military wing of Hamas.")


def test_travel_stopped_amid_an_outbreak_is_a_precaution_not_a_sanction() -> None:
    date = dt.date(2020, 3, 2)
    triples = found("Iran has reported more deaths from the virus than any country outside China. Neighbouring states "
                    "have scrambled to contain cases among travellers returning from Iranian cities: Kuwait, Bahrain "
                    "and the UAE suspended flights to and from Iran last month.", date)
    assert not {t for t in triples if t[1] == "sanction"}
    assert ("Russia", "sanction", "Georgia") in found("Russia banned flights to Georgia after protests in Tbilisi.",
                                                      date)
    assert ("China", "sanction", "South Korea") in found(
        "China suspended visas for South Korean travellers on Thursday in retaliation for Seoul's entry curbs, as the "
        "coronavirus outbreak spread.", date)


def test_tariffs_on_goods_from_a_list_sanction_each_state_or_bloc_it_names() -> None:
    triples = asserted("The United States imposed tariffs on steel from Canada, Mexico and the European Union.")
    assert {("United States", "sanction", "Canada"), ("United States", "sanction", "Mexico"),
            ("United States", "sanction", "European Union")} <= triples


def test_a_measure_said_to_be_taken_without_its_agent_is_the_speakers() -> None:
    assert ("United Kingdom", "expel", "Russia") in found(
        "Britain said on Thursday that two Russian diplomats had been expelled.")
    # one's own people expelled by another are no expulsion by oneself
    assert found("The Kremlin said its diplomats had been expelled.") == set()
    # not one taken elsewhere, nor one a news agency reports
    assert found("Ukraine said that Russian diplomats had been expelled from Hungary.") == set()
    assert found("Interfax said that U.S. diplomats would be expelled.") == set()


def test_joint_training_of_two_states_forces_is_cooperation_however_long_it_runs() -> None:
    assert ("India", "cooperate", "United States") in asserted(
        "Indian and American soldiers began two weeks of joint training in the Rajasthan desert on Monday.")


def test_a_state_leaving_an_organisation_cuts_ties_with_it_unless_told_as_background() -> None:
    assert {("Burkina Faso", "sever", "ECOWAS"), ("Mali", "sever", "ECOWAS"), ("Niger", "sever", "ECOWAS")} <= \
        asserted("Burkina Faso, Mali and Niger quit ECOWAS on Sunday.")
    assert ("United States", "sever", "World Health Organization") in asserted(
        "The United States withdrew from the World Health Organization.")
    assert not asserted("The two sides will pursue a trade agreement once Britain leaves the European Union.")
    assert ("France", "withdraw", "Niger") in asserted("The last French troops left Niger.")
    # forces withdrawn from its mission, a person leaving its headquarters, a vote to leave: no break
    assert ("Germany", "sever", "United Nations") not in asserted("Germany withdrew its troops from the UN mission.")
    assert not asserted("Zelensky left NATO after the summit without a membership invitation.")
    assert not asserted("Britain voted to leave the European Union in 2016.")


def test_a_rupture_or_severance_of_ties_severs_them_with_the_partner() -> None:
    assert asserted("The rupture of Britain's diplomatic ties with Syria was announced on Friday.") == \
        {("United Kingdom", "sever", "Syria")}
    assert ("United Kingdom", "sever", "Syria") in asserted(
        "Britain announced the severing of diplomatic relations with Syria.")
    assert ("Morocco", "sever", "Iran") in asserted("Morocco's severance of ties with Iran came after a row.")
    assert not found("The rupture in the pipeline forced Germany to buy gas from Norway.")
    # a rupture of no ties is a row, no break
    assert not {t for t in found("Trump's rupture with Zelensky in the Oval Office on Friday shocked European "
                                 "leaders.", dt.date(2025, 3, 3)) if t[1] == "sever"}


def test_divisions_moved_up_or_closer_to_a_border_mobilise_against_the_state_beyond() -> None:
    date = dt.date(1980, 12, 2)
    assert found("Syrian armoured divisions have moved up to the Jordanian frontier.", date) == {
        ("Syria", "mobilize", "Jordan")}
    assert asserted("Russian troops moved closer to the Ukrainian border.", date) == {("Russia", "mobilize", "Ukraine")}
