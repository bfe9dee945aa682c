"""Compile the PETRARCH2 agents dictionary's people outside government into ingest/data/agents_society.tsv.

Phoenix.agents.txt files each agent noun under a sector. ingest/data/petrarch/agents.tsv (compile_petrarch.py)
keeps them all; the state's own sectors (government, military, police, intelligence) make a demonym the
acting state ("Iraqi officials"). Other sectors name a state's people outside its government: opposition
(protesters, dissidents), media (journalists), education (students), civilians, unidentified armed men
(gunmen, militants), rebels, labour, refugees. Facing their own state's agents ("Kenyan police arrested
protesters in Nairobi") they are a group of that state's people, not the state itself (ingest/agents.py).

Kept: one-word nouns of those sectors, singular and plural, that name people (NOT_PEOPLE lists the others).
Deterministic: the same source gives a byte-identical file.

    python tools/compile_agents.py [--source ../shared/lexicons/petrarch2] [--out ingest/data/agents_society.tsv]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO / ".." / "shared" / "lexicons" / "petrarch2"
DEFAULT_OUT = REPO / "ingest" / "data" / "agents_society.tsv"
# the field's sectors of a state's people outside its government: opposition, media, education, civilians,
# unidentified armed men, rebels, labour, refugees (not crime: a robbery is no political event)
SECTORS = ("OPP", "MED", "EDU", "CVL", "UAF", "REB", "LAB", "REF")
# one-word entries of those sectors that are not people acting or acted on as a group: places, outlets,
# institutions and events, bodies with names of their own, speakers for another (a spokesman is his
# principal's), and people the state holds (a detainee is acted on, never a crowd that acts)
NOT_PEOPLE = {
    "exile", "exiles", "detainee", "detainees", "crusader", "crusaders", "recreant", "recreants", "turncoat",
    "turncoats", "cyberdissidents", "cyberdissidentses",
    "blog", "blogs", "gazette", "gazettes", "magazine", "magazines", "media", "medias", "newspaper", "newspapers",
    "publication", "publications", "tabloid", "tabloids", "telecom", "telecoms", "television", "televisions",
    "tv", "tvs", "website", "websites", "spokesman", "spokesmen", "spokesperson", "spokeswoman", "spokeswomen",
    "college", "colleges", "conservatories", "conservatory", "kindergarden", "kindergardens", "kindergarten",
    "kindergartens", "preschool", "preschools", "school", "schoolhouse", "schoolhouses", "schools",
    "universities", "university",
    "airliner", "airliners", "jetliner", "jetliners", "communities", "community", "electorate", "electorates",
    "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "population", "populations",
    "settlement", "settlements", "village", "villages", "childrens", "childs", "womens", "victimses",
    "taxpayerses", "naturalized", "naturalizeds", "rabble",
    "militia", "militias", "janjaweed", "janjaweeds", "gunmens", "militiamens",
    "insurgence", "insurgences", "insurgencies", "insurgency", "rebellion", "rebellions", "revolt", "revolts",
    "uprising", "uprisings",
}
HEADER = ("# People of a state outside its government (compiled by tools/compile_agents.py from PETRARCH2's\n"
          "# Phoenix.agents.txt, sectors OPP MED EDU CVL UAF REB LAB REF; MIT, see petrarch/NOTICE).\n")


def petrarch_compiler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_petrarch", REPO / "tools" / "compile_petrarch.py")
    if spec is None or spec.loader is None:
        raise SystemExit("tools/compile_petrarch.py is missing")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


def compile_society(agents_text: str) -> str:
    compiler = petrarch_compiler()
    rows = [line.split("\t") for line in compiler.compile_agents(agents_text).splitlines()[1:]]
    kept = sorted((noun, sector) for noun, sector in rows if sector in SECTORS and " " not in noun
                  and "-" not in noun and noun not in NOT_PEOPLE)
    return HEADER + str(compiler.tsv(["noun", "sector"], kept))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    text = (args.source / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    body = compile_society(text)
    args.out.write_bytes(body.encode("utf-8"))
    print(f"{args.out.name}: {body.count(chr(10)) - 3} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
