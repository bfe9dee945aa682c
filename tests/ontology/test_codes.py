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


# The Goldstein scale as GDELT publishes it for CAMEO (CAMEO.goldsteinscale.txt in gdeltproject.org's
# data/lookups; public copy: GitHub mpiccirilli/UNDP-BCPR-Project, path CAMEO.goldsteinscale.txt,
# commit 08d29bb4), for every root and three-digit code. Written out here, apart from ontology/cameo.tsv,
# so that a value edited there is checked against the published table rather than against itself.
PUBLISHED_GOLDSTEIN: dict[str, float] = {
    "01": 0.0, "010": 0.0, "011": -0.1, "012": -0.4, "013": 0.4, "014": 0.0, "015": 0.0, "016": -2.0, "017": 0.0,
    "018": 3.4, "019": 3.4,
    "02": 3.0, "020": 3.0, "021": 3.4, "022": 3.2, "023": 3.4, "024": -0.3, "025": -0.3, "026": 4.0, "027": 4.0,
    "028": 4.0,
    "03": 4.0, "030": 4.0, "031": 5.2, "032": 4.5, "033": 5.2, "034": 7.0, "035": 7.0, "036": 4.0, "037": 5.0,
    "038": 7.0, "039": 5.0,
    "04": 1.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0,
    "05": 3.5, "050": 3.5, "051": 3.4, "052": 3.5, "053": 3.8, "054": 6.0, "055": 7.0, "056": 7.0, "057": 8.0,
    "06": 6.0, "060": 6.0, "061": 6.4, "062": 7.4, "063": 7.4, "064": 7.0,
    "07": 7.0, "070": 7.0, "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7.0,
    "08": 5.0, "080": 5.0, "081": 5.0, "082": 5.0, "083": 5.0, "084": 7.0, "085": 7.0, "086": 9.0, "087": 9.0,
    "09": -2.0, "090": -2.0, "091": -2.0, "092": -2.0, "093": -2.0, "094": -2.0,
    "10": -5.0, "100": -5.0, "101": -5.0, "102": -5.0, "103": -5.0, "104": -5.0, "105": -5.0, "106": -5.0,
    "107": -5.0, "108": -5.0,
    "11": -2.0, "110": -2.0, "111": -2.0, "112": -2.0, "113": -2.0, "114": -2.0, "115": -2.0, "116": -2.0,
    "12": -4.0, "120": -4.0, "121": -4.0, "122": -4.0, "123": -4.0, "124": -4.0, "125": -5.0, "126": -5.0,
    "127": -5.0, "128": -5.0, "129": -5.0,
    "13": -6.0, "130": -4.4, "131": -5.8, "132": -5.8, "133": -5.8, "134": -5.8, "135": -5.8, "136": -7.0,
    "137": -7.0, "138": -7.0, "139": -7.0,
    "14": -6.5, "140": -6.5, "141": -6.5, "142": -6.5, "143": -6.5, "144": -7.5, "145": -7.5,
    "15": -7.2, "150": -7.2, "151": -7.2, "152": -7.2, "153": -7.2, "154": -7.2,
    "16": -4.0, "160": -4.0, "161": -4.0, "162": -5.6, "163": -8.0, "164": -7.0, "165": -6.5, "166": -7.0,
    "17": -7.0, "170": -7.0, "171": -9.2, "172": -5.0, "173": -5.0, "174": -5.0, "175": -9.0,
    "18": -9.0, "180": -9.0, "181": -9.0, "182": -9.5, "183": -10.0, "184": -8.0, "185": -8.0, "186": -10.0,
    "19": -10.0, "190": -10.0, "191": -9.5, "192": -9.5, "193": -10.0, "194": -10.0, "195": -10.0, "196": -9.5,
    "20": -10.0, "200": -10.0, "201": -9.5, "202": -10.0, "203": -10.0, "204": -10.0,
}


def test_goldstein_values_follow_the_cameo_scale() -> None:
    book = cameo_codebook()
    assert set(book) == set(PUBLISHED_GOLDSTEIN)  # every root and three-digit code, and nothing else
    wrong = {code: (entry.goldstein, PUBLISHED_GOLDSTEIN[code])
             for code, entry in book.items() if entry.goldstein != PUBLISHED_GOLDSTEIN[code]}
    assert wrong == {}  # code: (ours, published)
    assert all(-10.0 <= entry.goldstein <= 10.0 for entry in book.values())


def test_each_relation_carries_the_published_intensity_of_its_cameo_code() -> None:
    for relation in relation_names():
        codes = event_codes(relation)
        assert codes.goldstein == PUBLISHED_GOLDSTEIN[codes.cameo.code], relation


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
