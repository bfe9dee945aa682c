"""Private persons: a journalist, tourist or aid worker a state holds or frees stands for his own state.

"Russian authorities released U.S. journalist Evan Gershkovich", "Tehran freed Michael White, a U.S. Navy veteran",
"Pyongyang freed detained Americans Kenneth Bae and Matthew Todd Miller": event data code the act as done to the
person's state (Russia concedes to the United States); the person holds no office and is no party of his own.
Only a person told by a private calling (or as a national: "Americans") and of no office that day; his state is
the one the calling's words name (of a dual national, the one that is not the actor's, one the story names by name
first), else the one his name's phrase gives (the calling read off the tree, or right before the name where the
model parsed it apart). Only for holding or freeing him: whom one meets, hosts or criticises stays himself.
extract.py asks of each event's target; actors.py whether a name a calling describes is a person's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.name_words import NAME_PARTICLES
from diplograph.ingest.names import INSTITUTION_NOUNS
from diplograph.model import ActorType

# callings of people who act for no state
PRIVATE_CALLINGS = {"journalist", "reporter", "correspondent", "photographer", "tourist", "student", "academic",
                    "scholar", "researcher", "scientist", "physicist", "professor", "teacher", "worker",
                    "businessman", "businesswoman", "executive", "employee", "engineer", "pastor", "priest", "nun",
                    "missionary", "veteran", "citizen", "national", "sailor", "fisherman", "backpacker", "blogger",
                    "writer", "filmmaker", "climber", "hiker", "traveller", "traveler", "contractor", "consultant",
                    "doctor", "nurse", "lawyer", "mother", "father", "woman", "man", "economist", "analyst",
                    "banker", "pilot", "artist"}  # (not "activist": one of his own state is held himself)
# acts of holding or freeing a person, which event data code as done to his state
HOLDING_RELATIONS = {"concede", "coerce", "expel"}


def private_states(index: ActorIndex) -> dict[str, list[str]]:
    """Each private person of the document and the states he stands for (a dual national's both)."""
    found: dict[str, list[str]] = {}
    for mention in index.mentions:
        record = index.actors.get(mention.actor or "")
        if record is None or record.type is not ActorType.PERSON or record.roles or mention.via != "name":
            continue
        states = _states_of_calling(mention, index)
        if states:
            found.setdefault(record.name, states)
    return found


# callings a company or a body may have too: "Dyck Advisory Group, a South African private military contractor"
SHARED_CALLINGS = {"contractor", "consultant", "executive", "employee", "national", "veteran", "worker", "citizen"}
PERSONAL_CALLINGS = PRIVATE_CALLINGS - SHARED_CALLINGS


def described_as_a_private_person(name: Span) -> bool:
    """'[Hyeon Soo Lim]ORG, a Canadian pastor', 'journalist [Peter Steudtner]': a name shaped as a person's (two
    to four capitalised words, hyphens and particles aside, the last no body's noun) that a calling only people
    have describes, by apposition or right before it, names a person, whatever the tagger took it for."""
    words = [t for t in name if t.text != "-" and t.lower_ not in NAME_PARTICLES]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words) or \
            name[-1].lower_ in INSTITUTION_NOUNS:
        return False
    before = calling_before(name.doc, name.start)
    return any(c.dep_ == "appos" and c.lemma_.lower() in PERSONAL_CALLINGS for c in name.root.children) or \
        before is not None and before.lemma_.lower() in PERSONAL_CALLINGS


def calling_before(doc: Doc, start: int) -> Token | None:
    """A private calling in lower case right before a name, however parsed: 'academic [Kylie Moore-Gilbert]'."""
    before = doc[start - 1] if start > 0 else None
    return before if before is not None and before.is_lower and before.lemma_.lower() in PRIVATE_CALLINGS else None


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
    if root.dep_ == "conj":  # the list's calling before its first name: "detained [Americans] Kenneth Bae and ..."
        near.extend(c for c in root.head.children if c.dep_ == "compound" and c.i < root.head.i)
    before = doc[mention.start - 1] if mention.start > 0 and doc[mention.start - 1].tag_ == "NN" else \
        calling_before(doc, mention.start)
    if before is not None and before not in near:
        near.append(before)  # right before the name, however parsed ("aid worker [X] board")
    # (or a people's name with its article: "George Glezmann, an American held in Kabul"; not one a relative clause
    # tells of what he did: "a Russian who had spied on troop movements")
    return [t for t in near if t.lemma_.lower() in PRIVATE_CALLINGS or t.ent_type_ == "NORP" and (
        t.tag_ == "NNPS" or {c.dep_ for c in t.children} & {"det"} and not {c.dep_ for c in t.children} & {"relcl"})]


def _states_of_calling(mention: Mention, index: ActorIndex) -> list[str]:
    """The states a private calling's words name ('U.S. journalist'), else the person's own; none for no calling."""
    for calling in _callings(mention, index):
        if calling.ent_type_ == "NORP" and (m := index.by_token.get(calling.i)) is not None and \
                m.actor is not None and index.is_state(m.actor):
            return [m.actor]  # "Americans"
        # (each of a dual national's: "Iranian-American journalist", the second a demonym the index left out)
        # (or the name's own words before a calling right before it: "British-Australian academic Kylie Moore-Gilbert")
        words = [t for t in calling.subtree if t.i < calling.i] or (
            list(index.doc[index.doc[mention.end - 1].left_edge.i:calling.i]) if calling.i == mention.start - 1
            and calling.is_lower else [])
        states = [state for t in words if (state := (
            m.actor if (m := index.by_token.get(t.i)) is not None and m.actor is not None and index.is_state(m.actor)
            else index.gazetteer.demonym_state(t.text) if m is None else None))]
        record = index.actors.get(mention.actor or "")
        if states:  # a dual national's state the story names by name first: "..., Australia's government said"
            named = {m.actor for m in index.mentions if m.via != "demonym"}
            return sorted(dict.fromkeys(states), key=lambda state: state not in named)
        if record is not None and record.country:
            return [record.country]
    return []
