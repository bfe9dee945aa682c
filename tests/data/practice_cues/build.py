"""Writes docs.jsonl and gold.json of the cues practice set: wire-style reports on real 2015-2026 events,
written for this set in our own words, to find the kinds of argument structure and cue the extractor misses.
Run from this folder: python build.py"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def person(country, *aliases):
    return {"type": "Person", "country": country, "aliases": list(aliases)}


def state(*aliases):
    return {"type": "Country", "country": "", "aliases": list(aliases)}


def org(*aliases):
    return {"type": "Organization", "country": "", "aliases": list(aliases)}


ACTORS = {
    "Saudi Arabia": state("Riyadh", "Saudi", "Saudis", "Kingdom of Saudi Arabia"),
    "United Arab Emirates": state("UAE", "Abu Dhabi", "Emirati", "the UAE"),
    "Bahrain": state("Manama", "Bahraini"),
    "Egypt": state("Cairo", "Egyptian"),
    "Qatar": state("Doha", "Qatari"),
    "Iran": state("Tehran", "Iranian"),
    "Sudan": state("Khartoum", "Sudanese"),
    "United States": state("US", "U.S.", "Washington", "United States of America", "America", "American"),
    "Russia": state("Moscow", "Kremlin", "Russian", "Russian Federation"),
    "United Kingdom": state("Britain", "UK", "U.K.", "London", "British"),
    "Germany": state("Berlin", "German"),
    "France": state("Paris", "French"),
    "Poland": state("Warsaw", "Polish"),
    "Australia": state("Canberra", "Australian"),
    "Israel": state("Israeli", "Jerusalem"),
    "Ireland": state("Dublin", "Irish"),
    "Norway": state("Oslo", "Norwegian"),
    "Spain": state("Madrid", "Spanish"),
    "Argentina": state("Buenos Aires", "Argentine"),
    "China": state("Beijing", "Chinese", "People's Republic of China"),
    "Taiwan": state("Taipei", "Taiwanese"),
    "Turkey": state("Ankara", "Turkish", "Turkiye", "Türkiye"),
    "Syria": state("Damascus", "Syrian"),
    "India": state("New Delhi", "Delhi", "Indian"),
    "Canada": state("Ottawa", "Canadian"),
    "Venezuela": state("Caracas", "Venezuelan"),
    "Colombia": state("Bogota", "Colombian"),
    "North Korea": state("Pyongyang", "DPRK", "North Korean"),
    "South Korea": state("Seoul", "South Korean"),
    "Japan": state("Tokyo", "Japanese"),
    "Ukraine": state("Kyiv", "Kiev", "Ukrainian"),
    "Lithuania": state("Vilnius", "Lithuanian"),
    "Philippines": state("Manila", "Philippine", "the Philippines"),
    "European Union": org("EU", "E.U.", "the European Union", "Brussels"),
    "NATO": org("North Atlantic Treaty Organization", "the alliance"),
    "ECOWAS": org("Economic Community of West African States"),
    "UN Security Council": org("United Nations Security Council", "Security Council"),
    "Adel al-Jubeir": person("Saudi Arabia", "Jubeir", "al-Jubeir"),
    "Jean-Yves Le Drian": person("France", "Le Drian"),
    "Nicolas Maduro": person("Venezuela", "Maduro"),
    "Ivan Duque": person("Colombia", "Duque", "Iván Duque"),
    "Donald Trump": person("United States", "Trump"),
    "Kim Jong Un": person("North Korea", "Kim", "Kim Jong-un"),
    "Narendra Modi": person("India", "Modi"),
    "Vladimir Putin": person("Russia", "Putin"),
    "Volodymyr Zelensky": person("Ukraine", "Zelensky", "Zelenskyy"),
    "Nancy Pelosi": person("United States", "Pelosi"),
    "Israel Katz": person("Israel", "Katz"),
    "Pedro Sanchez": person("Spain", "Sanchez", "Pedro Sánchez", "Sánchez"),
    "Javier Milei": person("Argentina", "Milei"),
    "Jose Manuel Albares": person("Spain", "Albares", "José Manuel Albares"),
    "Recep Tayyip Erdogan": person("Turkey", "Erdogan", "Erdoğan"),
    "Justin Trudeau": person("Canada", "Trudeau"),
    "Joe Biden": person("United States", "Biden"),
    "Xi Jinping": person("China", "Xi"),
    "Antony Blinken": person("United States", "Blinken"),
    "Mike Pompeo": person("United States", "Pompeo"),
    "Tsai Ing-wen": person("Taiwan", "Tsai"),
    "Ferdinand Marcos Jr.": person("Philippines", "Marcos", "Ferdinand Marcos"),
    "Armenia": state("Yerevan", "Armenian"),
    "Azerbaijan": state("Baku", "Azerbaijani"),
    "Serbia": state("Belgrade", "Serbian"),
    "Kosovo": state("Pristina", "Kosovar"),
    "Niger": state("Niamey", "Nigerien"),
    "Algeria": state("Algiers", "Algerian"),
    "Morocco": state("Rabat", "Moroccan"),
    "Pakistan": state("Islamabad", "Pakistani"),
    "Afghanistan": state("Kabul", "Afghan"),
    "Finland": state("Helsinki", "Finnish"),
    "Sweden": state("Stockholm", "Swedish"),
    "Hungary": state("Budapest", "Hungarian"),
    "Guyana": state("Georgetown", "Guyanese"),
    "Brazil": state("Brasilia", "Brazilian"),
    "Jens Stoltenberg": person("", "Stoltenberg"),
    "Viktor Orban": person("Hungary", "Orban", "Viktor Orbán", "Orbán"),
    "Ilham Aliyev": person("Azerbaijan", "Aliyev"),
    "Nikol Pashinyan": person("Armenia", "Pashinyan"),
    "Luiz Inacio Lula da Silva": person("Brazil", "Lula", "Luiz Inácio Lula da Silva"),
    "Mohamed Bazoum": person("Niger", "Bazoum"),
    "Mali": state("Bamako", "Malian"),
    "Burkina Faso": state("Ouagadougou", "Burkinabe"),
    "Emmanuel Macron": person("France", "Macron"),
    "Sergey Lavrov": person("Russia", "Lavrov", "Sergei Lavrov"),
    "Wang Yi": person("China", "Wang"),
    "Hamas": org(),
    "South Africa": state("Pretoria", "South African"),
    "International Court of Justice": org("ICJ", "World Court"),
    "Iraq": state("Baghdad", "Iraqi"),
    "Denmark": state("Copenhagen", "Danish"),
    "Benjamin Netanyahu": person("Israel", "Netanyahu"),
    "the West": org("Western countries", "Western governments", "the Western powers"),
}


def t(s, p, o, **extra):
    return {"s": s, "p": p, "o": o, **extra}


DOCS = [
    (
        "pc-2017-06-05-qatar",
        "2017-06-05",
        "RIYADH, June 5 — Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with "
        "Qatar on Monday, accusing Doha of backing terrorism. Riyadh gave Qatari diplomats 48 hours to leave the "
        "kingdom and closed its land border with the emirate. Qatar's foreign ministry called the decision "
        "unjustified and said it was based on baseless claims. Iran urged the Gulf states to settle their dispute "
        "through dialogue.",
        [
            t("Saudi Arabia", "sever", "Qatar"),
            t("United Arab Emirates", "sever", "Qatar"),
            t("Bahrain", "sever", "Qatar"),
            t("Egypt", "sever", "Qatar"),
            t("Saudi Arabia", "accuse", "Qatar"),
            t("Saudi Arabia", "expel", "Qatar"),
            t("Qatar", "criticize", "Saudi Arabia"),
        ],
        [
            t("Iran", "appeal", "Saudi Arabia"),
            t("United Arab Emirates", "accuse", "Qatar"),
            t("Bahrain", "accuse", "Qatar"),
            t("Egypt", "accuse", "Qatar"),
            t("Saudi Arabia", "sanction", "Qatar"),
            t("Iran", "appeal", "Qatar"),
            t("Qatar", "criticize", "Egypt"),
            t("Qatar", "criticize", "United Arab Emirates"),
            t("Qatar", "criticize", "Bahrain"),
            t("Saudi Arabia", "coerce", "Qatar"),
        ],
        [],
    ),
    (
        "pc-2018-03-26-expulsions",
        "2018-03-26",
        "WASHINGTON — The United States on Monday expelled 60 Russian diplomats and ordered the closure of the "
        "Russian consulate in Seattle over the poisoning of a former spy in England. Germany, France and Poland "
        "also expelled Russian diplomats in a coordinated response. Moscow called the expulsions a provocation and "
        "vowed to retaliate against the countries involved.",
        [
            t("United States", "expel", "Russia"),
            t("Germany", "expel", "Russia"),
            t("France", "expel", "Russia"),
            t("Poland", "expel", "Russia"),
            t("Russia", "criticize", "United States"),
        ],
        [
            t("Russia", "threaten", "United States"),
            t("Russia", "criticize", "Germany"),
            t("Russia", "criticize", "France"),
            t("Russia", "criticize", "Poland"),
            t("United States", "sever", "Russia"),
            t("United States", "sanction", "Russia"),
        ],
        [],
    ),
    (
        "pc-2021-09-17-aukus",
        "2021-09-17",
        "PARIS — France recalled its ambassadors to the United States and Australia for consultations on Friday, "
        "an unprecedented step taken in protest at the scrapping of a submarine contract. Foreign Minister "
        "Jean-Yves Le Drian denounced the decision by Canberra as unacceptable behaviour between allies. Australia "
        "said it regretted the recall.",
        [
            t("France", "sever", "United States"),
            t("France", "sever", "Australia"),
            t("Jean-Yves Le Drian", "criticize", "Australia"),
        ],
        [
            t("France", "protest", "Australia"),
            t("France", "protest", "United States"),
            t("France", "criticize", "Australia"),
            t("Australia", "criticize", "France"),
        ],
        [],
    ),
    (
        "pc-2019-02-23-venezuela",
        "2019-02-23",
        "CARACAS — Venezuelan President Nicolas Maduro broke off diplomatic relations with Colombia on Saturday and "
        "gave its diplomats 24 hours to leave, after Bogota backed an attempt to bring aid across the border. Maduro "
        "accused Colombian President Ivan Duque of plotting against his government. Duque rejected the claims.",
        [
            t("Nicolas Maduro", "sever", "Colombia"),
            t("Nicolas Maduro", "expel", "Colombia"),
            t("Nicolas Maduro", "accuse", "Ivan Duque"),
            t("Ivan Duque", "reject", "Nicolas Maduro"),
        ],
        [
            t("Venezuela", "sever", "Colombia"),
            t("Venezuela", "expel", "Colombia"),
            t("Ivan Duque", "deny", "Nicolas Maduro"),
        ],
        [],
    ),
    (
        "pc-2024-05-22-recognition",
        "2024-05-22",
        "JERUSALEM — Israel recalled its ambassadors from Ireland, Norway and Spain on Wednesday after the three "
        "countries said they would recognise a Palestinian state. Foreign Minister Israel Katz also summoned the "
        "envoys of the three countries for a reprimand and warned Madrid that further steps would follow.",
        [
            t("Israel", "sever", "Ireland"),
            t("Israel", "sever", "Norway"),
            t("Israel", "sever", "Spain"),
            t("Israel Katz", "protest", "Ireland"),
            t("Israel Katz", "protest", "Norway"),
            t("Israel Katz", "protest", "Spain"),
            t("Israel Katz", "warn", "Spain"),
        ],
        [
            t("Israel", "protest", "Ireland"),
            t("Israel", "protest", "Norway"),
            t("Israel", "protest", "Spain"),
            t("Israel", "warn", "Spain"),
        ],
        [],
    ),
    (
        "pc-2022-08-05-pelosi",
        "2022-08-05",
        "BEIJING — China imposed sanctions on U.S. House Speaker Nancy Pelosi on Friday and suspended cooperation "
        "with the United States on climate change, a day after it launched its largest military drills around "
        "Taiwan. The foreign ministry described Pelosi's visit to Taipei as a serious provocation. Taiwan's "
        "president Tsai Ing-wen thanked Pelosi for her support.",
        [
            t("China", "sanction", "Nancy Pelosi"),
            t("China", "sever", "United States"),
            t("China", "mobilize", "Taiwan"),
            t("China", "criticize", "Nancy Pelosi"),
            t("Tsai Ing-wen", "support", "Nancy Pelosi"),
        ],
        [
            t("Nancy Pelosi", "visit", "Taiwan"),
            t("China", "threaten", "Taiwan"),
            t("China", "sanction", "United States"),
            t("China", "criticize", "United States"),
        ],
        [],
    ),
    (
        "pc-2023-02-04-balloon",
        "2023-02-04",
        "WASHINGTON — Secretary of State Antony Blinken postponed a planned trip to Beijing on Friday after a "
        "Chinese surveillance balloon was spotted over Montana. Blinken told his Chinese counterpart that the "
        "incursion was an irresponsible act. China expressed regret and said the airship had strayed off course.",
        [t("Antony Blinken", "criticize", "China")],
        [t("China", "deny", "United States")],
        [t("Antony Blinken", "visit", "China"), t("Antony Blinken", "meet", "China")],
    ),
    (
        "pc-2018-06-12-singapore",
        "2018-06-12",
        "SINGAPORE — U.S. President Donald Trump and North Korean leader Kim Jong Un shook hands on Tuesday at the "
        "start of a summit on the island of Sentosa. After talks lasting about five hours, the two leaders signed a "
        "joint statement in which Kim committed to work toward the complete denuclearisation of the Korean "
        "peninsula. Trump praised Kim as a very talented man.",
        [
            t("Donald Trump", "meet", "Kim Jong Un"),
            t("Donald Trump", "agree", "Kim Jong Un"),
            t("Donald Trump", "support", "Kim Jong Un"),
        ],
        [
            t("Kim Jong Un", "offer", "Donald Trump"),
            t("Donald Trump", "negotiate", "Kim Jong Un"),
            t("United States", "meet", "North Korea"),
        ],
        [],
    ),
    (
        "pc-2019-10-14-turkey",
        "2019-10-14",
        "ANKARA — Turkey pressed on with its offensive against Kurdish-led forces in northeastern Syria on Monday "
        "as the United States imposed sanctions on two Turkish ministers and three ministries. The European Union "
        "condemned the incursion, and Germany and France halted arms exports to Ankara. Turkish President Recep "
        "Tayyip Erdogan dismissed the criticism.",
        [
            t("United States", "sanction", "Turkey"),
            t("European Union", "criticize", "Turkey"),
            t("Germany", "sanction", "Turkey"),
            t("France", "sanction", "Turkey"),
            t("Recep Tayyip Erdogan", "reject", "European Union"),
        ],
        [
            t("Turkey", "attack", "Syria"),
            t("Recep Tayyip Erdogan", "reject", "Germany"),
            t("Recep Tayyip Erdogan", "reject", "France"),
            t("Recep Tayyip Erdogan", "reject", "United States"),
        ],
        [],
    ),
    (
        "pc-2023-09-19-canada-india",
        "2023-09-19",
        "NEW DELHI — India expelled a senior Canadian diplomat on Tuesday and gave him five days to leave the "
        "country, a day after Ottawa ordered out an Indian intelligence official over the killing of a Sikh leader "
        "in British Columbia. The Indian foreign ministry rejected the allegations by Canadian Prime Minister "
        "Justin Trudeau as absurd and motivated.",
        [t("India", "expel", "Canada"), t("Canada", "expel", "India"), t("India", "reject", "Justin Trudeau")],
        [
            t("India", "criticize", "Justin Trudeau"),
            t("India", "reject", "Canada"),
            t("Justin Trudeau", "accuse", "India"),
        ],
        [],
    ),
    (
        "pc-2024-07-09-modi",
        "2024-07-09",
        "MOSCOW — Russian President Vladimir Putin hosted Indian Prime Minister Narendra Modi at his residence "
        "outside Moscow on Monday, and the two leaders held formal talks at the Kremlin on Tuesday. Ukrainian "
        "President Volodymyr Zelensky criticised the visit, calling it a devastating blow to peace efforts, "
        "hours after a Russian missile struck a children's hospital in Kyiv.",
        [
            t("Vladimir Putin", "host", "Narendra Modi"),
            t("Vladimir Putin", "meet", "Narendra Modi"),
            t("Volodymyr Zelensky", "criticize", "Narendra Modi"),
            t("Russia", "attack", "Ukraine"),
        ],
        [
            t("Narendra Modi", "visit", "Russia"),
            t("Volodymyr Zelensky", "criticize", "India"),
            t("Volodymyr Zelensky", "criticize", "Vladimir Putin"),
        ],
        [],
    ),
    (
        "pc-2024-05-21-spain-argentina",
        "2024-05-21",
        "MADRID — Spain withdrew its ambassador to Argentina indefinitely on Tuesday after President Javier Milei "
        "refused to apologise for remarks about the wife of Prime Minister Pedro Sanchez. Foreign Minister Jose "
        "Manuel Albares demanded a public apology from Milei and called his comments an attack on Spanish "
        "institutions.",
        [
            t("Spain", "sever", "Argentina"),
            t("Jose Manuel Albares", "demand", "Javier Milei"),
            t("Jose Manuel Albares", "criticize", "Javier Milei"),
        ],
        [
            t("Javier Milei", "reject", "Spain"),
            t("Javier Milei", "reject", "Pedro Sanchez"),
            t("Javier Milei", "criticize", "Pedro Sanchez"),
            t("Spain", "criticize", "Javier Milei"),
        ],
        [],
    ),
    (
        "pc-2022-02-22-sanctions",
        "2022-02-22",
        "WASHINGTON — The United States, the European Union and Britain announced sanctions on Russian banks and "
        "lawmakers on Tuesday after Moscow recognised two breakaway regions in eastern Ukraine. Germany halted the "
        "certification of the Nord Stream 2 gas pipeline. Russia brushed off the measures and said it was ready "
        "for talks.",
        [
            t("United States", "sanction", "Russia"),
            t("European Union", "sanction", "Russia"),
            t("United Kingdom", "sanction", "Russia"),
            t("Germany", "sanction", "Russia"),
            t("Russia", "reject", "United States"),
        ],
        [
            t("Russia", "reject", "European Union"),
            t("Russia", "reject", "United Kingdom"),
            t("Russia", "reject", "Germany"),
            t("Russia", "coerce", "Ukraine"),
            t("Russia", "offer", "United States"),
            t("Russia", "negotiate", "United States"),
        ],
        [],
    ),
    (
        "pc-2025-04-07-markets",
        "2025-04-07",
        "TOKYO — Asian markets plunged on Monday as fears of a global trade war spread. The sell-off hit Seoul and "
        "Tokyo hardest, and Japan's Nikkei lost almost 8 percent. Chinese stocks fell sharply as investors weighed "
        "Beijing's threat to retaliate against new U.S. tariffs.",
        [],
        [t("China", "threaten", "United States")],
        [
            t("China", "attack", "South Korea"),
            t("China", "attack", "Japan"),
            t("United States", "attack", "Japan"),
            t("United States", "attack", "South Korea"),
        ],
    ),
    (
        "pc-2022-12-18-final",
        "2022-12-18",
        "LUSAIL — Argentina beat France on penalties to win the World Cup on Sunday after a 3-3 draw. France had "
        "fought back twice, and Argentina's captain lifted the trophy in front of a crowd of 88,000.",
        [],
        [],
        [t("Argentina", "attack", "France"), t("France", "attack", "Argentina"), t("Argentina", "coerce", "France")],
    ),
    (
        "pc-2016-01-04-saudi-iran",
        "2016-01-04",
        "RIYADH — Bahrain and Sudan cut diplomatic ties with Iran on Monday, a day after Saudi Arabia severed "
        "relations with Tehran over the storming of its embassy. The United Arab Emirates downgraded its ties with "
        "Iran, recalling its ambassador. Saudi Foreign Minister Adel al-Jubeir said the kingdom would also halt air "
        "traffic and trade with Iran.",
        [
            t("Bahrain", "sever", "Iran"),
            t("Sudan", "sever", "Iran"),
            t("Saudi Arabia", "sever", "Iran"),
            t("United Arab Emirates", "sever", "Iran"),
        ],
        [t("Saudi Arabia", "sanction", "Iran"), t("Adel al-Jubeir", "sanction", "Iran")],
        [],
    ),
    (
        "pc-2023-11-15-woodside",
        "2023-11-15",
        "WOODSIDE, California — U.S. President Joe Biden and Chinese President Xi Jinping met for four hours on "
        "Wednesday at an estate south of San Francisco, their first meeting in a year. The two leaders agreed to "
        "resume military-to-military communications and to curb the flow of fentanyl. Biden later called Xi a "
        "dictator, remarks that Beijing called extremely wrong and irresponsible.",
        [
            t("Joe Biden", "meet", "Xi Jinping"),
            t("Joe Biden", "agree", "Xi Jinping"),
            t("China", "criticize", "Joe Biden"),
        ],
        [
            t("Joe Biden", "criticize", "Xi Jinping"),
            t("United States", "agree", "China"),
            t("Joe Biden", "cooperate", "Xi Jinping"),
        ],
        [],
    ),
    (
        "pc-2024-06-17-philippines",
        "2024-06-17",
        "MANILA — Chinese coast guard personnel boarded Philippine navy boats near the Second Thomas Shoal on "
        "Monday and seized their rifles, the Philippine military said. Manila denounced the raid as an act of "
        "aggression. The United States, Japan and Australia voiced support for the Philippines and called on "
        "Beijing to respect international law.",
        [
            t("China", "coerce", "Philippines"),
            t("Philippines", "criticize", "China"),
            t("United States", "support", "Philippines"),
            t("Japan", "support", "Philippines"),
            t("Australia", "support", "Philippines"),
            t("United States", "appeal", "China"),
            t("Japan", "appeal", "China"),
            t("Australia", "appeal", "China"),
        ],
        [t("China", "attack", "Philippines")],
        [],
    ),
    (
        "pc-2023-04-04-finland-nato",
        "2023-04-04",
        "BRUSSELS — Finland became the 31st member of NATO on Tuesday, and Secretary-General Jens Stoltenberg "
        "welcomed Finland as a full member at a ceremony in Brussels. Russia called the move an assault on its "
        "security and said it would take countermeasures. Hungary and Turkey, which had delayed the accession for "
        "months, were praised by Stoltenberg for ratifying it.",
        [
            t("Russia", "criticize", "Finland"),
            t("Jens Stoltenberg", "support", "Hungary"),
            t("Jens Stoltenberg", "support", "Turkey"),
        ],
        [
            t("Russia", "criticize", "NATO"),
            t("Russia", "threaten", "Finland"),
            t("Russia", "threaten", "NATO"),
            t("Jens Stoltenberg", "support", "Finland"),
            t("NATO", "support", "Finland"),
        ],
        [t("Jens Stoltenberg", "host", "Finland"), t("NATO", "host", "Finland")],
    ),
    (
        "pc-2023-09-20-karabakh",
        "2023-09-20",
        "BAKU — Azerbaijan halted its military offensive in Nagorno-Karabakh on Wednesday after a day of shelling, "
        "and ethnic Armenian forces agreed to lay down their arms. Armenian Prime Minister Nikol Pashinyan, who had "
        "accused Baku of ethnic cleansing, said Yerevan had not been involved in drafting the truce. France "
        "condemned the Azerbaijani offensive and called on Baku to protect civilians.",
        [
            t("Nikol Pashinyan", "accuse", "Azerbaijan"),
            t("France", "criticize", "Azerbaijan"),
            t("France", "appeal", "Azerbaijan"),
        ],
        [t("Azerbaijan", "attack", "Armenia"), t("Azerbaijan", "concede", "Armenia")],
        [],
    ),
    (
        "pc-2023-07-26-niger",
        "2023-07-26",
        "NIAMEY — Soldiers detained Niger's President Mohamed Bazoum on Wednesday. The West African bloc ECOWAS "
        "imposed sanctions on Niger four days later and gave the junta a week to restore Bazoum. France "
        "suspended its development aid to the country, and the junta later ordered the French ambassador to "
        "leave within 48 hours.",
        [t("France", "sanction", "Niger"), t("Niger", "expel", "France")],
        [t("ECOWAS", "sanction", "Niger"), t("ECOWAS", "demand", "Niger"), t("ECOWAS", "threaten", "Niger")],
        [],
    ),
    (
        "pc-2021-08-24-algeria-morocco",
        "2021-08-24",
        "ALGIERS — Algeria severed diplomatic relations with Morocco on Tuesday, accusing its neighbour of hostile "
        "acts. Foreign Minister Ramtane Lamamra said Rabat had never stopped its hostile actions against Algeria. "
        "Morocco said it regretted the completely unjustified decision and rejected the pretexts behind it.",
        [
            t("Algeria", "sever", "Morocco"),
            t("Algeria", "accuse", "Morocco"),
            t("Morocco", "criticize", "Algeria"),
            t("Morocco", "reject", "Algeria"),
        ],
        [t("Ramtane Lamamra", "accuse", "Morocco")],
        [],
    ),
    (
        "pc-2023-12-08-essequibo",
        "2023-12-08",
        "GEORGETOWN — Brazil reinforced its troops on the border with Venezuela on Friday as Caracas pressed its "
        "claim to the Essequibo region of Guyana. Guyana's president said his country would defend itself and "
        "asked the United Nations Security Council to act. The United States held joint flight drills with "
        "Guyana, which Venezuela denounced as a provocation.",
        [t("Venezuela", "criticize", "United States")],
        [
            t("Brazil", "mobilize", "Venezuela"),
            t("Venezuela", "threaten", "Guyana"),
            t("United States", "cooperate", "Guyana"),
            t("Venezuela", "criticize", "Guyana"),
            t("United States", "mobilize", "Venezuela"),
            t("Guyana", "appeal", "UN Security Council"),
        ],
        [],
    ),
    (
        "pc-2024-07-05-orban",
        "2024-07-05",
        "MOSCOW — Hungarian Prime Minister Viktor Orban met Vladimir Putin in the Kremlin on Friday, days after "
        "taking over the rotating EU presidency. European Union leaders distanced themselves from the trip, and the "
        "bloc's foreign policy chief said Orban had no mandate to negotiate for the EU. Ukraine said it had not "
        "been consulted about the visit.",
        [t("Viktor Orban", "meet", "Vladimir Putin")],
        [
            t("Viktor Orban", "visit", "Russia"),
            t("European Union", "criticize", "Viktor Orban"),
            t("Ukraine", "criticize", "Viktor Orban"),
        ],
        [t("Viktor Orban", "negotiate", "Vladimir Putin")],
    ),
    (
        "pc-2016-06-25-kosovo",
        "2016-06-25",
        "BELGRADE — Serbia and Kosovo traded accusations on Saturday after talks in Brussels ended without a "
        "deal. Belgrade accused Pristina of stalling on a promised association of Serb municipalities, while "
        "Kosovo's foreign ministry blamed Serbia for the breakdown. The two sides could meet again next month.",
        [t("Serbia", "accuse", "Kosovo"), t("Kosovo", "accuse", "Serbia")],
        [t("Serbia", "negotiate", "Kosovo"), t("Serbia", "meet", "Kosovo")],
        [],
    ),
    (
        "pc-2024-10-14-canada-india",
        "2024-10-14",
        "OTTAWA — Canada expelled six Indian diplomats, including the high commissioner, on Monday, linking them to "
        "a campaign of violence against Sikh activists. India rejected the accusations as preposterous and said it "
        "was withdrawing its envoy and other targeted officials from Canada. New Delhi also expelled six Canadian "
        "diplomats.",
        [
            t("Canada", "expel", "India"),
            t("India", "reject", "Canada"),
            t("India", "sever", "Canada"),
            t("India", "expel", "Canada"),
        ],
        [t("Canada", "accuse", "India"), t("India", "withdraw", "Canada"), t("India", "criticize", "Canada")],
        [],
    ),
    (
        "pc-2023-07-20-iraq-sweden",
        "2023-07-20",
        "BAGHDAD — Iraq expelled the Swedish ambassador on Thursday and recalled its charge d'affaires from "
        "Stockholm after a man who had burned a Koran last month was allowed to stage a second protest there. "
        "Hours earlier, protesters stormed the Swedish embassy in Baghdad and set part of it on fire. Sweden "
        "condemned the attack on its embassy and summoned Iraq's charge d'affaires. Denmark, where similar "
        "protests took place, said it would look at ways to limit them.",
        [t("Iraq", "expel", "Sweden"), t("Iraq", "sever", "Sweden"), t("Sweden", "protest", "Iraq")],
        [t("Sweden", "criticize", "Iraq")],
        [t("Iraq", "attack", "Sweden"), t("Denmark", "sanction", "Iraq")],
    ),
    (
        "pc-2024-01-26-icj",
        "2024-01-26",
        "THE HAGUE — The International Court of Justice ordered Israel on Friday to take all measures within its "
        "power to prevent acts of genocide in Gaza, in a case brought by South Africa. The court stopped short of "
        "ordering a ceasefire. South Africa welcomed the ruling as a decisive victory, while Israeli Prime "
        "Minister Benjamin Netanyahu called the genocide charge outrageous and vowed to continue the war against "
        "Hamas.",
        [
            t("International Court of Justice", "demand", "Israel"),
            t("South Africa", "accuse", "Israel"),
            t("Benjamin Netanyahu", "criticize", "South Africa"),
        ],
        [
            t("Benjamin Netanyahu", "reject", "South Africa"),
            t("Benjamin Netanyahu", "threaten", "Hamas"),
            t("Israel", "attack", "Hamas"),
            t("South Africa", "support", "International Court of Justice"),
            t("Benjamin Netanyahu", "criticize", "International Court of Justice"),
        ],
        [],
    ),
    (
        "pc-2023-09-25-france-niger",
        "2023-09-25",
        "PARIS — President Emmanuel Macron said on Sunday that France would withdraw its ambassador and its 1,500 "
        "troops from Niger by the end of the year, two months after the coup that toppled its ally. The junta "
        "welcomed the announcement as a new step towards sovereignty. Mali and Burkina Faso, which had already "
        "expelled French forces, pledged to come to Niger's aid if it were attacked.",
        [
            t("France", "withdraw", "Niger"),
            t("France", "sever", "Niger"),
            t("Mali", "expel", "France"),
            t("Burkina Faso", "expel", "France"),
        ],
        [
            t("Emmanuel Macron", "withdraw", "Niger"),
            t("Emmanuel Macron", "sever", "Niger"),
            t("Mali", "support", "Niger"),
            t("Burkina Faso", "support", "Niger"),
            t("Mali", "offer", "Niger"),
            t("Burkina Faso", "offer", "Niger"),
            t("Mali", "aid", "Niger"),
            t("Burkina Faso", "aid", "Niger"),
        ],
        [],
    ),
    (
        "pc-2022-04-01-lavrov-wang",
        "2022-04-01",
        "BEIJING — Chinese Foreign Minister Wang Yi received Russian Foreign Minister Sergey Lavrov in the eastern "
        "province of Anhui on Wednesday. The two ministers pledged to deepen cooperation, and Wang said that "
        "China and Russia were determined to develop bilateral ties. Lavrov also met his Afghan counterpart. "
        "Western countries criticised Beijing for refusing to condemn the invasion of Ukraine.",
        [t("Wang Yi", "host", "Sergey Lavrov"), t("the West", "criticize", "China")],
        [
            t("Sergey Lavrov", "visit", "China"),
            t("Wang Yi", "cooperate", "Sergey Lavrov"),
            t("China", "cooperate", "Russia"),
            t("Wang Yi", "offer", "Sergey Lavrov"),
            t("Sergey Lavrov", "meet", "Afghanistan"),
            t("Wang Yi", "meet", "Sergey Lavrov"),
        ],
        [t("China", "criticize", "Russia")],
    ),
]


def main() -> None:
    with (HERE / "docs.jsonl").open("w") as out:
        for doc_id, date, text, *_ in DOCS:
            out.write(json.dumps({"id": doc_id, "date": date, "source": "practice_cues", "text": text}) + "\n")
    docs = {
        doc_id: {"triples": triples, "acceptable": acceptable, "forbidden": forbidden}
        for doc_id, _, _, triples, acceptable, forbidden in DOCS
    }
    (HERE / "gold.json").write_text(json.dumps({"actors": ACTORS, "docs": docs}, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
