"""Coordination: the members of a list or a coordination, wherever the parser hung them.

'Saudi Arabia, the UAE, Bahrain and Egypt' parsed as an apposition, names glued into the phrase of the last
member, a preposition coordinated with another ('to and from Qatar', 'with Macron in Paris and with Meloni in
Rome'), what follows a list shared by each member ('tariffs and sanctions on Colombia'), and a list told as one
table ('for three-way talks'). Pure functions over tokens and the ActorIndex.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts


def glued_coordinates(head: Token, mention: Mention, index: ActorIndex) -> list[Mention]:
    """The earlier members of a coordination the parser glued into the phrase of its last member: names that end
    just before an 'and' inside the phrase, left of the head's own mention."""
    found: list[Mention] = []
    phrase = {t.i for t in head.subtree}
    for token in (t for t in head.subtree if t.i < mention.start):
        if token.dep_ != "cc" or token.lower_ not in ("and", "&") or token.i == 0:
            continue
        before = index.by_token.get(token.i - 1)
        if before is None or before.actor is None or before.actor == mention.actor or before.via not in (
                "name", "surname", "gazetteer"):
            continue
        if before.end == token.i and before.start in phrase:
            found.append(before)
    return found


# a state's organs, which an adjective of the state makes an actor in a list: "the Lebanese government"
STATE_ORGANS = {"government", "army", "military", "force", "authority", "navy", "regime", "administration"}


def listed(token: Token) -> list[Token]:
    """A token's conjuncts, and a list the parser hung on it as an apposition: in 'Saudi Arabia, the United Arab
    Emirates, Bahrain and Egypt cut ties' the last three are an appositive coordination of the first; or as a chain
    of names, each in apposition or conjunct to one before ('Modi, Tokayev of Kazakhstan, Japarov of ...')."""
    found = conjuncts(token)
    for member in list(found):
        for child in member.children:
            if child.dep_ == "appos" and any(t.pos_ == "PROPN" or t.lemma_.lower() in STATE_ORGANS and any(
                    c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in t.children)
                    for t in conjuncts(child)) and any(c.dep_ == "cc" for t in conjuncts(child) for c in t.children):
                # (not a description: "China, the North's ally and aid provider", "Russia, Iran's main arms
                # supplier and protector"; but "Hezbollah, the Lebanese government and the Syrian army")
                found.extend(conjuncts(child))
    # a list of names the parser chained, each in apposition or conjunct to one before, ending in "and": "Modi,
    # Tokayev of Kazakhstan, Japarov of Kyrgyzstan and Mirziyoyev of Uzbekistan"
    for member in [m for m in found if m.pos_ == "PROPN"]:
        chain = _names_chained_to(member)
        if _a_chained_list(member, chain):
            found.extend(t for t in chain if t not in found)
    # the list the parser hung on the end of a name: "the Republic of [Congo], Uganda and Ethiopia"
    found.extend(t for of in token.children if of.dep_ == "prep" and of.lower_ == "of" and of.ent_iob_ == "I"
                 for end in of.children if end.dep_ == "pobj" and end.ent_iob_ == "I" for t in conjuncts(end)[1:])
    # a second "name of state" the parser hung on the first one's state: "Tashiev of Kyrgyzstan and Yatimov of
    # Tajikistan" (each with its own "of")
    found.extend(c for m in list(found) if m.pos_ == "PROPN" for p in m.children if p.dep_ == "prep" and
                 p.lower_ == "of" for o in p.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "conj"
                 and c.pos_ == "PROPN" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children))
    return found + [t for t in names_of_a_list(token) if t not in found]


def _names_chained_to(name: Token) -> list[Token]:
    """The names hung on a name as its appositions or conjuncts, or on the state of its "of" ("Japarov of
    Kyrgyzstan, [Rahmon]conj of Tajikistan, [Berdimuhamedov]appos of Turkmenistan and [Mirziyoyev]conj-of-
    Turkmenistan"), in order."""
    found: list[Token] = []
    frontier = [name]
    while frontier:
        node = frontier.pop()
        states = [p for c in node.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"]
        nxt = [c for holder in [node, *states] for c in holder.children if c.pos_ == "PROPN" and (
            c.dep_ == "appos" and holder is node or c.dep_ == "conj")]
        found.extend(nxt)
        frontier.extend(nxt)
    return sorted(found, key=lambda t: t.i)


def _a_chained_list(first: Token, chain: list[Token]) -> bool:
    """Whether names chained to a first one with an apposition among them are a list: its own "and" (or one hung on
    a member's state, "Japarov of Kyrgyzstan and") stands before its last name and after every apposition (not
    "Russia and Iran [back]misparsed [Assad]appos")."""
    appositions = [t.i for t in chain if t.dep_ == "appos"]
    if not appositions:
        return False
    holders = {t.i for t in [first, *chain]}
    return any(c.dep_ == "cc" and c.lower_ == "and" and max(appositions) < c.i and (
        c.head.i in holders or c.head.dep_ == "pobj" and c.head.head.head.i in holders)
        for c in first.doc[first.i:chain[-1].i])


LIST_WORDS = {",", "and", "the"}


def names_of_a_list(token: Token) -> list[Token]:
    """The names of a phrase that is nothing but a list of names, however the parser hung them ('visit [Kiribati]nmod,
    [Samoa]dobj, [Fiji]appos, [Tonga]appos, [Vanuatu]nmod and [Papua]conj New Guinea'): every proper noun not
    inside another name."""
    if token.pos_ != "PROPN" or not any(c.dep_ in ("appos", "nmod", "punct") for c in token.children):
        return []
    phrase = list(token.subtree)
    # a phrase after the list's last name is no part of it: "..., China's Xi Jinping and South Africa's Jacob Zuma
    # in the coastal city of Fortaleza"; each name may carry its state's possessive ("Russia's Vladimir Putin")
    end = next((i for i, t in enumerate(phrase) if t.i > token.i and t.dep_ == "prep"), len(phrase))
    phrase = phrase[:end]
    if "," not in {t.text for t in phrase} or not all(
            t.pos_ == "PROPN" or t.lower_ in LIST_WORDS or t.tag_ == "POS" for t in phrase):
        return []
    owners = {t.i for p in phrase if p.dep_ == "poss" or p.i + 1 < len(p.doc) and p.doc[p.i + 1].tag_ == "POS"
              for t in p.subtree if t.i <= p.i}
    return [t for t in phrase if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") and t.i not in owners]


def coordinated_objects(preposition: Token) -> list[Token]:
    """A preposition's children and those of the prepositions coordinated with it: 'to and from Qatar'; of a
    place phrase coordinated with it, only what the same preposition inside names: 'talks in Brasilia with
    Bolsonaro and in Buenos Aires with Macri' is with Macri, not with the city."""
    found = list(preposition.children)
    for coordinated in (c for c in preposition.children if c.dep_ == "conj" and c.pos_ == "ADP"):
        for g in coordinated.children:
            inner = [x for x in g.children if x.dep_ == "prep" and x.lower_ == preposition.lower_] \
                if coordinated.lower_ != preposition.lower_ else []
            if inner:
                found.extend(y for x in inner for y in coordinated_objects(x))
            elif not (preposition.lower_ == "with" and coordinated.lower_ in ("in", "at")):
                found.append(g)
    # the next leg hung on this one's place: "with King Mohammed in Rabat and with Tebboune in Algiers"
    found.extend(y for g in preposition.children if g.dep_ == "pobj" for p in g.children
                 if p.dep_ == "prep" and p.lower_ in ("in", "at") for c in p.children
                 if c.dep_ == "conj" and c.lower_ == preposition.lower_ for y in coordinated_objects(c))
    return found


def first_conjunct(token: Token) -> Token:
    """The head of a coordination a token is in: 'sanctions' in 'tariffs and sanctions on Colombia'."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def shared_modifiers(noun: Token) -> list[Token]:
    """A coordinated noun shares what follows the whole list: 'ordered tariffs and sanctions on Colombia'
    hangs 'on Colombia' on 'tariffs' for the parser, but it belongs to 'sanctions' as much."""
    head = first_conjunct(noun)
    if head.i == noun.i:
        return []
    return [c for c in head.children if c.dep_ == "prep" and c.i > noun.i]


# talks of more than two sides at one table: "met Abe and Turnbull for three-way talks"
TABLE_WORDS = {"three-way", "four-way", "five-way", "trilateral", "tripartite", "quadrilateral", "quadripartite"}


def at_one_table(trigger: Token) -> bool:
    """Whether an encounter is told as held by all its parties together: 'three-way talks', 'a trilateral
    meeting', on the trigger or the noun of its adjunct ('met Abe and Turnbull for three-way talks')."""
    nouns = [trigger] + [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "at")
                         for o in c.children if o.dep_ == "pobj"]
    return any("".join(t.text for t in m.subtree).lower() in TABLE_WORDS for n in nouns for m in n.children
               if m.dep_ in ("amod", "compound", "nmod"))


def shared_object(verb: Token, dep: str) -> list[Token]:
    """'sank or crippled several Iranian warships': the object of the verb joined right after a verb that has none
    of its own is both verbs' (not one a conjunct with a subject of its own has: "Iran struck and Israel hit X")."""
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if nxt is None or nxt.i > verb.i + 3 or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children) or \
            not all(t.dep_ == "cc" or t.pos_ == "ADV" for t in verb.doc[verb.i + 1:nxt.i]) or \
            not any(c.dep_ == "cc" and verb.i < c.i < nxt.i for c in verb.children):
        return []  # (nothing but "and", "or" and an adverb between: not "had failed, and pressed Moon")
    return [c for c in nxt.children if c.dep_ == dep]
