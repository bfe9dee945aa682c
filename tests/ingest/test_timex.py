"""Time expressions resolved against the document's date (ingest/timex.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.ingest.timex import When, day_offset, resolve_date, resolve_when
from diplograph.model import DatePrecision

TUESDAY = dt.date(2022, 2, 15)  # the seed's dateline: a Tuesday
WEDNESDAY = dt.date(2023, 6, 14)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Monday", dt.date(2022, 2, 14)),
        ("on Sunday", dt.date(2022, 2, 13)),
        ("Wednesday", dt.date(2022, 2, 9)),
        ("late on Friday", dt.date(2022, 2, 11)),
    ],
)
def test_bare_weekday_is_the_most_recent_such_day_before_the_anchor(expression: str, expected: dt.date) -> None:
    assert resolve_date(expression, TUESDAY) == expected


def test_weekday_of_the_anchor_itself_is_the_anchor_day() -> None:
    assert resolve_date("on Tuesday", TUESDAY) == TUESDAY
    assert resolve_date("Tuesday", TUESDAY, looking_ahead=True) == TUESDAY


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Wednesday", dt.date(2022, 2, 16)),
        ("on Friday", dt.date(2022, 2, 18)),
        ("Monday", dt.date(2022, 2, 21)),
    ],
)
def test_weekday_in_a_clause_looking_ahead_is_the_next_such_day(expression: str, expected: dt.date) -> None:
    assert resolve_date(expression, TUESDAY, looking_ahead=True) == expected


def test_next_and_last_weekday_move_a_full_week_on_the_anchor_weekday() -> None:
    assert resolve_date("next Tuesday", TUESDAY) == dt.date(2022, 2, 22)
    assert resolve_date("last Tuesday", TUESDAY) == dt.date(2022, 2, 8)
    assert resolve_date("next Thursday", TUESDAY) == dt.date(2022, 2, 17)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [("next week", dt.date(2023, 6, 21)), ("the coming week", dt.date(2023, 6, 21)),
     ("last week", dt.date(2023, 6, 7))],
)
def test_next_and_last_week_are_seven_days_from_the_anchor(expression: str, expected: dt.date) -> None:
    assert resolve_date(expression, WEDNESDAY) == expected


def test_today_yesterday_and_tomorrow_are_relative_to_the_anchor() -> None:
    assert resolve_date("today", TUESDAY) == TUESDAY
    assert resolve_date("yesterday", TUESDAY) == dt.date(2022, 2, 14)
    assert resolve_date("tomorrow", TUESDAY) == dt.date(2022, 2, 16)


def test_iso_date_needs_no_anchor() -> None:
    assert resolve_date("2021-12-17", None) == dt.date(2021, 12, 17)
    assert resolve_date("on 2021-12-17", TUESDAY) == dt.date(2021, 12, 17)


def test_impossible_iso_date_gives_none() -> None:
    assert resolve_date("2023-02-30", TUESDAY) is None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("June 22", dt.date(2023, 6, 22)),
        ("on June 22nd", dt.date(2023, 6, 22)),
        ("22 June", dt.date(2023, 6, 22)),
        ("the 22nd of June", dt.date(2023, 6, 22)),
        ("Sept. 3", dt.date(2023, 9, 3)),
    ],
)
def test_month_and_day_without_year_take_the_anchor_year(expression: str, expected: dt.date) -> None:
    assert resolve_date(expression, WEDNESDAY, looking_ahead=True) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [("June 22, 2019", dt.date(2019, 6, 22)), ("22 June 2019", dt.date(2019, 6, 22))],
)
def test_month_and_day_with_year_take_that_year(expression: str, expected: dt.date) -> None:
    assert resolve_date(expression, WEDNESDAY) == expected


def test_month_day_far_in_the_future_of_a_past_clause_is_last_year() -> None:
    assert resolve_date("December 20", dt.date(2023, 1, 10)) == dt.date(2022, 12, 20)


def test_month_day_far_in_the_past_of_a_forward_clause_is_next_year() -> None:
    assert resolve_date("January 5", dt.date(2022, 12, 1), looking_ahead=True) == dt.date(2023, 1, 5)


def test_relative_expressions_without_an_anchor_give_none() -> None:
    assert resolve_date("on Tuesday", None) is None
    assert resolve_date("June 22", None) is None


@pytest.mark.parametrize(
    "expression",
    ["weeks", "five years", "two days", "a decade", "the past month", "recent months", "2022", "this year"],
)
def test_durations_and_vague_spans_name_no_single_day(expression: str) -> None:
    assert resolve_date(expression, TUESDAY) is None


@pytest.mark.parametrize(
    ("expression", "days"),
    [("a day", 1), ("one day", 1), ("two days", 2), ("3 days", 3), ("a week", 7), ("two weeks", 14)],
)
def test_day_offset_measures_days_and_weeks(expression: str, days: int) -> None:
    assert day_offset(expression) == days


@pytest.mark.parametrize("expression", ["Tuesday", "months", "a year", ""])
def test_day_offset_of_something_not_a_measure_of_days_is_none(expression: str) -> None:
    assert day_offset(expression) is None


# ---------------------------------------------------------------- month and year precision

JUNE_14_2024 = dt.date(2024, 6, 14)


@pytest.mark.parametrize(
    ("expression", "date", "precision"),
    [
        ("in May", dt.date(2024, 5, 1), DatePrecision.MONTH),
        ("in August", dt.date(2023, 8, 1), DatePrecision.MONTH),  # a month still to come this year: last year's
        ("last month", dt.date(2024, 5, 1), DatePrecision.MONTH),
        ("earlier this month", dt.date(2024, 6, 1), DatePrecision.MONTH),
        ("in March 2022", dt.date(2022, 3, 1), DatePrecision.MONTH),
        ("last year", dt.date(2023, 1, 1), DatePrecision.YEAR),
        ("in 2019", dt.date(2019, 1, 1), DatePrecision.YEAR),
        ("on Tuesday", dt.date(2024, 6, 11), DatePrecision.DAY),
    ],
)
def test_a_month_or_year_keeps_its_precision(expression: str, date: dt.date, precision: DatePrecision) -> None:
    assert resolve_when(expression, JUNE_14_2024) == When(date, precision)


def test_a_month_in_a_clause_looking_ahead_is_the_next_such_month() -> None:
    assert resolve_when("in May", JUNE_14_2024, looking_ahead=True) == When(dt.date(2025, 5, 1), DatePrecision.MONTH)


@pytest.mark.parametrize("expression", ["five years", "in recent months", "weeks", "the past 30 years"])
def test_a_span_of_time_names_no_date(expression: str) -> None:
    assert resolve_when(expression, JUNE_14_2024) is None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [("three days ago", When(dt.date(2024, 6, 11))),
     ("a month ago", When(dt.date(2024, 5, 1), DatePrecision.MONTH)),
     ("two months ago", When(dt.date(2024, 4, 1), DatePrecision.MONTH)),
     ("two weeks ago", When(dt.date(2024, 5, 31))),
     ("four years ago", When(dt.date(2020, 1, 1), DatePrecision.YEAR)),
     ("the end of May", When(dt.date(2024, 5, 1), DatePrecision.MONTH)),
     ("two days earlier", None)],  # earlier than the story's last event, not than its date
)
def test_time_ago_counts_back_from_the_story_at_the_precision_it_gives(expression: str, expected: When | None) -> None:
    assert resolve_when(expression, dt.date(2024, 6, 14)) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("in February last year", dt.date(2023, 2, 1)),
    ("May last year", dt.date(2023, 5, 1)),
    ("March of next year", dt.date(2025, 3, 1)),
])
def test_a_month_of_last_or_next_year_keeps_its_month(expression: str, expected: dt.date) -> None:
    assert resolve_when(expression, JUNE_14_2024) == When(expected, DatePrecision.MONTH)
