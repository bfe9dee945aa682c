"""Intents: a pledge to give aid, or a readiness to give it, is an event of its own, an offer (CAMEO 033,
intent to provide aid); a threat, warning or offer is aimed at whom the act it commits to names; what one
says one will do unless another acts is a threat to the other (an ultimatum), as is a strike a side says it will make;
and what one says will go on until another acts demands the act of the other.

"Japan pledged to supply the Philippines with radars" plans aid (its modality says so) and states, now,
Japan's offer to the Philippines; CAMEO codes the pledge, not only the aid to come. The offer is asserted on
the promising verb, beside the planned aid on the verb of giving.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.agents import society_nouns
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.conditions import condition_authors, obliged
from diplograph.ingest.coreference import SPEECH_VERBS, mention_at
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import verb_cue

PROMISING_VERBS = frozenset({"promise", "pledge", "vow", "commit", "undertake", "guarantee"})
# a readiness to give declared is an offer too: "the United Nations stood ready to help Burundi"
READY_WORDS = frozenset({"ready", "willing", "prepared"})
# what a promise of which is an offer: giving aid
PROMISED_RELATIONS = frozenset({"aid"})
VOWED_RELATIONS = frozenset({"attack", "coerce", "sanction", "expel"})  # acts of force a vow of which threatens
COMMITTED_PREPOSITIONS = {"to", "against", "on", "with", "from", "at", "toward", "towards", "into", "between"}
# the auxiliaries of an act one says one will do: "warned that it would cut gas supplies to Moldova"
INTENDING_AUXILIARIES = {"would", "will", "shall"}  # (not "may", "could": a guess about another)
MAY_DO = {"could", "might", "may"}  # what one warns one may do is a threat all the same


def promising_verb(verb: Token) -> Token | None:
    """The verb that promises this one: "pledged [to supply]", "committed to [providing]", "stood ready [to
    help]"."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in PROMISING_VERBS:
        return head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in READY_WORDS and not any(
            c.dep_ == "neg" for c in (*head.children, *head.head.children)):
        return head  # (not "was not ready to help")
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in PROMISING_VERBS:
        return head.head
    return None


def promised_offers(found: list[Candidate]) -> list[Candidate]:
    """An offer for each promised act of aid, unless the promise already gave one ("offered to send"); a threat
    for each vowed act of force ("vowed to launch a military operation against the YPG")."""
    offered = {(c.relation, c.source, c.target, c.trigger.sent.start) for c in found if c.relation in ("offer",
                                                                                                       "threaten")}
    offers: list[Candidate] = []
    for candidate in found:
        made = "offer" if candidate.relation in PROMISED_RELATIONS else \
            "threaten" if candidate.relation in VOWED_RELATIONS else None
        if made is None:
            continue
        promise = promising_verb(candidate.trigger) or (  # (the light verb's: "vowed to launch an operation")
            promising_verb(candidate.clause) if made == "threaten" and candidate.trigger.dep_ == "dobj" and
            candidate.trigger.head.i == candidate.clause.i else None)
        key = (made, candidate.source, candidate.target, candidate.trigger.sent.start)
        if promise is None or key in offered or any(
                c.dep_ == "neg" for v in (promise, candidate.trigger, candidate.clause) for c in v.children):
            continue  # (not a vow not to: "vowed never to attack", "pledged not to impose sanctions")
        offered.add(key)
        offers.append(Candidate(made, candidate.source, candidate.target, promise, promise, candidate.confidence))
    return offers


def committed_targets(verb: Token, index: ActorIndex, arguments: ArgumentFinder, relation: str = "") -> list[Mention]:
    """Whom a threat, warning or offer is aimed at, named only in the act it commits to: 'threatened to attack
    Armenia', 'threatened in August to suspend relations with Abu Dhabi' (the infinitive parsed as an
    adjunct), 'offered to pay compensation to Moscow', 'warned that it would cut gas supplies to Moldova',
    'warned that Washington would act if China ...'; an agreement, only whom it lets act ('agreed to let')."""
    if relation == "agree":
        return permitted(verb, index, arguments)  # (an agreement commits to no act's target: "agreed to attack")
    targets: list[Mention] = []
    for child in verb.children:
        infinitive = child.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
        if child.dep_ in ("ccomp", "xcomp") or infinitive:
            # "warned that Washington would act if China continued to arm Russia", "threatened to kill both men
            # unless Tokyo paid": the one the condition names
            # (or of what one "would have to" do: "warned Kyiv would have to bear the consequences if Russia")
            targets.extend(m for holder in (child, *obliged(child)) for clause in holder.children
                           if clause.dep_ == "advcl" and any(
                               g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in clause.children)
                           for subject in condition_authors(clause) for m in arguments.actors_of(subject, index))
        if child.dep_ == "xcomp" or infinitive or said_of_oneself(child, verb, index, arguments):
            # (or made to act: "threatened to make Ukraine pay for gas in advance")
            moved = [m for g in (*child.children, *(s for c in child.children if c.dep_ == "ccomp" and
                                                    child.lemma_.lower() in CAUSING_VERBS for s in c.children))
                     if g.dep_ in ("dobj", "nsubj") and g.i > child.i
                     for m in arguments.actors_of(g, index, possessor=True)]
            for grandchild in child.children:
                for holder in (grandchild, *grandchild.children):
                    if holder.dep_ == "prep" and holder.lower_ in COMMITTED_PREPOSITIONS:
                        targets.extend(m for pobj in holder.children if pobj.dep_ == "pobj"
                                       for m in arguments.actors_of(pobj, index, possessor=True))
            left = [m for p in child.children if p.dep_ == "prep" and p.lower_ == "out" for o in p.children
                    if o.lower_ == "of" for pobj in o.children for m in arguments.actors_of(pobj, index)]
            # "to take his country out of the United Nations": the body one would leave, if what one moves is one's own
            own = own_sides(verb, index, arguments)  # (not one's own state: "to pull the United States out of")
            targets.extend(left if left and all(m.actor in own for m in moved) else
                           [m for m in moved if m.actor not in own])
    return targets


# verbs that make another act, whose subject is the one moved: "threatened to make Ukraine pay in advance"
CAUSING_VERBS = {"make", "force", "compel", "oblige"}
# verbs of letting another act: "agreed to let American warplanes fly missions from Incirlik"
PERMITTING_VERBS = {"let", "allow", "permit"}


def permitted(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """Whom one agrees to let act: 'Ankara agreed to let American warplanes fly missions', 'agreed to allow U.S.
    jets to use the base' (the agreement is with their state); not a people let in ('Palestinian workers')."""
    own = own_sides(verb, index, arguments)
    return [m for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in PERMITTING_VERBS
            for g in (*c.children, *(s for x in c.children if x.dep_ == "ccomp" for s in x.children))
            if g.dep_ in ("dobj", "nsubj") and g.lemma_.lower() not in society_nouns()  # (not "Palestinian workers")
            for m in arguments.actors_of(g, index, possessor=True, agentive=True) if m.actor not in own]


def own_sides(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> set[str | None]:
    """The verb's agents and their states."""
    agents = {m.actor for m in arguments.agents(verb, index)}
    return agents | {index.actors[a].country for a in agents if a in index.actors}


# speakers who speak for no side, whose state's name lends them one: "a Russian military analyst", "Israeli media"
UNOFFICIAL_SPEAKERS = {"analyst", "expert", "commentator", "pundit", "observer", "academic", "scholar", "researcher",
                       "journalist", "reporter", "correspondent", "columnist", "blogger", "newspaper", "daily",
                       "media", "television", "tv", "broadcaster", "channel", "outlet", "editorial"}


def unofficial(speaker: Token) -> bool:
    """'Israeli media' (lemma 'medium'), 'Russian military expert Alexander Khramchikhin', 'Khramchikhin, a Russian
    military analyst': a speaker a commentator's noun names, as its head, its compound or its apposition."""
    return any(w.lemma_.lower() in UNOFFICIAL_SPEAKERS or w.lower_ in UNOFFICIAL_SPEAKERS for w in (speaker, *(
        c for c in speaker.children if c.dep_ in ("compound", "appos"))))


def said_of_oneself(clause: Token, verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> bool:
    """'Russia warned that it would cut gas supplies': a clause of what the speaker itself will do; warned of, an act
    of force it may do ('warned that Washington could cut aid to Pakistan', not 'could review its assistance')."""
    if clause.dep_ != "ccomp":
        return False
    # (or force one says one could use or strike with: "Putin said Russia could fire the missile at Kyiv")
    auxiliaries = INTENDING_AUXILIARIES | (MAY_DO if verb.lemma_.lower() in ("warn", "threaten") and (
        clause.lemma_.lower() in USING_VERBS or (cue := verb_cue(clause, arguments.lexicon)) is not None and
        cue.relation in VOWED_RELATIONS) or clause.lemma_.lower() in USING_VERBS | FORCE_VERBS else set())
    if not any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in clause.children) or any(
            c.dep_ == "nsubj" and unofficial(c) for c in verb.children):
        return False  # (nor guessed by a commentator of its own: "a Russian military analyst said Russia could")
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    mention = mention_at(index, subject) if subject is not None else None
    speakers = {m.actor for m in arguments.agents(verb, index)}  # or their state: "Putin warned that Russia"
    speakers |= {index.actors[s].country for s in speakers if s in index.actors}
    return mention is not None and mention.actor is not None and mention.actor in speakers


# verbs that make a threat with their own cue ("threatened to ... unless"): committed_targets aims it
THREAT_VERBS = {"threaten", "warn", "vow"}
FACED_MEASURES = {"tariff", "sanction", "duty", "levy", "penalty", "consequence", "retaliation", "embargo"}
# what one says one will do to press another: stop, withhold or leave something, or strike back
PRESSING_VERBS = {"suspend", "halt", "stop", "end", "cut", "freeze", "withhold", "block", "withdraw", "quit", "leave",
                  "abandon", "scrap", "resume", "retaliate", "respond", "strike", "attack", "impose", "expel", "close",
                  "sever", "downgrade", "recall", "ban", "restrict", "reconsider", "review", "pull"}


def stated_threats(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """The threats a verb states by what one says one will do (an ultimatum, or a strike announced), and the
    demand of a measure one says one will keep until another acts."""
    return ultimatum(verb, index, arguments) or announced_strike(verb, index, arguments) or \
        kept_until(verb, index, arguments)


def kept_until(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Haradinaj said the tariff would stay in place until Belgrade recognised Kosovo', 'said Washington would not
    change course until Beijing changed its ways': what one says will go on until another acts demands the act of
    the other, made by whoever says it (not a narrative: 'stayed in Kyiv until Zelensky arrived')."""
    if not any(c.dep_ == "aux" and c.lower_ in INTENDING_AUXILIARIES for c in verb.children):
        return []
    conditions = [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
        g.dep_ == "mark" and g.lower_ == "until" for g in c.children)]
    if not conditions:
        return []
    trigger = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS else verb
    if trigger is verb and verb.dep_ != "ROOT":
        return []
    makers = arguments.agents(trigger, index)
    own = {m.actor for m in makers} | {index.actors[m.actor].country for m in makers if m.actor in index.actors}
    pressed = [m for c in conditions for s in c.children if s.dep_ == "nsubj"
               for m in arguments.actors_of(s, index) if m.actor not in own]
    return [make_candidate("demand", s, t, trigger, trigger, 0.7) for s in makers for t in pressed]


def ultimatum(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Pompeo said Washington would suspend its obligations under the treaty unless Russia returned to full
    compliance': what a side says it will do unless another acts threatens the other, made by whoever says it."""
    # (or a measure another's goods or people would face, told by a third side: "cars built in the EU would face a
    # 20 percent tariff", said by Trump)
    faced = verb.lemma_.lower() == "face" and any(c.dep_ == "dobj" and c.lemma_.lower() in FACED_MEASURES
                                                  for c in verb.children)
    if verb.lemma_.lower() not in PRESSING_VERBS and not faced or any(c.dep_ == "neg" for c in verb.children) or \
            not any(c.dep_ == "aux" and c.lower_ in INTENDING_AUXILIARIES for c in verb.children):
        return []  # (not a friendly act: "would send tanks unless Washington objected")
    conditions = [c for c in verb.children if c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)]
    if not conditions:
        return []
    trigger = verb
    if faced and any(m.actor in own_sides(verb.head, index, arguments) for s in verb.children if s.dep_ == "nsubj"
                     for m in arguments.actors_of(s, index, possessor=True)):
        return []  # the side bearing the measure tells of it: "Canada said Canadian steel would face U.S. tariffs"
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS - THREAT_VERBS and (
            faced or said_of_oneself(verb, verb.head, index, arguments)):
        trigger = verb.head  # the saying makes the threat: its speaker, its day
    elif verb.dep_ != "ROOT":
        return []
    makers = arguments.agents(trigger, index)
    own = {m.actor for m in makers} | {index.actors[m.actor].country for m in makers if m.actor in index.actors}
    pressed = [m for c in conditions for s in condition_authors(c) for m in arguments.actors_of(s, index)
               if m.actor not in own]
    return [make_candidate("threaten", s, t, trigger, trigger, 0.7) for s in makers for t in pressed]


# acts of force, and the verbs that launch one: "would strike", "would launch a land operation against"
FORCE_VERBS = {"strike", "attack", "invade", "bomb", "hit", "raid"}
LAUNCHING_VERBS = {"launch", "carry", "conduct", "mount", "begin", "start", "stage", "undertake"}
FORCE_NOUNS = {"operation", "offensive", "strike", "attack", "incursion", "invasion", "assault", "raid"}
MEASURE_NOUNS = {"action", "measure", "step", "countermeasure"}  # taken against a side: "would take action against"
USED_FORCE = {"force", "weapon", "missile", "drone", "bomb", "arm"}  # used against a side: "would use nuclear weapons"
USING_VERBS = {"use", "employ", "fire"}  # ("could fire its new missile at decision-making centres in Kyiv")


def announced_strike(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Erdogan said Turkey would launch a land operation against the YPG', 'said Pyongyang would take action
    against South Korea': a strike or measure a side says it will make threatens the side it names, made by whoever
    says it. The strike stays planned beside a leader's threat; when
    the state says it itself ('Israel said it would strike Iran'), the threat stands for it, as 'threatened to
    strike' does."""
    lemma = verb.lemma_.lower()
    # (force one warns or says one could use is threatened too: "warned that it could use force against Ukraine",
    # "said Russia could fire the missile at decision-making centres in Kyiv")
    using = lemma in USING_VERBS
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ in INTENDING_AUXILIARIES | (
            MAY_DO if using or lemma in FORCE_VERBS else set()) for c in verb.children):
        return []  # (nor one it could have made: "said Russia could have struck Kyiv but chose not to")
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS | (
        MEASURE_NOUNS if lemma == "take" else USED_FORCE if using else set())]
    holders = [verb] if lemma in FORCE_VERBS else [verb, *acts] if (
        lemma in LAUNCHING_VERBS or lemma == "take" or using) and acts else []
    if any(d.lower_ == "no" for a in acts for d in a.children):
        return []  # "would take no action against Iran"
    # (a measure is taken against a side, not on a matter: "would take action on Ukraine's reconstruction")
    struck = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in (
        ("against",) if h.lemma_.lower() in MEASURE_NOUNS else ("against", "on", "at") if using else ("against", "on"))
        for g in c.children if g.dep_ == "pobj"] + ([c for c in verb.children if c.dep_ == "dobj"]
                                                    if lemma in FORCE_VERBS else [])
    saying = verb.head
    if not struck or verb.dep_ != "ccomp" or saying.lemma_.lower() not in SPEECH_VERBS - (
            set() if using else THREAT_VERBS) or \
            not said_of_oneself(verb, saying, index, arguments):
        return []
    makers = arguments.agents(saying, index)
    own = {m.actor for m in makers} | {index.actors[m.actor].country for m in makers if m.actor in index.actors}
    return [make_candidate("threaten", s, t, saying, saying, 0.7) for s in makers
            for g in struck for t in arguments.actors_of(g, index, possessor=True) if t.actor not in own]
