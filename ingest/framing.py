"""Framing: the clause that frames an act the parser hung somewhere else. A speaker's second act hung on what
he reported ("India says ... and accuses Islamabad"), a finite verb hung on a gerund ("denied carrying out
strikes and accused Warsaw"), a comma's participle hung on a said or asked clause ("demanded that Russia
show respect, hitting out at Moscow"), and a that-clause that says what should be, not what is. Pure
functions over tokens; modality.py, arguments.py, targets.py and relations.py call them.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs that report what someone says or holds, whose clause the parser may hang a later act of the speaker on
REPORTING_VERBS = {"say", "tell", "insist", "state", "add", "declare", "stress", "argue", "write", "claim",
                   "maintain", "assert", "note", "allege", "announce"}
# acts done in words or by decree, which a speaker may do in a second conjunct: "says ..., and accuses Islamabad"
SPEAKERS_ACTS = {"accuse", "blame", "deny", "reject", "dismiss", "criticize", "criticise", "condemn", "denounce",
                 "urge", "demand", "warn", "threaten", "vow", "pledge", "order", "summon", "expel", "recall", "call",
                 "appeal", "ask", "promise", "refuse", "decline", "slam", "rebuke", "press"}


def speaker_of_conjoined_act(verb: Token) -> Token | None:
    """'India says the militant group carried out the bombing, and accuses Islamabad of giving it sanctuary',
    'insisted that its forces were not targeting civilians and accused Western nations of ...': the parser
    hangs the second act on the reported clause, but its form is the reporting verb's and not the clause's
    (says ... accuses; were targeting ... accused), or, in the same form, a comma parts it from the clause or
    the clause is a judgement ('were unacceptable'). Then the speaker does it: the reporting verb, else None."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in SPEAKERS_ACTS or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    clause, node = verb.head, verb.head
    for _ in range(3):
        if node.dep_ not in ("ccomp", "advcl"):
            return None
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS:
            break
        node = node.head
    else:
        return None
    reporting = node.head
    if verb.tag_ != reporting.tag_ or reporting.i > node.i:
        return None  # (a report told after its clause frames all of it: "... and asked him to wait, Qatar said")
    cc = next((c for c in clause.children if c.dep_ == "cc" and c.i < verb.i), None)
    comma = cc is not None and cc.i > 0 and verb.doc[cc.i - 1].text == ","
    # a judgement stated is no one's act to go on from: "said that Erdogan's comments were unacceptable and
    # called on Turkey to stop" - the speaker calls
    judged = clause.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in clause.children) and all(
        c.pos_ == "NOUN" for c in clause.children if c.dep_ == "nsubj")  # (a thing judged, not "Biden was calm")
    return reporting if comma or judged or verb.tag_ != clause.tag_ else None


# finite forms, which a verb inside an infinitive or gerund complement cannot take
FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def frame_of_finite_conjunct(verb: Token) -> Token | None:
    """'Moscow denied carrying out any strikes and accused Warsaw of ...': the parser hangs the finite verb on
    the gerund, but a past tense cannot sit inside 'carrying'; it is a second act of the framing verb's subject,
    in the framing verb's form. That verb, else None."""
    # (a present plural read as a bare verb: "officials deny sheltering militants and [accuse]VB Pakistan")
    bare_present = verb.tag_ == "VB" and verb.head.tag_ == "VBG" and verb.head.head.tag_ == "VBP"
    finite = verb.tag_ in FINITE_TAGS or verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children) or \
        bare_present
    if verb.dep_ != "conj" or not finite or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    complement = verb.head
    if complement.tag_ not in ("VBG", "VB"):
        return None
    if complement.dep_ == "xcomp" or complement.dep_ == "ccomp" and complement.tag_ == "VB" and not any(
            c.dep_ == "aux" for c in complement.children):
        # (or a bare verb the frame demands: "demanded that Canada free Meng and has accused Ottawa of ...")
        frame = complement.head
    elif complement.dep_ == "pcomp" and complement.head.dep_ == "prep":
        frame = complement.head.head
    else:
        return None
    return frame if (frame.tag_ == verb.tag_ or bare_present) and frame.pos_ in ("VERB", "AUX") else None


# verbs of demanding that also state ("insisted that its forces were not targeting civilians")
ASSERTING_DEMANDS = {"insist"}
MANDATING_MODALS = {"should", "must", "would", "will", "shall"}


def is_mandative(clause: Token) -> bool:
    """A that-clause that says what should be ('insisted that Russia withdraw', '... must pay'), not what is."""
    return clause.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in MANDATING_MODALS for c in clause.children)

# what one says in the same breath as a threat, which is one's own act, not part of the threat: "accusing them of";
# not "threatened to expand its offensive, killing thousands"
# and answering others as one speaks: "said he would sign the bill, brushing aside objections" (not "denying Ukraine
# its exports", a withholding foretold)
ANSWERING_COMMENTS = {"brush", "dismiss", "reject", "rebuff", "shrug"}
COMMENTING_VERBS = {"accuse", "say", "call", "cite", "blame", "claim", "argue", "insist", "criticise", "criticize",
                    "condemn", "describe", "allege", "complain", "charge", "denounce"} | ANSWERING_COMMENTS
FORETELLING_MODALS = {"would", "will", "could", "might", "may", "'d", "'ll"}
# common nouns that speak for a side: "the ministry said Russia would respond, accusing ..."
SPEAKING_BODIES = {"ministry", "government", "spokesman", "spokeswoman", "spokesperson", "minister", "president",
                   "office", "leader", "chancellor", "premier", "official", "embassy", "kremlin", "he", "she", "they"}


def adjunct_hung_on_complement(verb: Token) -> Token | None:
    """'demanded that Russia show respect, hitting out at Moscow', 'threatened to cut aid to Honduras, accusing it
    of ...': a comma's participle hung on a said, asked or threatened clause; the verb governing that clause."""
    # (or parsed as a conjunct of a bare verb, which a participle cannot be: "urged them to keep the vote
    # peaceful, [holding]conj meetings")
    hung = verb.dep_ == "advcl" or verb.dep_ == "conj" and verb.head.tag_ == "VB"
    if hung and verb.tag_ == "VBG" and verb.head.dep_ in ("ccomp", "xcomp") and verb.i > 0 and \
            verb.doc[verb.i - 1].text == ",":
        return verb.head.head
    return None


ASKING_ENCOUNTERS = {"call", "conversation", "talks", "meeting"}  # one asks in: "asked Trump in a video call"
# acts of taking part, whose encounter is the one asked to join: "asked Xi to take part in a call with Putin"
JOINING_VERBS = {"take", "participate", "join", "attend", "engage", "hold", "sit"}


def asker_s_own(trigger: Token, clause: Token) -> bool:
    """Whether the asker's own act is hung on the clause asked: a comma's participle ('demanded that Russia ...,
    hitting out at'), or the call or talks the asking was made in ('asked Trump to lift tariffs in a video call'; not
    one asked to join: 'asked Xi to take part in a call with Putin')."""
    if adjunct_hung_on_complement(trigger) is not None and trigger.head.i == clause.i:
        return True
    return trigger.lemma_.lower() in ASKING_ENCOUNTERS and trigger.dep_ == "pobj" and trigger.head.lower_ in (
        "in", "during") and trigger.head.head.i == clause.i and clause.dep_ == "xcomp" and \
        clause.lemma_.lower() not in JOINING_VERBS and not any(c.dep_ == "prep" and c.lower_ == "with"
                                                              for c in trigger.children)  # (its own partner)


def comment_on_a_prediction(verb: Token) -> Token | None:
    """'Pashinyan said his country would leave the bloc, accusing some of its members of ...': a comma's participle
    of comment hung on a foretold clause is the speaker's act as he speaks, not part of what he foretold (the
    parser cannot tell); the reporting verb, else None. A clause told as done keeps it ("said Russia had struck
    Kyiv, killing ..."), unless the participle answers someone ("..., dismissing the assertion by Trudeau")."""
    governor = adjunct_hung_on_complement(verb)
    while governor is not None and verb.lemma_.lower() in ANSWERING_COMMENTS and governor.dep_ == "ccomp" and \
            governor.lemma_.lower() not in REPORTING_VERBS:
        governor = governor.head  # (an answer hung on a clause inside the one said, up to the saying)
    if governor is None or verb.head.dep_ != "ccomp" or verb.lemma_.lower() not in COMMENTING_VERBS or \
            governor.lemma_.lower() not in REPORTING_VERBS:
        return None
    foretold = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if foretold is not None and foretold.ent_type_ == "PERSON" or speaker is None or not (
            speaker.pos_ == "PROPN" or speaker.ent_type_ or speaker.lemma_.lower() in SPEAKING_BODIES and
            verb.lemma_.lower() not in ANSWERING_COMMENTS):
        return None  # another's act foretold ("said Putin would try to justify the war, blaming NATO"), or said
        # by no one who acts ("analysts said China would condemn Japan, accusing Tokyo"); an answer by a body
        # unnamed stays the foretelling's ("the foreign ministry said Iran would retaliate, rejecting ...")
    # (an answer is the speaker's whatever the clause: "said it was impossible that a missile had brought the plane
    # down, dismissing the assertion by Trudeau")
    return governor if verb.lemma_.lower() in ANSWERING_COMMENTS or any(
        c.dep_ == "aux" and c.lower_ in FORETELLING_MODALS for c in verb.head.children) else None


MODALS = {"would", "will", "could", "might", "may", "should", "can", "must", "shall"}
HEDGING_MODALS = {"could", "might", "may", "must"}  # of what may be so now: "could be committing war crimes"


def modal_of_a_possible_act(verb: Token, clause: Token) -> bool:
    """Whether a modal makes a clause's act one that may come (or would), not one said perhaps to be so already:
    'could commit', 'would not interfere' (not 'could be committing war crimes', 'may have violated')."""
    modals = [c for c in (*verb.children, *clause.children) if c.dep_ == "aux" and c.lower_ in MODALS]
    hedged = verb.tag_ in ("VBG", "VBN") and any(c.dep_ == "aux" and c.lemma_ in ("be", "have") and c.i > m.i
                                                 for c in verb.children for m in modals)
    conditioned = any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children)
                      for a in (*verb.children, *clause.children))  # ("could be violating ... if it goes ahead")
    return bool(modals) and not (hedged and not conditioned and all(m.lower_ in HEDGING_MODALS for m in modals))


def free_of_first_negation(conjunct: Token) -> bool:
    """A conjunct with its own auxiliary or subject, or a finite form after do-support ("did not decide and
    backed"), is not under the first one's negation, nor is one set against it by "but" ("with no breakthrough
    but an agreement"); one joined by "or"/"nor" is ("has not visited Kyiv or met Zelensky", "nor did it")."""
    first = conjunct.head
    if any(c.dep_ == "cc" and c.lower_ == "but" and c.i < conjunct.i for c in first.children):
        return True
    return not any(c.dep_ == "cc" and c.lower_ in ("or", "nor", "neither") for c in first.children) and (
        any(c.dep_ in ("aux", "nsubj") for c in conjunct.children) or conjunct.tag_ in ("VBD", "VBZ") and any(
            c.dep_ == "aux" and c.lemma_ == "do" for c in first.children))


def own_past_clause(conjunct: Token) -> bool:
    """A second conjunct with its own subject in the past tense after a first one with a modal: a sentence of
    its own the parser hung inside the first one's 'that'-clause."""
    return conjunct.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children) and any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in conjunct.head.children)


def tells_news_where(relative: Token) -> bool:
    """'talks in Sharm el-Sheikh on Tuesday, where Bush met Mubarak': a relative on a place, by 'where', tells the
    story's news when the clause it hangs in does, done and no modal's ('will fly on to Moscow, where Putin met Xi'
    is background)."""
    if not any(c.lower_ == "where" for c in relative.children):
        return False
    above = next((a for a in relative.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return above is None or above.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in above.children)
