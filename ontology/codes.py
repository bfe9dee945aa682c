"""The event-data field's codes: CAMEO codes with their Goldstein intensity and quad class, PLOVER classes.

GDELT, ICEWS and POLECAT users read an event as one row with a CAMEO code (or a PLOVER class), a quad
class (verbal/material cooperation/conflict) and a Goldstein-scale intensity from -10 (most conflictual)
to +10 (most cooperative). ontology/cameo.tsv is the codebook table; this module reads it, checks a code
against the codebook's structure and gives each relation of the ontology its codes. Its Goldstein values
are GDELT's published CAMEO.goldsteinscale.txt (public copy: GitHub mpiccirilli/UNDP-BCPR-Project,
CAMEO.goldsteinscale.txt); tests/ontology/test_codes.py pins them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from enum import IntEnum
from functools import cache, lru_cache
from importlib import resources

from diplograph.ontology.terms import relation_term

# A root is two digits 01-20; a code adds one or two digits to its root ("04", "041", "0411").
CAMEO_SHAPE = re.compile(r"(0[1-9]|1[0-9]|20)[0-9]{0,2}")


class QuadClass(IntEnum):
    """CAMEO's four-way grouping of its roots, numbered as GDELT's QuadClass column."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", " ")


@dataclass(frozen=True)
class CameoCode:
    code: str  # "041"
    name: str  # "Discuss by telephone"
    goldstein: float  # -10.0 .. +10.0

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> QuadClass:
        return quad_class_of_root(self.root)


@dataclass(frozen=True)
class EventCodes:
    """What an event-data user reads off one relation: CAMEO, PLOVER, quad class and intensity."""

    relation: str
    cameo: CameoCode
    plover: str

    @property
    def quad_class(self) -> QuadClass:
        return self.cameo.quad_class

    @property
    def goldstein(self) -> float:
        return self.cameo.goldstein


class InvalidCameoCode(ValueError):
    """A code that is not in CAMEO's codebook (or not shaped like one)."""


def quad_class_of_root(root: str) -> QuadClass:
    number = int(root)
    if not 1 <= number <= 20:
        raise InvalidCameoCode(f"CAMEO root {root!r} is not between 01 and 20")
    if number <= 5:
        return QuadClass.VERBAL_COOPERATION
    if number <= 8:
        return QuadClass.MATERIAL_COOPERATION
    if number <= 13:
        return QuadClass.VERBAL_CONFLICT
    return QuadClass.MATERIAL_CONFLICT


@lru_cache(maxsize=1)
def cameo_codebook() -> dict[str, CameoCode]:
    """Every code of ontology/cameo.tsv by its code."""
    text = resources.files("diplograph.ontology").joinpath("cameo.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    codes: dict[str, CameoCode] = {}
    for number, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
        code = row["code"].strip()
        if not CAMEO_SHAPE.fullmatch(code):
            raise InvalidCameoCode(f"ontology/cameo.tsv, row {number}: {code!r} is not shaped like a CAMEO code")
        codes[code] = CameoCode(code, row["name"].strip(), float(row["goldstein"]))
    return codes


def cameo_code(code: str) -> CameoCode:
    """The codebook's entry for a code; InvalidCameoCode saying why when there is none."""
    if not CAMEO_SHAPE.fullmatch(code):
        raise InvalidCameoCode(f"{code!r} is not a CAMEO code: two digits 01-20 and up to two more ('041')")
    book = cameo_codebook()
    if code not in book:
        raise InvalidCameoCode(f"{code!r} is shaped like a CAMEO code but is not in CAMEO's codebook")
    if code[:2] not in book:
        raise InvalidCameoCode(f"{code!r} has no root {code[:2]!r} in the codebook")
    return book[code]


@cache
def event_codes(relation: str) -> EventCodes:
    """The codes of an ontology relation ('meet' -> CAMEO 040, PLOVER CONSULT, verbal cooperation, 1.0)."""
    term = relation_term(relation)
    return EventCodes(relation, cameo_code(term.cameo_code), term.plover_class)
