"""Parse repairs of what the model joined to a relative clause about a thing, which belongs to the clause above.

"North Korea said it had tested a missile that could reach Guam, drawing condemnation from Japan": the
participle hangs on "reach", so the reaction looks drawn by what only could happen, by a missile. "Abe called the
launch an act that could not be tolerated and said he had spoken with Trump": "said" hangs on "tolerated", as if
the act spoke. A relative pronoun for a thing ("that", "which") neither draws reactions nor speaks. And a relative
clause with no pronoun after a noun summing up the clause before it, ", a move Beijing rejects", may be read into
the noun (a plural "rejects") or made the sentence's verb; it is given back to the noun. Such a noun set off after
a clause (", the largest such incursion this year") is no object of the clause's verb. And a clause opened by
"that" read as a relative clause of a telling's adjunct ("told Netanyahu in a phone call that he expected") is
what was told. repairs.py calls these on the Doc before any rule reads it.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.arguments import SUMMARY_NOUNS
from diplograph.ingest.authors import ASKED_SUMMARIES
from diplograph.ingest.constructions import CLAIM_NOUNS
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


# nouns that sum up what the clause before them told: "imposed curbs, a move Beijing rejects" (authors.py, denials.py)
SUMMING_NOUNS = SUMMARY_NOUNS | ASKED_SUMMARIES | CLAIM_NOUNS
# verbs of answering what another told or did, whose clause may follow a noun summing that up with no pronoun
ANSWERING_VERBS = {"reject", "deny", "dismiss", "refuse", "rebuff", "oppose", "condemn", "denounce", "dispute",
                   "resist", "ignore", "welcome", "accept", "criticise", "criticize"}


def relative_read_into_its_summary(summary: Token) -> None:
    """'..., a move [Beijing rejects]NNS', '..., a demand [Berlin] has [rejected]ROOT': a relative clause with no
    pronoun after a noun summing up the clause before it, read as one compound noun, or as the sentence's verb with
    the clause before it as its complement. The noun sums up that clause (authors.py, denials.py); the verb is its
    relative clause, the name its subject."""
    doc, opening = summary.doc, summary.i - 1
    if opening < 1 or doc[opening].lower_ not in ("a", "an") or doc[opening - 1].text != ",":
        return
    relative = next((c for c in summary.children if c.dep_ == "relcl" and c.tag_ in ("NNS", "NN")), None)
    if relative is not None:  # "an offer New Delhi [rejects]NNS-relcl": only the verb's tag and subject are wrong
        verb, name = relative, doc[relative.i - 1]
    elif summary.dep_ != "compound":
        return
    elif summary.head.pos_ == "PROPN" and summary.head.dep_ == "nsubj":  # "a demand [Berlin]nsubj has rejected"
        name, verb = summary.head, summary.head.head
    else:  # "a move Beijing [rejects]NNS"
        verb = summary.head
        name = doc[verb.i - 1]
    auxiliaries = [t for t in doc[name.i + 1:verb.i] if t.lower_ in ("has", "have", "had")]
    # (the noun's lemma of a verb in -es may be cut wrong: "dismisses" -> "dismisse")
    answered = next((w for w in (verb.lemma_.lower(), verb.lower_[:-1], verb.lower_[:-2]) if w in ANSWERING_VERBS),
                    None)
    if answered is None or name.pos_ != "PROPN" or name.i <= summary.i or len(auxiliaries) != verb.i - name.i - 1:
        return
    # (a relative clause found has only its verb's tag and subject wrong)
    if relative is None and verb.tag_ in ("NNS", "NN") and verb.dep_ != "ROOT" and summary.head.i == verb.i:
        summary.head, summary.dep_ = verb.head, verb.dep_
    elif relative is None and verb.dep_ == "ROOT" and verb.pos_ == "VERB":
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < opening), None)
        if clause is None:
            return
        clause.head, clause.dep_ = clause, "ROOT"
        for child in [c for c in verb.children if c.i > verb.i or c.i < opening]:
            child.head = clause  # the sentence's full stop; the comma
        summary.head, summary.dep_ = clause, "npadvmod"
    elif relative is None:
        return
    if verb.tag_ in ("NNS", "NN"):  # a verb in -s read as a plural noun
        verb.tag_, verb.pos_, verb.lemma_ = ("VBZ" if verb.lower_.endswith("s") else "VBD"), "VERB", answered
    doc[opening].head = summary
    for word in doc[summary.i + 1:name.i]:
        word.head = name  # ("New [Delhi]")
    name.head, name.dep_ = verb, "nsubj"
    for auxiliary in auxiliaries:
        auxiliary.head, auxiliary.dep_ = verb, "aux"
    verb.head, verb.dep_ = summary, "relcl"


REPORTING_LEMMAS = {"say", "tell", "report", "add", "announce"}  # a report set off inside a clause: ", it said,"
# ranks that mark a noun set off after a clause as summing it up: ", the largest such incursion this year"
SUMMING_RANKS = {"first", "second", "third", "latest", "last", "biggest", "largest", "highest", "most", "such"}


def summary_read_as_the_object(noun: Token) -> None:
    """'flew into Taiwan's air defence zone on Sunday, [the largest such incursion]dobj so far': a noun phrase set off
    by a comma after a verb's own complements, that sums up the clause (a summing noun, or a rank: "the first",
    "the largest"), is no object of the verb but an adjunct: the verb keeps the sense its complements give."""
    verb, doc, opening = noun.head, noun.doc, noun.left_edge.i
    ranked = any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in SUMMING_RANKS) for c in noun.children)
    alone = not any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children)  # (no second object)
    if opening < verb.i + 3 or doc[opening - 1].text != "," or doc[verb.i + 1].text == "," or doc[
            opening].lower_ not in ("the", "a", "an") or verb.pos_ != "VERB" or not (
            ranked and alone or noun.lemma_.lower() in SUMMING_NOUNS):
        return  # (not "met, in Paris, the French president")
    # only after a clause whole without it: a complement of the verb's own ("gives sanctuary to", "flew into"; not
    # "rejected on Monday, a proposal", "launched on Sunday, officials said, the largest drone attack"), and no
    # parenthesis but a report's before it ("flew into Taiwan's zone on Sunday, the ministry said, the largest such
    # incursion"; not "rejected on Monday, through its foreign ministry, a proposal")
    inside = doc[verb.i + 1:opening - 1]
    if any(t.text == "," for t in inside) and not any(t.dep_ == "parataxis" and t.lemma_ in REPORTING_LEMMAS
                                                       for t in inside) or not any(c.i < opening and (
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") or c.dep_ == "prep" and c.lower_ not in (
                "on", "to", "for", "during", "after", "before", "since", "until") and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)) for c in verb.children):
        return
    noun.dep_ = "npadvmod"


# verbs of telling whose complement the model hangs on a noun of their adjunct: "told Netanyahu in a phone call
# on Wednesday that he expected"
TELLING_VERBS = {"tell", "say", "assure", "inform", "warn", "remind", "promise", "reassure"}


def complement_read_as_a_relative(clause: Token) -> None:
    """'Biden told Netanyahu [in a phone call on Wednesday] that he expected a de-escalation': a clause opened by
    the conjunction 'that' (no relative pronoun) with a subject of its own is what was told, not a relative
    clause of the call."""
    noun = clause.head
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return
    verb = noun
    while verb.dep_ in ("pobj", "prep") and verb.head.i < verb.i:
        verb = verb.head
    if verb is noun or verb.pos_ != "VERB" or verb.lemma_.lower() not in TELLING_VERBS or any(
            c.dep_ == "ccomp" for c in verb.children):
        return
    clause.head, clause.dep_ = verb, "ccomp"
