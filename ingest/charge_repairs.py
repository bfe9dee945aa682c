"""Charge repairs: a charge set off at a clause's end and the relative clause that answers it.

"Kiev accuses Moscow of arming the rebels, a charge the Kremlin rejects": the small model reads the answering verb
as a plural noun, as an apposition, or as the sentence's verb with the accusation its complement, and denials.py
then finds no denial. This mend gives the clause before its verb back and hangs the charge and its answer on it;
repairs.py calls it in its one pass over the Doc, and denials.py reads its charge nouns.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs of answering a charge, whose forms the model may take for a noun or the sentence's verb: "a charge Moscow
# [rejects]" (those of denials.DENYING_VERBS a charge is answered with; denials.py stands on the repaired parse, so
# not imported)
ANSWERING_VERBS = {"reject", "deny", "dispute", "dismiss", "refute"}
ANSWERING_FORMS = {form: (lemma, tag) for lemma in ANSWERING_VERBS for form, tag in (
    (lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "es" if lemma.endswith("s") else lemma + "s", "VBZ"),
    (lemma[:-1] + "ied" if lemma.endswith("y") else lemma + "d" if lemma.endswith("e") else lemma + "ed", "VBD"))}
CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim"}
# what may stand between a charge and the verb that answers it: "a charge (that) (the) Kremlin (has long) denied"
SUBJECT_TAGS = {"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP", "HYPH"}
BETWEEN_WORDS = {"that", "has", "have", "had", "also", "long", "always", "repeatedly", "strongly", "flatly"}


def charge_answered_in_a_relative(claim: Token) -> None:
    """'Kiev accuses Moscow of arming the rebels, a charge the Kremlin [rejects]': a charge set off at a clause's end
    by a comma, and the verb of answering after its subject, are the charge and the relative clause that denies it;
    the model reads the verb as a plural noun, as an apposition, or as the sentence's verb with the accusation its
    complement. The clause before keeps its verb, and the charge hangs on it."""
    doc = claim.doc
    if claim.i < 2 or doc[claim.i - 1].lower_ not in ("a", "an") or doc[claim.i - 2].text != ",":
        return
    verb = next((t for t in doc[claim.i + 1:min(claim.i + 8, len(doc))]
                 if t.lower_ in ANSWERING_FORMS or not (t.tag_ in SUBJECT_TAGS or t.lower_ in BETWEEN_WORDS)), None)
    if verb is None or verb.lower_ not in ANSWERING_FORMS or verb.i == claim.i + 1:
        return
    between = doc[claim.i + 1:verb.i]
    subject = next((t for t in reversed(between) if t.lower_ not in BETWEEN_WORDS and t.tag_ != "HYPH"), None)
    if subject is None or verb.dep_ == "relcl" and verb.head.i == claim.i and subject.head.i == verb.i:
        return  # (read right already)
    sentence = claim.sent
    main = sentence.root
    if claim.i - 1 <= main.i <= verb.i:  # the answering verb made the sentence's: its complement before is the verb
        complement = next((c for c in main.children if c.i < claim.i - 2 and c.pos_ in ("VERB", "AUX")
                           and c.dep_ in ("ccomp", "advcl", "conj", "dep", "parataxis")), None)
        if complement is None:
            return
        root, main = main, complement
        main.head, main.dep_ = main, "ROOT"
        for child in [c for c in root.children if not claim.i - 1 <= c.i <= verb.i]:
            child.head = main
    lemma, tag = ANSWERING_FORMS[verb.lower_]
    for child in [c for c in verb.children if c.i < claim.i - 1]:
        child.head = main  # (what the model hung on the verb before the charge: the comma)
    claim.head, claim.dep_ = main, "npadvmod"
    verb.head, verb.dep_, verb.tag_, verb.pos_, verb.lemma_ = claim, "relcl", tag, "VERB", lemma
    for token in between:
        if token.i == subject.i:
            token.head, token.dep_ = verb, "nsubj"
        elif token.lower_ in ("has", "have", "had"):
            token.head, token.dep_ = verb, "aux"
        elif token.lower_ in BETWEEN_WORDS:
            token.head, token.dep_ = verb, "mark" if token.lower_ == "that" else "advmod"
        else:
            token.head, token.dep_ = subject, "det" if token.tag_ == "DT" else "compound"
