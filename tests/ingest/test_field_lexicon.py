"""The compiled PETRARCH2 lexicon (ingest/data/petrarch/) and its loaders."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
from extracting import asserted

from diplograph.ingest.field_lexicon import (
    load_agents,
    load_discards,
    load_field_bodies,
    load_field_states,
    load_field_verbs,
    load_people,
)
from diplograph.ontology import relation_names

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / ".." / "shared" / "lexicons" / "petrarch2"
COMPILED = REPO / "ingest" / "data" / "petrarch"


def compiler():
    spec = importlib.util.spec_from_file_location("compile_petrarch", REPO / "tools" / "compile_petrarch.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


def test_the_compiled_files_regenerate_byte_for_byte(tmp_path: Path) -> None:
    if not (SOURCE / "CAMEO.2.0.txt").is_file():
        pytest.skip(f"the PETRARCH2 dictionaries are not checked out at {SOURCE.resolve()}")
    assert compiler().main(["--source", str(SOURCE), "--out", str(tmp_path)]) == 0
    expected = sorted(p.name for p in COMPILED.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == expected
    for name in expected:
        assert (tmp_path / name).read_bytes() == (COMPILED / name).read_bytes(), name


def test_every_verb_cue_names_a_relation_of_the_ontology() -> None:
    relations = {cue.relation for cues in load_field_verbs().values() for cue in cues}
    assert relations and relations <= relation_names()


def test_the_notice_keeps_the_mit_licence() -> None:
    notice = (COMPILED / "NOTICE").read_text(encoding="utf-8")
    assert "MIT License" in notice and "tools/compile_petrarch.py" in notice


def test_cut_ties_is_a_sever_cue() -> None:
    cues = [c for c in load_field_verbs()["cut"] if "ties" in c.object_nouns]
    assert [(c.relation, c.particle) for c in cues] == [("sever", "")]
    assert "prep:with" in cues[0].targets


def test_pull_back_is_a_withdraw_phrasal_cue() -> None:
    cues = [c for c in load_field_verbs()["pull"] if c.particle == "back"]
    assert [c.relation for c in cues] == ["withdraw"]
    assert not cues[0].object_nouns


def test_particle_cues_come_before_plain_ones() -> None:
    cues = load_field_verbs()["pull"]
    assert [bool(c.particle) for c in cues] == sorted((bool(c.particle) for c in cues), reverse=True)


def test_government_officials_and_diplomats_are_government_agents() -> None:
    agents = load_agents()
    assert agents["government officials"] == "GOV"
    assert agents["diplomats"] == "GOV"


def test_soldiers_are_military_agents() -> None:
    assert load_agents()["soldiers"] == "MIL"


def test_russian_is_the_adjective_of_russia() -> None:
    russia = load_field_states()["RUS"]
    assert "Russian" in russia.adjectives and "Moscow" in russia.aliases


def test_putin_has_a_dated_russian_government_role() -> None:
    terms = load_people()["Vladimir Putin"]
    held = [t for t in terms if t.holds_on(date(2015, 6, 1))]
    assert [(t.code, t.iso3, t.sector) for t in held] == [("RUSGOV", "RUS", "GOV")]
    assert any(t.start == date(1999, 8, 9) for t in terms)


def test_a_states_agencies_and_forces_are_its_bodies_but_no_person_or_legislature() -> None:
    bodies = load_field_bodies()
    assert bodies["FBI"] == "USA" and bodies["PLA"] == "CHN" and bodies["FSB"] == "RUS"
    assert "ASSAD" not in bodies and "Knesset" not in bodies and "KNESSET" not in bodies


def test_a_body_acts_for_its_state_unless_another_state_owns_the_name() -> None:
    assert ("United States", "accuse", "China") in asserted("The FBI accused Chinese hackers of trying to steal "
                                                            "vaccine research.")
    assert ("Israel", "attack", "Hamas") in asserted("The IDF struck Hamas targets in Gaza.")
    assert ("Turkey", "warn", "Greece") in asserted("Turkey's National Security Council warned Greece.")
    # a name many states' bodies share, or one another owner claims, is no American body
    assert ("South Korea", "criticize", "North Korea") in asserted(
        "South Korea's National Security Council condemned North Korea's missile launch.")
    assert ("Jordan", "attack", "Islamic State") in asserted(
        "The Royal Air Force of Jordan struck Islamic State targets in Syria.")
    assert not any(t[0] == "United States" for t in asserted(
        "South Korea convened its National Security Council, which condemned the launch."))


def test_discards_are_lower_case_phrases() -> None:
    discards = load_discards()
    assert "world cup" in discards
    assert all(phrase == phrase.lower() for phrase in discards)


@pytest.mark.parametrize(("iso3", "name", "place"), [("UKR", "Ukraine", "Kyiv"), ("IRQ", "Iraq", "Mosul"),
                                                     ("GEO", "Georgia", "Tbilisi"), ("ARM", "Armenia", "Yerevan")])
def test_a_state_whose_code_changed_is_a_state_and_no_person(iso3: str, name: str, place: str) -> None:
    """PETRARCH codes Ukraine USRUKR before 1991 and UKR after: it is the state UKR, its cities with it, and
    its office-holders carry its code (once it was compiled as a person named Ukraine)."""
    state = load_field_states()[iso3]
    assert state.name == name and place in state.aliases
    assert name not in load_people()
    assert any(term.iso3 == iso3 for terms in load_people().values() for term in terms)
