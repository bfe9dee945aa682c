"""Surnames: the short forms of the full names one story gives.

"Erdogan" after "Recep Tayyip Erdoğan" is that person; "Zelensky" after "Volodymyr Zelenskyy" is the office data's
"Volodymyr Zelenskyy" as the story spells him. names.py builds the table for each document.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.offices import fold
from diplograph.model import ActorType


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


def add_untagged_surnames(index: ActorIndex, doc: Doc, first: int, surnames: Surnames) -> None:
    """A surname of a person the story names in full, which the tagger read as a word and left out of every
    entity ('[Trump]NN held talks with Macron' after 'U.S. President-elect Donald Trump'): that person."""
    for token in doc[first:]:
        if token.ent_type_ or token.i in index.by_token or not token.text[:1].isupper() or not token.is_alpha \
                or token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.text not in surnames:
            continue
        name = surnames[token.text]
        if name in index.actors and index.actors[name].type is ActorType.PERSON:
            index.add(Mention(token.i, token.i + 1, name, "surname"))
