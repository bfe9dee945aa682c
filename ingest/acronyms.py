"""A body's name spelled out with its acronym in brackets after it is one actor: 'the Government of National Accord
(GNA)' and every later 'GNA'. The gazetteer joins the bodies it knows; this joins the ones it does not."""

from __future__ import annotations

from diplograph.ingest.mentions import ActorIndex
from diplograph.model import ActorType

BODY_TYPES = (ActorType.ORGANIZATION, ActorType.GROUP)


def initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isupper())


def stands_for(acronym: str, name: str) -> bool:
    """'GNA' for 'Government of National Accord': its letters are the capitals' initials, the first one first."""
    letters = [c for c in acronym if c.isalpha()]
    spelled = initials(name)
    return acronym.isupper() and len(letters) > 1 and bool(spelled) and letters[0] == spelled[0] and \
        set(letters) <= set(spelled)


def join_spelled_out_acronyms(index: ActorIndex) -> None:
    """Rename every mention of an acronym given in brackets right after a body's name to that body, once the
    index holds all of a story's mentions."""
    doc = index.doc
    for long in list(index.mentions):
        record = index.actors.get(long.actor or "")
        if record is None or record.type not in BODY_TYPES or long.via != "name" or long.end + 2 >= len(doc) or \
                doc[long.end].text != "(" or (short := index.by_token.get(long.end + 1)) is None or \
                doc[short.end].text != ")" or short.actor in (None, long.actor) or short.via != "name":
            continue
        acronym = index.actors.get(short.actor or "")
        if acronym is None or acronym.type not in BODY_TYPES or not stands_for(acronym.name, record.name):
            continue
        for mention in index.mentions:
            if mention.actor == acronym.name:
                mention.actor = record.name
        record.aliases.update(acronym.aliases | {acronym.name})
        del index.actors[acronym.name]
