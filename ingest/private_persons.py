"""Private persons: a journalist, tourist or aid worker a state holds or frees stands for his own state.

"Russian authorities released U.S. journalist Evan Gershkovich", "Tehran freed Michael White, a U.S. Navy veteran",
"Pyongyang freed detained Americans Kenneth Bae and Matthew Todd Miller": event data code the act as done to the
person's state (Russia concedes to the United States); the person holds no office and is no party of his own.
Only a person told by a private calling (or as a national: "Americans") and of no office that day; his state is
the one the calling's words name, else the one his name's phrase gives. extract.py asks of each event's target.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.model import ActorType

# callings of people who act for no state
PRIVATE_CALLINGS = {"journalist", "reporter", "correspondent", "photographer", "tourist", "student", "academic",
                    "scholar", "researcher", "scientist", "physicist", "professor", "teacher", "worker",
                    "businessman", "businesswoman", "executive", "employee", "engineer", "pastor", "priest", "nun",
                    "missionary", "veteran", "citizen", "national", "sailor", "fisherman", "backpacker", "blogger",
                    "writer", "filmmaker", "climber", "hiker", "traveller", "traveler", "contractor", "consultant",
                    "doctor", "nurse", "lawyer", "mother", "father", "woman", "man"}


def private_states(index: ActorIndex) -> dict[str, str]:
    """Each private person of the document and the state he stands for."""
    found: dict[str, str] = {}
    for mention in index.mentions:
        record = index.actors.get(mention.actor or "")
        if record is None or record.type is not ActorType.PERSON or record.roles or mention.via != "name":
            continue
        state = _state_of_calling(mention, index)
        if state is not None:
            found.setdefault(record.name, state)
    return found


def _callings(mention: Mention, index: ActorIndex) -> list[Token]:
    """The nouns that tell what the person is: 'U.S. journalist Evan Gershkovich', 'Michael White, a U.S. Navy
    veteran', 'detained Americans Kenneth Bae and ...'."""
    doc = index.doc
    root = doc[mention.end - 1]
    near = [c for c in root.children
            if c.dep_ in ("compound", "appos", "nmod") and not mention.start <= c.i < mention.end]
    if root.dep_ == "appos":
        near.append(root.head)
    if root.dep_ == "conj" and root.head.dep_ == "appos":
        near.append(root.head.head)  # "Americans [Kenneth Bae] and [Matthew Todd Miller]"
    return [t for t in near if t.lemma_.lower() in PRIVATE_CALLINGS or t.ent_type_ == "NORP" and t.tag_ == "NNPS"]


def _state_of_calling(mention: Mention, index: ActorIndex) -> str | None:
    for calling in _callings(mention, index):
        if calling.ent_type_ == "NORP" and (m := index.by_token.get(calling.i)) is not None and \
                m.actor is not None and index.is_state(m.actor):
            return m.actor  # "Americans"
        states = [m.actor for t in calling.subtree if t.i < calling.i and (m := index.by_token.get(t.i)) is not None
                  and m.actor is not None and index.is_state(m.actor)]
        record = index.actors.get(mention.actor or "")
        if states:
            return states[0]
        if record is not None and record.country:
            return record.country
    return None
