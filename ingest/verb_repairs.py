"""Verb repairs: a sentence the small model left without its verb, or whose verb it hung on the wrong head.

"Maldivian envoys [left]acl on Thursday for China": with no finite verb, the past form is taken for a participle
describing its subject, and every rule that looks for a subject finds none. These mends give such a sentence
its verb back; repairs.py calls them in its one pass over the Doc.
"""

from __future__ import annotations

from spacy.tokens import Token


def past_verb_read_as_participle(noun: Token) -> None:
    """'Maldivian envoys [left] on Thursday for China', 'Pompeo, along with Esper, later [called] on Modi': a
    sentence with no verb, whose subject is followed (right away, or after a phrase between commas) by a past form
    the model took for a participle describing it, has that form as its verb (no passive: no 'by', no 'were')."""
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and (
        c.i == noun.i + 1 or _set_off_between(noun, c))), None) or _after_the_listed_members(noun)
    if verb is None or any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children) or any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != verb.i and not verb.is_ancestor(t) for t in noun.sent):
        return  # (another finite verb outside the participle's phrase: the sentence has its verb)
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    for child in [c for c in noun.children if c.i > verb.i]:
        child.head = verb  # the sentence's full stop
    noun.head, noun.dep_ = verb, "nsubj"


def _after_the_listed_members(noun: Token) -> Token | None:
    """'Fifteen countries, among them France, Germany and Canada, condemned': the model hangs the past form on the
    first member named (an apposition of the group); it follows the list's closing comma."""
    for members in (c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.pos_ == "PROPN"):
        for verb in (c for c in members.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")):
            if noun.doc[verb.left_edge.i - 1].text == "," and all(
                    t.i < verb.left_edge.i for g in members.children if g.i < verb.i for t in g.subtree):
                return verb
    return None


def verb_between_name_and_object(verb: Token) -> None:
    """'[Sisi]compound [held]amod [talks]ROOT in Khartoum ... with Burhan': a past form between a name and the noun
    both hang on, in a sentence left without a verb, is the verb; the name is its subject, the noun its object,
    and what followed the noun (place, day, partner, a second clause) is the verb's."""
    doc, noun = verb.doc, verb.head
    name = doc[verb.i - 1] if verb.i > 0 else None
    if name is None or name.pos_ != "PROPN" or name.dep_ != "compound" or name.head.i != noun.i or noun.i < verb.i:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in noun.children if c.i > noun.i]:
        child.head = verb
    name.head, name.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


def verb_read_as_the_objects_modifier(verb: Token) -> None:
    """'[ECOWAS]ROOT [lifted]amod [sanctions]dobj-of-ECOWAS on Mali': a past form right after the name the model made
    the sentence's root, describing the noun it gave the name as object, is the verb; the name is its subject."""
    noun, name = verb.head, verb.head.head
    if noun.i < verb.i or name.i != verb.i - 1 or name.pos_ not in ("PROPN", "NOUN") or any(
            t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.head.i == name.i for t in verb.sent):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in name.children if c.i > verb.i]:
        child.head = verb  # (the sentence's full stop)
    name.head, name.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


def past_verb_joined_to_a_bare_one(verb: Token) -> None:
    """'Trump warned that there would be a price to [pay] ... and [criticised] Russia', 'had raised the cases of
    citizens [held] in Turkish jails and [pressed] Erdogan': a past form with no subject the model joined to a bare
    verb or a participle deep in a clause is joined to the nearest verb with a subject above it, when that one is
    finite (or a perfect participle)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    node = verb.head
    # up past bare verbs: a small clause's ("made civilians [suffer] and attacked": made's) and a modal's ("that
    # Washington would [take] no part ... and urged him": told's), to the nearest tensed verb with a subject
    while node.head.i != node.i and (node.tag_ == "VB" or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
        node = node.head
    if node.i == verb.head.i or node.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or node.i > verb.i or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return
    for cc in [c for c in verb.head.children if c.dep_ == "cc" and c.i == verb.i - 1]:
        cc.head = node
    verb.head = node


def _set_off_between(noun: Token, verb: Token) -> bool:
    """Whether all between a noun and a participle after it is a phrase of the noun's between commas, or the
    participle's own adverb: 'Pompeo[, along with Esper,] later called'."""
    if noun.doc[verb.left_edge.i - 1].text != ",":
        return False
    phrases = {t.i for g in noun.children if g.i < verb.i and g.dep_ in ("prep", "punct", "appos") for t in g.subtree}
    return all(t.i in phrases or t.dep_ == "advmod" and t.head.i == verb.i for t in noun.doc[noun.i + 1:verb.i])


def compound_head(token: Token) -> Token:
    """The head of the compound a token opens: 'Prime' in 'Prime Minister Manasseh Sogavare' -> 'Sogavare'."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def verb_read_as_modifier(verb: Token) -> None:
    """'[Merkel]nsubj [hosted]amod Russian President [Vladimir Putin]ROOT, ...': a past form with a subject of its
    own, read as a modifier inside the object's name in a sentence left without a verb, is the verb; the name it
    sat in is its object, and what followed the name (place, day, full stop) is the verb's. A verb the model gave
    the name to as subject further on is a clause of the sentence's verb."""
    noun = compound_head(verb.head)
    root = noun.head  # or the name made the subject of a verb far on: "... since the conflict [erupted] in 2014"
    if noun.dep_ == "nsubj" and root.dep_ == "ROOT" and root.i > noun.i + 1 and noun.pos_ == "PROPN" and \
            noun.i > verb.i:
        root.head, root.dep_ = verb, "advcl"
        noun.dep_ = "ROOT"
    if noun.dep_ != "ROOT" or noun.pos_ != "PROPN" or noun.i < verb.i:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in noun.children if c.i > noun.i and c.dep_ in ("prep", "punct", "npadvmod", "advmod")]:
        child.head = verb
    noun.head, noun.dep_ = verb, "dobj"


def participle_read_as_the_verb(participle: Token) -> None:
    """'G7 leaders [meeting]ROOT in Cornwall on Sunday [called]advcl on China to ...': a participle with no
    auxiliary that the model made the sentence's verb, while a past form after it has no subject of its own,
    describes the subject; the past form is the verb."""
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    verb = next((c for c in participle.children if c.tag_ == "VBD" and c.dep_ in ("advcl", "conj", "dep")
                 and c.i > participle.i and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)),
                None)
    if subject is None or verb is None or participle.ent_type_ or any(
            c.dep_ in ("aux", "auxpass") for c in participle.children):
        return  # (not a participle the tagger took into a name: "[Macron meeting]")
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in participle.children if c.i > verb.i or c.dep_ in ("prep", "npadvmod")]:
        child.head = verb  # the full stop, and where and when: "meeting in Cornwall on Sunday called on China"
    subject.head = verb
    participle.head, participle.dep_ = subject, "acl"


# verbs of answering a charge, whose present form the model may take for a plural noun: "a charge Moscow [rejects]"
# (those of denials.DENYING_VERBS a charge is answered with; denials.py stands on the repaired parse, so not imported)
ANSWERING_VERBS = {"reject", "deny", "dispute", "dismiss", "refute"}


def present_verb_read_as_plural(noun: Token) -> None:
    """'..., a charge [Moscow]compound [rejects]NNS': a plural noun formed like a verb of answering, with a name
    glued before it and a subject of its own, is that verb in the present, the name its (second) subject."""
    stem = noun.lower_[:-3] + "y" if noun.lower_.endswith("ies") else noun.lower_[:-1]
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == noun.i - 1]
    if stem not in ANSWERING_VERBS or not names or not any(c.dep_ == "nsubj" for c in noun.children):
        return
    noun.tag_, noun.pos_, noun.lemma_ = "VBZ", "VERB", stem
    names[0].dep_ = "nsubj"
