"""Writes docs.jsonl and gold.json of one-sentence wire reports, about one per PLOVER class, on real 2015-2025
events in our own words: short sentences whose actors are often demonyms, officials or forces.
Run from this folder: python build.py"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "practice_cues"))
from build import ACTORS, org, person, state, t  # noqa: E402

ACTORS = {
    **ACTORS,
    "Iraq": state("Baghdad", "Iraqi"),
    "Greece": state("Athens", "Greek"),
    "North Macedonia": state("Skopje", "Macedonian"),
    "Yemen": state("Sanaa", "Yemeni"),
    "Houthis": org("Houthi", "Houthi rebels", "Ansar Allah"),
    "Hamas": org("Hamas"),
    "Palestine": state("Palestinian Authority", "Palestinians", "Palestinian"),
    "Lebanon": state("Beirut", "Lebanese"),
    "Hezbollah": org(),
    "Ethiopia": state("Addis Ababa", "Ethiopian"),
    "Eritrea": state("Asmara", "Eritrean"),
    "Somalia": state("Mogadishu", "Somali"),
    "Kenya": state("Nairobi", "Kenyan"),
    "Vietnam": state("Hanoi", "Vietnamese"),
    "Thailand": state("Bangkok", "Thai"),
    "Cambodia": state("Phnom Penh", "Cambodian"),
    "Georgia": state("Tbilisi", "Georgian"),
    "Moldova": state("Chisinau", "Moldovan"),
    "Alexis Tsipras": person("Greece", "Tsipras"),
    "Zoran Zaev": person("North Macedonia", "Zaev"),
    "Abiy Ahmed": person("Ethiopia", "Abiy"),
    "Isaias Afwerki": person("Eritrea", "Isaias"),
    "Benjamin Netanyahu": person("Israel", "Netanyahu"),
    "United Nations": org("UN", "U.N."),
    "Antonio Guterres": person("", "Guterres", "United Nations chief", "UN chief"),
    "Olaf Scholz": person("Germany", "Scholz"),
    "Mali": state("Bamako", "Malian"),
    "Italy": state("Rome", "Italian"),
}

DOCS = [
    (
        "pw-consult",
        "2018-07-18",
        "Ethiopian Prime Minister Abiy Ahmed held talks with Eritrean President Isaias "
        "Afwerki in Asmara on Sunday, the first such meeting in two decades.",
        [t("Abiy Ahmed", "meet", "Isaias Afwerki")],
        [t("Abiy Ahmed", "visit", "Eritrea"), t("Isaias Afwerki", "host", "Abiy Ahmed")],
        [],
    ),
    (
        "pw-agree",
        "2018-06-17",
        "Greek and Macedonian foreign ministers signed an accord on Sunday ending a "
        "27-year dispute over the name of the former Yugoslav republic.",
        [t("Greece", "agree", "North Macedonia")],
        [],
        [],
    ),
    (
        "pw-request",
        "2020-06-15",
        "Indian officials urged Beijing to pull back its troops from the Galwan valley on Monday.",
        [t("India", "appeal", "China")],
        [t("India", "demand", "China")],
        [],
    ),
    (
        "pw-accuse",
        "2019-06-14",
        "U.S. officials blamed Iran on Thursday for attacks on two oil tankers in the Gulf of Oman.",
        [t("United States", "accuse", "Iran")],
        [],
        [],
    ),
    (
        "pw-reject",
        "2019-06-14",
        "Tehran dismissed the U.S. accusation as baseless on Friday.",
        [t("Iran", "reject", "United States")],
        [t("Iran", "deny", "United States")],
        [],
    ),
    (
        "pw-threaten",
        "2017-08-08",
        "North Korea threatened on Wednesday to fire missiles toward the U.S. Pacific territory of Guam.",
        [t("North Korea", "threaten", "United States")],
        [],
        [],
    ),
    (
        "pw-protest",
        "2016-07-12",
        "Vietnamese protesters rallied outside the Chinese embassy in Hanoi on Tuesday "
        "after the ruling on the South China Sea.",
        [t("Vietnam", "protest", "China")],
        [],
        [],
    ),
    (
        "pw-mobilize",
        "2021-11-10",
        "Russia has massed tens of thousands of troops near the Ukrainian border, Western officials said on Wednesday.",
        [t("Russia", "mobilize", "Ukraine")],
        [],
        [],
    ),
    (
        "pw-sanction",
        "2022-03-08",
        "The United States banned imports of Russian oil and gas on Tuesday.",
        [t("United States", "sanction", "Russia")],
        [],
        [],
    ),
    (
        "pw-coerce",
        "2019-07-19",
        "Iranian forces seized a British-flagged oil tanker in the Strait of Hormuz on Friday.",
        [t("Iran", "coerce", "United Kingdom")],
        [t("Iran", "attack", "United Kingdom")],
        [],
    ),
    (
        "pw-assault",
        "2024-01-12",
        "U.S. and British warplanes struck Houthi targets in Yemen overnight.",
        [t("United States", "attack", "Houthis"), t("United Kingdom", "attack", "Houthis")],
        [t("United States", "attack", "Yemen"), t("United Kingdom", "attack", "Yemen")],
        [],
    ),
    (
        "pw-aid",
        "2023-01-25",
        "Germany will send Leopard 2 tanks to Ukraine, Chancellor Olaf Scholz said on Wednesday.",
        [t("Germany", "aid", "Ukraine")],
        [t("Olaf Scholz", "aid", "Ukraine")],
        [],
    ),
    (
        "pw-cooperate",
        "2023-03-10",
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic ties and reopen "
        "their embassies within two months.",
        [t("Saudi Arabia", "agree", "Iran")],
        [t("Saudi Arabia", "cooperate", "Iran")],
        [],
    ),
    (
        "pw-support",
        "2017-12-06",
        "Israeli Prime Minister Benjamin Netanyahu praised the U.S. decision to recognise "
        "Jerusalem as Israel's capital.",
        [t("Benjamin Netanyahu", "support", "United States")],
        [],
        [],
    ),
    (
        "pw-retreat",
        "2022-11-09",
        "Russian troops were ordered to withdraw from the city of Kherson on Wednesday.",
        [],
        [t("Russia", "withdraw", "Ukraine")],
        [],
    ),
    (
        "pw-concede",
        "2023-08-10",
        "Iran agreed to release five detained Americans in exchange for access to frozen funds.",
        [t("Iran", "concede", "United States")],
        [t("Iran", "agree", "United States")],
        [],
    ),
    (
        "pw-expel",
        "2022-04-05",
        "Italy and Spain expelled dozens of Russian diplomats on Tuesday over the killings in Bucha.",
        [t("Italy", "expel", "Russia"), t("Spain", "expel", "Russia")],
        [],
        [],
    ),
    (
        "pw-demand",
        "2023-10-13",
        "The United Nations chief demanded that Israel rescind its order for civilians to leave northern Gaza.",
        [t("Antonio Guterres", "demand", "Israel")],
        [t("United Nations", "demand", "Israel")],
        [],
    ),
    (
        "pw-sever",
        "2024-08-06",
        "Niger followed Mali in cutting diplomatic ties with Ukraine on Tuesday.",
        [t("Niger", "sever", "Ukraine")],
        [t("Mali", "sever", "Ukraine")],
        [],
    ),
    (
        "pw-clash",
        "2025-07-24",
        "Thai and Cambodian troops clashed along their disputed border on Thursday, and "
        "Thai F-16 jets struck Cambodian military targets.",
        [t("Thailand", "attack", "Cambodia"), t("Cambodia", "attack", "Thailand")],
        [],
        [],
    ),
    ("pw-future", "2024-01-20", "The two leaders could meet later this year, a Kremlin spokesman said.", [], [], []),
    (
        "pw-market",
        "2024-08-05",
        "Japanese stocks crashed on Monday as the Nikkei plunged 12 percent, and the rout hit Seoul and Taipei.",
        [],
        [],
        [t("Japan", "attack", "South Korea"), t("Japan", "attack", "Taiwan")],
    ),
]


def main() -> None:
    with (HERE / "docs.jsonl").open("w") as out:
        for doc_id, date, text, *_ in DOCS:
            out.write(json.dumps({"id": doc_id, "date": date, "source": "practice_wire", "text": text}) + "\n")
    docs = {
        doc_id: {"triples": triples, "acceptable": acceptable, "forbidden": forbidden}
        for doc_id, _, _, triples, acceptable, forbidden in DOCS
    }
    (HERE / "gold.json").write_text(json.dumps({"actors": ACTORS, "docs": docs}, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
