"""Implicit targets: whom an act is aimed at when its verb names no one.

relations.py reads an act's target off the verb's own arguments (targets.py) first. When they name no one, the
sentence or the story may still say whom the act is aimed at: the subject of the clause a demand takes ("urged that
Israel halt"), a counterpart of the event ("offered talks with India"), whom aid helps or relief reaches ("to help
Ukraine buy missiles", "to villages in Pakistan's Swat valley"), the partner just addressed ("spoke with Kagame and
urged a ceasefire"), whom a commitment names ("threatened to attack Armenia"), the author of an act a response
answers or a break follows, the side forces readied face. Each guess is tried in that order, the first that finds
someone wins, and each sets the confidence it deserves. Pure: a verb, its cue and ActorIndex in; mentions out.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.antecedents import BREAKING_RELATIONS, CAUSED_RELATIONS, Antecedents
from diplograph.ingest.arguments import RESPONSE_RELATIONS
from diplograph.ingest.candidates import Candidate, of_own_side
from diplograph.ingest.deterrence import shores_passed, the_only_other_side
from diplograph.ingest.echoes import GIVING_RELATIONS, last_partners, partners_just_addressed
from diplograph.ingest.event_counterparts import event_counterparts
from diplograph.ingest.forewarnings import authors_of_feared_acts
from diplograph.ingest.intents import committed_targets
from diplograph.ingest.judgements import authors_named_in_free_relative
from diplograph.ingest.lexicon import Lexicon, VerbCue
from diplograph.ingest.material import relief_destination, stricken_state
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.noun_events import SYMMETRIC_PAIRING
from diplograph.ingest.statements import Statements
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import verb_cue

# verbs that judge a clause: "regretted that Mongolia had not executed the warrant" targets Mongolia
JUDGING_VERBS = {"regret", "deplore", "condemn", "denounce", "lament", "welcome", "praise", "hail", "applaud",
                 "criticize", "criticise", "protest", "decry"}
ACCORD_RELATIONS = {"agree", "cooperate", "negotiate"}  # done together after meeting: "met Scholz and signed a pact"
ADDRESSED_RELATIONS = {"appeal", "demand"}  # asked of the one just met: "spoke with Kagame and urged a ceasefire"
PROMPTING_VERBS = {"prompt", "lead", "cause", "force", "push", "spur", "provoke", "trigger", "drive"}  # "prompting"
# acts that commit to another act, whose target may be named only in that act: "threatened to attack Armenia"
COMMITTING_RELATIONS = {"threaten", "warn", "offer", "agree"}  # (agreeing only to let someone act)


class ImplicitTargets:
    """The guesses at an act's target when its verb names no one, for one argument finder."""

    def __init__(self, lexicon: Lexicon, arguments: ArgumentFinder, antecedents: Antecedents,
                 statements: Statements) -> None:
        self.lexicon = lexicon
        self.arguments = arguments
        self.antecedents = antecedents
        self.statements = statements

    def find(self, verb: Token, cue: VerbCue, relation: str, sources: list[Mention], index: ActorIndex,
             earlier: list[Candidate], confidence: float) -> tuple[list[Mention], float]:
        """The targets of the first guess that finds any, and the confidence the guesses tried leave."""
        targets: list[Mention] = []
        if not targets and relation in ("demand", "appeal"):
            targets = self.arguments.complement_subjects(verb, index)
            confidence = 0.75
        if not targets and relation in ("offer", "reject", "demand", "appeal", "agree"):
            # "offered talks with India", "agreed at six-party talks with the United States to"
            # (and "agreed at talks with", "shut the door on talks with")
            event_prepositions = ("at",) if relation == "agree" else ("on", "to") if relation == "reject" else ()
            targets = event_counterparts(verb, index, self.arguments, event_prepositions)
        if not targets and relation in ("aid", "offer"):
            targets = self.arguments.helped(verb, index) or (  # "provide funds to help Ukraine buy missiles"
                stricken_state(verb, index, sources) or relief_destination(verb, index, sources)  # "to villages in"
                if relation == "aid" else [])  # "have also sent aid", from Beirut
        if not targets and relation in SYMMETRIC_PAIRING:
            targets = self.arguments.alongside(verb, index)  # "signed the documents alongside Al-Zayani"
        if not targets and relation in ACCORD_RELATIONS | ADDRESSED_RELATIONS | GIVING_RELATIONS | {"warn"} and (
                (first := verb_cue(verb.head, self.lexicon)) is not None or verb.head.lemma_.lower() == "write"):
            targets = partners_just_addressed(verb, cue, first.relation if first else "write", self.arguments, index)
        if not targets and verb.dep_ == "conj" and any(
                g.lower_ == "bilateral" for c in verb.children if c.dep_ == "dobj" for g in c.children):
            # "would expel India's ambassador and suspend bilateral trade": bilateral with the state the first act names
            targets = [index.as_state(m, "role") for m in self.arguments.counterparts(verb.head, index)]
        if not targets and relation in COMMITTING_RELATIONS and (relation != "offer" or not cue.from_field) and not (
                relation in SYMMETRIC_PAIRING and len(sources) > 1):  # (two who agree to let observers in agree
            # with each other; the field's bare "plan" is an offer: "planned to meet with Putin" offers Putin nothing)
            targets = committed_targets(verb, index, self.arguments, relation)
        if not targets and relation in ("warn", "threaten"):
            # "warned that Israel would pay a heavy price": at whom the clause says will suffer
            # or "threatened to cut off funding, saying South Africa was treating farmers badly": whom it blames
            targets = [t for clause in (verb, *(c for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "say"))
                       for t in self.arguments.complement_subjects(clause, index, alone=True)
                       if not of_own_side(sources, t, index)] or authors_of_feared_acts(verb, index, self.lexicon)
        if not targets and relation in ("offer", "appeal") and not cue.from_field:
            targets = last_partners(verb, relation, sources, earlier, index)  # "Obama offered help", after a call
            confidence = 0.65
        if not targets:
            # "condemned what he called the aggression of Indian forces": the named act's author
            targets = authors_named_in_free_relative(verb, index, self.arguments)
        if not targets and relation in ("criticize", "support", "protest") and verb.lemma_.lower() in JUDGING_VERBS:
            # "regretted that Mongolia had not executed the warrant": who did what is judged
            targets = self.arguments.complement_subjects(verb, index)
            confidence = 0.7
        if not targets and relation in ("protest", "criticize", "warn", "demand", "threaten", "sever"):
            # "lodged a protest and demanded that India", "summoned the U.S. ambassador and warned of"
            targets = self.statements.conjoined_targets(verb, index)
        if not targets and relation in RESPONSE_RELATIONS:
            targets = self.antecedents.sources(verb, sources, earlier, index)
            confidence = 0.7
        if not targets and relation in CAUSED_RELATIONS:
            # "recalled its ambassador after Israel's strikes on Gaza": the one whose act caused it
            targets = self.antecedents.cause_authors(verb, index, relation) or self._prompted_by(verb, sources, index)
            confidence = 0.7
        if not targets and relation == "mobilize":
            targets = the_only_other_side(verb, sources, index) or shores_passed(verb, sources, index)
            confidence = 0.65
        if not targets and relation == "host":
            targets = self.antecedents.gathered_before(verb, sources, earlier)
            confidence = 0.7
        if not targets and relation in BREAKING_RELATIONS:
            targets = self.antecedents.targets(verb, sources, earlier)
            confidence = 0.7
        return targets, confidence

    def _prompted_by(self, verb: Token, sources: list[Mention], index: ActorIndex) -> list[Mention]:
        """'recognised a Palestinian state, prompting Israel to recall its envoys': a break aimed at who prompted it."""
        prompting, own = verb.head, {m.actor for m in sources}
        if verb.dep_ != "xcomp" or prompting.lemma_.lower() not in PROMPTING_VERBS or prompting.dep_ != "advcl":
            return []
        return [m for m in self.arguments.agents(prompting.head, index) if m.actor not in own]
