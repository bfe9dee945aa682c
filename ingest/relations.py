"""Relations: diplomatic events read off the dependency parse, from verbs and from event nouns.

Pure: a parsed Doc, its ActorIndex and the lexicon in; candidate events out. This module decides
what states an event (cues, frames such as expulsions; judgements.py finds condemning predicates,
verb_cues.py a verb's sense) and which candidates are no diplomatic events at all (domestic conflict,
an agreement's content); arguments.py finds who acts on whom. Each rule carries the linguistic
phenomenon it handles and an example.

One concept though long (about 580 lines): what a trigger states, its rules consulting one another (a reaction
looks up the earlier act it reacts to, a light verb yields to its event noun). Splitting it by kind of
trigger (verbs, event nouns, reactions) is the cleanup due next; it was not done in the session that grew it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from diplograph.ingest.arguments import (
    ENCOUNTERS,
    LOCATED_TARGETS,
    RESPONSE_RELATIONS,
    SENT_AGENTS,
    ArgumentFinder,
    first_conjunct,
    governing_verb,
    is_object_noun,
    shared_modifiers,
    substance,
)
from diplograph.ingest.coreference import SPEECH_VERBS, mention_at
from diplograph.ingest.field_lexicon import load_agents
from diplograph.ingest.judgements import held_responsible, judgement, stated_judgement
from diplograph.ingest.lexicon import Lexicon, NounCue, VerbCue
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.verb_cues import PERFORMING_VERBS, known_lemma, verb_cue
from diplograph.model import ActorType

SYMMETRIC_PAIRING = {"meet", "call", "negotiate", "agree", "cooperate"}
PHONE_WORDS = {"phone", "telephone", "video", "videoconference", "videolink", "phone call"}
# verbs that judge a clause: "regretted that Mongolia had not executed the warrant" targets Mongolia
JUDGING_VERBS = {"regret", "deplore", "condemn", "denounce", "lament", "welcome", "praise", "hail", "applaud",
                 "criticize", "criticise", "protest", "decry"}
# nouns that refer back to an earlier event: "Washington rejected the warning"
ANAPHORIC_EVENT_NOUNS = {"warning", "demand", "proposal", "offer", "request", "measure", "move", "step",
                         "decision", "accusation", "sanction", "threat", "ultimatum", "plan", "claim", "strike",
                         "airstrike", "attack", "invasion", "expulsion", "deployment", "incursion", "raid",
                         "offensive", "visit", "trip", "criticism", "condemnation", "allegation", "remark",
                         "comment", "recall", "action", "ban", "restriction", "tariff", "intrusion"}
# what an anaphoric event noun names, as (relation, the side that did it), where nouns.tsv does not say:
# "criticised the visit" after "Putin hosted Modi" criticises the guest
ANTECEDENT_KINDS = {"incursion": (("attack", "source"),), "intrusion": (("coerce", "source"), ("attack", "source")),
                    "raid": (("attack", "source"), ("coerce", "source")),
                    "offensive": (("attack", "source"),), "expulsion": (("expel", "source"),),
                    "recall": (("sever", "source"),), "criticism": (("criticize", "source"), ("accuse", "source")),
                    "condemnation": (("criticize", "source"),), "allegation": (("accuse", "source"),),
                    "accusation": (("accuse", "source"),), "visit": (("visit", "source"), ("host", "target")),
                    "trip": (("visit", "source"), ("host", "target")), "ban": (("sanction", "source"),),
                    "restriction": (("sanction", "source"),), "tariff": (("sanction", "source"),),
                    "measure": (("sanction", "source"), ("sever", "source"), ("expel", "source"))}


def is_anaphoric_event_noun(noun: Token) -> bool:
    """An event noun that refers back: 'the warning', 'these measures', not 'a new warning'."""
    return noun.lemma_.lower() in ANAPHORIC_EVENT_NOUNS and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any", "no") for c in noun.children)
# verbs that report or react to an event without being one of ours: "welcomed the talks", "hailed the visit"
REACTION_VERBS = {"welcome", "hail", "praise", "applaud", "celebrate", "mourn", "regret", "lament", "deplore",
                  "dismiss", "describe", "call", "term", "label", "discuss", "debate", "report", "confirm",
                  "announce", "cancel", "scrap", "postpone", "suspend", "delay", "halt", "stop", "end", "block",
                  # or prevent it: "stalled new EU sanctions on Russia" imposes none
                  "stall", "veto", "obstruct", "thwart", "torpedo", "derail", "oppose", "resist", "hinder"}
# acts made of words: said by their own actor, they are done, not reported
VERBAL_RELATIONS = {"criticize", "accuse", "warn", "threaten", "demand", "appeal", "reject", "deny", "support",
                    "protest", "offer"}
CONSULT_RELATIONS = {"meet", "call", "visit", "host", "negotiate", "mediate"}
DISSENT_RELATIONS = {"criticize", "accuse", "protest", "reject", "deny", "demand", "appeal"}
# breaks whose target a following one may leave unsaid: "..., while Chile recalled its ambassador"
BREAKING_RELATIONS = {"sever", "expel"}
# verbs that receive a visitor, or welcome an act: "welcomed Zelensky", "welcomed the decision"
WELCOMING_VERBS = {"welcome"}
# verbs of speaking together, which coordinated subjects do with each other: "Biden and Xi spoke for two hours"
RECIPROCAL_SPEECH = {"speak", "talk", "confer", "chat"}
# verbs of a two-sided act: "clashed", "exchanged fire", "traded accusations"
RECIPROCAL_VERBS = {"clash", "exchange", "trade", "skirmish"}
HOSTILE_RELATIONS = {"attack", "accuse", "criticize", "threaten", "warn"}
LEAVING_VERBS = {"leave", "depart", "quit", "exit"}
# breaks and protests whose target may be named only as the author of the act they answer
CAUSED_RELATIONS = {"sever", "expel", "protest"}
CAUSE_PREPOSITIONS = {"over", "after", "following"}
CAUSE_FRAMES = {"protest", "response", "retaliation", "reaction", "reprisal"}
FRAMED_PREPOSITIONS = {"at", "against", "to", "for"}  # "in protest [at] ...", parsed apart
# verbs whose subject is given what its object names: "received aid from Japan"
RECEIVING_VERBS = {"receive", "get", "obtain", "accept", "secure", "win"}
# verbs of contest that are attacks only where there are arms: "troops clashed", not "ministers clashed over the
# budget"; "forces defeated the rebels", not "Japan beat Germany 2-1"
CONTEST_VERBS = {"clash", "beat", "defeat", "crush", "thrash", "rout", "trounce", "stun", "edge", "hammer", "batter",
                 "overwhelm", "overpower", "outplay", "humble"}
ARMED_WORDS = {"border", "frontier", "fire", "gunfire", "shelling", "artillery", "weapon", "missile", "rocket",
               "drone", "airstrike", "strike", "battle", "fighting", "offensive", "war", "ceasefire", "troop", "force",
               "soldier", "army", "militant", "rebel", "insurgent", "fighter", "navy", "warship", "jet", "tank"}
# what an agreement's parties agree to do: its content, not another event ("agreed to restore ties")
CONTENT_RELATIONS = {"cooperate", "concede", "offer", "aid", "negotiate", "support"}


@dataclass(frozen=True)
class Candidate:
    relation: str
    source: str
    target: str
    trigger: Token  # the verb or noun that states the event
    clause: Token  # the clause head that carries its time, place and modality
    confidence: float
    destination: str | None = None  # a visit's place when its target is named by a place: "flew to Kyiv"


def said_by_its_source(candidate: Candidate, index: ActorIndex) -> bool:
    """'"We condemn the strikes," China's foreign ministry said': a verbal act its own actor reports is done
    in the saying, not hearsay. Only for acts made of words (criticism, warnings, demands ...)."""
    if candidate.relation not in VERBAL_RELATIONS:
        return False
    node = candidate.trigger
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS:
            speaker = next((c for c in node.children if c.dep_ == "nsubj"), None)
            mention = index.by_token.get(speaker.i) if speaker is not None else None
            if mention is None or mention.actor is None:
                return False
            country = index.actors[mention.actor].country
            return candidate.source in (mention.actor, country)
    return False


def acts_on_own_state(candidate: Candidate, index: ActorIndex) -> bool:
    """'China agrees with Xi Jinping': a state and its own office-holder are no two parties of a diplomatic
    event; only dissent crosses that line ('the opposition leader accused Russia')."""
    source, target = index.actors.get(candidate.source), index.actors.get(candidate.target)
    if source is None or target is None:
        return False
    if source.country and source.country == target.country and candidate.relation not in CONSULT_RELATIONS:
        return True  # domestic politics: "Starmer defeated Sunak's Conservatives" is no diplomatic event
    if candidate.relation in DISSENT_RELATIONS:
        return False
    return (source.type is ActorType.PERSON and source.country == target.name) or \
        (target.type is ActorType.PERSON and target.country == source.name)


def drop_contents_of_agreements(found: list[Candidate]) -> list[Candidate]:
    """'agreed to restore diplomatic relations' is one agreement, not also a cooperation: what two parties
    agree to do is the agreement's content, not a second event between them."""
    agreements = {(c.trigger.i, frozenset((c.source, c.target))) for c in found if c.relation == "agree"}
    if not agreements:
        return found

    def is_content(candidate: Candidate) -> bool:
        pair = frozenset((candidate.source, candidate.target))
        node = candidate.trigger
        while node.dep_ in ("xcomp", "ccomp", "conj") and node.head.i != node.i:
            node = node.head
            if (node.i, pair) in agreements:
                return True
        return False

    return [c for c in found if c.relation == "agree" or c.relation not in CONTENT_RELATIONS or not is_content(c)]


class RelationFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.arguments = ArgumentFinder(lexicon)
        self.armed_nouns = frozenset(noun for noun, sector in load_agents().items() if sector in ("MIL", "REB"))

    # ------------------------------------------------------------------ arguments
    def verb_cue(self, verb: Token) -> VerbCue | None:
        return verb_cue(verb, self.lexicon)

    def from_verb(self, verb: Token, index: ActorIndex, earlier: list[Candidate]) -> list[Candidate]:
        expulsions = self._ordered_to_leave(verb, index)
        if expulsions:
            return expulsions  # "ordered a diplomat to leave" is an expulsion, whatever else "order" can cue
        judged_subject = stated_judgement(verb)
        if judged_subject is not None:
            # "Germany said Russia's decision was unacceptable": the speaker criticises the judged act's author
            judges = self.arguments.agents(verb.head, index)
            own = {j.actor for j in judges}
            judged_ones = [t for t in self.arguments.actors_of(judged_subject, index, possessor=True, agentive=True)
                           if t.actor not in own] or \
                self._antecedent_sources(verb.head, judges, earlier, index, noun=judged_subject)
            return [self._candidate("criticize", s, t, verb, verb, 0.7, index) for s in judges for t in judged_ones]
        received = self._received_from(verb, index)
        if received:
            return received
        held = held_responsible(verb)
        if held:
            return [self._candidate("accuse", s, t, verb, verb, 0.75, index) for s in self.arguments.agents(verb, index)
                    for phrase in held for t in self.arguments.actors_of(phrase, index, possessor=True)]
        judged = judgement(verb)
        if judged is not None:
            # "called the American move provocative": calling something a name is no phone call
            if not judged:
                return []
            # the judged one is the object, or the subject of a small clause: "termed [the remarks] irresponsible"
            judged_phrases = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i != judged[0].i] + \
                [c for c in judged[0].children if c.dep_ in ("nsubj", "compound") and c.i < judged[0].i]
            if verb.dep_ == "advcl" and verb.tag_ == "VBG":
                # "criticised the visit, calling it a blow to peace": 'it' is what the main verb acted on
                named = [c for c in verb.head.children if c.dep_ == "dobj"]
                judged_phrases = [named[0] if c.lower_ in ("it", "this", "them") and named else c
                                  for c in judged_phrases]
            judged_ones = [t for c in judged_phrases
                           for t in self.arguments.actors_of(c, index, possessor=True, agentive=True)]
            judges = self.arguments.agents(verb, index)
            judged_ones = [t for t in judged_ones if t.actor not in {j.actor for j in judges}]
            if not judged_ones:  # "called the decision unjustified": the author of the decision told before
                judged_ones = [t for c in judged_phrases if c.head.i != verb.i or c.dep_ == "dobj"
                               for t in self._antecedent_sources(verb, judges, earlier, index, noun=c)]
            return [self._candidate("criticize", s, t, verb, verb, 0.7, index) for s in judges for t in judged_ones]
        cue = self.verb_cue(verb)
        if cue is None:
            return []
        relation = cue.relation
        if relation == "attack" and verb.lemma_.lower() in CONTEST_VERBS and not self._armed(verb.sent):
            return []  # "Japan beat Germany 2-1", "Germany and France clashed over the budget": no arms, no attack
        if relation == "meet" and any(t.lower_ in PHONE_WORDS for t in verb.subtree if t.head == verb or
                                      t.head.head == verb):
            relation = "call"  # "spoke by phone with Sunak"
        elif relation == "meet" and verb.lemma_ == "speak" and not any(
                c.dep_ == "prep" and c.lower_ in ("in", "at", "during") and c.head == verb
                for c in verb.children):
            relation = "call"  # "spoke with Putin for an hour": in diplomatic news, without a venue, a call
        if relation == "host" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            return []  # "welcomed Finland as a member": an admission, not a visit received
        welcomed = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] \
            if relation == "host" and verb.lemma_.lower() in WELCOMING_VERBS else []
        if welcomed and index.by_token.get(welcomed[0].i) is None and \
                welcomed[0].lower_ not in self.lexicon.people_nouns:
            # welcoming an act is backing whoever did it: "welcomed Poland's offer to host the talks"
            return [self._candidate("support", s, t, verb, verb, 0.7, index)
                    for s in self.arguments.agents(verb, index)
                    for t in self.arguments.actors_of(welcomed[0], index, possessor=True, agentive=True)]
        sources = self.arguments.agents(verb, index)
        if relation == "visit" and not self._travellers(verb, index):
            return []  # "a Russian missile landed in Poland": things that arrive visit no one
        targets = self.arguments.targets(verb, cue, index)
        confidence = 0.7 if cue.from_field else 0.85
        if not targets and relation in ("demand", "appeal"):
            targets = self.arguments.complement_subjects(verb, index)
            confidence = 0.75
        if not targets and relation in ("threaten", "warn"):
            # "threatened to attack Armenia", "to cut oil supplies to Colombia": the threatened act's target
            for child in verb.children:
                if child.dep_ == "ccomp":
                    # "warned that Washington would act if China continued to arm Russia": the one the
                    # condition names
                    targets.extend(m for clause in child.children if clause.dep_ == "advcl" and any(
                        g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in clause.children)
                        for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")
                        for m in self.arguments.actors_of(subject, index))
                if child.dep_ == "xcomp":
                    for grandchild in child.children:
                        if grandchild.dep_ == "dobj":
                            targets.extend(self.arguments.actors_of(grandchild, index, possessor=True))
                        for holder in (grandchild, *grandchild.children):
                            if holder.dep_ == "prep" and holder.lower_ in ("to", "against", "on", "with", "from",
                                                                              "at", "toward", "towards", "into"):
                                targets.extend(m for pobj in holder.children if pobj.dep_ == "pobj"
                                               for m in self.arguments.actors_of(pobj, index, possessor=True))
        if not targets and relation in ("criticize", "support", "protest") and verb.lemma_.lower() in JUDGING_VERBS:
            # "regretted that Mongolia had not executed the warrant": who did what is judged
            targets = self.arguments.complement_subjects(verb, index)
            confidence = 0.7
        if not targets and relation in RESPONSE_RELATIONS:
            targets = self._antecedent_sources(verb, sources, earlier, index)
            confidence = 0.7
        if not targets and relation in CAUSED_RELATIONS:
            # "recalled its ambassador after Israel's strikes on Gaza": the one whose act caused it
            targets = self._cause_authors(verb, index)
            confidence = 0.7
        if not targets and relation in BREAKING_RELATIONS:
            targets = self._antecedent_targets(verb, sources, earlier)
            confidence = 0.7
        if verb.lemma_.lower() in RECIPROCAL_VERBS and relation in HOSTILE_RELATIONS:
            # "Thai and Cambodian troops clashed", "India clashed with China": each side acts on the other
            targets = targets or [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                                  for pobj in c.children if pobj.dep_ == "pobj"
                                  for m in self.arguments.actors_of(pobj, index)]
            pairs = [(a, b) for a in sources for b in sources if a.actor != b.actor] if not targets and \
                len(sources) > 1 else [pair for s in sources for t in targets for pair in ((s, t), (t, s))]
            return [self._candidate(relation, a, b, verb, verb, confidence, index) for a, b in pairs]
        if not targets and relation in SYMMETRIC_PAIRING and len(sources) > 1 and (
                relation != "call" or verb.lemma_.lower() in RECIPROCAL_SPEECH) \
                and not any(c.dep_ == "prep" and c.lower_ == "for" and any(
                    index.by_token.get(g.i) for g in c.children) for c in verb.children):
            # "Khalilzad and Baradar signed an agreement": coordinated subjects act on each other
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
            return [self._candidate(relation, a, b, verb, verb, confidence, index) for a, b in pairs]
        return [self._candidate(relation, s, t, verb, verb, confidence, index) for s in sources for t in targets] + \
            self._other_objects_sense(verb, cue, sources, index)

    def _other_objects_sense(self, verb: Token, cue: VerbCue, sources: list[Mention],
                             index: ActorIndex) -> list[Candidate]:
        """'will withdraw its ambassador and its troops from Niger': the light verb's sense covers the
        ambassador (a break), the verb's bare sense the troops (a withdrawal)."""
        if not cue.object_nouns or cue.from_field:
            return []
        rest = [t for o in verb.children if o.dep_ == "dobj" for t in conjuncts(o)[1:] if not is_object_noun(t, cue)]
        other = next((c for c in self.lexicon.verbs.get(verb.lemma_.lower(), ()) if not c.object_nouns
                      and not c.particle and not c.from_field and c.relation != cue.relation), None)
        if not rest or other is None:
            return []
        return [self._candidate(other.relation, s, t, verb, verb, 0.75, index) for s in sources
                for t in self.arguments.targets(verb, other, index)]

    def _received_from(self, verb: Token, index: ActorIndex) -> list[Candidate]:
        """'Kenya received aid from Japan', 'Ukraine got tanks from Germany': the giver aids the receiver."""
        if verb.lemma_.lower() not in RECEIVING_VERBS:
            return []
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in substance(c)]
        known = self.lexicon.object_cues
        if not any(cue.relation == "aid" for o in objects
                   for cue in known.get(o.lemma_.lower()) or known.get(o.lower_, ())):
            return []
        givers = [m for holder in [verb, *objects] for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                  for pobj in c.children if pobj.dep_ == "pobj" for m in self.arguments.actors_of(pobj, index)]
        return [self._candidate("aid", giver, receiver, verb, verb, 0.75, index)
                for giver in givers for receiver in self.arguments.agents(verb, index)]

    def _cause_authors(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """The authors of the act a break or protest answers: 'over Israel's offensive', 'after the Russian
        strikes', 'in protest at Pyongyang's nuclear test', 'in response to the expulsions by Moscow'. The
        phrase may hang on the verb or on its object."""
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        preps = [c for holder in holders for c in holder.children if c.dep_ == "prep"]
        frames = [p for prep in preps if prep.lower_ == "in" for p in prep.children
                  if p.dep_ == "pobj" and p.lemma_.lower() in CAUSE_FRAMES]
        causes = [prep for prep in preps if prep.lower_ in CAUSE_PREPOSITIONS] + \
            [g for frame in frames for g in frame.children if g.dep_ == "prep"] + \
            ([prep for prep in preps if prep.lower_ in FRAMED_PREPOSITIONS] if frames else [])
        return [m for prep in causes for pobj in prep.children if pobj.dep_ == "pobj" and (
                self.arguments._is_event_noun(pobj) or pobj.lemma_.lower() in self.lexicon.nouns)
                for m in self.arguments.actors_of(pobj, index, possessor=True, agentive=True)]

    def _armed(self, sentence: Span) -> bool:
        """Whether a sentence speaks of force: soldiers, rebels, weapons, fire or a border."""
        return any(t.lower_ in self.armed_nouns or t.lemma_.lower() in ARMED_WORDS for t in sentence)

    def _travellers(self, verb: Token, index: ActorIndex) -> bool:
        """Whether a verb of arrival has people or actors for subject, not missiles or drones."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or mention_at(index, subject) is not None or subject.pos_ in ("PRON", "PROPN"):
            return True
        lemma = subject.lemma_.lower()
        return lemma in self.lexicon.people_nouns or subject.lower_ in self.lexicon.people_nouns or \
            lemma in SENT_AGENTS or lemma in ("delegation", "leader", "president", "minister", "king", "queen")

    def _ordered_to_leave(self, verb: Token, index: ActorIndex) -> list[Candidate]:
        """Expulsion as a directive or a declaration: 'ordered a Russian diplomat to leave the country',
        'gave the envoys 48 hours to leave', 'declared two attaches persona non grata'."""
        lemma = verb.lemma_.lower()
        if lemma == "declare":
            declared = [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj")
                        and any(t.lower_ == "grata" for t in c.subtree)]
            expelled = [m for c in declared for t in [c, *c.children] if t.dep_ in ("nsubj", "dobj") and
                        t.lower_ not in ("persona", "grata")
                        for m in self.arguments.actors_of(t, index, possessor=True, agentive=True)]
            return [self._candidate("expel", s, t, verb, verb, 0.75, index)
                    for s in self.arguments.agents(verb, index) for t in expelled]
        if lemma not in ("order", "tell", "instruct", "give", "ask"):
            return []
        # the leaving clause hangs off the verb ("ordered X to leave") or off its time ("48 hours to leave")
        leaving = any(t.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl") and t.lemma_.lower() in LEAVING_VERBS
                      and verb.i in (t.head.i, t.head.head.i) for t in verb.subtree)
        if not leaving:
            return []
        expelled = [m for c in verb.children if c.dep_ in ("dobj", "dative")
                    for m in self.arguments.actors_of(c, index, possessor=True, agentive=True)]
        return [self._candidate("expel", s, t, verb, verb, 0.75, index)
                for s in self.arguments.agents(verb, index) for t in expelled]

    def _antecedent_sources(self, verb: Token, sources: list[Mention], earlier: list[Candidate],
                            index: ActorIndex, noun: Token | None = None) -> list[Mention]:
        """'Washington rejected the warning', 'condemned the incursion', 'called the decision unjustified': the
        author of the act the noun refers back to, from the events before. An act of the noun's kind aimed at
        the reacting side first ('the expulsions': all of them), then one aimed at it, then one of its kind."""
        if noun is None:
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            noun = objects[0] if objects else None
        if noun is None:
            return []
        own_side = {m.actor for m in sources}
        named_before = [m for m in self._named_before(noun, index) if m.actor not in own_side]
        if named_before:  # "Pyongyang's sixth nuclear test ... Japan condemned the test"
            return [Mention(verb.i, verb.i + 1, m.actor, "antecedent") for m in named_before]
        if not is_anaphoric_event_noun(noun) or not earlier:
            return []
        lemma = noun.lemma_.lower()
        noun_cue = self.lexicon.nouns.get(lemma)
        kinds = ANTECEDENT_KINDS.get(lemma, ((noun_cue.relation, "source"),) if noun_cue else ())
        own = {m.actor for m in sources} | {index.actors[m.actor].country for m in sources
                                              if m.actor in index.actors and index.actors[m.actor].country}
        before = [c for c in earlier if c.trigger.i < verb.i]

        def author(candidate: Candidate) -> str | None:
            for relation, side in kinds:
                if candidate.relation == relation:
                    return candidate.source if side == "source" else candidate.target
            return None

        aimed_at_us = [(c, c.source) for c in before if c.target in own]
        same_kind = [(c, who) for c in before if (who := author(c)) is not None]
        both = [(c, who) for c, who in same_kind if ({c.source, c.target} - {who}) & own]
        if both and noun.tag_ == "NNS":  # "called the expulsions a provocation": every one of them
            authors = {who for _, who in both} - own
        else:
            # a noun of known kind refers to an act of that kind or to none: "refusing to condemn the invasion"
            # is not about the last criticism aimed at China
            chosen = both or same_kind if kinds else aimed_at_us
            # an act told by a clause is the story's; one named by a noun is background ("Iran launched drones
            # ... in answer to an Israeli strike. Biden condemned the attack": Iran's)
            chosen = [(c, who) for c, who in chosen if c.trigger.pos_ in ("VERB", "AUX")] or chosen
            if not chosen:
                return []
            last_sentence = chosen[-1][0].trigger.sent.start
            authors = {who for c, who in chosen if c.trigger.sent.start == last_sentence} - own
        return [Mention(verb.i, verb.i + 1, who, "antecedent") for who in sorted(authors)]

    def _named_before(self, noun: Token, index: ActorIndex) -> list[Mention]:
        """'the test' after 'Pyongyang's sixth nuclear test': a definite noun repeats a noun of the sentence or
        the two before, and that one says whose it was (its possessor, a demonym, a by-agent, or who performed
        it: 'Russia held naval drills')."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children):
            return []
        doc = noun.doc
        start = noun.sent.start
        for _ in range(2):
            if start > 0:
                start = doc[start - 1].sent.start
        lemma = noun.lemma_.lower()
        for earlier in reversed(doc[start:noun.sent.start]):
            if earlier.lemma_.lower() == lemma and earlier.pos_ == "NOUN":
                found = self.arguments.actors_of(earlier, index, possessor=True, agentive=True, placed=False)
                if not found and earlier.dep_ == "dobj" and known_lemma(earlier.head, PERFORMING_VERBS) in \
                        PERFORMING_VERBS:  # "Russia held naval drills. Japan condemned the drills."
                    found = self.arguments.agents(earlier.head, index)
                if found:
                    return found
        return []

    @staticmethod
    def _antecedent_targets(verb: Token, sources: list[Mention], earlier: list[Candidate]) -> list[Mention]:
        """'Bolivia cut ties with Israel, while Chile and Colombia recalled their ambassadors': a break said
        without its target follows the break just told, in this sentence or the one before."""
        sentence = verb.sent
        previous = verb.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        own = {m.actor for m in sources}
        told = [c for c in earlier if c.relation in BREAKING_RELATIONS and c.trigger.i < verb.i
                and c.trigger.sent.start >= previous and c.target not in own]
        if not told:
            return []
        last = told[-1].trigger.i
        return [Mention(verb.i, verb.i + 1, target, "antecedent")
                for target in sorted({c.target for c in told if c.trigger.i == last})]

    def _reacts_to(self, governor: Token, noun: Token) -> bool:
        """'Germany condemned the Russian strikes': the condemner is not the striker. A verb that is an
        event of its own (not the light verb of this noun: 'launched strikes') reacts to the noun's event."""
        if first_conjunct(noun).dep_ not in ("dobj", "nsubjpass"):
            return False  # an adjunct shares the clause's agent: "agreed in a phone call to ..."
        cue = self.verb_cue(governor)
        if cue is None or cue.from_field:  # the field's bare cues over-code: "paid a visit" is no cooperation
            return governor.lemma_.lower() in REACTION_VERBS
        return not is_object_noun(noun, cue)

    def light_verb_governs(self, noun: Token) -> bool:
        """'lifted sanctions on Iran' is a concession, not a sanction: the verb's cue wins."""
        if noun.dep_ != "dobj":
            return False
        cue = self.verb_cue(noun.head)
        return cue is not None and bool(cue.object_nouns)

    def from_noun(self, noun: Token, cue: NounCue, index: ActorIndex) -> list[Candidate]:
        if self.light_verb_governs(noun):
            return []
        targets: list[Mention] = []
        parties: list[Mention] = []
        governor = governing_verb(noun)
        # the parties may hang off the light verb: "held talks with", "talks were held between A and B"
        role = first_conjunct(noun).dep_
        holders = [noun] + ([governor] if governor is not None and role in ("dobj", "nsubjpass") else [])
        for holder in holders:
            for child in [*holder.children, *(shared_modifiers(noun) if holder is noun else [])]:
                if child.dep_ != "prep" or child.lower_ not in cue.targets:
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if child.lower_ == "between":
                        parties.extend(self.arguments.actors_of(pobj, index))
                    else:  # "strikes against Houthi targets"
                        targets.extend(self.arguments.actors_of(pobj, index, possessor=cue.relation not in ENCOUNTERS))
        if not targets and not parties and cue.relation in LOCATED_TARGETS:
            # "carried out retaliatory strikes inside Iran": the state the act lands in
            landed = (self.arguments.state_the_act_is_in(holder, index) for holder in holders)
            targets = next((found for found in landed if found), [])
        candidates: list[Candidate] = []
        # the predicate of an event noun dates and places it: "Talks between A and B ended on Thursday"
        clause = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else governor if governor is not None else noun
        if len(parties) > 1:
            # "talks between A and B": every pair; between states they are negotiations
            relation = cue.relation
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    rel = relation
                    if relation == "meet" and not all(index.is_person(m) for m in (a, b)):
                        rel = "negotiate"
                    candidates.append(self._candidate(rel, a, b, noun, clause, 0.75, index))
        sources: list[Mention] = []
        if targets or not parties:
            sources = [m for c in noun.children if c.dep_ == "poss" for m in self.arguments.actors_of(c, index)]
            if not sources:  # "the visit by Blinken to Beijing"
                sources = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                           for pobj in c.children if pobj.dep_ == "pobj" for m in self.arguments.actors_of(pobj, index)]
            if not sources and targets and cue.relation not in CONSULT_RELATIONS:
                # "new U.S. tariffs on Chinese vehicles", "Russian strikes on Kyiv": the state a modifier names
                sources = self._modifier_agents(noun, index)
            if not sources and governor is not None and not self._reacts_to(governor, noun):
                sources = self.arguments.agents(governor, index)
        if not targets and not parties and cue.relation in SYMMETRIC_PAIRING and len(sources) > 1:
            # "Scholz and Macron discussed the war in a phone call": the coordinated agents meet
            candidates.extend(self._candidate(cue.relation, a, b, noun, clause, 0.7, index)
                              for i, a in enumerate(sources) for b in sources[i + 1:])
        if targets:
            candidates.extend(self._candidate(cue.relation, s, t, noun, clause, 0.75, index)
                              for s in sources for t in targets)
        return candidates

    @staticmethod
    def _modifier_agents(noun: Token, index: ActorIndex) -> list[Mention]:
        """The states or organisations a noun's demonym or name modifiers name: 'U.S.', 'Russian', 'EU'."""
        found: list[Mention] = []
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                mention = index.by_token.get(child.i)
                if mention is not None and mention.actor is not None and mention.via in ("demonym", "gazetteer",
                                                                                        "name") and \
                        index.actors[mention.actor].type in (ActorType.COUNTRY, ActorType.ORGANIZATION):
                    found.append(mention)
        return found

    def _candidate(self, relation: str, source: Mention, target: Mention, trigger: Token, clause: Token,
                   confidence: float, index: ActorIndex) -> Candidate:
        for mention in (source, target):
            if mention.via in ("pronoun", "role", "description", "antecedent"):
                confidence -= 0.1
            elif mention.via in ("surname", "metonymy", "organ"):
                confidence -= 0.05
        return Candidate(relation, source.actor or "", target.actor or "", trigger, clause,
                         max(0.05, min(confidence, 0.99)), target.place if relation == "visit" else None)

    def find(self, doc: Doc, index: ActorIndex) -> list[Candidate]:
        found: list[Candidate] = []
        for token in doc:
            # a noun-tagged verb still acts as one when it heads a clause or takes an object ("to host Erdogan")
            verbal = token.pos_ in ("VERB", "AUX") or (
                token.pos_ == "NOUN" and known_lemma(token, self.lexicon.verbs) in self.lexicon.verbs
                and (token.dep_ in ("ROOT", "xcomp") or any(c.dep_ == "dobj" for c in token.children)))
            if verbal:
                found.extend(self.from_verb(token, index, found))
            if token.pos_ in ("NOUN", "PROPN"):
                cue = self.lexicon.nouns.get(token.lemma_.lower())
                if cue is not None:
                    found.extend(self.from_noun(token, cue, index))
        found = [c for c in found if c.source and c.target and c.source != c.target
                 and not acts_on_own_state(c, index)]
        return drop_contents_of_agreements(found)
