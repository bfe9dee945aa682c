"""Complement repairs: an infinitive or a condition the small model hung on the wrong word.

"Trump threatened in a letter released late on Monday to cut off funding" hangs the infinitive on the letter's
participle; "ordered troops taking part in drills to return" on the troops' participle; "India helped Sri Lanka
cope with floods" reads the bare infinitive as a clause of its own. These mends give a verb back the complement
that tells what was threatened, ordered or helped; repairs.py calls them in its one pass over the Doc.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs of ordering forces about, the moves they order, and the forces: "ordered troops to move closer to the border"
ORDERING_VERBS = {"order", "command", "direct", "instruct", "tell"}
ORDERED_MOVES = {"move", "deploy", "redeploy", "advance", "withdraw", "pull", "mass", "return"}
ORDERED_FORCES = {"troops", "forces", "soldiers", "army", "units", "tanks", "warships", "navy", "military",
                  "battalions", "reinforcements", "division", "divisions", "brigade", "brigades"}


def forces_ordered_to_move(move: Token) -> None:
    """'Serbia ordered troops to move closer to the border': the forces the order names are what the ordered verb
    moves, as in 'Serbia moved troops closer to the border' (the orderer then controls the verb)."""
    order = move.head
    forces = next((c for c in order.children if c.dep_ == "dobj" and c.lower_ in ORDERED_FORCES), None)
    if forces is None or order.lemma_.lower() not in ORDERING_VERBS or move.lemma_.lower() not in ORDERED_MOVES or \
            any(c.dep_ == "dobj" for c in move.children):
        return
    forces.head, forces.dep_ = move, "dobj"


# nouns of an act meant or threatened, whose infinitive is that act: "dropped its threat to block the deal"
INTENTION_NOUNS = {"threat", "plan", "bid", "offer", "demand", "promise", "pledge", "decision", "attempt", "proposal",
                   "vow", "ultimatum", "intention"}


def infinitive_of_an_intention(verb: Token) -> None:
    """'Spain dropped its threat [to block]advcl Britain's deal': an infinitive right after the verb's object, a
    noun of intention, is that noun's own act (threatened, planned), not a purpose of the verb."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ != "to" or doc[verb.i - 1].head.i != verb.i:
        return
    noun = doc[verb.i - 2]
    if noun.dep_ == "dobj" and noun.head.i == verb.head.i and noun.lemma_.lower() in INTENTION_NOUNS:
        verb.head, verb.dep_ = noun, "acl"


# participles of a message published or sent, whose adjunct may stand between a verb and its infinitive
MESSAGE_PARTICIPLES = {"release", "publish", "send", "issue", "post", "deliver", "broadcast", "air", "write"}
# verbs whose act is told by a to-infinitive after them: "threatened to cut off funding", "vowed to hunt down"
INFINITIVE_TAKERS = {"threaten", "vow", "pledge", "promise", "agree", "refuse", "decide", "offer", "plan", "seek",
                     "intend", "move", "vote", "undertake"}


def infinitive_after_an_adjunct(verb: Token) -> None:
    """'Trump threatened [in a letter released late on Monday] [to cut off] funding to the WHO', 'Putin ordered troops
    [taking part in drills near the border] [to return] to their bases': a to-infinitive the model hung on the
    participle of a message published or sent inside an adjunct of a verb that takes one (and has none), or on a
    participle describing the forces an order names, is that verb's complement (and an ordered move moves the forces
    ordered); not the purpose of a meeting convened ('voted at a session called by Ukraine to condemn Russia'), nor
    one right after its participle."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    participle = verb.head
    if to is None or to.i == participle.i + 1:
        return
    forces = participle.head
    if forces.dep_ == "dobj" and forces.lower_ in ORDERED_FORCES and forces.head.lemma_.lower() in ORDERING_VERBS:
        order = forces.head  # "ordered [troops] [taking part in drills ...] [to return]"
        if not any(c.dep_ in ("xcomp", "ccomp") for c in order.children):
            verb.head, verb.dep_ = order, "xcomp"
            forces_ordered_to_move(verb)
        return
    if participle.lemma_.lower() not in MESSAGE_PARTICIPLES:
        return
    node = participle
    while node.dep_ in ("acl", "pobj", "prep") and node.head.i < node.i:
        node = node.head
    if node.pos_ == "VERB" and node.lemma_.lower() in INFINITIVE_TAKERS and not any(
            c.dep_ in ("xcomp", "ccomp") for c in node.children):
        verb.head, verb.dep_ = node, "xcomp"


# verbs that take an object and a bare infinitive: "helped Sri Lanka cope with floods"
BARE_INFINITIVE_TAKERS = {"help"}


def object_of_a_bare_infinitive(clause: Token) -> None:
    """'India helped [Sri Lanka]nsubj [cope]ccomp with floods': the model reads a bare infinitive after the object of
    'help' as a clause with its own subject; the subject is the verb's object, the infinitive its complement (as in
    'helped Sri Lanka to fight the floods')."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < clause.head.i or any(c.dep_ in ("aux", "mark") for c in clause.children) or \
            any(c.dep_ == "dobj" for c in clause.head.children):
        return
    subject.head, subject.dep_ = clause.head, "dobj"
    clause.dep_ = "xcomp"


# verbs of a report after what was said: ", Rezaei said", ", the ministry added"
REPORTING_VERBS = {"say", "tell", "add", "warn", "state", "insist", "stress"}


def condition_hung_on_the_report(condition: Token) -> None:
    """'[Iran should seize a British tanker]ccomp [if London does not release it]advcl-of-said, Rezaei said': a
    condition between what was said and the report after it is part of what was said, not of the saying."""
    report = condition.head
    said = next((c for c in report.children if c.dep_ == "ccomp" and c.i < condition.i), None)
    if said is not None and condition.i < report.i:
        condition.head = said
