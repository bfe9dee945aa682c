"""Writes docs.jsonl and gold.json of five more fresh practice reports, written at the end of the branch's
fixes and scored once, to check that they generalise. Real 2018-2025 events in our own words.
Run from this folder: python build.py"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "practice_cues"))
from build import ACTORS, org, person, state, t  # noqa: E402

ACTORS = {
    **ACTORS,
    "Czech Republic": state("Czechia", "Prague", "Czech"),
    "Slovakia": state("Bratislava", "Slovak"),
    "Nicaragua": state("Managua", "Nicaraguan"),
    "Ecuador": state("Quito", "Ecuadorian"),
    "Mexico": state("Mexico City", "Mexican"),
    "Guatemala": state("Guatemala City", "Guatemalan"),
    "Kenya": state("Nairobi", "Kenyan"),
    "Somalia": state("Mogadishu", "Somali"),
    "Ethiopia": state("Addis Ababa", "Ethiopian"),
    "Somaliland": org("Somaliland"),
    "Estonia": state("Tallinn", "Estonian"),
    "Lithuania": state("Vilnius", "Lithuanian"),
    "Andres Manuel Lopez Obrador": person("Mexico", "Lopez Obrador", "Andrés Manuel López Obrador"),
    "Daniel Noboa": person("Ecuador", "Noboa"),
    "Abiy Ahmed": person("Ethiopia", "Abiy"),
    "Kaja Kallas": person("Estonia", "Kallas"),
    "African Union": org("AU"),
    "Organization of American States": org("OAS"),
    "Latvia": state("Riga", "Latvian"),
    "William Ruto": person("Kenya", "Ruto"),
    "Hassan Sheikh Mohamud": person("Somalia", "Mohamud", "Hassan Sheikh"),
}

DOCS = [
    (
        "pf2-2024-04-06-ecuador-mexico",
        "2024-04-06",
        "MEXICO CITY — Mexico broke off diplomatic relations with Ecuador on Saturday after Ecuadorian police "
        "forced their way into the Mexican embassy in Quito to arrest a former vice president who had sought "
        "asylum there. President Andres Manuel Lopez Obrador called the raid an authoritarian act and a flagrant "
        "violation of international law. Nicaragua also cut ties with Quito, and the Organization of American "
        "States condemned the intrusion. Ecuador's government defended the arrest.",
        [
            t("Mexico", "sever", "Ecuador"),
            t("Ecuador", "coerce", "Mexico"),
            t("Andres Manuel Lopez Obrador", "criticize", "Ecuador"),
            t("Nicaragua", "sever", "Ecuador"),
            t("Organization of American States", "criticize", "Ecuador"),
        ],
        [t("Ecuador", "attack", "Mexico"), t("Ecuador", "reject", "Mexico")],
        [],
    ),
    (
        "pf2-2024-01-02-somaliland",
        "2024-01-02",
        "MOGADISHU — Somalia recalled its ambassador to Ethiopia on Tuesday over a deal that would give "
        "Ethiopia access to the sea through the breakaway region of Somaliland. Somalia's cabinet called the "
        "memorandum null and void and an attack on its sovereignty. The African Union urged both countries to "
        "show restraint.",
        [t("Somalia", "sever", "Ethiopia"), t("Somalia", "criticize", "Ethiopia")],
        [
            t("African Union", "appeal", "Somalia"),
            t("African Union", "appeal", "Ethiopia"),
            t("Ethiopia", "agree", "Somaliland"),
            t("Somalia", "reject", "Ethiopia"),
        ],
        [],
    ),
    (
        "pf2-2023-01-23-estonia",
        "2023-01-23",
        "TALLINN — Estonia expelled Russia's ambassador on Monday and downgraded diplomatic relations with Moscow "
        "to the level of charge d'affaires, following a similar step by Latvia. Prime Minister Kaja Kallas said "
        "Russia's behaviour left no room for normal relations. Moscow described the decision as a hostile act "
        "and vowed to respond.",
        [t("Estonia", "expel", "Russia"), t("Estonia", "sever", "Russia"), t("Russia", "criticize", "Estonia")],
        [t("Latvia", "sever", "Russia"), t("Kaja Kallas", "criticize", "Russia"), t("Russia", "threaten", "Estonia")],
        [],
    ),
    (
        "pf2-2025-03-10-kenya",
        "2025-03-10",
        "NAIROBI — Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud on Monday for talks "
        "on security along their shared border. The two leaders agreed to step up joint operations against the "
        "militant group al-Shabab. Kenya also pledged to send additional troops to the African Union mission in "
        "Somalia.",
        [t("William Ruto", "host", "Hassan Sheikh Mohamud"), t("William Ruto", "agree", "Hassan Sheikh Mohamud")],
        [
            t("William Ruto", "meet", "Hassan Sheikh Mohamud"),
            t("Kenya", "meet", "Somalia"),
            t("Kenya", "cooperate", "Somalia"),
            t("Kenya", "aid", "Somalia"),
            t("Kenya", "mobilize", "Somalia"),
        ],
        [],
    ),
    (
        "pf2-2024-09-12-trade",
        "2024-09-12",
        "BEIJING — China's exports beat forecasts in August as shipments to Southeast Asia surged, while imports "
        "from the United States slumped. Analysts said new U.S. tariffs on Chinese electric vehicles, which "
        "Beijing had condemned as protectionist, would hit carmakers hardest. The yuan weakened against the "
        "dollar.",
        [t("United States", "sanction", "China"), t("China", "criticize", "United States")],
        [],
        [t("China", "attack", "United States"), t("China", "sanction", "United States")],
    ),
]


def main() -> None:
    with (HERE / "docs.jsonl").open("w") as out:
        for doc_id, date, text, *_ in DOCS:
            out.write(json.dumps({"id": doc_id, "date": date, "source": "practice_cues_fresh2", "text": text}) + "\n")
    docs = {
        doc_id: {"triples": triples, "acceptable": acceptable, "forbidden": forbidden}
        for doc_id, _, _, triples, acceptable, forbidden in DOCS
    }
    (HERE / "gold.json").write_text(json.dumps({"actors": ACTORS, "docs": docs}, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
