"""Conditions: a threat told as the harm that will follow if another acts.

"Iran should seize a British tanker if London does not release the Iranian one, Rezaei said", "said U.S. troops would
get an Ottoman slap if they stood in the way": one who foretells harm on a condition another must meet, or not cross,
threatens him (the field's THREATEN, CAMEO's 13), or warns him where only consequences are foretold. statements.py
asks, for finite verbs of saying (a participle's harm is told by the verb it hangs on: "warned China ..., saying");
a verb of warning or threatening names its target itself ("warned that it would strike Finland if it joined").
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.framing import FORETELLING_MODALS
from diplograph.ingest.lexicon import Lexicon
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.modality_words import THREATENED_ANSWERS
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import verb_cue

CONDITION_MARKS = {"if", "unless"}
# what a foretold harm is: an act of force ("Iran should seize a British tanker"), or a harm one is to receive ("would
# get an Ottoman slap", "would bear all the consequences"); not a word of harm in another sense ("would enter into
# force", "oil prices would rise", "Ukraine would lose the war")
HARMFUL_RELATIONS = {"attack", "coerce", "sanction", "mobilize", "expel", "threaten", "sever"}
RECEIVING_VERBS = {"get", "face", "bear", "pay", "suffer", "receive", "feel"}
CONSEQUENCE_WORDS = {"consequence", "consequences", "price"}
HARM_NOUNS = THREATENED_ANSWERS | CONSEQUENCE_WORDS | {"slap", "revenge", "wrath"}
# measures one takes, an act of force of one's own: "Beijing would take resolute and forceful measures if Pelosi went"
# (not measures for a purpose of one's own, "take measures to support exporters if", unless said to be forceful)
TAKEN_MEASURES = {"measure", "action", "step", "countermeasure"}
FORCEFUL_WORDS = {"resolute", "forceful", "firm", "tough", "retaliatory", "strong", "decisive", "harsh", "military"}


def _forceful_measure(noun: Token) -> bool:
    """'resolute and forceful measures', 'countermeasures', 'action' with no purpose of its own."""
    forceful = noun.lemma_.lower() == "countermeasure" or any(
        t.lower_ in FORCEFUL_WORDS for c in noun.children if c.dep_ == "amod" for t in (c, *c.conjuncts))
    purpose = any(c.dep_ in ("acl", "advcl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                  for h in (noun, noun.head) for c in h.children)
    return noun.lemma_.lower() in TAKEN_MEASURES and (forceful or not purpose)


def conditional_threats(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'[Iran should seize a British tanker] [if London does not release ...], Rezaei [said]': the speaker threatens
    the subject of each condition of a harm he foretells (not his own side: "would close the strait if it is
    barred"); [] when the verb tells no such harm."""
    if verb.tag_ == "VBG":
        return []  # "warned China ..., saying he would send soldiers if": the verb it hangs on tells the threat
    foretold = _foretold_clauses(verb, FORETELLING_MODALS | {"should", "shall"})
    conditions = [a for holder in (verb, *foretold, *(x for f in foretold for x in obliged(f)))
                  for a in holder.children if a.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in a.children)]
    harms = {harm for clause in foretold for harm in _harms(clause, conditions, arguments.lexicon)}
    if not conditions or not harms:
        return []
    # consequences foretold warn ("would bear all the consequences if"); a punishment named threatens
    relation = "warn" if harms <= CONSEQUENCE_WORDS else "threaten"
    speakers = arguments.agents(verb, index)
    targets = [m for condition in conditions for s in condition_authors(condition)
               for m in arguments.actors_of(s, index, possessor=True, agentive=True)]
    return [make_candidate(relation, s, t, verb, verb, 0.65) for s in speakers for t in targets
            if index.side_of(s) != index.side_of(t)]


def _foretold_clauses(verb: Token, modals: set[str]) -> list[Token]:
    """What a verb of saying foretells: its complements with a modal of the future, not one said to be unrealised
    ("the war would not have happened if Russia had stayed")."""
    return [c for c in verb.children if c.dep_ == "ccomp" and any(
        a.dep_ == "aux" and a.lower_ in modals for a in c.children) and not any(
        a.dep_ == "neg" or a.dep_ == "aux" and a.lower_ == "have" for a in c.children)]


def _harms(clause: Token, conditions: list[Token], lexicon: Lexicon) -> set[str]:
    """The harm a foretold clause tells in its own verbs (not in its conditions, nor in a clause inside it: "would
    discuss accepting aid to fight fires"): an act of force, or the harm its subject is to receive."""
    verbs = [v for c in [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
             for v in (c, *obliged(c))]
    acts = {"force" for v in verbs if (cue := verb_cue(v, lexicon)) is not None and cue.relation in HARMFUL_RELATIONS
            or v.lemma_.lower() == "take" and any(o.dep_ == "dobj" and _forceful_measure(o) for o in v.children)}
    return acts | {o.lemma_.lower() for v in verbs if v.lemma_.lower() in RECEIVING_VERBS for o in v.children
                   if o.dep_ == "dobj" and o.lemma_.lower() in HARM_NOUNS}


# the harm one says another will come to, on no condition told: "would regret what they had done", "would pay dearly"
REGRETTING_VERBS = {"regret", "rue"}
PAYING_DEARLY = {"dearly", "heavily"}


def foretold_harm(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Putin vowed that Turkey's leaders would regret what they had done', 'said Turkey would pay a heavy price':
    one who says another will come to harm threatens him (warns him of consequences), on no condition told (a
    verb of warning or threatening names its target itself)."""
    if verb.tag_ == "VBG" or verb.lemma_.lower() in ("warn", "threaten"):
        return []
    harmed = [(c, harm) for c in _foretold_clauses(verb, FORETELLING_MODALS) if not any(
        a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in a.children)
        for a in c.children) and (harm := _received_harm(c))]
    speakers = arguments.agents(verb, index)
    sides = {index.side_of(s) for s in speakers}
    made: list[Candidate] = []
    for clause, harm in harmed:
        harmed_ones = [t for n in clause.children if n.dep_ == "nsubj"
                       for t in arguments.actors_of(n, index, possessor=True, agentive=True)]
        if any(index.side_of(t) in sides for t in harmed_ones):
            continue  # a harm the speaker's side shares: "China and the United States would both pay dearly"
        # a price foretold, or regret vowed, threatens; regret or consequences merely said warn
        relation = "threaten" if harm == "price" or harm == "regret" and verb.lemma_.lower() != "say" else "warn"
        made += [make_candidate(relation, s, t, verb, verb, 0.65) for s in speakers for t in harmed_ones]
    return made


def _received_harm(clause: Token) -> str:
    """'regret', 'price', 'consequences' or '' for what a foretold clause says its subject will come to."""
    clause = next(iter(obliged(clause)), clause)  # "would have to pay a heavy price"
    lemma = clause.lemma_.lower()
    if lemma in REGRETTING_VERBS:
        return "regret"
    if lemma == "pay" and any(c.dep_ == "advmod" and c.lower_ in PAYING_DEARLY for c in clause.children):
        return "price"
    nouns = {o.lemma_.lower() for o in clause.children if o.dep_ == "dobj"} if lemma in RECEIVING_VERBS else set()
    return "consequences" if "consequence" in nouns else "price" if nouns & HARM_NOUNS else ""


# acts whose passive subject suffers them: "if Belarus is attacked" names the victim, "by Israel" the author
HARMING_VERBS = {"attack", "invade", "strike", "target", "hit", "bomb", "shell", "harm", "kill", "seize", "threaten"}


def condition_authors(condition: Token) -> list[Token]:
    """Whose act a condition tells: its subject ('if Washington allows the film'), or a passive's 'by' agent where
    the subject would suffer the act ('if Syria is attacked by Israel'); none for one 'under attack' or attacked by
    no one named. A passive's subject that acts is its author ('unless Iran is allowed to enrich': Iran)."""
    agents = [g for c in condition.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if condition.lemma_.lower() in HARMING_VERBS and any(c.dep_ == "nsubjpass" for c in condition.children) or any(
            c.dep_ == "prep" and c.lower_ == "under" for c in condition.children):
        return agents
    return [n for n in condition.children if n.dep_ in ("nsubj", "nsubjpass")]  # (not who invites: "if invited by")


def obliged(clause: Token) -> list[Token]:
    """What one 'will have to' do is what is foretold of him: 'would have to bear the consequences' -> bear."""
    return [c for c in clause.children if c.dep_ == "xcomp" and clause.lemma_ == "have" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def aimed_elsewhere(threat: Token, index: ActorIndex, borrowed: set[str | None]) -> bool:
    """A threat that says its own aim, other than the target it would borrow: a condition naming another party
    ("and threatened retaliation if Washington went ahead"), or a name where the act threatened lands ("and
    threatened to cut off gas supplies to Europe"; not a time, "at a time of its choosing")."""
    def elsewhere(token: Token) -> bool:
        mention = index.by_token.get(token.i)
        return mention.actor not in borrowed if mention is not None and mention.actor else \
            token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME")
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children) and any(
        elsewhere(g) for g in c.children if g.dep_ == "nsubj") for c in threat.children) or any(
        t.dep_ == "pobj" and t.head.lower_ in ("to", "against", "on", "at") and elsewhere(t)
        for x in threat.children if x.dep_ == "xcomp" for t in x.subtree)
