"""Antecedents: the earlier act a reaction answers, when the reaction does not name its author.

"Washington rejected the warning", "called the expulsions a provocation", "recalled its ambassador after
Israel's strikes", "..., while Chile recalled its ambassador": the author (or the target) is found in the
events already told, in a definite noun's earlier mention, or in the cause phrase. relations.py asks.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.argument_words import ANSWERING_FRAMES, CONTEST_VERBS, FRAMED_PREPOSITIONS, NOMINAL_ENDINGS
from diplograph.ingest.candidates import CONSULT_RELATIONS, VERBAL_RELATIONS, Candidate
from diplograph.ingest.coreference import REACTION_VERBS, SPEECH_VERBS
from diplograph.ingest.forces import speaks_of_arms
from diplograph.ingest.lexicon import Lexicon
from diplograph.ingest.mentions import GATHERING_PEOPLE, ActorIndex, Mention, first_of_sentences_before
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import PERFORMING_VERBS, known_lemma, verb_cue

# nouns that name an act told by another verb than their own: "fired a missile ... condemned the launch"
ALSO_NAMED = {"launch": {"fire", "test"}, "test": {"fire", "launch", "detonate"}, "detention": {"detain"}}
# a seizure of power, named by a verb only with what is seized or who is toppled: "seized power", "ousted President
# Bazoum", "took control" (not "seized a British tanker", "took part in talks", "toppled a statue")
COUP_NOUNS = {"coup", "takeover", "putsch"}
SEIZING_VERBS, TOPPLING_VERBS = {"seize", "take", "grab"}, {"topple", "oust", "overthrow", "depose", "remove"}
SEIZED_POWER = {"power", "control", "government", "presidency"}
# places a takeover (not a coup) seizes: "trying to seize the oil-producing territory by force"
SEIZED_PLACES = {"territory", "town", "city", "region", "area", "province", "island", "plant", "port", "base"}
TOPPLED_OFFICES = {"president", "government", "regime", "leader", "minister", "ruler", "king"}
# nouns that refer back to an earlier event: "Washington rejected the warning"
# nouns that refer back to a deed: "welcomed the move", not "welcomed the meeting" or "the agreement" (whose
# parties are no authors), nor words ("supported the decision" answers no praise; but an offer is a move:
# "offered Serbia talks. Belgrade welcomed the move")
DEED_NOUNS = {"move", "decision", "step", "steps", "measure", "measures", "action", "actions", "announcement",
              "initiative", "gesture", "ruling", "release", "withdrawal", "offer"}
WORDS_NO_DEED = VERBAL_RELATIONS - {"offer"}
ANAPHORIC_EVENT_NOUNS = {"warning", "demand", "proposal", "offer", "request", "measure", "move", "step",
                         "decision", "accusation", "sanction", "threat", "ultimatum", "plan", "claim", "strike",
                         "airstrike", "attack", "invasion", "expulsion", "deployment", "incursion", "raid",
                         "offensive", "visit", "trip", "criticism", "condemnation", "allegation", "remark",
                         "comment", "recall", "action", "ban", "restriction", "tariff", "intrusion",
                         "operation", "storming", "seizure", "shelling", "bombing", "bombardment", "barrage",
                         "airstrikes", "shooting", "charge"}
# what an anaphoric event noun names, as (relation, the side that did it), where nouns.tsv does not say:
# "criticised the visit" after "Putin hosted Modi" criticises the guest
VIOLENCE_NOUNS = ("shelling", "bombing", "bombardment", "barrage", "airstrikes", "shooting")
ANTECEDENT_KINDS = {"incursion": (("attack", "source"),), **dict.fromkeys(VIOLENCE_NOUNS, (("attack", "source"),)),
                    "intrusion": (("coerce", "source"), ("attack", "source")),
                    "raid": (("attack", "source"), ("coerce", "source")),
                    "operation": (("coerce", "source"), ("attack", "source")),
                    "storming": (("coerce", "source"), ("attack", "source")),
                    "seizure": (("coerce", "source"), ("attack", "source")),
                    "offensive": (("attack", "source"),), "expulsion": (("expel", "source"),),
                    "recall": (("sever", "source"),), "criticism": (("criticize", "source"), ("accuse", "source")),
                    "condemnation": (("criticize", "source"),), "allegation": (("accuse", "source"),),
                    "accusation": (("accuse", "source"),), "charge": (("accuse", "source"),),
                    "visit": (("visit", "source"), ("host", "target")),
                    "trip": (("visit", "source"), ("host", "target")), "ban": (("sanction", "source"),),
                    "restriction": (("sanction", "source"),), "tariff": (("sanction", "source"),),
                    "measure": (("sanction", "source"), ("sever", "source"), ("expel", "source"))}


def is_anaphoric_event_noun(noun: Token) -> bool:
    """An event noun that refers back: 'the warning', 'these measures', not 'a new warning', nor one its own name
    says which ('the Merida plan', launched years before)."""
    return noun.lemma_.lower() in ANAPHORIC_EVENT_NOUNS and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any", "no") or
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


# nouns for whatever act a story leads with: "Maas said the move was regrettable"
LEADING_ACT_NOUNS = {"decision", "move", "step"}
PRAISING_VERBS = {"praise", "hail", "welcome", "applaud", "commend", "laud", "back", "support", "endorse", "respect",
                  "thank", "salute"}

# verbs by which a body makes a text its own: "the OAS adopted a resolution ... Arreaza rejected the resolution"
AUTHORING_VERBS = {"adopt", "pass", "approve", "issue", "publish", "release", "draft", "table"}

# acts an 'it' reacted to may be: deeds, not the words said about them ("the EU called on Turkey to halt the
# operation, and Egypt condemned it": Turkey's)
DEED_RELATIONS = {"attack", "coerce", "sanction", "expel", "sever", "mobilize", "withdraw", "aid", "agree", "concede",
                  "threaten"}  # (not a rejection: "Ukraine rejected Russia's annexation. The UN condemned it")

# determiners by which a noun refers back to something told: "the move", "these measures"
REFERRING_DETERMINERS = {"the", "this", "that", "these", "those"}


def refers_back(noun: Token) -> bool:
    """'the detentions', 'this move': a noun whose determiner says it was told before."""
    return any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in noun.children)


# a demand refers back to whoever ordered or asked, when no demand was told as an event
DEMAND_NOUNS = {"demand", "request", "ultimatum", "order"}
DEMANDING_VERBS = {"demand", "order", "ask", "request", "instruct", "tell", "urge", "call"}
# breaks whose target a following one may leave unsaid: "..., while Chile recalled its ambassador"
BREAKING_RELATIONS = {"sever", "expel"}
GATHERING_RELATIONS = {"meet", "negotiate"}
# breaks, protests and forces readied whose target may be named only as the author of the act they answer
CAUSED_RELATIONS = {"sever", "expel", "protest", "mobilize"}
CAUSE_PREPOSITIONS = {"over", "after", "following"}
HOSTILE_CAUSES = {"attack", "mobilize", "coerce", "threaten"}  # acts whose authors forces readied answer


def seizes_power(noun: str, verb: Token) -> bool:
    """Whether a verb tells the seizure of power a coup noun names: 'seized power', 'took over', 'ousted President
    Bazoum' (a takeover also of a place: 'to seize the oil-producing territory')."""
    lemma, objects = verb.lemma_.lower(), [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    seized = any(o.lemma_.lower() in SEIZED_POWER or noun == "takeover" and (
        o.lemma_.lower() in SEIZED_PLACES or o.ent_type_ in ("GPE", "LOC", "FAC")) for o in objects) or any(
        c.lower_ == "over" for c in verb.children)
    toppled = any(o.ent_type_ == "PERSON" or o.lemma_.lower() in TOPPLED_OFFICES for o in objects)
    return noun in COUP_NOUNS and (lemma in SEIZING_VERBS and seized or lemma in TOPPLING_VERBS and toppled)


def names_the_act_of(noun: str, verb: str) -> bool:
    """Whether the noun names the act the verb states: 'seizure' of 'seize', 'invasion' of 'invade',
    'decision' of 'decide', 'withdrawal' of 'withdraw', 'attack' of 'attack'. The noun's stem, its ending
    off, begins with all the verb but its last letter, four letters at least ('decision' is not 'decimate')."""
    if noun == verb or verb in ALSO_NAMED.get(noun, ()):
        return True
    stem = next((noun[:-len(end)] for end in NOMINAL_ENDINGS if noun.endswith(end) and len(noun) - len(end) >= 4),
                None)
    if stem is None:
        return False
    root = verb[:-1] if verb.endswith("e") else verb
    shared = len(next((stem[:k] for k in range(min(len(stem), len(root)), 0, -1) if stem[:k] == root[:k]), ""))
    return shared >= 4 and shared >= len(root) - 1


class Antecedents:
    """Authors and targets of acts told before, for one lexicon."""

    def __init__(self, lexicon: Lexicon, arguments: ArgumentFinder) -> None:
        self.lexicon = lexicon
        self.arguments = arguments

    def sources(self, verb: Token, sources: list[Mention], earlier: list[Candidate],
                            index: ActorIndex, noun: Token | None = None) -> list[Mention]:
        """'Washington rejected the warning', 'condemned the incursion', 'called the decision unjustified': the
        author of the act the noun refers back to, from the events before. An act of the noun's kind aimed at
        the reacting side first ('the expulsions': all of them), then one aimed at it, then one of its kind."""
        if noun is None:
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            noun = objects[0] if objects else None
        if noun is None:
            return self.act_it_refers_to(verb, sources, earlier) or []
        own_side = {m.actor for m in sources}
        named_before = [m for m in self.named_before(noun, index) if m.actor not in own_side]
        if named_before:  # "Pyongyang's sixth nuclear test ... Japan condemned the test"
            return [Mention(verb.i, verb.i + 1, m.actor, "antecedent") for m in named_before]
        if noun.lemma_.lower() in VIOLENCE_NOUNS and any(c.dep_ == "prep" for c in noun.children):
            return []  # "condemned the bombing of hospitals in Syria": an act its own phrase says, not one told
        doers = self.doers_of_the_verb(verb, noun, index, own_side)
        if not is_anaphoric_event_noun(noun) or noun.lemma_.lower() in VIOLENCE_NOUNS and doers:
            # "Nicaraguan police have detained four candidates ... The State Department condemned the detentions";
            # "Israeli jets bombed Gaza ... condemned the bombing": the verb the noun names first; else the same
            # noun further back that names whose ("condemned Iran's execution of Chaab ... The EU condemned the
            # execution"; a state's or a body's: "her killing", "Soleimani's killing" name the one killed)
            return doers or [Mention(verb.i, verb.i + 1, m.actor, "antecedent") for m in self.named_before(
                noun, index, far=True) if m.actor not in own_side and m.via != "pronoun" and not index.is_person(m)]
        if not earlier:
            return self.named_far_before(verb, noun, index, own_side) or \
                self.lead_authors(verb, noun, index, own_side)
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

        aimed_at_us = [(c, c.source) for c in before if c.target in own and not (
            lemma in DEED_NOUNS and c.relation in WORDS_NO_DEED)]
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
                return self.who_demanded(verb, noun, index, own) or self.named_far_before(verb, noun, index, own) or \
                    self.lead_authors(verb, noun, index, own)
            last_sentence = chosen[-1][0].trigger.sent.start
            authors = {who for c, who in chosen if c.trigger.sent.start == last_sentence} - own
            if lemma in VIOLENCE_NOUNS and len({who for c, who in same_kind if c.trigger.sent.start >= (
                    verb.doc[last_sentence - 1].sent.start if last_sentence else 0)} - own) > 1:
                return []  # "Israel struck Hamas. Hezbollah fired rockets at Israel. Egypt condemned the bombing"
        return [Mention(verb.i, verb.i + 1, who, "antecedent") for who in sorted(authors)]

    @staticmethod
    def act_it_refers_to(verb: Token, sources: list[Mention], earlier: list[Candidate]) -> list[Mention] | None:
        """'Turkey launched an offensive in Syria. Egypt condemned it': an 'it' reacted to is the last act told by
        a verb in this sentence or the one before, by another side ([] for none); None when no 'it' is reacted
        to (not "to support it": an 'it' for a body, not an act)."""
        if verb.lemma_.lower() not in REACTION_VERBS | {"dismiss", "reject"} or not any(
                c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
            return None
        own = {m.actor for m in sources}
        start = first_of_sentences_before(verb, 1)
        told = [c for c in earlier if start <= c.trigger.i < verb.i and c.trigger.pos_ in ("VERB", "AUX")
                and c.relation in DEED_RELATIONS and c.source not in own]  # (a deed, not what another said of it)
        last = told[-1].trigger.sent.start if told else None
        return [Mention(verb.i, verb.i + 1, who, "antecedent")
                for who in sorted({c.source for c in told if c.trigger.sent.start == last})]

    def doers_of_the_verb(self, verb: Token, noun: Token, index: ActorIndex, own: set[str | None]) -> list[Mention]:
        """'the detentions', 'the killings': a definite noun naming the act a verb told in this sentence or the one
        before states refers to that act, whose agents did it."""
        if not refers_back(noun):
            return []
        lemma = noun.lemma_.lower()
        earlier = next((e for e in _verbs_just_before(verb) if names_the_act_of(lemma, e.lemma_.lower())
                        or seizes_power(lemma, e) and not any(c.lower_ == "of" for c in noun.children)), None)
        if earlier is None:
            return []
        own = own | {index.side_of(m) for m in self.arguments.agents(verb, index)}
        authors = {index.side_of(m) for m in self.arguments.agents(earlier, index)} - own
        return [Mention(verb.i, verb.i + 1, who, "antecedent") for who in sorted(a for a in authors if a)]

    def lead_authors(self, verb: Token, noun: Token, index: ActorIndex, own: set[str | None]) -> list[Mention]:
        """'Russia will suspend its mission to NATO, Lavrov said ... Maas said the move was regrettable': 'the
        move', 'the decision' or 'the step' that no event told before answers is the act the story leads with
        ("Iran fired missiles at US bases after the US killed Soleimani. Britain condemned the move"), or, when
        that act is the reacting side's own, what the lead says it came after ("Russia summoned Lithuania's envoy
        after the Baltic state stopped the transit ... Peskov denounced the decision"); not for praise (of a step
        nearer: "Trump called off strikes ... Israel praised the decision"), nor for a noun that says its own act
        ('the decision to hold elections'). In a clause joined to one before it that tells an act, the act is that
        clause's ("The AU endorsed Ouattara, but Gbagbo's camp rejected the decision"; not a meeting, nor a state of
        mind: "France met with its partners, and Germany condemned the decision")."""
        lead = next(iter(verb.doc.sents))
        joined = verb.head if verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (cue := verb_cue(
                verb.head, self.lexicon)) is not None and cue.relation not in CONSULT_RELATIONS else None
        if noun.lemma_.lower() not in LEADING_ACT_NOUNS or verb.sent.start == lead.start and joined is None or \
                verb.lemma_.lower() in PRAISING_VERBS or not refers_back(noun) or any(
                c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.children):
            return []
        act = joined if joined is not None else lead.root
        act = next((c for c in act.children if c.dep_ == "ccomp"), act) if act.lemma_.lower() in SPEECH_VERBS else act
        causes = [c for c in act.children if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
            m.dep_ == "mark" and m.lower_ in CAUSE_PREPOSITIONS for m in c.children)]
        own = own | {index.side_of(m) for m in self.arguments.agents(verb, index)}
        for clause in (act, *causes):
            authors = {index.side_of(m) for m in self.arguments.agents(clause, index)} - own
            if authors:
                return [Mention(verb.i, verb.i + 1, who, "antecedent") for who in sorted(a for a in authors if a)]
        return []

    def who_demanded(self, verb: Token, noun: Token, index: ActorIndex, own: set[str | None]) -> list[Mention]:
        """'Niger's junta ordered the French ambassador to leave ... France rejected the demand': a demand no
        event told is the last one the sentence before (or this one) says someone ordered or asked."""
        if noun.lemma_.lower() not in DEMAND_NOUNS:
            return []
        for earlier in _verbs_just_before(verb):
            if earlier.lemma_.lower() in DEMANDING_VERBS:
                authors = {m.actor for m in self.arguments.agents(earlier, index)} - own
                if authors:
                    return [Mention(verb.i, verb.i + 1, who, "antecedent") for who in sorted(a for a in authors if a)]
        return []

    def named_before(self, noun: Token, index: ActorIndex, depth: int = 0, far: bool = False) -> list[Mention]:
        """'the test' after 'Pyongyang's sixth nuclear test': a definite noun repeats a noun of the sentence or
        the two before (or, further back, the same noun) and that one says whose it was; a repeat that does not
        say refers further back in its turn ('North Korea fired a missile ... Kishida condemned the launch ...
        Yoon condemned the launch')."""
        if depth > 3 or not refers_back(noun):
            return []
        doc = noun.doc
        start = first_of_sentences_before(noun, 2)
        lemma = noun.lemma_.lower()
        for earlier in reversed(doc[start:noun.sent.start]):
            if earlier.pos_ == "VERB" and earlier.dep_ != "amod" and names_the_act_of(lemma, earlier.lemma_.lower()):
                # "the Houthis seized a cargo ship ... Japan condemned the seizure": the noun names the clause's act
                found = self.arguments.agents(earlier, index)
                if found:
                    return found
            if earlier.lemma_.lower() == lemma and earlier.pos_ == "NOUN":
                # "Russia held naval drills. Japan condemned the drills."
                if found := self.actors_of_noun(earlier, index) or self.named_before(earlier, index, depth + 1):
                    return found
        if not far and (lemma in ANAPHORIC_EVENT_NOUNS or not (lemma in ALSO_NAMED or self.arguments.is_event_noun(
                noun))):
            return []  # ("the attack": the acts told since say which first, as sources() reads them)
        for earlier in reversed(doc[:start]):  # further back, an act's noun again ("the launch" once more), or the
            # verb that told it first ("North Korea launched a rocket ... [five sentences on] ... regretted the launch";
            # not a doer's noun: "Russia will host the Cup ... to upset the hosts")
            if earlier.pos_ == "VERB" and earlier.dep_ != "amod" and names_the_act_of(lemma, earlier.lemma_.lower()) \
                    and lemma not in GATHERING_PEOPLE and not (earlier.lemma_.lower() in CONTEST_VERBS and not
                                                               speaks_of_arms(earlier.sent)) \
                    and (found := self.arguments.agents(earlier, index)):  # (nor a game's: "regretted the defeat")
                return found
            if earlier.lemma_.lower() == lemma and earlier.pos_ == "NOUN":
                if found := self.actors_of_noun(earlier, index) or self.named_before(earlier, index, depth + 1):
                    return found
        return []

    def named_far_before(self, verb: Token, noun: Token, index: ActorIndex, own: set[str | None]) -> list[Mention]:
        """'Turkish tanks crossed into Syria in Ankara's biggest incursion ... Syria condemned the incursion': an
        act's noun named again further back, when no act of its kind was told since."""
        return [Mention(verb.i, verb.i + 1, m.actor, "antecedent")
                for m in self.named_before(noun, index, far=True) if m.actor not in own]

    def actors_of_noun(self, noun: Token, index: ActorIndex) -> list[Mention]:
        """Whose act a noun names: its possessor, a demonym, a by-agent, or who performed it ('Russia held naval
        drills') or authored it ('the OAS adopted a resolution')."""
        found = self.arguments.actors_of(noun, index, possessor=True, agentive=True, placed=False)
        if not found and noun.dep_ == "dobj" and (known_lemma(noun.head, PERFORMING_VERBS) in PERFORMING_VERBS or
                                                  noun.head.lemma_.lower() in AUTHORING_VERBS):
            found = self.arguments.agents(noun.head, index)
        return found

    @staticmethod
    def targets(verb: Token, sources: list[Mention], earlier: list[Candidate]) -> list[Mention]:
        """'Bolivia cut ties with Israel, while Chile and Colombia recalled their ambassadors': a break said
        without its target follows the break just told, in this sentence or the one before."""
        if any(p.dep_ == "prep" and p.lower_ in ("with", "from", "to") for h in (verb, *(
                o for o in verb.children if o.dep_ == "dobj")) for p in h.children):
            return []  # its target told but no actor: "ended a defence pact with its former colonial ruler"
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

    def gathered_before(self, verb: Token, sources: list[Mention], earlier: list[Candidate]) -> list[Mention]:
        """'Maduro and Ali met on Thursday. The meeting was hosted by Gonsalves': a hosted gathering named by a
        bare definite noun hosts the parties of the meeting told in this sentence or the one before."""
        named = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in self.lexicon.nouns
                 and self.lexicon.nouns[c.lemma_.lower()].relation in GATHERING_RELATIONS
                 and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)]
        if not named:
            return []
        sentence = verb.sent
        previous = verb.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        own = {m.actor for m in sources}
        told = [c for c in earlier if c.relation in GATHERING_RELATIONS and c.trigger.i < verb.i
                and c.trigger.sent.start >= previous]
        if not told:
            return []
        last = told[-1].trigger.i
        parties = {actor for c in told if c.trigger.i == last for actor in (c.source, c.target)} - own
        return [Mention(verb.i, verb.i + 1, party, "antecedent") for party in sorted(parties)]

    def cause_authors(self, verb: Token, index: ActorIndex, relation: str = "") -> list[Mention]:
        """The authors of the act a break or protest answers: 'over Israel's offensive', 'after the Russian
        strikes', 'in protest at Pyongyang's nuclear test', 'in response to the expulsions by Moscow'. The
        phrase may hang on the verb or on its object; for forces readied, it may be a clause of a hostile act."""
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        preps = [c for holder in holders for c in holder.children if c.dep_ == "prep"]
        frames = [p for prep in preps if prep.lower_ == "in" for p in prep.children
                  if p.dep_ == "pobj" and p.lemma_.lower() in ANSWERING_FRAMES]
        causes = [prep for prep in preps if prep.lower_ in CAUSE_PREPOSITIONS] + \
            [g for frame in frames for g in frame.children if g.dep_ == "prep"] + \
            ([prep for prep in preps if prep.lower_ in FRAMED_PREPOSITIONS] if frames else [])
        # or, for forces readied, a hostile act's clause: "put its troops on high alert after North Korea fired
        # artillery" (not "after the United States warned of a launch"; a break answers the state, not the crowd)
        done = [c for c in verb.children if relation == "mobilize" and c.dep_ == "advcl" and c.tag_ == "VBD" and any(
            m.dep_ == "mark" and m.lower_ in CAUSE_PREPOSITIONS for m in c.children) and (
            cue := verb_cue(c, self.lexicon)) is not None and cue.relation in HOSTILE_CAUSES]
        return [m for prep in causes for pobj in prep.children if pobj.dep_ == "pobj" and (
                self.arguments.is_event_noun(pobj) or pobj.lemma_.lower() in self.lexicon.nouns)
                for m in self.arguments.actors_of(pobj, index, possessor=True, agentive=True)] + \
            [m for clause in done for m in self.arguments.agents(clause, index)]


def _verbs_just_before(verb: Token) -> list[Token]:
    """The verbs of the sentence before a verb's and of its own up to it, nearest first."""
    return [t for t in reversed(verb.doc[first_of_sentences_before(verb, 1):verb.i]) if t.pos_ == "VERB"]
