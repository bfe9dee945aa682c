"""The dateline that opens a wire story: ``date 2022-02-15 Moscow:`` (the seed's form)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DATELINE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<place>[^:\n]{1,60}?)\s*:\s*")


@dataclass(frozen=True)
class Dateline:
    date: dt.date
    place: str
    end: int  # offset where the story's body starts


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, or None when there is none or its date is impossible."""
    match = DATELINE.match(text)
    if not match:
        return None
    try:
        date = dt.date.fromisoformat(match["date"])
    except ValueError:
        return None
    return Dateline(date=date, place=match["place"].strip(), end=match.end())
