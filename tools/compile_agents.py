"""Compile the PETRARCH2 agents dictionary's people in the street into ingest/data/agents_society.tsv.

Phoenix.agents.txt files each agent noun under a sector. ingest/data/petrarch/agents.tsv (compile_petrarch.py)
keeps them all; the state's own sectors (government, military, police, intelligence) make a demonym the
acting state ("Iraqi officials"). The opposition sector (OPP) names people who act against or apart from
their state: protesters, demonstrators, rioters, dissidents, activists. Named by their state ("Kenyan
protesters", "protesters in Nairobi") they are a group of that state's people, not the state itself: the
police of the same state can act on them, and they can protest against it (ingest/agents.py).

Kept: one-word OPP nouns, singular and plural, that name people (not parties, movements or coalitions,
whose names are their own). Deterministic: the same source gives a byte-identical file.

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
SECTORS = ("OPP",)
# one-word OPP entries that are not people in the street or in dissent: bodies with names of their own, or
# people the state holds (a detainee is acted on, never a crowd that acts)
NOT_PEOPLE = {"exile", "exiles", "detainee", "detainees", "crusader", "crusaders", "recreant", "recreants",
              "turncoat", "turncoats", "cyberdissidents", "cyberdissidentses"}
HEADER = ("# People of a state acting apart from it (compiled by tools/compile_agents.py from PETRARCH2's\n"
          "# Phoenix.agents.txt, sector OPP; MIT, see petrarch/NOTICE): with a state they are that state's group.\n")


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
    kept = sorted(noun for noun, sector in rows if sector in SECTORS and " " not in noun and "-" not in noun
                  and noun not in NOT_PEOPLE)
    return HEADER + str(compiler.tsv(["noun", "sector"], ([noun, "OPP"] for noun in kept)))


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
