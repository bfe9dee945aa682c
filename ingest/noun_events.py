"""Noun events: diplomatic events named by a noun ("held talks with", "imposed sanctions on", "a phone call").

The noun's counterparts hang on it or on its light verb ("talks were held between A and B"); its agent is a
possessor, a by-phrase, a modifying demonym or the light verb's subject, unless that verb reacts to the event
("condemned the Russian strikes"). arguments.py finds the actors; relations.py runs this for each event noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.accords import truce_unmade, unreached
from diplograph.ingest.anchoring import measured_from
from diplograph.ingest.antecedents import Antecedents
from diplograph.ingest.argument_words import OBJECT_CONTROL
from diplograph.ingest.arguments import ENCOUNTERS, LOCATED_TARGETS, is_passive
from diplograph.ingest.calls import an_appeal, by_phone
from diplograph.ingest.candidates import CONSULT_RELATIONS, Candidate, make_candidate
from diplograph.ingest.clashes import armed_clash
from diplograph.ingest.constructions import (
    BOND_NOUNS,
    MEASURE_PARTICIPLES,
    PERFORMED_PARTICIPLES,
    governing_verb,
    performer_phrases,
    role_phrases,
    traveller_set_off,
)
from diplograph.ingest.coordination import at_one_table, first_conjunct, shared_modifiers
from diplograph.ingest.counterparts import matched_offices
from diplograph.ingest.drawn_reactions import done_at_request, drawn_reaction
from diplograph.ingest.framing import asker_s_own
from diplograph.ingest.landings import state_the_act_is_in
from diplograph.ingest.lexicon import Lexicon, NounCue, VerbCue
from diplograph.ingest.material import lifted
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.name_repairs import OFFICE_WORDS
from diplograph.ingest.object_nouns import ARMS_NOUNS, lands_where_it_is, predicated
from diplograph.ingest.sessions import session_asked_of, session_requested
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import ENDING_VERBS, is_object_noun, measured, verb_cue
from diplograph.model import ActorType

# amounts whose 'of' phrase is the event noun: "a barrage of rockets on Kyiv", "hundreds of missiles on Israel"
QUANTITY_HEADS = {"hundred", "hundreds", "dozen", "dozens", "score", "scores", "thousand", "thousands", "barrage",
                  "salvo", "volley", "wave", "swarm", "number"}
HOSTING_VERBS = {"host", "receive", "welcome", "invite"}  # whose guest holds the talks he is there for
# participles of making an accord, whose with-phrase names the partner: "under a deal reached with Russian officers"
ACCORD_MAKING = {"reach", "strike", "sign", "agree", "conclude", "seal", "negotiate", "hammer"}
SYMMETRIC_PAIRING = {"meet", "call", "negotiate", "agree", "cooperate"}
# verbs by which a sum is kept back, not given: "cut $200 million in aid to Niger"
WITHHOLDING_VERBS = {"cut", "halt", "freeze", "suspend", "block", "withhold", "slash", "stop", "pause", "end", "axe",
                     "hold", "postpone", "delay"}
# an encounter noun as the adjunct of another act with the counterpart: "thanked Modi in a phone call"; a call
# in any act ("warned Xi in a call"), a meeting only in an act of addressing the other ("told Putin during
# talks"), not "criticised Putin at the summit" nor "recalled its envoy for consultations"
CALL_PREPOSITIONS = {"in", "during", "over", "on"}
MEETING_PREPOSITIONS = {"in", "during"}
ADDRESSING_VERBS = {"tell", "thank", "assure", "urge", "congratulate", "ask", "brief", "inform", "press", "invite",
                    "reassure", "promise", "pledge"}
# verbs that report, react to, prevent, watch over or break an event without being one of ours: "welcomed the
# talks", "stalled new EU sanctions on Russia" (imposes none), "would monitor the ceasefire together with Russia"
REACTION_VERBS = {"welcome", "hail", "praise", "applaud", "celebrate", "mourn", "regret", "lament", "deplore",
                  "dismiss", "describe", "call", "term", "label", "discuss", "debate", "report", "confirm",
                  "announce", "cancel", "scrap", "postpone", "suspend", "delay", "halt", "stop", "end", "block",
                  "stall", "veto", "obstruct", "thwart", "torpedo", "derail", "oppose", "resist", "hinder",
                  "monitor", "observe", "oversee", "violate", "breach", "implement", "enforce", "uphold", "repel"}
DISARMING_VERBS = {"hand", "surrender", "relinquish"}  # one's own arms given up: "handed over its weapons"
# nouns that bundle measures, the compound or of-phrase naming which: "an aid package for Ukraine"
BUNDLE_NOUNS = {"package", "programme", "program", "shipment", "tranche", "consignment", "convoy"}
BUNDLED_RELATIONS = {"aid", "sanction"}


def bundled_cue(noun: Token, nouns: dict[str, NounCue]) -> NounCue | None:
    """The cue of the measure a bundle noun holds, before it or in its of-phrase ('a military aid package for
    Ukraine', 'a package of weapons for Ukraine'), whose target the parser hangs on the bundle."""
    held = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i] + [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return next((cue for c in held if (cue := nouns.get(c.lemma_.lower()) or nouns.get(c.lower_)) is not None
                 and cue.relation in BUNDLED_RELATIONS), None) if noun.lemma_.lower() in BUNDLE_NOUNS else None


DENYING_VERBS = {"deny", "dismiss", "refute", "reject"}
# acts aimed at whoever rejects them, when they name no target: "rejected a threat by Trump", "rebuffed the demand"
ANSWERED_RELATIONS = {"threaten", "warn", "demand", "appeal", "accuse", "offer", "criticize"}
REJECTING_VERBS = DENYING_VERBS | {"rebuff", "brush", "spurn"}
# judgements a noun in apposition at a clause's end may sum up: "..., a stinging rebuke of Moscow"
SUMMING_RELATIONS = {"criticize", "support", "protest", "accuse"}


MEALS = {"lunch", "dinner", "breakfast", "banquet", "meal", "luncheon"}  # what guests join a host for


def summing_up(noun: Token) -> bool:
    """An indefinite noun set off by a comma after its clause, in apposition: '..., a stinging rebuke of X'."""
    first = min(t.i for t in noun.subtree)
    return noun.dep_ == "appos" and first > 0 and noun.doc[first - 1].text == "," and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def pressing_to_act(noun: Token) -> bool:
    """'kept up pressure on the Vatican to hand over Noriega': pressure is a request only when it asks an act of
    the one it is on, and is put on them, not faced ('India faces pressure to curb its purchases')."""
    asks = any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in noun.children)
    return asks and (noun.dep_ != "dobj" or noun.head.lemma_.lower() in PRESSING_VERBS)


def denied(noun: Token) -> bool:
    """An act named inside what is denied: 'denies any involvement in the attack on Skripal' tells no attack."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "dobj", "compound", "conj") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB":
            return node.lemma_.lower() in DENYING_VERBS
    return False


# a one-sided measure is announced by the one who takes it: "announced the expulsion of 13 Russian diplomats"
ANNOUNCING_VERBS = {"announce", "confirm", "declare", "unveil"}
ANNOUNCED_RELATIONS = {"expel", "sanction", "sever", "withdraw", "aid", "mobilize", "coerce"}
DEPARTING_VERBS = {"leave", "depart"}  # verbs of leaving a place, where a visit named without its place took place

# adjuncts that tell what a clause answers, and hostile acts told in them, whose authors are not the clause's agents
CAUSE_ADJUNCTS = {"after", "following", "over", "amid", "despite", "since"}
HOSTILE_ACTS = {"attack", "coerce", "sanction", "expel", "sever", "mobilize", "threaten", "accuse", "criticize"}
TOPIC_PREPOSITIONS = {"on", "about", "regarding"}  # of what is spoken of: "briefed officials on the talks"
SPOKEN_OF = {"about", "regarding", "concerning"}  # whose acts are never the speaker's
# acts of two sides at once, told only between them: "fighting between A and B" (not "the fighting in Sudan")
RECIPROCAL_NOUNS = {"fighting", "clash", "skirmish"}
# nouns of pressing, and the verbs that put it on someone: "stepped up pressure on Kyiv to accept the deal"
PRESSING_NOUNS = {"pressure"}
PRESSING_VERBS = {"put", "keep", "step", "ramp", "pile", "exert", "apply", "increase", "raise", "mount", "maintain",
                  "heap", "ratchet", "intensify", "redouble", "turn", "bring"}
# what a rupture or severance is of, whose owner and partner are its parties
SEVERED_BONDS = BOND_NOUNS | {"link", "contact"}
# measures whoever announces takes ("the expulsion announced by Russia's foreign ministry"; not a strike or a
# withdrawal, which the other side may announce)
ANNOUNCED_MEASURES = {"expel", "sanction", "sever"}


class NounEvents:
    """Events named by nouns, for one lexicon."""

    def __init__(self, lexicon: Lexicon, arguments: ArgumentFinder) -> None:
        self.lexicon = lexicon
        self.arguments = arguments
        self.antecedents = Antecedents(lexicon, arguments)

    def verb_cue(self, verb: Token) -> VerbCue | None:
        return verb_cue(verb, self.lexicon)

    def _reacts_to(self, governor: Token, noun: Token, relation: str = "") -> bool:
        """'Germany condemned the Russian strikes': the condemner is not the striker. A verb that is an
        event of its own (not the light verb of this noun: 'launched strikes') reacts to the noun's event."""
        if first_conjunct(noun).dep_ == "pobj" and noun.head.lower_ in CAUSE_ADJUNCTS and relation in HOSTILE_ACTS:
            return True  # "sent troops to Saudi Arabia after the attacks on its oil facilities": a response
        if first_conjunct(noun).dep_ not in ("dobj", "nsubjpass", "oprd", "ccomp"):  # (or a free relative's)
            return False  # an adjunct shares the clause's agent: "agreed in a phone call to ..."
        if governor.lemma_.lower() in ENDING_VERBS and relation in ("visit", "meet", "negotiate"):
            return False  # "Pelosi ended a visit to Taipei": she was there
        if governor.lemma_.lower() in ANNOUNCING_VERBS and relation in ANNOUNCED_RELATIONS:
            return False  # "Ukraine announced the expulsion of 13 Russian diplomats": the announcer expels
        cue = self.verb_cue(governor)
        if cue is None or cue.from_field:  # the field's bare cues over-code: "paid a visit" is no cooperation
            return governor.lemma_.lower() in REACTION_VERBS
        return not is_object_noun(noun, cue)

    def light_verb_governs(self, noun: Token, measure: NounCue) -> bool:
        """'lifted sanctions on Iran' is a concession, not a sanction: the verb's cue wins, where this noun is one
        its cue takes. A measure announced is taken, whatever the field's patterns code the announcing as ('an
        aid package' the field's 'announce a package' would make an offer)."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.head.lemma_.lower() in WITHHOLDING_VERBS:
            return True  # "held back $9 million in aid to Uganda": a sum kept back is no aid given
        if noun.dep_ != "dobj":
            return False
        cue = self.verb_cue(noun.head)
        if cue is None or not cue.object_nouns or not is_object_noun(noun, cue):
            return False
        return not (cue.from_field and measure.relation in ANNOUNCED_RELATIONS and
                    noun.head.lemma_.lower() in ANNOUNCING_VERBS)

    def from_noun(self, noun: Token, cue: NounCue, index: ActorIndex,
                  earlier: list[Candidate] | None = None) -> list[Candidate]:
        answered = cue.relation in ANSWERED_RELATIONS and noun.dep_ == "dobj" and \
            noun.head.lemma_.lower() in REJECTING_VERBS  # "rejected a threat by Trump": the threat was made
        if self.light_verb_governs(noun, cue) or lifted(noun, cue) or (denied(noun) and not answered) or \
                (cue.relation == "agree" and unreached(noun, self.lexicon)) or truce_unmade(noun) or \
                noun.lemma_.lower() in ARMS_NOUNS and noun.dep_ == "dobj" and \
                noun.head.lemma_.lower() in DISARMING_VERBS:
            return []  # ("handed over its weapons to the army": disarmament, no aid)
        if noun.lemma_.lower() in PRESSING_NOUNS and not pressing_to_act(noun):
            return []
        if cue.relation == "meet" and (asked := session_asked_of(noun, index)) is not None:
            return session_requested(*asked, index, self.arguments)  # "requested a meeting of the Security Council"
        targets: list[Mention] = []
        parties: list[Mention] = []
        governor = governing_verb(noun) or (measured_from(noun) if cue.relation in CONSULT_RELATIONS else None)
        if cue.relation == "appeal" and noun.dep_ == "pobj" and noun.head.lower_ == "at" and governor is not None:
            return done_at_request(noun, governor, index, self.arguments)
        # the parties may hang off the light verb: "held talks with", "talks were held between A and B"
        role = first_conjunct(noun).dep_
        holders = [noun] + ([governor] if governor is not None and role in ("dobj", "nsubjpass") else [])
        # the parser hangs the counterpart on a role phrase: "his first meeting as president with Trudeau"
        holders += role_phrases(noun) + ([c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                                          c.lemma_.lower() in ACCORD_MAKING] if cue.relation == "agree" else [])
        # "the rupture of Britain's diplomatic ties with Syria": the ties severed take its parties
        severed = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" and p.lemma_.lower() in SEVERED_BONDS] if cue.relation == "sever" else []
        if cue.relation == "sever" and not severed:
            return []  # a rupture of nothing named is a row: "Trump's rupture with Zelensky in the Oval Office"
        holders += severed
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in QUANTITY_HEADS:
            holders.append(noun.head.head)  # "hundreds of missiles on Israeli cities": the amount takes the phrase
        if noun.dep_ == "pobj" and governor is not None and measured(noun.head.head) and noun.head.head.dep_ == "dobj":
            holders.append(governor)  # "ended 16 days of talks in Qatar with a Taliban delegation"
        if (top := first_conjunct(noun)).dep_ == "pobj" and top.head.lower_ == "in" and governor is not None and \
                top.head.head.dep_ == "dobj" and top.head.head.ent_type_ == "MONEY":
            holders += [governor, top.head.head]  # "announced $235 million in aid to (for) Jordan": on the sum
        if cue.relation == "call" and an_appeal(noun, index):
            return []  # "a joint call for the data to be released", "their call to announce an election"
        named = False  # a counterpart is there, resolved or not: "maintain ties with both countries"
        for holder in holders:
            for child in [*holder.children, *(shared_modifiers(noun) if holder is noun else []), *(  # "and with B"
                    g for c in holder.children if c.dep_ == "prep" for g in c.children if g.dep_ == "conj")]:
                # "sent congratulations to Putin": the verb's 'to' after its object is the object's
                sent_to = child.dep_ == "dative" and noun.dep_ == "dobj" and holder.i == noun.head.i < noun.i < child.i
                if child.dep_ != "prep" and not sent_to and not (child.dep_ == "conj" and child.pos_ == "ADP") or \
                        child.lower_ not in cue.targets:
                    continue
                # "strikes on what it said were militant hideouts inside Iran"
                targets.extend(m for c in child.children if c.dep_ == "pcomp" for m in
                               self.arguments.free_relative_targets(c, index, cue.relation in LOCATED_TARGETS))
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    named = True
                    if child.lower_ in ("between", "among"):  # ("talks among Russia, Ukraine and the EU", named)
                        parties.extend(self.arguments.actors_of(pobj, index) if child.lower_ == "between" or
                                       pobj.pos_ == "PROPN" else [])
                        # (the first party made the second's modifier: "between [the Taliban and U.S.] envoy X")
                        parties.extend(m for c in pobj.children if c.dep_ in ("nmod", "compound")
                                       and any(x.dep_ == "cc" for x in c.children)
                                       and (m := index.by_token.get(c.i)) is not None and m.actor is not None)
                    else:  # "strikes against Houthi targets" (a protest taken "to" a body: the forum, no target)
                        targets.extend(m for m in self.arguments.actors_of(
                            pobj, index, possessor=cue.relation not in ENCOUNTERS) if not (
                            cue.relation == "protest" and child.lower_ == "to" and m.actor is not None and
                            index.actors[m.actor].type is ActorType.ORGANIZATION))
        if role == "pobj" and governor is not None and asker_s_own(noun, governor) and governor.lemma_.lower() not in \
                ADDRESSING_VERBS and governor.head.lemma_.lower() in OBJECT_CONTROL and \
                self._adjunct_encounter(noun, cue, governor.head):
            governor = governor.head  # the parser hangs it on what was asked: "asked Trump to lift tariffs in a call"
        if not targets and not parties and role == "pobj" and governor is not None and \
                self._adjunct_encounter(noun, cue, governor):
            # "congratulated his counterpart in a phone call", "told Putin during talks": the verb's object is
            # the other party of the encounter its adjunct names
            targets = self.arguments.encounter_partners(governor, index)
        passive = governor if governor is None or is_passive(governor) or governor.dep_ != "conj" else governor.head
        if not targets and not parties and role == "pobj" and passive is not None and noun.head.lower_ in (
                "with", "in") and cue.relation in LOCATED_TARGETS | {"sanction"} and is_passive(passive):
            # "was hit with U.S. sanctions", "were killed [and five wounded] in an air strike by Syrian forces"
            targets = [m for c in passive.children if c.dep_ == "nsubjpass" for m in self.arguments.actors_of(c, index)]
        drawn = drawn_reaction(noun, cue, governor, index, earlier or [], self.arguments, self.antecedents) \
            if not targets and not parties else None
        if drawn is not None:
            reactors, targets = drawn
            return [make_candidate(cue.relation, s, t, noun, governor or noun, 0.75) for s in reactors for t in targets]
        if not targets and not parties and answered and governor is not None:
            # "Mulino rejected a threat by Trump to demand the canal": a threat, demand or charge one rejects was
            # aimed at the one who rejects it
            targets = self.arguments.agents(governor, index)
        if not targets and not parties and cue.relation == "visit":
            # "left N'Djamena at the end of a visit": the place the visitor leaves was visited
            verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
            if verb is not None and verb.lemma_.lower() in DEPARTING_VERBS:
                targets = [m for c in verb.children if c.dep_ == "dobj"
                           for m in self.arguments.actors_of(c, index, located=True)]
        if not targets and not parties and cue.relation in LOCATED_TARGETS and lands_where_it_is(noun):
            # "carried out retaliatory strikes inside Iran": the state the act lands in
            landed = (state_the_act_is_in(holder, index, cue.relation) for holder in holders)
            targets = next((found for found in landed if found), [])
        candidates: list[Candidate] = []
        # the predicate of an event noun dates and places it: "Talks between A and B ended on Thursday"
        clause = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else governor if governor is not None else noun
        held_at_a_distance = by_phone(noun) or (governor is not None and role == "dobj" and by_phone(governor))
        if cue.relation == "meet" and held_at_a_distance:
            cue = NounCue(cue.lemma, "call", cue.targets)  # "a phone conversation with", "talks by phone"
        if len(parties) > 1:
            # "talks between A and B": every pair; between states they are negotiations
            relation = cue.relation
            # "talks between Pompeo and Esper and their Indian counterparts, Jaishankar and Singh": two sides,
            # each member meeting the one who holds his office on the other side
            facing = next((t.left_edge.i for t in noun.subtree if t.lemma_.lower() == "counterpart"), None)
            if facing is not None and len({a.start >= facing for a in parties}) < 2:
                facing = None  # a side left unresolved: everyone named meets everyone
            matched = matched_offices(parties, facing, index) if facing is not None else None
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    if facing is not None and ((a.start >= facing) == (b.start >= facing)
                                               or matched and (a.actor, b.actor) not in matched):
                        continue
                    rel = relation
                    if relation == "meet" and not all(index.is_person(m) for m in (a, b)):
                        rel = "negotiate"
                    candidates.append(make_candidate(rel, a, b, noun, clause, 0.75))
                    if relation == "attack":  # "fighting between A and B", "clashes between": each fights the other
                        candidates.append(make_candidate(rel, b, a, noun, clause, 0.75))
            if noun.lemma_.lower() in RECIPROCAL_NOUNS and not armed_clash(noun, parties, index):
                candidates = []  # "the clash between Trump and Zelensky", "a diplomatic clash between Italy and"
        sources: list[Mention] = []
        if targets or not parties:
            sources = [m for holder in [noun, *severed] for c in holder.children
                       if c.dep_ == "poss" for m in self.arguments.actors_of(c, index)]
            if not sources:  # "the visit by Blinken to Beijing", "strikes carried out by Pakistan on ..."
                by_phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"] + \
                    performer_phrases(noun, MEASURE_PARTICIPLES if cue.relation in ANNOUNCED_MEASURES else
                                      PERFORMED_PARTICIPLES)
                if governor is not None and role == "dobj" and not is_passive(governor):
                    # an active verb has no by-agent: "mocked the trip by Macron to Kyiv" is Macron's trip
                    by_phrases += [c for c in governor.children if c.dep_ == "prep" and c.lower_ == "by"
                                   and c.i > noun.i]
                # (a class of office is no one, but its holder: "Xi made the first visit by a Chinese head of state
                # to Brunei"; not a state's craft: "protested an incursion by a Chinese warship")
                sources = [m for c in by_phrases for pobj in c.children if pobj.dep_ == "pobj"
                           for m in self.arguments.actors_of(pobj, index) if not (role == "dobj" and any(
                               d.lower_ in ("a", "an") for d in pobj.children) and not index.is_person(m)
                               and pobj.lemma_.lower() in OFFICE_WORDS | {"head"})]
            if not sources and targets and "of" not in cue.targets:
                # "the withdrawal of U.S. troops from Afghanistan": the of-phrase names who acts
                sources = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                           for pobj in c.children if pobj.dep_ == "pobj"
                           for m in self.arguments.actors_of(pobj, index, possessor=True, agentive=True)]
            if not sources and targets and cue.relation not in CONSULT_RELATIONS:
                # "new U.S. tariffs on Chinese vehicles", "Russian strikes on Kyiv": the state a modifier names
                sources = self._modifier_agents(noun, index)
            if not sources and governor is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on") and \
                    governor.lemma_.lower() in HOSTING_VERBS:  # "hosted Mekdad for talks", "hosted Hasina on a visit"
                sources = [m for c in governor.children if c.dep_ == "dobj" for m in self.arguments.actors_of(c, index)]
            if not sources and governor is not None and not self._reacts_to(governor, noun, cue.relation) and not (
                    noun.dep_ == "pobj" and noun.head.lower_ in SPOKEN_OF and cue.relation not in CONSULT_RELATIONS) \
                    and not predicated(noun, governor):
                # "spoke about the attacks in Yemen" (a call: summits); "denounced the pipeline as a threat" is none
                sources = self.arguments.agents(governor, index)
            if not sources and governor is None:  # "[Trump]NN [held]amod [talks]ROOT with Macron": a misread verb;
                # "Clinton, on a visit to Turkey, said": the traveller the trip is told of, set off after him
                sources = [m for a in noun.children if a.dep_ == "amod" for m in self.arguments.agents(a, index)] or [
                    m for t in traveller_set_off(noun) if cue.relation == "visit"
                    for m in self.arguments.actors_of(t, index) if index.is_person(m)]
            if not sources and targets and cue.relation in SUMMING_RELATIONS and summing_up(noun):
                # "The Assembly voted to demand that Russia withdraw, a stinging rebuke of Moscow": the noun
                # sums up the sentence's act, whose agents it has
                sources = self.arguments.agents(noun.sent.root, index)
        # (not the guests of one host, more than two: "hosted Xi, Putin, Temer and Zuma for the summit" is a
        # gathering each guest attends as the host's, told as such)
        convened = governor is not None and governor.lemma_.lower() in HOSTING_VERBS and \
            len({m.actor for m in sources}) > 2 and not at_one_table(noun)  # (but "for four-way talks": one table)
        # nor guests who join a third party for a meal, one side: "Boakai and Faye joined Trump for a working lunch"
        # (but those who join one for talks or a summit meet each other there: "Pashinyan and Aliyev joined Putin for
        # talks")
        convened = convened or governor is not None and governor.lemma_.lower() == "join" and \
            noun.lemma_.lower() in MEALS and any(c.dep_ == "dobj" and self.arguments.actors_of(c, index)
                                                 for c in governor.children)
        if not targets and not parties and not named and cue.relation in SYMMETRIC_PAIRING and len(sources) > 1 \
                and not convened and not (noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPOSITIONS and
                                          cue.relation in CONSULT_RELATIONS and any(
                                              c.dep_ == "dobj" for c in noun.head.head.children)):
            # "Scholz and Macron discussed the war in a phone call": the coordinated agents meet (not "Chung and
            # Suh will brief U.S. officials on the talks", a topic)
            candidates.extend(make_candidate(cue.relation, a, b, noun, clause, 0.7)
                              for i, a in enumerate(sources) for b in sources[i + 1:])
        if targets and noun.lemma_.lower() not in RECIPROCAL_NOUNS:
            candidates.extend(make_candidate(cue.relation, s, t, noun, clause, 0.75)
                              for s in sources for t in targets)
        return candidates

    @staticmethod
    def _adjunct_encounter(noun: Token, cue: NounCue, governor: Token) -> bool:
        preposition = first_conjunct(noun).head.lower_
        if cue.relation == "call" or by_phone(noun):  # "reiterated his position to Xi in a phone conversation"
            return preposition in CALL_PREPOSITIONS
        return cue.relation == "meet" and preposition in MEETING_PREPOSITIONS and \
            governor.lemma_.lower() in ADDRESSING_VERBS

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
