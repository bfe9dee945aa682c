"""Accords named by a noun: made ("signed a truce", "a ceasefire between A and B took effect"), or only sought,
talked about, named or held to ("talks on a truce", "the ceasefire between them collapsed", "their commitment to
the deal"), which make no agreement.

noun_events.py asks this before it makes an agreement of an accord noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.constructions import governing_verb
from diplograph.ingest.lexicon import Lexicon
from diplograph.ingest.verb_cues import verb_cue

# what an accord may be the topic or the goal of, without being reached: "talks on a truce", "push for a deal"
SOUGHT_THROUGH = {"on", "about", "over", "for", "toward", "towards", "regarding"}
TRUCE_NOUNS = {"ceasefire", "truce"}
# what a truce does once made: "took effect", "came into force", "held"
TRUCE_STARTS = {"take", "come", "go", "begin", "start", "hold"}
ACCORD_MAKING_VERBS = {"agree", "sign", "broker", "reach", "announce", "conclude", "strike", "seal", "mediate",
                       "accept", "declare", "negotiate", "clinch", "secure", "finalise", "finalize"}
CONCLUDING_VERBS = {"conclude", "complete", "finalise", "finalize", "wrap"}
FORESEEING_MODALS = {"would", "could", "might", "may", "will", "should", "'d", "'ll"}
SEEKING_VERBS = {"propose", "seek", "want", "discuss", "negotiate", "suggest", "pursue", "float", "urge", "demand"}


def sought(noun: Token, lexicon: Lexicon) -> bool:
    """'talks on a truce between Russia and Ukraine', 'pushing for a deal between them', 'proposed a
    ceasefire between Israel and Hamas': an accord talked about, sought or proposed is not reached (but one
    agreed on is: 'agreed on a truce between')."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in SOUGHT_THROUGH:
        governor = head.head
        if governor.head.lemma_.lower() in CONCLUDING_VERBS:
            return False  # "concluded negotiations on a free trade agreement": reached
        cue = lexicon.nouns.get(governor.lemma_.lower()) if governor.pos_ in ("NOUN", "PROPN") else \
            verb_cue(governor, lexicon)
        return cue is None or cue.relation != "agree"
    return noun.dep_ == "dobj" and head.lemma_.lower() in SEEKING_VERBS


# what ties one to an accord already made, or takes one out of it, which names no new one: "commitment to the deal",
# "stood by the accords", "withdrew from the agreement", "complied with the accord" (not "came to an agreement")
HELD_THROUGH = {"to", "by", "from", "with"}
HOLDING_GOVERNORS = {"commitment", "adherence", "compliance", "loyalty", "return", "stick", "stand", "abide",
                     "adhere", "comply", "commit", "recommit", "withdraw", "pull", "quit", "exit", "remain", "stay"}


def held_to(noun: Token) -> bool:
    """'reaffirmed their commitment to the deal', 'stood by the Minsk accords', 'withdrew from the agreement': an
    accord one is held to, keeps or leaves was made before, no agreement between those who hold to it; unless told
    made in its own clause ('return to the agreements they had signed')."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in HELD_THROUGH or head.head.lemma_.lower() not in HOLDING_GOVERNORS:
        return False
    return not any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ACCORD_MAKING_VERBS for c in noun.children)


def unreached(noun: Token, lexicon: Lexicon) -> bool:
    """An accord this noun names that the sentence tells as no agreement reached: sought, held to or foreseen."""
    return sought(noun, lexicon) or held_to(noun) or foreseen(noun, lexicon)


def foreseen(noun: Token, lexicon: Lexicon) -> bool:
    """'a mandate to negotiate a cooperation agreement, which would be the first formal accord between the EU and
    Cuba': what an accord only sought would be is told of one not made (not what a deal reached could be: 'reached
    a deal, which could be the most important accord between Iran and the United States')."""
    be = noun.head
    if noun.dep_ != "attr" or be.lemma_ != "be" or not any(c.dep_ == "aux" and c.lower_ in FORESEEING_MODALS
                                                           for c in be.children):
        return False
    referent = be.head if be.dep_ == "relcl" else next((c for c in be.children if c.dep_ == "nsubj"), None)
    return referent is not None and sought(referent, lexicon)


def took_effect(noun: Token) -> bool:
    """'a truce between A and B took effect', 'came into force', 'the ceasefire ... held on Monday' (the parser
    may make the predicate a clause of the noun): a truce that starts or holds was made; not one that 'came under
    strain', 'began to unravel' or was 'held up as a model'."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")]
    return any(_starts(verb) for verb in verbs)


def _starts(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in TRUCE_STARTS or any(c.dep_ in ("prt", "xcomp", "acomp", "oprd") for c in verb.children):
        return False
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    if lemma in ("come", "go"):
        return any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in ("force", "effect")
                                                                  for g in c.children) for c in verb.children)
    return not any(c.dep_ in ("dobj", "advmod") and c.lower_ not in ("firm", "largely", "still") or
                   c.dep_ == "prep" and c.lower_ not in ("on", "in", "at", "since", "for", "after", "from")
                   for c in verb.children)  # "began on Monday", "held on Tuesday", "held firm"


def truce_unmade(noun: Token) -> bool:
    """A truce named is no accord made unless one makes it ('the ceasefire between them collapsed'): a verb of
    making governs it or a clause of it ('truce ... brokered by'), or it took effect."""
    if noun.lemma_.lower() not in TRUCE_NOUNS or took_effect(noun):
        return False
    makers = (governing_verb(noun), *(c for c in noun.subtree if c.dep_ == "acl"))
    return not any(maker.lemma_.lower() in ACCORD_MAKING_VERBS for maker in makers if maker is not None)


# verbs by which one takes part in what a third party brokered: "signed a truce brokered by Egypt", "held talks
# mediated by Qatar" (not "welcomed" or "took note of" it; nor "observed" it, which monitors as often)
PARTAKING_VERBS = {"sign", "reach", "agree", "accept", "strike", "seal", "conclude", "hold", "attend", "join", "enter",
                   "participate", "respect", "honour", "honor", "violate", "breach", "break", "begin", "start",
                   "resume", "open", "extend", "renew"}
ASKING_FRAMES = {"urge", "call", "ask", "press", "tell", "encourage", "appeal", "demand", "want", "invite"}


def partakes(governor: Token, accord: Token) -> bool:
    """Whether the agents of the verb governing a brokered accord are its parties: 'signed a truce brokered by
    Egypt', 'agreed to disarm under a ceasefire brokered by Russia'; not one who urges others to keep it ('called on
    both sides to respect the ceasefire brokered by Russia'), nor one who welcomes what was done under it."""
    if governor.dep_ == "xcomp" and governor.head.lemma_.lower() in ASKING_FRAMES:
        return False  # (the agents found are the one who asks)
    if governor.lemma_.lower() == "take":  # "took part in talks mediated by Qatar", not "took note of", "credit for"
        return any(c.dep_ == "dobj" and c.lower_ == "part" for c in governor.children)
    acting_under = accord.head.lower_ == "under" and accord.head.head.pos_ in ("VERB", "AUX")
    return governor.lemma_.lower() in PARTAKING_VERBS or acting_under

