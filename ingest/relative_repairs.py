"""Parse repairs of what the model joined to a relative clause about a thing, which belongs to the clause above.

"North Korea said it had tested a missile that could reach Guam, drawing condemnation from Japan": the
participle hangs on "reach", so the reaction looks drawn by what only could happen, by a missile. "Abe called the
launch an act that could not be tolerated and said he had spoken with Trump": "said" hangs on "tolerated", as if
the act spoke. A relative pronoun for a thing ("that", "which") neither draws reactions nor speaks. repairs.py
calls these on the Doc before any rule reads it.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.modality_words import DRAWING_VERBS


def participle_hung_on_a_relative(participle: Token) -> None:
    """'said it had tested a missile [that could reach the U.S. mainland]relcl, [drawing]advcl condemnation from
    Japan': a comma's participle of drawing a reaction, hung on a relative clause about a thing, is the adjunct of
    the clause whose object that thing is (and, with it, as real as that clause)."""
    relative = participle.head
    if participle.left_edge.i == 0 or participle.doc[participle.left_edge.i - 1].text != "," or not any(
            p.lemma_.lower() in DRAWING_VERBS for p in (participle, *(
                c for c in participle.children if c.dep_ == "conj" and c.tag_ == "VBG"))) or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in relative.children):
        return
    node = relative.head
    while node.dep_ in ("dobj", "pobj", "prep") and node.head.i != node.i:
        node = node.head
    if node.pos_ == "VERB" and node.i < relative.i:
        participle.head = node


# things that say what they say, which a verb of saying in their relative clause may be of
SPEAKING_THINGS = {"statement", "report", "letter", "video", "resolution", "communique", "declaration", "note",
                   "document", "message", "post", "tweet", "article", "editorial", "speech", "memo", "study"}


def report_joined_to_a_relative(verb: Token) -> None:
    """'Abe called the launch an act [that could not be tolerated]relcl and [said]conj he had spoken with Trump': a
    verb of saying with no subject, joined to a relative clause about a thing, is said by the one the clause's
    thing belongs to: it joins the verb that thing hangs on."""
    relative = verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in relative.children) or \
            relative.head.lemma_.lower() in SPEAKING_THINGS:
        return  # (a text speaks: "rejected a statement that came from Moscow and said NATO was to blame")
    node = relative.head
    while node.dep_ in ("dobj", "pobj", "prep", "oprd", "attr", "appos") and node.head.i != node.i:
        node = node.head
    if node.pos_ == "VERB" and node.i < relative.i and any(c.dep_ == "nsubj" for c in node.children):
        for cc in [c for c in relative.children if c.dep_ == "cc" and c.i == verb.i - 1]:
            cc.head = node
        verb.head = node
