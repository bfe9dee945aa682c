"""The dateline that opens a story: metadata, not a sentence, so it is cut before parsing.

Two forms: the seed's ``date 2022-02-15 Moscow:``, and the wire services' ``ANKARA, March 3
(Reuters) -``, ``NAIROBI —``, ``WASHINGTON (AP) —``. Left in, a wire dateline is parsed as the
first sentence's subject ("NAIROBI — Kenya expelled ..." made Nairobi the expeller).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DATELINE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<place>[^:\n]{1,60}?)\s*:\s*")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DASH = r"(?:--|[-\u2013\u2014])"
_LETTER = r"[^\W\d_]"  # any letter, with its accents: "ANKARA, Türkiye"
_CAPITALS = r"[A-Z][A-Z.'\u2019\- ]{1,40}[A-Z.]"
# a place in capitals ("NEW DELHI", "ABU DHABI, United Arab Emirates", "DUBAI/RIYADH" for a story from two),
# or a city and its country ("Kyiv, Ukraine"), or any place when an agency or a date follows it; then an
# optional date ("March 3", "3 March", "May 16, 2024"), an optional (agency), and a dash
WIRE_DATELINE = re.compile(
    r"^\s*(?P<place>" + _CAPITALS + r"(?:/" + _CAPITALS + r")*(?:,\s*[A-Z](?:" + _LETTER + r"|[.'\- ]){1,30})?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=\s+" + _DASH + r"\s)"
    r"|[A-Z][A-Za-z.'\u2019\- ]{1,40}(?=,\s*(?:" + _MONTH + r"|\d{1,2}\s+" + _MONTH + r")|\s*\())"
    r"(?:,\s*(?P<date>" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"(?:,?\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z .&/]{2,30})\))?"
    r"\s*" + _DASH + r"\s*(?=[A-Z0-9\"'\u201c\u2018])"
)


@dataclass(frozen=True)
class Dateline:
    date: dt.date | None  # None when the dateline names no full date ("NAIROBI —", "ANKARA, March 3 -")
    place: str
    end: int  # offset where the story's body starts


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, or None when there is none or its date is impossible."""
    match = DATELINE.match(text)
    if match:
        try:
            date = dt.date.fromisoformat(match["date"])
        except ValueError:
            return None
        return Dateline(date=date, place=match["place"].strip(), end=match.end())
    match = WIRE_DATELINE.match(text)
    if match is None or not (match["place"].split(",")[0].isupper() or match["agency"] or match["date"]
                             or "," in match["place"]):
        return None
    return Dateline(date=_full_date(match["date"]), place=match["place"].strip().rstrip(","), end=match.end())


def _full_date(text: str | None) -> dt.date | None:
    """'March 3, 2024' names a day; 'March 3' alone needs the document's year, which a dateline lacks."""
    if not text:
        return None
    for pattern in ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%d %B, %Y"):
        try:
            return dt.datetime.strptime(" ".join(text.split()), pattern).date()
        except ValueError:
            continue
    return None
