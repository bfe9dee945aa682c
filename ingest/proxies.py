"""Proxies: 'Iranian-backed militias', 'Russian-backed separatists' are groups of their own, named by the phrase,
not the state that backs them; 'the Russian-backed assault' stays Russia's act."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from diplograph.ingest.groups import MILITARY_NOUNS
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.token_columns import hashes, tokens_where
from diplograph.model import ActorType

# "Iranian-backed militias" are no Iranian body: a state's proxies act for themselves
PROXY_WORDS = {"backed", "aligned", "allied", "sponsored", "funded", "supported", "trained", "armed",
               "affiliated", "linked", "inspired"}
PROXY_HASHES = hashes(PROXY_WORDS)
# bodies a state may back that are not that state: "Russian-backed separatists", "an Iranian-backed militia"
PROXY_BODIES = {"militia", "group", "faction", "proxy", "force", "authority", "administration", "government",
                "rebel", "fighter", "separatist", "movement"}


def add_proxies(index: ActorIndex, doc: Doc, first: int) -> None:
    """'Iranian-backed militias', 'Russian-backed separatists': a group of their own, named by the phrase,
    not the state ('the Russian-backed assault' stays Russia's)."""
    for token in tokens_where(doc, LOWER, PROXY_HASHES, first):
        if token.lower_ not in PROXY_WORDS or token.i < 2 or doc[token.i - 1].text != "-":
            continue
        backer = index.by_token.get(token.i - 2)
        if backer is None or backer.actor is None or index.actors[backer.actor].type is not ActorType.COUNTRY:
            continue
        head = token.head if token.dep_ in ("amod", "compound") else token
        if head.lower_ not in MILITARY_NOUNS and head.lemma_.lower() not in PROXY_BODIES:
            continue  # "the Russian-backed assault": an act the backer answers for
        if seated(index, head):
            continue  # a government its state or capital names is that state's: "the Soviet-backed government in Kabul"
        whole = index.by_token.get(head.i)
        if whole is not None and whole is not backer and whole.actor != backer.actor or any(
                c.dep_ == "appos" and (m := index.by_token.get(c.i)) is not None and m.actor for c in head.children):
            continue  # named otherwise: "the Iranian-backed Houthis", "the Iran-backed Shi'ite group Hezbollah"
        start = whole.start if whole is not None and whole is not backer else backer.start
        start += 1 if doc[start].lower_ == "the" else 0
        named = next((m for m in index.mentions if token.i < m.start and m.end <= head.i and m.actor is not None
                      and m.via == "name" and index.actors[m.actor].type in (ActorType.PERSON, ActorType.GROUP)
                      and not index.actors[m.actor].roles), None)
        if named is not None and named.actor is not None:
            # "the Turkish-backed Faylaq al-Sham group": the name before the noun is the group's (the tagger may
            # take it for a person's)
            index.actors[named.actor].type = ActorType.GROUP
            index.replace(Mention(start, head.i + 1, named.actor, "name"))
            continue
        name = doc[start:head.i + 1].text
        index.register(name, ActorType.GROUP, surface=name)
        index.replace(Mention(start, head.i + 1, name, "name"))


# proxy bodies that govern a state: one seated in a state or its capital is that state's government
RULING_PROXIES = {"government", "administration", "authority"}


def seated(index: ActorIndex, head: Token) -> bool:
    """Whether a backed body governs where its phrase places it, a capital or the state itself ('of'): 'the
    Soviet-backed government in Kabul' is Afghanistan's ('the U.N.-backed government in Tripoli' Libya's), not a
    group of its own."""
    return head.lemma_.lower() in RULING_PROXIES and any(
        (m := index.by_token.get(pobj.i)) is not None and m.actor is not None and index.is_state(m.actor) and (
            m.via == "metonymy" or prep.lower_ == "of") and not any(c.dep_ == "amod" for c in pobj.children)
        for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
        for pobj in prep.children if pobj.dep_ == "pobj")  # (not "the Turkish-backed administration in northern
    # Cyprus")
