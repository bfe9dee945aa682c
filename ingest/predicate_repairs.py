"""Predicate repairs: what a verb of naming calls its object, where the small model misreads it.

"called China's move [provocative]" is parsed with the adjective describing the move, "called Petro [an illegal
drug leader]" with the noun as the name's apposition, "condemned as arbitrary [a Russian list]" with the list as
what the list is called: judgements.py then finds no predicate, or no object, and the criticism is lost. The
mends here, called by repairs.py in its one pass over the Doc, give the verb back its object and its predicate.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs whose object is followed by what they call it: "called Petro an illegal drug leader"
CALLING_VERBS = {"call", "label", "brand", "dub", "term"}


def predicate_after_a_name(noun: Token) -> None:
    """'called his Colombian counterpart Gustavo Petro [an illegal drug leader]', 'called Italy [one of Russia's most
    important partners]': an indefinite noun right after the object's name, with no comma between, is what the
    verb calls the object (no apposition, which a comma sets off: 'called Petro, a leftist, ...'); read as an
    apposition, the calling became a phone call."""
    doc = noun.doc
    opening = noun.left_edge
    holder = noun.head
    while holder.dep_ == "appos" and holder.head.i < holder.i:
        holder = holder.head
    verb = holder.head
    counted = noun.lower_ == "one" and any(c.lower_ == "of" for c in noun.children)  # "one of its partners"
    if opening.lower_ not in ("a", "an") and not counted or doc[opening.i - 1].is_punct or holder.dep_ != "dobj" \
            or verb.lemma_.lower() not in CALLING_VERBS or noun.head.pos_ != "PROPN":
        return
    noun.head, noun.dep_ = verb, "oprd"


def predicate_read_as_modifier(adjective: Token) -> None:
    """'called China's move [provocative]amod and unhelpful': an adjective right after the object of a verb of
    naming is what the object is called; English puts a describing adjective before its noun."""
    noun, verb = adjective.head, adjective.head.head
    if any(c.dep_ in ("oprd", "ccomp", "xcomp") and c.i != noun.i for c in verb.children):
        return
    noun.dep_ = "dobj"
    adjective.head, adjective.dep_ = verb, "oprd"


def object_after_its_predicate(as_: Token) -> None:
    """'condemned as arbitrary and unjustified [a Russian list]', 'rejected as baseless [the charges]': a long object
    moved after its 'as' predicate, which the model reads as the object's adjectives (they stand before its
    determiner) or as the adjective's own object."""
    if as_.i + 1 >= len(as_.doc):
        return
    first = as_.doc[as_.i + 1]
    if as_.dep_ == "advmod":  # "[as]advmod [baseless]advcl [the charges]dobj"
        verb = first.head
        if as_.head.i == first.i and first.pos_ == "ADJ" and verb.pos_ == "VERB" and verb.i == as_.i - 1 and \
                not any(c.dep_ == "dobj" for c in verb.children):
            for obj in [c for c in first.children if c.dep_ == "dobj"]:
                obj.head = verb
        return
    noun = next((c for c in as_.children if c.dep_ == "pobj"), None)
    # (past quotes and the predicate's adverbs: 'dismissed as "reprehensible" Turkey's plan', 'as wholly
    # inappropriate a call by Schumer')
    first = next((t for t in as_.doc[as_.i + 1:noun.i] if not t.is_punct and t.dep_ != "advmod"), first) \
        if noun is not None else first
    if noun is None or first.dep_ != "amod" or first.head.i != noun.i or not any(
            c.dep_ in ("det", "poss") and first.i < c.i < noun.i for c in noun.children):
        return
    noun.head, noun.dep_ = as_.head, "dobj"
    first.head, first.dep_ = as_, "pobj"


def agent_hung_on_the_predicate(by: Token) -> None:
    """'Assad's government was held [responsible]oprd [by Donald Trump] for the attack', 'was declared [unwelcome] by
    Moscow': a by-phrase the model hangs on a passive verb's predicate is the verb's agent."""
    verb = by.head.head
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children):
        by.head, by.dep_ = verb, "agent"


def quoted_after(token: Token) -> list[Token]:
    """The words of a quotation that opens right after a token (at most eight), else none."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].tag_ != "``":
        return []
    words: list[Token] = []
    for word in doc[token.i + 2: token.i + 11]:
        if word.tag_ == "''":
            return words
        words.append(word)
    return []
