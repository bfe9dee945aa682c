"""Datelines are metadata, cut before parsing (ingest/dateline.py): the seed's form and the wire services'."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.ingest.dateline import parse_dateline


@pytest.mark.parametrize(
    ("text", "place", "date", "body"),
    [
        ("date 2022-02-15 Moscow: As the West", "Moscow", dt.date(2022, 2, 15), "As the West"),
        ("ANKARA, March 3 (Reuters) - Turkey's foreign minister", "ANKARA", None, "Turkey's"),
        ("NAIROBI — Kenya expelled", "NAIROBI", None, "Kenya"),
        ("WASHINGTON (AP) — The United States", "WASHINGTON", None, "The United"),
        ("Moscow, Feb 15 (Reuters) - Russia said", "Moscow", None, "Russia"),
        ("ABU DHABI, United Arab Emirates — The UAE", "ABU DHABI, United Arab Emirates", None, "The UAE"),
        ("BEIJING, May 16, 2024 (AP) — Putin", "BEIJING", dt.date(2024, 5, 16), "Putin"),
        ("DUBAI/RIYADH, March 3 (Reuters) - Saudi Arabia said", "DUBAI/RIYADH", None, "Saudi Arabia"),
        ("ANKARA, Türkiye — Turkish officials", "ANKARA, Türkiye", None, "Turkish"),
        ("BRUSSELS, 3 March 2024 (Reuters) - The EU", "BRUSSELS", dt.date(2024, 3, 3), "The EU"),
        ("Kyiv, Ukraine — Ukraine said", "Kyiv, Ukraine", None, "Ukraine said"),
    ],
)
def test_a_dateline_is_recognised_with_its_place_and_full_date(text: str, place: str, date: dt.date | None,
                                                              body: str) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.date) == (place, date)
    assert text[dateline.end:].startswith(body)


@pytest.mark.parametrize(
    "text",
    ["Russia - a big country", "The US - China talks resumed", "US President Joe Biden met", "NATO — the alliance",
     "UN chief says"],
)
def test_a_sentence_that_only_looks_like_a_dateline_is_left_alone(text: str) -> None:
    assert parse_dateline(text) is None
