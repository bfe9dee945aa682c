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
    # (a bracket closing the name's acronym sets nothing off: "called the Kurdistan Workers Party (PKK) a ...")
    if opening.lower_ not in ("a", "an") and not counted or doc[opening.i - 1].is_punct and doc[
            opening.i - 1].text != ")" or holder.dep_ != "dobj" \
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
    # (or the first word of the object, its possessor: "rejected as unfounded [India's criticism]")
    if noun is None or first.dep_ != "amod" or not (first.head.i == noun.i or first.head.dep_ == "poss" and
                                                    first.head.head.i == noun.i) or not any(
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


def _active(verb: Token) -> bool:
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def agent_hung_on_the_verb(by: Token) -> None:
    """'called the strikes [by Israel] a crime': a by-phrase right after the object of an active verb of naming
    tells whose the object is; the model hangs it on the verb, where it names no one's act."""
    verb = by.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < by.i]
    if verb.lemma_.lower() in CALLING_VERBS and _active(verb) and objects and \
            objects[-1].right_edge.i == by.i - 1:
        by.head = objects[-1]


def object_read_as_compound(predicate: Token) -> None:
    """'called [Russia's remarks racist]oprd', 'called [Maduro a dictator]': a predicate that is a noun as well
    swallows the object before it as its compound, and the verb is left with a name and nothing named. The last
    compound (or the name before the predicate's article) is the object, with the words before it."""
    verb = predicate.head
    compounds = [c for c in predicate.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    # or a name before the predicate's own article: "called [Maduro a dictator]"
    named = [c for c in predicate.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(
        d.dep_ == "det" and d.i > c.i for d in predicate.lefts)]
    if verb.lemma_.lower() not in CALLING_VERBS or not _active(verb) or not (compounds or named) or any(
            c.dep_ == "dobj" for c in verb.children) or not named and not any(
            c.dep_ in ("det", "poss") and c.i < compounds[-1].i for c in predicate.lefts):
        return
    obj = named[-1] if named else compounds[-1]
    for word in [c for c in predicate.lefts if c.i < obj.i]:
        word.head = obj
    obj.head, obj.dep_ = verb, "dobj"


def predicate_read_as_a_name(predicate: Token) -> None:
    """'called the remarks by [Israel Katz racist]pobj and unacceptable': a predicate that is a noun as well,
    read as the head of the name before it. The name is the agent; the word is what the verb calls the object."""
    by, names = predicate.head, [c for c in predicate.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    holder = by.head
    verb = holder.head
    if not names or names[-1].i != predicate.i - 1 or holder.dep_ != "dobj" or \
            verb.lemma_.lower() not in CALLING_VERBS or not _active(verb) or any(
            c.dep_ == "oprd" for c in verb.children):
        return
    name = names[-1]
    for word in [c for c in predicate.lefts if c.i < name.i]:
        word.head = name
    name.head, name.dep_ = by, "pobj"
    predicate.head, predicate.dep_ = verb, "oprd"


def object_read_as_dative(obj: Token) -> None:
    """'calling [him]dative a terrorist': the one a verb of naming names, read as the receiver of a second object,
    is its object."""
    verb = obj.head
    if verb.lemma_.lower() in CALLING_VERBS and any(c.dep_ == "oprd" for c in verb.children) and not any(
            c.dep_ == "dobj" for c in verb.children):
        obj.dep_ = "dobj"


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
