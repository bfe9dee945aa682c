"""Reactions an act draws and acts done at someone's request, told around an event noun.

"Ethiopia expelled UN officials, a move that drew sharp criticism from Guterres": the one whose act draws a
reaction is its target, the 'from' phrase its author. "Russia sent troops to Kazakhstan at the request of President
Tokayev": who asked for an act asked it of whoever did it. noun_events.py asks for both. Pure: tokens, the index
and the argument finder.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.antecedents import Antecedents
from diplograph.ingest.arguments import SUMMARY_NOUNS
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.constructions import governing_verb
from diplograph.ingest.lexicon import NounCue
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.modality_words import DRAWING_VERBS
from diplograph.ingest.targets import ArgumentFinder
from diplograph.model import ActorType

# relations of a reaction one actor may draw from another
DRAWN_RELATIONS = {"criticize", "support", "protest", "warn", "threaten", "accuse", "demand", "reject"}


# what moves from somewhere, whose 'from' phrase says where, not who reacted: "warnings of a new influx from Belarus"
FLOW_NOUNS = {"influx", "inflow", "outflow", "flow", "exodus", "flight", "arrival", "import", "export", "migrant",
              "refugee", "migration", "spillover", "contagion"}


# a response named angry is a criticism: "the move drew an angry response from Israel" (a bare one is none)
RESPONSE_NOUNS = {"response", "reaction", "reply", "retort"}
ANGRY_WORDS = {"angry", "sharp", "furious", "harsh", "stern", "indignant", "hostile", "scathing", "bitter", "fierce",
               "outraged", "irate"}


def angry_response(noun: Token) -> NounCue | None:
    """'Drew an angry response', 'sparked a sharp reaction': a criticism by whoever it was drawn from; not one
    promised or warned of ("warned of a harsh response to NATO expansion": a threat, if anything)."""
    if noun.lemma_.lower() in RESPONSE_NOUNS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in DRAWING_VERBS \
            and any(c.dep_ == "amod" and c.lower_ in ANGRY_WORDS for c in noun.children):
        return NounCue(noun.lemma_.lower(), "criticize", ("to",))
    return None


def drawn_reaction(noun: Token, cue: NounCue, governor: Token | None, index: ActorIndex, earlier: list[Candidate],
                   arguments: ArgumentFinder, antecedents: Antecedents) -> tuple[list[Mention], list[Mention]] | None:
    """'Ethiopia expelled UN officials, a move that drew sharp criticism from Guterres': the one whose act
    draws a reaction is its target, the 'from' phrase (on the noun or the verb) its author."""
    if governor is None or cue.relation not in DRAWN_RELATIONS or noun.dep_ != "dobj" or \
            governor.lemma_.lower() not in DRAWING_VERBS:
        return None
    # the 'from' phrase may hang on an 'including': "drew condemnation across Latin America, including from
    # Brazil and Colombia", or on what the reaction is of: "drew warnings of retaliation from Canada"
    holders = [noun, governor, *(c for h in (noun, governor) for c in h.children
                                 if c.dep_ == "prep" and c.lower_ == "including"),
               *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and o.pos_ == "NOUN")]
    # (after what moves, a state may be where it moves from, an organisation not: "warnings of a new influx from
    # Belarus", "warnings of capital flight from the IMF")
    reactors = [m for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                for pobj in c.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index)
                if holder.lemma_.lower() not in FLOW_NOUNS or m.actor and
                index.actors[m.actor].type is ActorType.ORGANIZATION]
    if not reactors:
        return None
    drawers = arguments.agents(governor, index)
    summary = governor.head
    if not drawers and governor.dep_ == "relcl" and summary.lemma_.lower() in SUMMARY_NOUNS:
        # "..., a move that drew criticism": the agents of the act the summary noun sums up
        # ("..., a move that" hangs on the object, or on the verb)
        node = summary.head if summary.dep_ == "appos" else summary
        act = governing_verb(node) or (node.head if node.head.pos_ == "VERB" else None)
        drawers = arguments.agents(act, index) if act is not None else []
    subjects = [c for c in governor.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if not drawers and subjects:  # "The storming drew condemnation from Brazil": who stormed, told before
        drawers = antecedents.sources(governor, reactors, earlier, index, noun=subjects[0])
    own = {m.actor for m in reactors}
    return reactors, [m for m in drawers if m.actor not in own]


def done_at_request(noun: Token, governor: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'sent troops to Kazakhstan at the request of President Tokayev', 'at Tokayev's request': who asked for
    the act asked it of whoever did it."""
    askers = [m for c in noun.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
              for t in ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"])
              for m in arguments.actors_of(t, index)]
    doers = arguments.agents(governor, index)
    return [make_candidate("appeal", s, t, noun, governor, 0.7) for s in askers for t in doers
            if index.side_of(s) != index.side_of(t)]
