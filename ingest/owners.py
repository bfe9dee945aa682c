"""Owners: the state an organisation's name belongs to, or that it is no state's organ.

"Russia's Defense Ministry" acts for Russia, "the Sovereignty Council, chaired by al-Burhan" for Sudan, "the
Sovereignty Council" for the state an earlier mention gave it; "Georgian Dream" and "the National Unity
Government" are bodies of their own. actors.py asks these of each ORG entity. Pure functions over tokens, the
gazetteer and the office data.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from diplograph.ingest.gazetteer import Gazetteer
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.names import INSTITUTION_NOUNS
from diplograph.ingest.offices import OfficeHolders
from diplograph.model import ActorType

# organ nouns that end the name of a body of its own: "the National Unity Government" ("Forces" end a group's)
GOVERNING_BODIES = {"government", "council", "authority", "administration", "committee", "cabinet", "junta"}


def chair_state(index: ActorIndex, head: Token, office_holders: OfficeHolders, gazetteer: Gazetteer) -> str | None:
    """The state of the person a body is 'chaired by', 'led by' or 'headed by'."""
    for clause in head.children:
        if clause.dep_ != "acl" or clause.lemma_ not in ("chair", "lead", "head"):
            continue
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            for name in (c for c in agent.children if c.dep_ == "pobj"):
                mention = index.by_token.get(name.i)
                record = index.actors.get(mention.actor) if mention and mention.actor else None
                if record is None or record.type is not ActorType.PERSON:
                    continue
                terms = office_holders.terms_of(record.name, index.date)
                state = record.country or next((t.state for t in terms if t.kind != "igo_head"), None)
                if state and gazetteer.is_state(state):
                    return state
    return None


def owner_before(name: Span, gazetteer: Gazetteer) -> str | None:
    """The state an earlier mention of a body's name gave it: "Sudan's Sovereignty Council ... the
    Sovereignty Council"."""
    doc = name.doc
    words = [t.text for t in name]
    for i in range(name.start - len(words), 0, -1):
        if [t.text for t in doc[i:i + len(words)]] != words:
            continue
        owner = doc[i - 2] if doc[i - 1].lower_ in ("'s", "\u2019s") and i >= 2 else doc[i - 1]
        entry = gazetteer.lookup(owner.text)
        state = entry.name if entry is not None and entry.type is ActorType.COUNTRY else \
            gazetteer.demonym_state(owner.text)
        if state:
            return state
    return None


def own_name_after_demonym(span: Span, gazetteer: Gazetteer) -> bool:
    """'Georgian Dream': a name that opens with a people's adjective and ends in a word that is no organ or
    institution ('Chinese Communist Party', 'Russian Defence Ministry', 'U.S. Southern Command' are)."""
    first, last = span[0], span[-1]
    return len(span) > 1 and gazetteer.demonym_state(first.text) is not None and \
        gazetteer.lookup(first.text) is None and last.lower_ not in INSTITUTION_NOUNS and \
        last.lower_ not in gazetteer.organs and last.lemma_.lower() not in gazetteer.organs


# words that describe a body as fighting or opposing its state's rulers: "the Angolan rebel movement UNITA"
REBEL_WORDS = {"rebel", "rebels", "insurgent", "insurgents", "guerrilla", "guerrillas", "separatist", "separatists",
               "militant", "opposition", "dissident", "exile", "exiled", "resistance"}


# a state's own institutions, which an opposition may hold without being rebels: "the opposition-led National Assembly"
STATE_INSTITUTIONS = {"assembly", "parliament", "congress", "senate", "government", "cabinet", "council", "court"}
# participles by which a rebel word says who holds a body, not what it is: "opposition-led", "rebel-held"
HELD_BY_WORDS = {"led", "controlled", "dominated", "run", "held", "backed"}


def described_as_rebels(span: Span) -> bool:
    """'the Angolan rebel movement UNITA', 'the Syrian opposition group X': a body its description before the name
    calls rebels or opposition is the state's foe, not its organ, whatever people's adjective opens the phrase."""
    return span.root.lower_ not in STATE_INSTITUTIONS and any(  # (not "the opposition-led National Assembly")
        t.lower_ in REBEL_WORDS and t.head.lower_ not in HELD_BY_WORDS for c in span.root.children
        if c.i < span.start and c.dep_ in ("compound", "amod", "nmod") for t in c.subtree)


# the words of an armed movement's own name: "the National Front for the Liberation of Angola", "the Sudan People's
# Liberation Army"
FRONT_WORDS = {"liberation", "front", "movement", "alliance", "army", "forces", "brigades", "militia"}


def fronts_names(doc: Doc) -> list[Span]:
    """The tagged names of armed movements that may name the state they fight in or for ('the Popular Front for
    the Liberation of Palestine', 'the Sudan People's Liberation Army'), found once per document."""
    return [e for e in doc.ents if e.label_ == "ORG" and len(e) >= 4 and any(t.lower_ == "liberation" for t in e)]


def within_a_fronts_name(fronts: list[Span], i: int, end: int) -> bool:
    """Whether a match lies strictly inside one of those names: the name is one body, not the state it names (the
    state's own army names it by its adjective: 'the Chinese People's Liberation Army')."""
    return any(e.start <= i < e.end and (e.start < i or end < e.end) and
               any(t.lower_ in FRONT_WORDS and not i <= t.i < end for t in e) for e in fronts)


def names_a_body_of_its_own(span: Span, gazetteer: Gazetteer) -> bool:
    """'the National Unity Government', 'the Transitional Military Council': an organ noun written as the
    end of a name of two or more other capitalised words, none a state's, names a body of
    its own, not the government of the state the story is about ("the Foreign Ministry" does not)."""
    words = [t for t in span[:-1] if t.text[:1].isupper()]
    return span[-1].lower_ in GOVERNING_BODIES and span[-1].text[:1].isupper() and \
        len(words) >= 2 and len(words) == len(span) - 1 and \
        not any(gazetteer.names_a_state(t.text) for t in words)
