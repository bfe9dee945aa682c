"""Time expressions resolved against an anchor date (the document's date, or another event's).

Pure functions over strings: spaCy finds the DATE spans, these say which day they mean.
News convention: a bare weekday refers to the past week unless the clause looks ahead
("will meet on Friday"), and to the anchor day itself when it is that weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from diplograph.model import DatePrecision

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}
UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}

ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_DAY = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?\b")
MONTH_YEAR = re.compile(r"\b([a-z]+)\.?,?\s+(\d{4})\b")
MONTH_ALONE = re.compile(r"\b([a-z]+)\b")
YEAR_ALONE = re.compile(r"\b(19\d{2}|20\d{2})\b")
OFFSET = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\b")
DAYS_AGO = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+days?\s+ago\b")
MONTHS_AGO = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+months?\s+ago\b")
WEEKS_AGO = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+weeks?\s+ago\b")
YEARS_AGO = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago\b")


def resolve_weekday(name: str, anchor: dt.date, looking_ahead: bool = False, shift: str = "") -> dt.date:
    """'Tuesday' in a story dated Wednesday 2022-02-16 is 2022-02-15; 'next Tuesday' is a week on."""
    target = WEEKDAYS.index(name)
    if looking_ahead or shift == "next":
        delta = (target - anchor.weekday()) % 7
        if shift == "next" and delta == 0:
            delta = 7
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.weekday() - target) % 7
    if shift == "last" and delta == 0:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, year: str | None, anchor: dt.date, looking_ahead: bool) -> dt.date | None:
    if year:
        return _safe_date(int(year), month, day)
    candidate = _safe_date(anchor.year, month, day)
    if candidate is None:
        return None
    # a month-day without a year is the nearest such day in the direction the clause looks
    if looking_ahead and candidate < anchor - dt.timedelta(days=60):
        return _safe_date(anchor.year + 1, month, day)
    if not looking_ahead and candidate > anchor + dt.timedelta(days=60):
        return _safe_date(anchor.year - 1, month, day)
    return candidate


def resolve_date(expression: str, anchor: dt.date | None, looking_ahead: bool = False) -> dt.date | None:
    """The day an expression names, or None when it names no single day ('weeks', 'five years')."""
    text = expression.lower().strip()
    match = ISO.search(text)
    if match:
        return _safe_date(int(match[1]), int(match[2]), int(match[3]))
    if anchor is None:
        return None
    for word, days in (("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)):
        if re.search(rf"\b{word}\b", text):
            return anchor + dt.timedelta(days=days)
    for index, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", text):
            shift = "next" if re.search(r"\bnext\b", text) else "last" if re.search(r"\blast\b", text) else ""
            return resolve_weekday(WEEKDAYS[index], anchor, looking_ahead, shift)
    match = MONTH_DAY.search(text)
    if match and match[1] in MONTHS:
        return _month_day(MONTHS[match[1]], int(match[2]), match[3], anchor, looking_ahead)
    match = DAY_MONTH.search(text)
    if match and match[2] in MONTHS:
        return _month_day(MONTHS[match[2]], int(match[1]), match[3], anchor, looking_ahead)
    match = DAYS_AGO.search(text)
    if match:  # "three days ago"
        return anchor - dt.timedelta(days=_count(match[1]))
    match = WEEKS_AGO.search(text)
    if match:  # "two weeks ago"
        return anchor - dt.timedelta(days=7 * _count(match[1]))
    if re.fullmatch(r"(?:the\s+)?(?:next|coming)\s+week", text):
        return anchor + dt.timedelta(days=7)
    if re.fullmatch(r"last\s+week", text):
        return anchor - dt.timedelta(days=7)
    return None


def _count(word: str) -> int:
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)


def day_offset(expression: str) -> int | None:
    """'a day' -> 1, 'two weeks' -> 14: the measure in 'a day after', 'two days later'."""
    match = OFFSET.search(expression.lower())
    if not match:
        return None
    count = NUMBER_WORDS.get(match[1])
    if count is None:
        count = int(match[1])
    return count * UNIT_DAYS[match[2]]


@dataclass(frozen=True)
class When:
    """A resolved time expression: a day, or the first day of the month or year it names."""

    date: dt.date
    precision: DatePrecision = DatePrecision.DAY


def _shift_month(anchor: dt.date, months: int) -> dt.date:
    index = anchor.year * 12 + anchor.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def resolve_when(expression: str, anchor: dt.date | None, looking_ahead: bool = False) -> When | None:
    """A day when the expression names one, else the month or year it names ('in May', 'last year').

    A month without a year is the nearest such month in the direction the clause looks: in a story
    of June 2024, 'in May' is May 2024 and 'in August' August 2023, unless the clause looks ahead.
    """
    day = resolve_date(expression, anchor, looking_ahead)
    if day is not None:
        return When(day)
    text = expression.lower().strip()
    match = MONTH_YEAR.search(text)
    if match and match[1] in MONTHS:
        return When(dt.date(int(match[2]), MONTHS[match[1]], 1), DatePrecision.MONTH)
    if anchor is not None:
        for word, shift in (("last", -1), ("previous", -1), ("this", 0), ("next", 1), ("coming", 1)):
            if re.search(rf"\b{word}\s+month\b", text):
                return When(_shift_month(anchor, shift), DatePrecision.MONTH)
        if re.search(r"\b(?:earlier|later)\s+(?:in\s+)?the\s+month\b", text):
            return When(_shift_month(anchor, 0), DatePrecision.MONTH)
        match = MONTHS_AGO.search(text)
        if match:  # "a month ago": before the story's date
            return When(_shift_month(anchor, -_count(match[1])), DatePrecision.MONTH)
        match = YEARS_AGO.search(text)
        if match:  # "four years ago": the year
            return When(dt.date(anchor.year - _count(match[1]), 1, 1), DatePrecision.YEAR)
        for word, years in (("last", -1), ("previous", -1), ("this", 0), ("next", 1), ("coming", 1)):
            if re.search(rf"\b{word}\s+year\b", text):
                # a month of that year: "in February last year", "March of next year"
                named = [MONTHS[w] for w in MONTH_ALONE.findall(text) if w in MONTHS]
                if named:
                    return When(dt.date(anchor.year + years, named[0], 1), DatePrecision.MONTH)
                return When(dt.date(anchor.year + years, 1, 1), DatePrecision.YEAR)
        # "May" is a month only after a word of time ("in May", "late May") or alone, never the modal
        may_is_month = text == "may" or re.search(
            r"\b(?:in|early|mid|late|since|until|by|this|last|next|of)[- ]+may\b", text) is not None
        months: list[int] = [MONTHS[word] for word in MONTH_ALONE.findall(text)
                             if word in MONTHS and (word != "may" or may_is_month)]
        if months:
            candidate = dt.date(anchor.year, months[0], 1)
            if looking_ahead and candidate < _shift_month(anchor, 0):
                candidate = dt.date(anchor.year + 1, months[0], 1)
            elif not looking_ahead and candidate > anchor:
                candidate = dt.date(anchor.year - 1, months[0], 1)
            return When(candidate, DatePrecision.MONTH)
    match = YEAR_ALONE.search(text)
    if match and not re.search(r"\d+\s+years?\b", text):
        return When(dt.date(int(match[1]), 1, 1), DatePrecision.YEAR)
    return None
