"""Material events that no verb names alone: arms that arrive, measures lifted off whom they were imposed on.

relations.py reads an event off its verb's cue; some material acts are told by a verb that is no cue, or
give their counterpart in a clause of the object. 'The first German-made IRIS-T system has arrived in
Ukraine': arms arriving in a state are aid to it from whoever made, sent or gave them. 'China has lifted the
sanctions it imposed on members of the European Parliament': the measures lifted were imposed on them, so
the easing is aimed at them. forces.py adds what armed forces do by drilling together (joint_exercise).
Pure: a verb, its ActorIndex and the lexicon in; candidates out.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.constructions import substance
from diplograph.ingest.forces import joint_exercise
from diplograph.ingest.lexicon import Lexicon
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import verb_cue
from diplograph.model import ActorType

# verbs by which a thing reaches a place: "has arrived in Ukraine", "landed in Poland", "reached Kyiv"
ARRIVING_VERBS = {"arrive", "land", "reach"}
# what is delivered, beside the aid cues' objects ("send weapons"): "the first shipment of Patriot missiles"
DELIVERED_NOUNS = {"shipment", "consignment", "batch", "delivery", "cargo", "system", "missile", "tank", "jet",
                   "weapon", "howitzer", "launcher", "battery", "drone", "fighter", "vehicle", "package"}
# participles that say whose a thing is as a hyphen's second half: "German-made", "U.S.-supplied"
GIVING_PARTICIPLES = {"make", "made", "supply", "supplied", "donate", "donated", "build", "built", "fund",
                      "funded", "provide", "provided", "send", "sent", "give", "given", "pledge", "pledged"}
# verbs that undo a measure, whose counterpart may be named where the measure was imposed
LIFTING_VERBS = {"lift", "ease", "remove", "drop", "scrap", "relax", "waive", "suspend", "end", "rescind"}
IMPOSING_PREPOSITIONS = {"on", "against"}
# people who stand for the body they are of, when a measure names them: "members of the European Parliament"
MEMBER_NOUNS = {"member", "official", "lawmaker", "legislator", "leader", "representative", "minister"}


def material_events(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """The material events a verb tells beside its own cue."""
    return joint_exercise(verb, index, lexicon, arguments) + arms_arrived(verb, index, lexicon, arguments) + \
        lifted_off(verb, index, lexicon, arguments) + object_taken_for_subject(verb, index, lexicon, arguments)


def arms_arrived(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """'The first German-made IRIS-T system has arrived in Ukraine', 'a shipment of weapons from Egypt landed
    in Mogadishu': arms arriving in a state are aid to it from their maker or sender."""
    if verb.lemma_.lower() not in ARRIVING_VERBS:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(_delivered(n, lexicon) for n in (subject, *substance(subject))):
        return []
    givers = _givers(subject, verb, index, arguments)
    if not givers:
        return []
    places = [pobj for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "to")
              for pobj in c.children if pobj.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "dobj"]
    own = {m.actor for m in givers}
    receivers = [m for p in places for m in arguments.actors_of(p, index, possessor=True, located=True)
                 if m.actor not in own]
    return [make_candidate("aid", g, r, verb, verb, 0.7) for g in givers for r in receivers]


def _delivered(noun: Token, lexicon: Lexicon) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in DELIVERED_NOUNS or any(c.relation == "aid" for form in (noun.lower_, lemma, lemma + "s")
                                           for c in lexicon.object_cues.get(form, ()))


def _givers(subject: Token, verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """Who gave what arrived: 'from Egypt', 'sent by Germany', else its maker ('German-made')."""
    named = [m for holder in dict.fromkeys((verb, subject, *substance(subject))) for c in holder.children
             if c.dep_ == "prep" and c.lower_ == "from"
             for pobj in c.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index)]
    named += [m for t in subject.subtree if t.dep_ == "agent" and t.head.lemma_.lower() in GIVING_PARTICIPLES
              for pobj in t.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index)]
    if named:
        return named
    makers = [m for t in subject.subtree if t.lemma_.lower() in GIVING_PARTICIPLES and t.i < subject.i
              for c in t.children if c.i < t.i and (m := index.by_token.get(c.i)) is not None and m.actor
              and m.via in ("demonym", "gazetteer", "metonymy")]
    for t in subject.subtree:  # one token: "U.S.-made"
        prefix, _, participle = t.text.rpartition("-")
        if t.i < subject.i and prefix and participle.lower() in GIVING_PARTICIPLES:
            entry = index.gazetteer.lookup(prefix)
            state = entry.name if entry is not None and entry.type is ActorType.COUNTRY else \
                index.gazetteer.demonym_state(prefix)
            if state:
                makers.append(Mention(t.i, t.i + 1, state, "demonym"))
    return makers


def lifted_off(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """'China has lifted the sanctions it imposed on members of the European Parliament': undoing a measure
    is aimed at whom the relative clause says it was imposed on, when the verb names no one itself."""
    if verb.lemma_.lower() not in LIFTING_VERBS:
        return []
    measures = [o for o in verb.children if o.dep_ == "dobj" and any(c.dep_ == "relcl" for c in o.children)]
    if not measures or any(c.dep_ == "prep" and c.lower_ in IMPOSING_PREPOSITIONS for holder in (verb, *measures)
                           for c in holder.children):
        return []  # "lifted sanctions on Iran" names its counterpart where relations.py looks
    cue = verb_cue(verb, lexicon)
    if cue is None or cue.relation != "concede":
        return []
    targets = [m for o in measures for clause in o.children if clause.dep_ == "relcl"
               for c in clause.children if c.dep_ == "prep" and c.lower_ in IMPOSING_PREPOSITIONS
               for pobj in c.children if pobj.dep_ == "pobj" for m in _imposed_on(pobj, index, arguments)]
    return [make_candidate("concede", s, t, verb, verb, 0.75) for s in arguments.agents(verb, index)
            for t in targets]


def _imposed_on(noun: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """Who a measure was imposed on: 'on Iran', or the body whose members it names ('on members of the
    European Parliament', 'on officials of the Hong Kong government')."""
    found = arguments.actors_of(noun, index, possessor=True, located=True)
    if found or noun.lemma_.lower() not in MEMBER_NOUNS:
        return found
    return [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for pobj in c.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index, possessor=True)]


def object_taken_for_subject(verb: Token, index: ActorIndex, lexicon: Lexicon,
                             arguments: ArgumentFinder) -> list[Candidate]:
    """'said it had detained Wall Street Journal reporter Evan Gershkovich': the parser makes the long name
    after the verb a second subject; a subject after a verb that already has one before it is its object
    (arguments.agents counts only the subjects before the verb)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].i > verb.i or any(c.dep_ == "dobj" for c in verb.children):
        return []
    later = [c for c in subjects[1:] if c.i > verb.i]
    cue = verb_cue(verb, lexicon) if later else None
    if cue is None or "dobj" not in cue.targets or cue.object_nouns:
        return []
    targets = [m for c in later for m in arguments.actors_of(c, index)]
    return [make_candidate(cue.relation, s, t, verb, verb, 0.7) for s in arguments.agents(verb, index)
            for t in targets]
