"""Counterparts: 'his Azerbaijani counterpart' is the one in the other state who holds the office its
possessor holds, the one the story names first, else the holder on the story's date.

A leader's counterpart is the other state's leader the story names ("Armenian Prime Minister Nikol
Pashinyan and Azerbaijani President Ilham Aliyev ... his Azerbaijani counterpart" is Aliyev, not
Azerbaijan's prime minister); unnamed, the holder of the very office that day where the state has it,
else its leader ("the South Korean president's Japanese counterpart" is Japan's prime minister, not its
emperor). 'His guest' and 'her host' are the other party of the owner's last meeting or visit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from diplograph.ingest.anchoring import day_told
from diplograph.ingest.coreference import foreign_party, mention_at, other_party
from diplograph.ingest.mentions import ActorIndex, Mention, noun_phrase_start
from diplograph.ingest.offices import LEADING_OFFICES, TITLE_KINDS, office_fit
from diplograph.model import ActorType

if TYPE_CHECKING:
    from diplograph.ingest.roles import RoleResolver


def owner_roles(index: ActorIndex, head: Token) -> list[str]:
    """The offices of the one whose counterpart a noun names ('his', 'Blinken's'; the person it is joined to,
    'welcomed Blinken and counterparts from Britain'; else the subject of its verb, 'Blinken met counterparts from
    Britain'), those that have a holder in every state first ('secretary of state': the foreign minister
    elsewhere), 'leader' last."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if owner is None and first.i != head.i and (m := mention_at(index, first)) is not None and m.actor is not None \
            and index.is_person(m):
        owner = first
    verb = head
    while owner is None and verb.dep_ in ("conj", "dobj", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
    owner_mention = mention_at(index, owner) if owner is not None else None
    if owner_mention is None or owner_mention.actor is None:
        return []
    return sorted(index.actors[owner_mention.actor].roles,
                  key=lambda r: (r not in TITLE_KINDS, r == "leader", r))


def named_counterpart(index: ActorIndex, roles: list[str], state: str, before: int) -> str | None:
    """The last person of a state the story named before a token who holds one of the owner's offices, or
    (for a leader) another leading office."""
    best: tuple[int, int, str] | None = None
    for mention in index.mentions:
        if mention.actor is None or mention.start >= before:
            continue
        record = index.actors[mention.actor]
        if record.type is not ActorType.PERSON or record.country != state:
            continue
        fit = max((office_fit(role, held) for role in roles for held in record.roles), default=0)
        if fit and (best is None or (fit, mention.start) > best[:2]):
            best = (fit, mention.start, record.name)
    return best[2] if best else None


def counterpart_in(resolver: RoleResolver, index: ActorIndex, roles: list[str], state: str,
                   head: Token) -> str | None:
    """Who a counterpart in a state is: named in the story before, else the holder that day of the owner's
    very office, else (for a leader) that state's leader, else any holder the older rules find."""
    named = named_counterpart(index, roles, state, head.i)
    if named is not None:
        return named
    for role in roles:
        term = resolver.office_holders.holder(state, role, day_told(head, index))
        if term is not None and (term.office == role or role not in LEADING_OFFICES):
            return resolver.holders.holder_on_the_day(index, role, state, head)
    if any(role in LEADING_OFFICES for role in roles):
        leader = resolver.holders.holder_on_the_day(index, "leader", state, head)
        if leader is not None:
            return leader
    return next((p for role in roles if (p := resolver.holders.holder_in(index, role, state, head)) is not None), None)


def add_counterparts(resolver: RoleResolver, index: ActorIndex, doc: Doc, head: Token, roles: list[str]) -> None:
    """'his Russian counterpart': the holder of the possessor's office in the other state; 'his German and
    Polish counterparts': one in each of them."""
    state = resolver.state_specifier(index, head)
    states = resolver.coordinated_states(index, head) or ([state] if state else [])
    if not roles or not states:
        return
    # a counterpart whose holder no one knows stands for his state, as any unnamed office does ("the Kenyan
    # police chief" is Kenya): "conveyed concern to his Pakistani counterpart over the hotline"
    holders = [Mention(head.i, head.i + 1, counterpart_in(resolver, index, roles, each, head) or each, "role")
               for each in states]
    start = resolver.np_start(head)
    if len(holders) == 1 and index.actors[holders[0].actor or ""].type is ActorType.PERSON:
        index.register(holders[0].actor or "", ActorType.PERSON, surface=doc[start:head.i + 1].text)
    index.replace(Mention(start, head.i + 1, holders[0].actor, "role"))
    if len(holders) > 1:
        index.plural[head.i] = holders


def title_standing_for_name(index: ActorIndex, title: Token) -> None:
    """'Wagner and her Rwandan counterpart Olivier Nduhungirehe signed', parsed with the title as the conjunct
    and the name cut loose from it: the title stands for the name it opens."""
    name = index.by_token.get(title.i + 1)
    if name is None or name.actor is None or title.i in index.by_token or title.dep_ not in ("conj", "nsubj", "dobj"):
        return
    if index.doc[name.end - 1].head.i == title.i or name.start <= title.head.i < name.end:
        return  # "counterpart Olivier Nduhungirehe" parsed as one phrase: the name acts itself
    index.add(Mention(title.i, title.i + 1, name.actor, "role"))


GUEST_NOUNS = {"guest", "host", "visitor"}  # the other party of a visit, named from one side: "his guest", "her host"


def add_guest_or_host(index: ActorIndex, head: Token) -> bool:
    """'his guest', 'her host': the one the possessor last met, hosted or visited ("Grossi met Araghchi in
    Tehran. Araghchi told his guest ..."); so is 'his counterpart' with no state to say whose ("Maduro and Santos
    met in Puerto Ordaz, where Maduro received his counterpart")."""
    bare_counterpart = head.lemma_.lower() == "counterpart" and not any(
        c.dep_ in ("amod", "compound", "nmod", "prep", "appos") for c in head.children)
    if head.lemma_.lower() not in GUEST_NOUNS and not bare_counterpart or head.tag_ != "NN":
        return False
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    mention = mention_at(index, owner) if owner is not None else None
    if mention is None or mention.actor is None or not index.is_person(mention):
        return False
    other = other_party(index, mention.actor, head) or (
        None if bare_counterpart else foreign_party(index, mention.actor, head))  # (one he met, not any foreigner)
    if other is None:
        return False
    start = noun_phrase_start(head)
    index.register(other, index.actors[other].type, surface=None)
    index.replace(Mention(start, head.i + 1, other, "role"))
    return True


def matched_offices(parties: list[Mention], facing: int, index: ActorIndex) -> set[tuple[str | None, str | None]]:
    """The pairs of members of two sides that hold the same office, when each member of the first side has
    exactly one such counterpart on the other; else none (every member then meets every other)."""
    first = [m for m in parties if m.start < facing]
    other = [m for m in parties if m.start >= facing]
    pairs = set()
    for a in first:
        fits = [b for b in other if a.actor and b.actor and max(
            (office_fit(r, h) for r in index.actors[a.actor].roles for h in index.actors[b.actor].roles),
            default=0) == 2]
        if len(fits) != 1:
            return set()
        pairs.add((a.actor, fits[0].actor))
    return pairs

