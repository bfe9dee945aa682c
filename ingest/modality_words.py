"""Modality words: the closed classes of words by which a clause says whether its act happened.

Hearsay adverbs, subordinators a clause waits on, nouns of fear, refusal, attempt and asking whose act is not
done, verbs by which a threat is carried out, an act named again and rebuffed, acts that are efforts. Data, and the
one test of a word's sense no list can say ("no longer" but not "no longer than"); modality.py reads them.
"""

from spacy.tokens import Token

from diplograph.ingest.framing import FORETELLING_MODALS, REPORTING_VERBS

# the governing clause is a different event, not a frame around this one
TEMPORAL_SUBORDINATORS = {"after", "before", "while", "when", "since", "until", "as", "despite", "during"}
HEARSAY_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}
ANTICIPATING_ADJECTIVES = {"planned": "planned", "proposed": "planned", "upcoming": "planned", "scheduled": "planned",
                           "expected": "planned", "possible": "hypothetical", "potential": "hypothetical",
                           "prospective": "hypothetical"}
EFFORTS = {"mediate", "broker"}  # acts that are efforts: to try one is to do it
# subordinators of a clause that a negated or future main clause waits on: "will not meet until ..."
PENDING_SUBORDINATORS = {"until", "till", "unless"}
# verbs by which a threat is carried out: "made good on", "carried out", "followed through on", "acted on"
FULFILLING_VERBS = {"make", "carry", "follow", "act", "deliver", "execute", "implement", "fulfil", "fulfill"}
# nouns whose content clause is only said or supposed: "suggestions that Washington is siding with Cairo", "reports
# that Russia had moved troops" (not a fact told: "the news that")
SUPPOSED_CONTENTS = {"suggestion": "hypothetical", "speculation": "hypothetical", "rumour": "hypothetical",
                     "rumor": "hypothetical", "possibility": "hypothetical", "fear": "hypothetical",
                     "hope": "hypothetical", "idea": "hypothetical", "notion": "hypothetical",
                     "report": "reported", "claim": "reported", "allegation": "reported", "assertion": "reported",
                     "accusation": "reported", "charge": "reported"}
# nouns whose of-phrase is an act that may come: "fears of a clash", "the risk of a war", "the threat of an attack"
FEARED_NOUNS = {"fear", "risk", "threat", "danger", "spectre", "possibility", "prospect", "likelihood"}
# what a threat of it is the threat itself, made: "the threat of Russian retaliation against NATO"
THREATENED_ANSWERS = {"retaliation", "reprisal", "reprisals", "response", "punishment", "consequence", "consequences"}
# an act named again and turned down after it was told: "demanded that Germany pay, a demand Berlin rejected"
RESTATED_ACTS = {"demand", "request", "call", "proposal", "offer", "threat", "warning", "move"}
# acts whose condition is part of what they say: "threatened Iran with bombing if ...", "warned Russia ... unless"
CONDITIONING_VERBS = {"threaten", "warn", "vow", "promise", "pledge", "offer"}
# what is said of an act not yet made: how likely it is
LIKELIHOOD_WORDS = {"likely", "unlikely", "possible", "impossible", "imminent", "probable", "improbable"}
WHEN_PREPOSITIONS = {"within", "by", "in", "before"}  # when it may come: "possible within years"
AVOIDING_VERBS = {"avoid", "shun", "forgo", "avert", "forestall"}  # whose object was not made: "avoided direct
# criticism of King Salman", "a deal that averts U.S. strikes on Syria"
# nouns whose infinitive is what is not done: "welcomed Hungary's refusal to send weapons to Ukraine"
REFUSAL_NOUNS = {"refusal", "failure", "reluctance", "unwillingness", "inability"}
# nouns whose infinitive is only tried, meant or in one's power: "an attempt by China to invade Taiwan", "his power to"
ATTEMPT_NOUNS = {"attempt", "bid", "effort", "plot", "intention", "intent", "power", "authority", "ability"}
# texts put to a vote, whose infinitive is done only once adopted: "a resolution to censure Iran"
MOTION_NOUNS = {"resolution", "motion", "bill", "draft"}
# what a "for X to do" clause sets ahead: "the deadline for U.S. troops to leave" (not "the first time for Xi to")
SCHEDULE_NOUNS = {"deadline", "plan", "timetable", "schedule", "date", "proposal", "arrangement", "roadmap"}
# verbs of a schedule, which the present tense with a day puts ahead: "Putin travels to India next week"
SCHEDULED_VERBS = {"travel", "visit", "meet", "host", "fly", "head", "leave", "arrive", "hold", "receive"}
# nouns of asking or proposing, whose 'for' act is not done: "calls for strikes", "a proposal for talks"
ASKING_NOUNS = {"call", "demand", "appeal", "plea", "push", "proposal", "request", "bid", "clamour", "clamor",
                "pressure"}
# what is asked, or a motion to act, done once it is taken up: "adopted a resolution to censure Iran"
ADOPTING_VERBS = {"adopt", "approve", "accept", "pass", "endorse", "implement", "heed", "grant"}
# force an act of sending is for, which the sending does not yet use: "sent troops to fight the rebels"
PURPOSED_FORCE = {"fight", "attack", "strike", "bomb", "combat", "battle", "invade", "defeat", "crush", "counter"}
# what one drops or lets fall in speaking, which calls nothing off: "dropped hints of a visit to Pyongyang"
SPOKEN_IN_PASSING = {"hint", "remark", "comment", "mention", "word"}
# verbs that, as a comma's participle, tell a consequence of the act foretold, which shares its "would": "would delay
# the tariff, easing pressure on Beijing" (not a comment made as one speaks: "would meet Kim, praising Xi")
CONSEQUENCE_PARTICIPLES = {"ease", "end", "give", "lift", "allow", "open", "cut", "free", "relieve", "reduce",
                           "remove", "clear", "pave", "bring", "let", "restore", "deepen", "raise"}


PARTICLES_READ_AS_PREPOSITIONS = {"aside", "off", "away", "down"}  # "brushing [aside]prep pressure"


def asking_for(node: Token) -> Token | None:
    """The word an act named after 'for' hangs on, which may be a noun of asking: 'calls by some lawmakers for U.S.
    strikes'; where the parser hangs the 'for' on the verb, the verb's own object, or its particle's, if that asks
    ('brushing aside pressure from fellow leaders for sanctions'; not an adjunct's: 'In a call with Biden, Sisi
    thanked Washington for its aid')."""
    asker = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "for" else None
    if asker is not None and asker.dep_ == "pobj" and asker.head.lower_ in ("by", "from"):
        return asker.head.head
    if asker is not None and asker.pos_ == "VERB":
        return next((t for c in asker.children for t in (c, *c.children) if t.i < node.i and t.lemma_.lower() in
                     ASKING_NOUNS and (t.dep_ == "dobj" and t.i == c.i or t.dep_ == "pobj" and (c.dep_ in (
                         "advmod", "prt") or c.lower_ in PARTICLES_READ_AS_PREPOSITIONS))), asker)
    return asker


def no_longer(adverb: Token) -> bool:
    """'will [no longer] cooperate with': 'longer' negated ends the act (not 'lasted no longer than an hour')."""
    return adverb.lower_ == "longer" and any(g.dep_ == "neg" for g in adverb.children) and not (
        adverb.i + 1 < len(adverb.doc) and adverb.nbor().lower_ == "than")


# prepositions that tell the cause an act answers: "sanctions over its invasion of Ukraine"
CAUSE_PREPOSITIONS = {"over", "after", "following", "amid", "despite"}
# verbs of a response only prepared or foretold, whose cause, not yet known, may still come
PREPARED_RESPONSES = {"warn", "threaten", "draft", "prepare", "plan", "consider", "weigh", "discuss", "mull", "vow",
                      "pledge", "promise"}


def a_cause_foreseen(noun: Token) -> bool:
    """'warned of sanctions over a Russian invasion of Ukraine', 'would impose sanctions over a Russian attack':
    an act no one is told to have done (neither 'the' nor its doer's), the cause of a response only prepared or
    foretold, may still come."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in CAUSE_PREPOSITIONS or a_cause_told(
            noun) or noun.head.head.dep_ == "npadvmod" or any(c.dep_ == "npadvmod" for c in noun.head.children):
        return False  # (nor a time measured from it: "would not retaliate, a day after a phone call with Trump")
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and (verb.lemma_.lower() in PREPARED_RESPONSES or noun.head.lower_ == "over" and any(
        c.dep_ == "aux" and c.lower_ in FORETELLING_MODALS for c in verb.children))  # (after a time, a modal
    # tells the future in the past: "said he would meet Putin, after a phone call with the Kremlin leader")


def a_cause_told(noun: Token) -> bool:
    """'has not joined sanctions imposed on Moscow over its invasion of Ukraine': an act told as the cause, known
    (its doer's, or 'the'), happened whatever the clause denies ('a Russian invasion' may still come)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in CAUSE_PREPOSITIONS and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


# verbs of telling after which a that-clause in the present tells what is, not what should be
TOLD_PRESENT_VERBS = {"tell"}


def told_as_a_fact(head: Token, node: Token, trigger: Token) -> bool:
    """'told him it had', 'Pence told reporters Turkey agreed', 'told Russian lawmakers that Beijing supports Moscow':
    a that-clause in the past (after 'tell', the present too) is told, no order; not an infinitive inside it that
    holds the trigger ("told him it was time to leave")."""
    told = node.tag_ == "VBD" or node.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in TOLD_PRESENT_VERBS
    return told and not any(
        c.dep_ == "xcomp" and c.left_edge.i <= trigger.i <= c.right_edge.i for c in node.children)


# words of demand, after which a that-clause is in the bare form: "demanded that Ankara protect"
DEMANDING_WORDS = ASKING_NOUNS | {"order", "insist", "urge", "ask", "propose", "recommend", "require", "suggest",
                                  "demands", "insistence"}


def subjunctive_clause(verb: Token) -> bool:
    """'Washington's order that China close', 'rejected demands that Ankara protect the YPG': a that-clause in the
    bare form, with a subject and no auxiliary, tells what should be (after a word of demand, a present form after
    one singular subject, which would take '-s', is the bare form the tagger missed; not after 'said': "said that
    the Taliban support the TTP")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    bare = verb.tag_ == "VB" or verb.tag_ == "VBP" and subject is not None and subject.tag_ in ("NN", "NNP") and \
        not any(c.dep_ == "conj" for c in subject.children) and verb.head.lemma_.lower() in DEMANDING_WORDS
    return verb.dep_ in ("ccomp", "acl") and bare and subject is not None and any(
        c.lower_ == "that" for c in verb.children) and not any(c.dep_ == "aux" for c in verb.children)


def ruled_out(node: Token, dep: str) -> bool:
    """Whether an act is what 'rule out' takes: its object or infinitive ('ruled out new negotiations'), or a gerund
    right after its particle ('ruled out sending troops to fight'); not a participle set off from it ('Visiting
    Kyiv, Scholz ruled out ...', '..., citing his talks with Putin')."""
    head = node.head
    particle = next((c for c in head.children if c.dep_ == "prt" and c.lower_ == "out"), None)
    if head.lemma_.lower() != "rule" or particle is None:
        return False
    return dep in ("dobj", "xcomp") or dep == "advcl" and node.tag_ == "VBG" and node.left_edge.i == particle.i + 1


# verbs by which their subject draws a reaction upon itself: "a move that drew criticism from Guterres", "has faced
# condemnation from its neighbours", "won praise from Washington"
DRAWING_VERBS = {"draw", "face", "receive", "attract", "earn", "incur", "win", "get", "spark", "provoke", "prompt",
                 "trigger"}


def drawn_by_a_told_plan(node: Token) -> bool:
    """'Japan said it would withdraw from the IWC, drawing sharp criticism from Australia', 'Russia said it had
    suspended its part in New START, drawing condemnation': a comma's participle of drawing a reaction is real as
    the telling of the act is; not one drawn by what only may happen ('Diplomats fear Hungary could veto the deal,
    drawing criticism', 'If Serbia recognises Crimea, it could anger the EU, drawing ...')."""
    plan = node.head
    uncertain = any(a.dep_ == "aux" and a.lower_ in ("could", "may", "might", "should") for a in plan.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in plan.children) or plan.dep_ == "ccomp" and plan.head.lemma_.lower() not in REPORTING_VERBS
    drawing = node.lemma_.lower() in DRAWING_VERBS or any(  # ("ending a pause in launches and drawing condemnation")
        c.dep_ == "conj" and c.tag_ == "VBG" and c.lemma_.lower() in DRAWING_VERBS for c in node.children)
    return node.dep_ == "advcl" and node.tag_ == "VBG" and drawing and node.doc[node.i - 1].text == "," and \
        not uncertain
