"""Statements: blame or a wrong stated in a reported clause, what another must do stated (a demand), a vow to
answer.

"May said the Russian state was culpable", "Haley said the United States believed Russia was responsible",
"said Ethiopia had committed gross violations": a speaker who states that another is to blame accuses it.
"Biden told reporters that Russia must withdraw" demands it of Russia (obligations.py). Denials of an accusation are
denials.py's. relations.py asks first.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.allegiances import stated_alliance
from diplograph.ingest.antecedents import DEED_NOUNS
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.conditions import CONDITION_MARKS, aimed_elsewhere, conditional_threats, foretold_harm
from diplograph.ingest.denials import DENYING_VERBS, Denials
from diplograph.ingest.expectations import expected_demands
from diplograph.ingest.framing import modal_of_a_possible_act
from diplograph.ingest.judgement_words import COMMITTED_WRONGS, STOKING_VERBS, TROUBLE_NOUNS, WRONGS
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.noun_events import HOSTILE_ACTS
from diplograph.ingest.object_nouns import CONDUCT_NOUNS
from diplograph.ingest.obligations import SAYING_VERBS, said_what_must_be, told_what_must_be
from diplograph.ingest.responses import conditioned_on, provokers
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import verb_cue

BLAMING_PREDICATES = {"responsible", "culpable", "guilty", "accountable"}  # blame their subject: "Russia was culpable"
# the same said as a burden borne: "Russia bore ultimate responsibility", "Moscow bears the blame"
BEARING_VERBS = {"bear", "carry", "shoulder"}
BORNE_BLAME = {"responsibility", "blame"}
ALLEGING_VERBS = {"allege", "charge"}  # whose clause is a charge against its subject
LYING_VERBS = {"lie", "rest"}  # and as where it lies: "responsibility lay with the Syrian government"
PLACING_WORDS = {"in", "with", "at", "ahead", "elsewhere"}
# what one is responsible for that is a duty, not a wrong: "said Germany was responsible for its own security"
DUTIES = {"security", "defence", "defense", "policy", "affairs", "relations", "operations", "management",
          "administration", "implementation", "oversight", "planning", "coordination", "safety", "welfare",
          "protection", "organisation", "organization", "logistics", "budget", "talks", "negotiations"}
# verbs by which a speaker states or holds a clause true
HOLDING_VERBS = {"say", "tell", "state", "add", "declare", "insist", "stress", "argue", "write", "believe",
                 "conclude", "think", "find", "assess", "determine", "claim", "maintain", "assert", "allege"}
# wrongs a speaker may say another did, which are no event of their own: "said Mexico had abused the immunities of
# its mission", "said Canada had for years sheltered terrorists"
WRONGDOING_VERBS = {"abuse", "violate", "breach", "shelter", "harbour", "harbor", "sponsor", "interfere", "meddle",
                    "lie", "cheat", "sabotage", "destabilise", "destabilize", "incite", "orchestrate", "mastermind",
                    "flout", "undermine", "mistreat", "falsify", "rig", "steal", "bully", "blackmail"}
# thwarting others' efforts is a wrong ("said Russia and China had thwarted American efforts to reform the body"),
# thwarting an attack or a plot is not ("said Israel had thwarted an Iranian missile attack")
THWARTING_VERBS = {"thwart", "obstruct", "hinder", "hamper", "derail", "torpedo", "frustrate"}
EFFORT_NOUNS = {"effort", "bid", "attempt", "initiative", "plan", "talks", "negotiation", "process", "reform", "deal",
                "aid", "investigation", "inquiry", "mission", "vote"}
# verbs of an aim, a wrong aimed at being a wrong told: "said the West wanted to escalate the conflict"
WANTING_VERBS = {"want", "seek", "try", "plan", "aim", "intend", "attempt", "wish"}
# what one's act is said to be: "said the military's operations constituted ethnic cleansing", "amounted to genocide"
CONSTITUTING_VERBS = {"constitute", "amount"}
# verbs that say what their subject is: "said Washington [posed] a serious threat", "[remained] the main threat"
COPULAS = {"be", "remain", "become", "pose", "represent"} | CONSTITUTING_VERBS
LIKELY = {"likely", "clear", "certain", "evident", "obvious", "plain", "apparent"}  # what a blame may be said to be
# feelings of displeasure, whose object is judged too: "disappointed with Putin", "frustrated that Russia had not"
DISPLEASED = {"disappointed", "frustrated", "angered", "angry", "unhappy", "upset", "furious", "dismayed", "outraged",
              "appalled", "displeased", "annoyed", "irritated"}
# feelings whose cause is judged: "concerned about China's actions" criticises China
CONCERNED = {"concerned", "alarmed", "worried", "troubled", "disturbed"} | DISPLEASED
APPROVING_FEELINGS = {"happy", "pleased", "satisfied", "content"}  # withheld, displeasure: "not happy with Putin"
# what opens a clause that tells the done act a feeling answers, and the acts it may judge: "was disappointed after
# China blocked the bid" (not "was angered after India sent aid")
FELT_AFTER = {"after", "when", "that", "because"}
JUDGED_ACTS = HOSTILE_ACTS | {"reject", "withdraw", "protest", "demand"}
CAUSES_OF_CONCERN = {"by", "about", "over", "at"}
REPORT_NOUNS = {"report", "reports", "allegation", "allegations", "news", "claim", "claims", "indications"}
HOSTILE_NOUN_RELATIONS = {"attack", "coerce", "threaten"}
# nouns of setting someone free: "demanded the release of Protasevich" asks it of whoever holds him
RELEASE_NOUNS = {"release", "freedom", "freeing"}
CUSTODY_VERBS = {"jail", "hold", "detain", "imprison", "arrest", "capture", "seize", "abduct", "kidnap", "keep"}
DEMANDING_VERBS = {"demand", "urge", "press", "seek", "want", "call", "ask", "insist"}
DEMANDS = {"demand", "appeal"}
# nouns for what someone said: "a remark that Beijing called irresponsible"
SPEECH_NOUNS = {"remark", "comment", "statement", "word", "claim", "assertion", "speech", "description"}
# retaliation promised: "vowed to retaliate", "said it would take countermeasures", "a response would follow"
RETALIATING_VERBS = {"retaliate", "respond", "reciprocate"}
RESPONSE_NOUNS = {"response", "retaliation", "countermeasure", "reprisal", "retribution", "riposte", "punishment",
                  "revenge", "vengeance"}
COMMITTING_VERBS = {"vow", "pledge", "promise", "threaten", "warn", "swear"}
FUTURE_AUXILIARIES = {"will", "would", "shall", "'ll"}
# acts whose target a target-less protest or threat shares: "imposed sanctions on Niger and threatened to use force"
SHARING_RELATIONS = {"demand", "appeal", "warn", "accuse", "criticize", "threaten", "protest", "reject", "sanction",
                     "expel", "sever"}
BREAK_SHARING = {"expel", "sever", "sanction"}  # those a target-less break shares: "downgraded ties and expelled"


class Statements:
    """Accusations stated as blame, demands stated as what must be, and (through denials.py) denials answering
    them, for one argument finder."""

    def __init__(self, arguments: ArgumentFinder) -> None:
        self.arguments = arguments
        self.lexicon = arguments.lexicon
        self.denials = Denials(arguments)

    def from_verb(self, verb: Token, index: ActorIndex, earlier: list[Candidate]) -> list[Candidate] | None:
        """The events a stated blame, wrong or concern, a denial or a demand for someone's release makes ([] for
        none), or None when the verb is none of these and its cue decides."""
        lemma = verb.lemma_.lower()
        if lemma in ("expect", "give") and (expected := expected_demands(verb, index, self.arguments)):
            return expected  # "expected the Afghan government to act", "gave Warsaw three months to address"
        if lemma in ("be", "remain") and (alliance := stated_alliance(verb, index, self.arguments)):
            return alliance
        if lemma == "be" or lemma in BEARING_VERBS:
            return self.stated_blame(verb, index) or self.stated_concern(verb, index)
        if lemma in LYING_VERBS and (blame := self.stated_blame(verb, index)):
            return blame  # "said the blame lay entirely with Israel"
        if verb.lower_ in CONCERNED and (concern := self.stated_concern(verb, index)) is not None:
            return concern
        if wrongful(verb) or (lemma in CONSTITUTING_VERBS | {"commit"} and any(
                c.lemma_.lower() in WRONGS | COMMITTED_WRONGS and not any(d.lower_ == "no" for d in c.children)
                for c in [*verb.children, *(g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                                            for g in p.children)] if c.dep_ in ("dobj", "pobj"))):
            return self.stated_wrongdoing(verb, index)
        if lemma in WANTING_VERBS and any(c.dep_ == "xcomp" and (wrongful(c) or c.lemma_.lower() in (
                "escalate", "provoke")) and not any(g.dep_ == "neg" for g in c.children) for c in verb.children):
            return self.stated_wrongdoing(verb, index)  # "said Washington was seeking to destabilise Russia"
        if lemma in DENYING_VERBS:
            return self.denials.denial(verb, index, earlier)
        if lemma in ALLEGING_VERBS and any(c.dep_ == "ccomp" for c in verb.children):
            # "Erdogan charged that Washington was building a 'terror army'": what is alleged is a charge
            speakers = self.arguments.agents(verb, index)
            own = {m.actor for m in speakers} | {index.actors[m.actor].country for m in speakers
                                                 if m.actor in index.actors}
            return [make_candidate("accuse", s, t, verb, verb, 0.7) for s in speakers
                    for c in verb.children if c.dep_ == "ccomp" for n in c.children if n.dep_ in ("nsubj", "nsubjpass")
                    for t in self.arguments.actors_of(n, index, possessor=True, agentive=True) if t.actor not in own]
        if lemma == "link" and not self._linked_to_a_wrong(verb):
            return []  # "linking it to Sweden's accession" accuses no one
        if lemma == "declare" and any(c.dep_ == "dobj" and c.lemma_.lower() == "independence" for c in verb.children):
            return []  # "Kosovo, which declared independence from Serbia": a secession, no demand of Serbia
        if lemma in DEMANDING_VERBS:
            return self.release_demand(verb, index, earlier)
        if lemma == "tell" and (told := told_what_must_be(verb, index, self.arguments)) is not None:
            return told
        if lemma in RETALIATING_VERBS or lemma in COMMITTING_VERBS or (verb.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)):
            found = self.retaliation(verb, index, earlier)  # (or a harm one vows another will come to)
            harmed = foretold_harm(verb, index, self.arguments) if lemma in COMMITTING_VERBS else []
            return (found or []) + harmed if harmed else found
        if lemma in SAYING_VERBS:
            return conditional_threats(verb, index, self.arguments) + foretold_harm(verb, index, self.arguments) + \
                said_what_must_be(verb, index, self.arguments) or None
        return None

    def retaliation(self, verb: Token, index: ActorIndex, earlier: list[Candidate]) -> list[Candidate] | None:
        """'The Kremlin vowed to retaliate', 'said it would take countermeasures', 'said a response would follow
        soon', 'promised a swift response': a retaliation promised without its target threatens whoever did
        what it answers (the last act told against the speaker). None when the verb promises none, or names
        its target (its cue decides)."""
        lemma = verb.lemma_.lower()
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in RESPONSE_NOUNS] + \
            [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() in RESPONSE_NOUNS]  # "warned of countermeasures"
        if lemma not in RETALIATING_VERBS and not nouns:
            return None
        reserved = verb.dep_ == "acl" and verb.head.lemma_.lower() == "right" and \
            verb.head.head.lemma_.lower() == "reserve"  # "said Moscow reserved the right to respond"
        committed = lemma in COMMITTING_VERBS or reserved or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES
                                                                for c in verb.children) or \
            (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in COMMITTING_VERBS)
        reserving = verb.head.head.head if reserved and verb.head.head.dep_ == "ccomp" and \
            verb.head.head.head.lemma_.lower() in HOLDING_VERBS else verb.head.head  # (the saying of it)
        saying = reserving if reserved else verb.head if (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in COMMITTING_VERBS) or (
            verb.dep_ == "ccomp" and verb.head.lemma_.lower() in HOLDING_VERBS) else verb
        answered_acts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "over") for g in
                         c.children if g.dep_ == "pobj"] + conditioned_on(verb)  # "to retaliate for Pakistan's strikes"
        if committed and answered_acts:
            authors_named = [m for g in answered_acts for m in self.arguments.actors_of(g, index, possessor=True,
                                                                                       agentive=True)]
            named = [make_candidate("threaten", s, t, saying, saying, 0.65) for s in self.arguments.agents(verb, index)
                     for t in authors_named if index.side_of(t) != index.side_of(s)]
            if named:
                return named
        if not committed or any(c.dep_ in ("prep", "dobj") and c.lower_ not in ("of", "with", "in", "by", "for", "over")
                                and c.lemma_.lower() not in RESPONSE_NOUNS for c in verb.children):
            return None  # "retaliated by recalling its envoys" is done; "retaliate against Warsaw" names its target
        speakers = self.arguments.agents(saying if reserved else verb, index)
        if not speakers and verb.dep_ == "ccomp":  # "said a response would follow": the speaker's response
            speakers = self.arguments.agents(verb.head, index)
        if not speakers:
            return None
        own = {m.actor for m in speakers}  # else whom the speaker just blamed: "blamed Israel ... and said it
        authors = provokers(verb, speakers, index, earlier) or sorted({  # reserved the right to respond"
            c.target for c in earlier if c.relation == "accuse" and c.source in own and c.trigger.sent == verb.sent})
        if not authors:
            return None
        # the threat is made in the vowing or the saying: "vowed to retaliate", "said it would take countermeasures"
        return [make_candidate("threaten", s, Mention(verb.i, verb.i + 1, who, "antecedent"), saying, saying, 0.65)
                for s in speakers for who in authors]

    def _linked_to_a_wrong(self, verb: Token) -> bool:
        """'linking Indian agents to the killing', 'linked them to a campaign of violence'."""
        hostile = {noun for noun, cue in self.lexicon.nouns.items() if cue.relation in HOSTILE_NOUN_RELATIONS}
        return any(t.lemma_.lower() in WRONGS | hostile
                   for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree)

    def release_demand(self, verb: Token, index: ActorIndex, earlier: list[Candidate]) -> list[Candidate] | None:
        """'demanded the immediate release of Protasevich', 'called for the release of activists jailed in the
        kingdom': the demand is made of whoever holds them (an act told before, or the phrase that says where
        they are held), not of the ones held."""
        objects = [c for c in verb.children if c.dep_ == "dobj"] + \
            [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        releases = [o for o in objects if o.lemma_.lower() in RELEASE_NOUNS]
        if not releases:
            return None
        held = [g for r in releases for c in r.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
        held_actors = {m.actor for h in held for m in self.arguments.actors_of(h, index)}
        holders = [m for h in held + releases for c in h.children  # (the parser may hang "detained" on "release")
                   if c.dep_ == "acl" and c.lemma_.lower() in CUSTODY_VERBS
                   for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
                   for g in p.children if g.dep_ == "pobj" for m in self.arguments.actors_of(g, index, located=True)]
        holders += [Mention(verb.i, verb.i + 1, c.source, "antecedent") for c in earlier
                    if c.relation == "coerce" and c.target in held_actors and c.trigger.i < verb.i]
        cue = verb_cue(verb, self.lexicon)
        relation = cue.relation if cue is not None and cue.relation in DEMANDS else "demand"
        demanders = self.arguments.agents(verb, index)
        own = {m.actor for m in demanders}
        return [make_candidate(relation, s, t, verb, verb, 0.7) for s in demanders
                for t in {m.actor: m for m in holders if m.actor not in own}.values()]

    def remark_authors(self, verb: Token, judges: list[Mention], index: ActorIndex) -> list[Mention]:
        """'Biden said he still regarded Xi as a dictator, a remark that Mao Ning called extremely wrong': the
        remark a relative clause judges is the words of whoever said what it sums up (or its possessor's)."""
        noun = verb.head
        if verb.dep_ != "relcl" or noun.lemma_.lower() not in SPEECH_NOUNS:
            return []
        own = {m.actor for m in judges}
        authors = self.arguments.actors_of(noun, index, possessor=True, agentive=True)
        node = noun
        for _ in range(5):
            if authors or node.head.i == node.i:
                break
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in HOLDING_VERBS:
                authors = self.arguments.agents(node, index)
        return [m for m in authors if m.actor not in own]

    def conjoined_targets(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """'Wang lodged a strong protest and demanded that India punish those responsible': a protest or
        criticism that names no one is aimed at whom the act beside it is."""
        cue = verb_cue(verb, self.lexicon)
        if cue is not None and any(c.dep_ == "dobj" and c.lemma_.lower() not in cue.object_nouns and c.lower_ not in
                                   cue.object_nouns and not (
                verb.lemma_.lower() in ("demand", "threaten") and not self.arguments.actors_of(c, index))
                for c in verb.children):
            return []  # "condemned the accord and accused the West" (not "rejected India's explanation and demanded")
        beside = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
        # only an act of the same subject: "The Pentagon expressed concern, and Pompeo urged Seoul" is Pompeo's
        beside = [o for o in beside if not any(c.dep_ == "nsubj" for c in max(o, verb, key=lambda t: t.i).children)]
        for other in beside:  # (a break shares only a measure's target: not "and asked China to open an embassy")
            kind = verb_cue(other, self.lexicon)
            if kind is not None and kind.relation in SHARING_RELATIONS and (cue is None or cue.relation != "sever" or
                                                                             kind.relation in BREAK_SHARING):
                found = self.arguments.targets(other, kind, index) or self.arguments.complement_subjects(other, index)
                if found and not (verb.lemma_.lower() in ("threaten", "warn") and aimed_elsewhere(
                        verb, index, {m.actor for m in found} | {index.as_state(m).actor for m in found})):
                    return found
        return []

    def stated_blame(self, copula: Token, index: ActorIndex) -> list[Candidate] | None:
        """'said Russia was responsible', 'said Russia bore ultimate responsibility', 'told parliament that there
        was no conclusion other than that the Russian state was culpable for the poisoning': the holder of the
        clause accuses its subject."""
        bearing, lying = copula.lemma_.lower() in BEARING_VERBS, copula.lemma_.lower() in LYING_VERBS
        predicate = next((c for c in copula.children
                          if (c.dep_ == "acomp" and c.lemma_.lower() in BLAMING_PREDICATES)
                          or (bearing and c.dep_ == "dobj" and c.lemma_.lower() in BORNE_BLAME)
                          or (lying and c.dep_ == "nsubj" and c.lemma_.lower() in BORNE_BLAME)
                          or (not bearing and _blame_beside_copula(c))), None)
        if predicate is None or any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless")
                                    for c in (*copula.children, *predicate.children)):
            return None
        if any(p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in DUTIES
                                                              for g in p.children) for p in predicate.children):
            return None
        holder, node = None, copula
        for _ in range(4):  # (through "it was highly likely that ...", not "unlikely" nor "not clear")
            if node.dep_ not in ("ccomp", "advcl", "acomp") or node.head.i == node.i or \
                    node.dep_ == "acomp" and node.lemma_.lower() not in LIKELY or any(
                    c.dep_ == "neg" or c.dep_ == "acomp" and c.lemma_.lower() not in LIKELY and node.head.lemma_ == "be"
                    for c in node.head.children):
                return None
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in HOLDING_VERBS:
                holder = node.head
                break
            node = node.head
        if holder is None:
            return None
        # (where it lies: "with the Syrian government, as well as with Iran and Hezbollah")
        subjects = [g for p in (*copula.children, *(w for c in copula.children if c.dep_ == "cc" for w in c.children))
                    if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"] if lying else \
            [c for c in copula.children if c.dep_ == "nsubj"][:1]
        speakers = self.arguments.agents(holder, index)
        own = {m.actor for m in speakers}
        blamed = [m for subject in subjects for m in self.arguments.actors_of(subject, index, possessor=True,
                                                                               agentive=True) if m.actor not in own]
        # the saying is the accusing act: its clause, not the reported one, says whether and when it was done
        return [make_candidate("accuse", s, t, holder, holder, 0.7) for s in speakers for t in blamed] or None

    def stated_concern(self, copula: Token, index: ActorIndex) -> list[Candidate] | None:
        """'Japan is deeply concerned about China's actions at sea', 'Washington was very concerned by reports
        that Rwanda had provided support to the rebels': the concerned one criticises whose act (or whom the
        report names as doing what our cues call an act) concerns it; not a recession, an illness or a fate."""
        passive = copula.lower_ in CONCERNED and any(c.dep_ == "auxpass" for c in copula.children)
        feeling = copula if passive else next(
            (c for c in copula.children if c.dep_ == "acomp" and c.lower_ in CONCERNED), None)
        negated = any(c.dep_ == "neg" for c in copula.children)
        trigger = copula
        if feeling is None and negated and not any(
                c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in CONDITION_MARKS or
                c.dep_ == "advcl" and any(k.lower_ in CONDITION_MARKS for k in c.children) for c in copula.children):
            # "was not happy with Putin", "has not been happy with": approval withheld is displeasure, told by the
            # adjective, not the negated copula (as it stands: not "would not be happy if he attacked", "if he was
            # not happy with Putin")
            feeling, negated = next((c for c in copula.children if c.dep_ == "acomp" and c.lower_ in
                                     APPROVING_FEELINGS and not any(g.dep_ == "neg" for g in c.children)), None), False
            trigger = feeling or copula
        if feeling is None or negated or any(c.dep_ == "neg" for c in feeling.children):
            return None
        felt = [feeling, *(c for c in feeling.children if c.dep_ == "conj" and c.lower_ in CONCERNED)]
        causes = [g for f in felt for p in f.children if p.dep_ in ("prep", "agent") and p.lower_ in CAUSES_OF_CONCERN
                  for g in p.children if g.dep_ == "pobj" and (g.lower_ in REPORT_NOUNS | CONDUCT_NOUNS | DEED_NOUNS
                                                                or self.arguments.is_event_noun(g))]
        # displeasure with someone, or that he did or failed to do something: "disappointed with Putin", "not happy
        # with Putin", "frustrated that Russia had not shown more flexibility" (not a worry: "concerned that")
        displeased = [f for f in felt if f.lower_ in DISPLEASED | APPROVING_FEELINGS]
        named = [g for f in displeased for p in f.children if p.dep_ == "prep" and p.lower_ in ("with", "at")
                 for g in p.children if g.dep_ == "pobj"] + [
            s for f in displeased for c in f.children if c.dep_ == "ccomp" and any(
                k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        concerned = [m for c in copula.children if c.dep_ == "nsubjpass" for m in self.arguments.actors_of(c, index)] \
            if passive else self.arguments.agents(copula, index)
        own = {m.actor for m in concerned}
        judged = [m for g in causes for m in (
            self.arguments.actors_of(g, index, possessor=True, agentive=True) if g.lower_ not in REPORT_NOUNS
            else [m for c in g.children if c.dep_ in ("acl", "ccomp") and (
                c.lemma_.lower() in WRONGDOING_VERBS or verb_cue(c, self.lexicon) is not None)
                  for s in c.children if s.dep_ == "nsubj" for m in self.arguments.actors_of(s, index)])
            if m.actor not in own] + [  # or a done act told in a clause: "disappointed after China blocked the bid"
            m for c in (*copula.children, *feeling.children) if c.dep_ in ("advcl", "ccomp") and c.tag_ == "VBD"
            and any(k.dep_ == "mark" and k.lower_ in FELT_AFTER for k in c.children)
            and (cue := verb_cue(c, self.lexicon)) is not None and cue.relation in JUDGED_ACTS
            for m in self.arguments.agents(c, index) if m.actor not in own] + [
            m for g in named for m in self.arguments.actors_of(g, index) if m.actor not in own]
        # "Japan said on Tuesday it was concerned": the saying is when the concern was voiced
        voiced = copula.head if copula.dep_ == "ccomp" and copula.head.lemma_.lower() in HOLDING_VERBS else copula
        return [make_candidate("criticize", s, t, trigger, voiced, 0.65) for s in concerned for t in judged] or None

    def stated_wrongdoing(self, verb: Token, index: ActorIndex) -> list[Candidate] | None:
        """'Ecuador's government said Mexico had abused the immunities of its mission', 'It said Canada had for
        years sheltered terrorists': the speaker accuses the one he says did wrong (not 'would not interfere',
        'had not violated'); so does a wrong told by a verb joined to the clause ('said the United States had backed
        a coup and had fuelled the crisis')."""
        clause = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
        holder = clause.head
        if clause.dep_ != "ccomp" or holder.lemma_.lower() not in HOLDING_VERBS or modal_of_a_possible_act(
                verb, clause) or any(c.dep_ == "neg" for c in {*verb.children, *clause.children}):
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        speakers = self.arguments.agents(holder, index)
        if subject is None or not speakers:
            return None
        own = {m.actor for m in speakers}
        # (not a trouble's place: "said the war in Syria had fuelled the crisis")
        wrongdoers = [m for m in self.arguments.actors_of(subject, index, possessor=True, agentive=True)
                      if m.actor not in own and not (verb.lemma_.lower() in STOKING_VERBS and index.doc[
                          m.end - 1].head.lower_ in ("in", "across", "along"))]
        return [make_candidate("accuse", s, t, holder, holder, 0.65) for s in speakers for t in wrongdoers] or None


def wrongful(verb: Token) -> bool:
    """Whether a verb tells a wrong done: 'abused the immunities', 'thwarted American efforts' (not 'thwarted an
    attack'), 'fuelled the crisis' (not 'fuelled growth')."""
    lemma = verb.lemma_.lower()
    if lemma == "lie" and verb.lower_ != "lied" and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children) and any(
            c.dep_ in ("prep", "advmod") and c.lower_ in PLACING_WORDS for c in verb.children):
        return False  # where a thing lies: "Ukraine's future lies in NATO" (not "Tehran lied in its declarations")
    return lemma in WRONGDOING_VERBS or any(c.dep_ == "dobj" and c.lemma_.lower() in (  # "fuelled the crisis"
        EFFORT_NOUNS if lemma in THWARTING_VERBS else TROUBLE_NOUNS if lemma in STOKING_VERBS else ())
        for c in verb.children)


def _blame_beside_copula(token: Token) -> bool:
    """'Israel was to blame for the escalation', 'Kyiv was behind the drone attack': to be to blame for, or behind,
    a wrong is to have done it."""
    if token.dep_ == "xcomp" and token.lemma_.lower() == "blame":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ == "prep" and token.lower_ == "behind" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in WRONGS for g in token.children)
