"""Surnames: the short forms of the full names one story gives.

"Erdogan" after "Recep Tayyip Erdoğan" is that person; "Zelensky" after "Volodymyr Zelenskyy" is the office data's
"Volodymyr Zelenskyy" as the story spells him. names.py builds the table for each document.
"""

from __future__ import annotations

from diplograph.ingest.offices import fold


class Surnames:
    """The short forms of the full names a document gives, looked up without diacritics or case ('Erdogan'
    finds 'Recep Tayyip Erdoğan'), and the document's own form of each office-holder it names in full."""

    def __init__(self) -> None:
        self.by_short_form: dict[str, str] = {}
        self.local_forms: dict[str, str] = {}  # the office data's name -> the document's ("Volodymyr Zelenskyy")

    def add(self, short: str, full: str) -> None:
        self.by_short_form.setdefault(fold(short), full)

    def get(self, short: str) -> str | None:
        return self.by_short_form.get(fold(short))

    def __contains__(self, short: object) -> bool:
        return isinstance(short, str) and fold(short) in self.by_short_form

    def __getitem__(self, short: str) -> str:
        return self.by_short_form[fold(short)]

    def local(self, person: str) -> str:
        """An office-holder as this document names him: 'Zelensky' after 'Volodymyr Zelenskyy' is the latter."""
        return self.local_forms.get(person, person)
