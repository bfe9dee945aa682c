"""The field's codes: every CAMEO code is a valid one, with its quad class and Goldstein intensity."""

from __future__ import annotations

import pytest

from diplograph.ontology.codes import (
    CAMEO_SHAPE,
    InvalidCameoCode,
    QuadClass,
    cameo_code,
    cameo_codebook,
    event_codes,
)
from diplograph.ontology.terms import DIPL, ontology_graph, relation_names


def test_every_cameo_code_in_the_ontology_is_in_the_codebook() -> None:
    codes = {str(code) for code in ontology_graph().objects(None, DIPL.cameoCode)}
    assert codes
    for code in codes:
        assert cameo_code(code).code == code


def test_the_codebook_is_shaped_like_cameo() -> None:
    book = cameo_codebook()
    roots = {code for code in book if len(code) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for code, entry in book.items():
        assert CAMEO_SHAPE.fullmatch(code)
        assert code[:2] in roots  # every code sits under its root
        assert -10.0 <= entry.goldstein <= 10.0
        if len(code) == 3:
            assert f"{code[:2]}0" in book  # the root's own "not specified below" code


@pytest.mark.parametrize(("relation", "cameo", "plover", "quad", "goldstein"), [
    ("meet", "040", "CONSULT", QuadClass.VERBAL_COOPERATION, 1.0),
    ("call", "041", "CONSULT", QuadClass.VERBAL_COOPERATION, 1.0),
    ("agree", "057", "AGREE", QuadClass.VERBAL_COOPERATION, 8.0),
    ("aid", "070", "AID", QuadClass.MATERIAL_COOPERATION, 7.0),
    ("withdraw", "087", "RETREAT", QuadClass.MATERIAL_COOPERATION, 9.0),
    ("demand", "100", "REQUEST", QuadClass.VERBAL_CONFLICT, -5.0),
    ("threaten", "130", "THREATEN", QuadClass.VERBAL_CONFLICT, -4.4),
    ("sanction", "163", "SANCTION", QuadClass.MATERIAL_CONFLICT, -8.0),
    ("attack", "190", "ASSAULT", QuadClass.MATERIAL_CONFLICT, -10.0),
])
def test_each_relation_has_its_cameo_plover_quad_class_and_intensity(
        relation: str, cameo: str, plover: str, quad: QuadClass, goldstein: float) -> None:
    codes = event_codes(relation)
    assert (codes.cameo.code, codes.plover, codes.quad_class, codes.goldstein) == (cameo, plover, quad, goldstein)


def test_every_relation_has_codes() -> None:
    for relation in relation_names():
        assert event_codes(relation).cameo.code


@pytest.mark.parametrize("code", ["", "4", "0400", "21", "210", "00", "04a", "167", "095", "0401x"])
def test_a_code_outside_the_codebook_is_refused(code: str) -> None:
    with pytest.raises(InvalidCameoCode):
        cameo_code(code)
