"""Writes docs.jsonl and gold.json of five fresh practice reports, written after the first fixes to check that
they generalise (not tuned on). Real 2017-2025 events in our own words. Run from this folder: python build.py"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "practice_cues"))
from build import ACTORS, person, state, t  # noqa: E402

ACTORS = {
    **ACTORS,
    "Belarus": state("Minsk", "Belarusian"),
    "Latvia": state("Riga", "Latvian"),
    "Mexico": state("Mexico City", "Mexican"),
    "Peru": state("Lima", "Peruvian"),
    "Denmark": state("Copenhagen", "Danish"),
    "Finland": state("Helsinki", "Finnish"),
    "Alexander Lukashenko": person("Belarus", "Lukashenko"),
    "Heiko Maas": person("Germany", "Maas"),
}

DOCS = [
    (
        "pf-2021-05-24-belarus-latvia",
        "2021-05-24",
        "MINSK — Belarus ordered all Latvian diplomats, including the ambassador, to leave the country within 48 "
        "hours on Monday, after officials in Riga replaced the Belarusian flag at an ice hockey event. Latvia "
        "responded by expelling all Belarusian diplomats. The European Union, Britain and Canada condemned the "
        "forced landing of a Ryanair jet in Minsk a day earlier, and EU leaders agreed to ban Belarusian airlines "
        "from their airspace. Lukashenko's government dismissed the criticism as an attempt to interfere.",
        [t("Belarus", "expel", "Latvia"), t("Latvia", "expel", "Belarus"), t("European Union", "criticize", "Belarus"),
         t("United Kingdom", "criticize", "Belarus"), t("Canada", "criticize", "Belarus"),
         t("European Union", "sanction", "Belarus"), t("Belarus", "reject", "European Union")],
        [t("Belarus", "reject", "United Kingdom"), t("Belarus", "reject", "Canada"),
         t("Alexander Lukashenko", "reject", "European Union")],
        [],
    ),
    (
        "pf-2017-09-07-mexico-dprk",
        "2017-09-07",
        "MEXICO CITY — Mexico declared North Korea's ambassador persona non grata on Thursday and gave him 72 hours "
        "to leave, in protest at Pyongyang's sixth nuclear test. Japan and South Korea had condemned the test as an "
        "intolerable provocation. Peru took the same step on Monday, expelling the North Korean envoy in Lima.",
        [t("Mexico", "expel", "North Korea"), t("Japan", "criticize", "North Korea"),
         t("South Korea", "criticize", "North Korea"), t("Peru", "expel", "North Korea")],
        [t("Mexico", "protest", "North Korea")],
        [],
    ),
    (
        "pf-2018-11-22-arms",
        "2018-11-22",
        "COPENHAGEN — Denmark and Finland halted new arms sales to Saudi Arabia on Thursday over the killing of the "
        "journalist Jamal Khashoggi and the war in Yemen. Germany had already frozen its exports to the kingdom, "
        "and German Foreign Minister Heiko Maas called the Saudi explanations insufficient. Riyadh rejected the "
        "moves as interference in its internal affairs.",
        [t("Denmark", "sanction", "Saudi Arabia"), t("Finland", "sanction", "Saudi Arabia"),
         t("Germany", "sanction", "Saudi Arabia"), t("Heiko Maas", "criticize", "Saudi Arabia"),
         t("Saudi Arabia", "reject", "Denmark")],
        [t("Saudi Arabia", "reject", "Finland"), t("Saudi Arabia", "reject", "Germany"),
         t("Saudi Arabia", "criticize", "Denmark"), t("Saudi Arabia", "criticize", "Finland")],
        [],
    ),
    (
        "pf-2022-10-20-drones",
        "2022-10-20",
        "BRUSSELS — The European Union imposed sanctions on three Iranian generals and a drone maker on Thursday "
        "over the supply of drones that Russia has used to strike Ukrainian cities. Tehran denied sending drones "
        "for use in Ukraine and called the measures baseless. Kyiv had downgraded its relations with Iran in "
        "September.",
        [t("European Union", "sanction", "Iran"), t("Iran", "criticize", "European Union"),
         t("Ukraine", "sever", "Iran")],
        [t("Russia", "attack", "Ukraine"), t("Iran", "aid", "Russia"), t("Iran", "reject", "European Union"),
         t("Iran", "deny", "European Union")],
        [],
    ),
    (
        "pf-2025-04-04-tariffs",
        "2025-04-04",
        "BEIJING — China hit back at Washington on Friday with a 34 percent tariff on all American goods and curbs "
        "on rare earth exports, two days after President Donald Trump announced sweeping levies on imports from "
        "China and dozens of other countries. The commerce ministry called the U.S. tariffs a typical act of "
        "unilateral bullying. Stock markets in Tokyo and Seoul were hit hard.",
        [t("China", "sanction", "United States"), t("Donald Trump", "sanction", "China"),
         t("China", "criticize", "United States")],
        [t("United States", "sanction", "China"), t("China", "criticize", "Donald Trump")],
        [t("United States", "attack", "Japan"), t("China", "attack", "Japan"), t("China", "attack", "South Korea")],
    ),
]


def main() -> None:
    with (HERE / "docs.jsonl").open("w") as out:
        for doc_id, date, text, *_ in DOCS:
            out.write(json.dumps({"id": doc_id, "date": date, "source": "practice_cues_fresh", "text": text}) + "\n")
    docs = {
        doc_id: {"triples": triples, "acceptable": acceptable, "forbidden": forbidden}
        for doc_id, _, _, triples, acceptable, forbidden in DOCS
    }
    (HERE / "gold.json").write_text(json.dumps({"actors": ACTORS, "docs": docs}, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
