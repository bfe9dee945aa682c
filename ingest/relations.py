"""Relations: diplomatic events read off the dependency parse from verbs, and the frames that verbs build.

Pure: a parsed Doc, its ActorIndex and the lexicon in; candidate events out. This module decides what a verb
states (its cue from verb_cues.py, judgements from judgements.py, frames such as expulsions "ordered X to
leave" and receipts "got aid from X"), then runs noun_events.py on event nouns and candidates.py's filters.
arguments.py finds who acts on whom, implicit_targets.py whom an act is aimed at when its verb names no one;
antecedents.py the author of an act a reaction answers; responses.py whom an answer given is aimed at; forces.py
what armed forces do by moving or drilling together.
"""

from __future__ import annotations

import dataclasses

from spacy.symbols import AUX, NOUN, POS, PROPN, VERB
from spacy.tokens import Doc, Token

from diplograph.ingest.allegations import without_allegations
from diplograph.ingest.antecedents import Antecedents
from diplograph.ingest.arguments import SENT_AGENTS
from diplograph.ingest.borders import across_the_border
from diplograph.ingest.calls import addressed_by_phone, calls_retold
from diplograph.ingest.candidates import (
    Candidate,
    drop_agreements_only_to_meet,
    drop_contents_of_agreements,
    drop_contents_of_threats,
    drop_home_ground_targets,
    is_no_event,
    make_candidate,
    of_own_side,
)
from diplograph.ingest.cessations import eased
from diplograph.ingest.constructions import for_a_time, included, is_reciprocal
from diplograph.ingest.coreference import SPEECH_VERBS, mention_at
from diplograph.ingest.departures import is_leaving
from diplograph.ingest.designations import blacklisted, delisted, designated
from diplograph.ingest.deterrence import mobilised_against
from diplograph.ingest.drawn_reactions import angry_response
from diplograph.ingest.echoes import (
    GIVING_RELATIONS,
    author_of_last_deed,
    followed_suit,
)
from diplograph.ingest.expulsions import (
    announced_without_agent,
    excluding_body,
    let_leave,
    missions_closed,
    ordered_to_leave,
)
from diplograph.ingest.forces import forces_are_subject, forces_moving
from diplograph.ingest.framing import adjunct_hung_on_complement
from diplograph.ingest.implicit_targets import ImplicitTargets
from diplograph.ingest.intents import promised_offers, stated_threats
from diplograph.ingest.judgements import (
    attack_in_words,
    held_responsible,
    judged_by_name,
    judgement,
    stated_judgement,
    statement_of,
)
from diplograph.ingest.labelled_acts import accusations_by_label
from diplograph.ingest.lexicon import Lexicon, VerbCue
from diplograph.ingest.material import aid_received, material_events
from diplograph.ingest.memberships import membership_ended, membership_sought, quits_body
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts, first_of_sentences_before
from diplograph.ingest.noun_events import ANNOUNCED_MEASURES, SYMMETRIC_PAIRING, NounEvents, bundled_cue
from diplograph.ingest.receptions import hosts_of_the_visitors
from diplograph.ingest.refusals import refused_an_end, refusing_verb
from diplograph.ingest.responses import answers
from diplograph.ingest.senses import sentence_sense
from diplograph.ingest.signings import signed_before_them
from diplograph.ingest.statements import Statements
from diplograph.ingest.summits import (
    encounters_by_presence,
    talks_between_sides,
    welcomes_guests,
    with_implied_encounters,
)
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.token_columns import tokens_where
from diplograph.ingest.ultimatums import deadline_set
from diplograph.ingest.undergone import acts_undergone, undergone
from diplograph.ingest.verb_cues import accepting_anothers, is_object_noun, known_lemma, verb_cue
from diplograph.ingest.voices import spoken_for_by_its_leader

CLOSING_VERBS = {"close", "shut"}  # of an embassy, a break unless told as passing (constructions.for_a_time)
WELCOMING_VERBS = {"welcome"}  # that receive a visitor, or welcome an act: "welcomed Zelensky", "welcomed the decision"
AIRCRAFT = {"plane", "aircraft", "airliner", "jet", "helicopter", "airplane"}  # which carry, and visit no one
RECIPROCAL_SPEECH = {"speak", "talk", "confer", "chat"}  # coordinated subjects do it together: "Biden and Xi spoke"
RECIPROCAL_VERBS = {"clash", "exchange", "trade", "skirmish"}  # two-sided acts: "exchanged fire", "traded accusations"
HOSTILE_RELATIONS = {"attack", "accuse", "criticize", "threaten", "warn"}
GREETING_VERBS = {"greet"}  # greeting someone is hosting and meeting them face to face, unless by letter or message
ARRIVAL_PLACES = {"airport", "tarmac", "airfield", "airstrip", "runway"}  # meeting a guest there hosts him
REMOTE_MEANS = {"message", "letter", "statement", "telegram", "call", "video", "cable", "post"}


class RelationFinder:
    """Candidate events of a parsed document, for one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.arguments = ArgumentFinder(lexicon)
        self.antecedents = Antecedents(lexicon, self.arguments)
        self.nouns = NounEvents(lexicon, self.arguments)
        self.statements = Statements(self.arguments)  # blame stated in a clause, denials of accusations told
        self.implicit = ImplicitTargets(lexicon, self.arguments, self.antecedents, self.statements)

    # ------------------------------------------------------------------ arguments
    def verb_cue(self, verb: Token) -> VerbCue | None:
        return verb_cue(verb, self.lexicon)

    def from_verb(self, verb: Token, index: ActorIndex, earlier: list[Candidate]) -> list[Candidate]:
        if (stated := self.statements.from_verb(verb, index, earlier)) is not None:
            return stated
        listed = ordered_to_leave(verb, index, self.arguments) or designated(verb, index, self.arguments) \
            or delisted(verb, index, self.arguments) or blacklisted(verb, index, self.arguments) \
            or deadline_set(verb, index, self.arguments) or missions_closed(verb, index, self.arguments) \
            or let_leave(verb, index, self.arguments)
        if listed:
            return listed  # "ordered a diplomat to leave" is an expulsion, whatever else "order" can cue
        judged_subject = stated_judgement(verb)
        if judged_subject is not None:
            # "Germany said Russia's decision was unacceptable": the speaker criticises the judged act's author
            judges = self.arguments.agents(statement_of(verb), index)
            own = {j.actor for j in judges}
            judged_ones = [t for t in self.arguments.actors_of(judged_subject, index, possessor=True, agentive=True)
                           if t.actor not in own] or \
                self.antecedents.sources(statement_of(verb), judges, earlier, index, noun=judged_subject)
            return [make_candidate("criticize", s, t, verb, verb, 0.7) for s in judges for t in judged_ones]
        received = aid_received(verb, index, self.lexicon, self.arguments)
        if received:
            return received
        held = held_responsible(verb)
        if held:
            # one told he will be held responsible is warned: "Annan said the rebels would be held responsible" (not
            # "said Iran would not be held responsible", nor what one only hopes: "hopes Russia will be held")
            foretold = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS and any(
                c.dep_ == "aux" and c.lower_ in ("would", "will") for c in verb.children)
            if foretold and any(c.dep_ == "neg" for c in verb.children):
                return []
            said = verb.head if foretold else verb  # (the warning is made now, by the saying)
            return [make_candidate("warn" if foretold else "accuse", s, t, said, said, 0.75)
                    for s in self.arguments.agents(said, index)
                    for phrase in held for t in self.arguments.actors_of(phrase, index, possessor=True)]
        judged = judgement(verb)
        if judged is not None:  # "called the American move provocative": calling something a name is no phone call
            return judged_by_name(verb, judged, self.arguments, self.antecedents, self.statements, index, earlier)
        cue = forces_moving(verb, self.verb_cue(verb))
        if cue is None:
            return addressed_by_phone(verb, self.arguments, index) or \
                followed_suit(verb, self.arguments, earlier, index)
        relation = sentence_sense(verb, cue, index)
        if relation is None:
            return []  # no event in this sentence's sense of the verb (senses.py)
        if relation == "sever" and verb.lemma_.lower() in CLOSING_VERBS and for_a_time(verb):
            return []  # "temporarily closed its embassy in Ankara": a precaution, no break
        # (an actor welcomed is a guest, whatever noun is beside it: "welcomed Putin to Riyadh, his first visit")
        welcomed = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] \
            if relation == "host" and verb.lemma_.lower() in WELCOMING_VERBS and not any(
                c.dep_ == "dobj" and c.pos_ == "PROPN" and index.by_token.get(c.i) is not None
                for c in verb.children) else []
        if welcomed and index.by_token.get(welcomed[0].i) is None and not \
                welcomes_guests(welcomed[0], index, self.lexicon.people_nouns):
            # welcoming an act is backing whoever did it: "welcomed Poland's offer to host the talks"
            welcomers = self.arguments.agents(verb, index)  # "welcomed the move": its author told before
            return [make_candidate("support", s, t, verb, verb, 0.7) for s in welcomers
                    for t in self.arguments.actors_of(welcomed[0], index, possessor=True, agentive=True)
                    or author_of_last_deed(verb, welcomed[0], welcomers, earlier)]
        sources = excluding_body(verb, index, self.arguments) if relation == "sanction" else []
        sources = sources or self.arguments.agents(verb, index) or (
            announced_without_agent(verb, index, self.arguments) if relation in ANNOUNCED_MEASURES else [])
        if relation == "visit" and not self._travellers(verb, index):
            return []  # "a Russian missile landed in Poland": things that arrive visit no one
        if relation == "withdraw" and is_leaving(verb) and not forces_are_subject(verb) and not quits_body(verb, index):
            return []  # "the last U.S. troops left Afghanistan", not "Biden left Washington" (but "left the EU")
        targets = self.arguments.targets(verb, cue, index)
        # what one gives names one's own state ("offered Russia's help"), and "both sides" one urges are others
        targets = [t for t in targets if not ((relation in GIVING_RELATIONS or t.via in ("description", "pronoun"))
                                              and of_own_side(sources, t, index))]
        if relation in ("mobilize", "withdraw") and all(  # own ground, or a place taken for a name
                of_own_side(sources, t, index) or t.via == "name" for t in targets):
            targets = across_the_border(verb, index, relation) or targets  # "to Kassala state on the border with"
        confidence = 0.7 if cue.from_field else 0.85
        if not targets:  # whom the act is aimed at when its verb names no one
            targets, confidence = self.implicit.find(verb, cue, relation, sources, index, earlier, confidence)
        if targets and {m.actor for m in targets} == {m.actor for m in sources} and all(
                t.via != "pronoun" for t in targets) and (speaker := adjunct_hung_on_complement(verb)) is not None:
            # "demanded that Russia show respect, hitting out at Moscow": acting on the complement's own subject, the
            # adjunct is the speaker's
            sources = self.arguments.agents(speaker, index)
        if len(sources) > 1 and {m.actor for m in targets} == {m.actor for m in sources}:
            # "Saudi Arabia and Iran, which maintain ties with both countries": the plural names others
            targets = []
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        taken = {spec[5:] for spec in cue.targets if spec.startswith("prep:")}  # (only where the cue's target is)
        reciprocal = [c for c in verb.children if c.dep_ == "dobj" and (is_reciprocal(c) or any(
            p.dep_ == "poss" and is_reciprocal(p) for p in c.children))] + [
            g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in taken for g in p.children
            if is_reciprocal(g) or any(o.dep_ == "poss" and is_reciprocal(o) for o in g.children)]
        if reciprocal and not targets and len(sources) > 1:
            # "with Armenia and Azerbaijan accusing each other", "expelled each other's diplomats", "imposed
            # sanctions on each other": each acts on every other
            pairs = [(a, b) for a in sources for b in sources if a.actor != b.actor and (
                relation not in SYMMETRIC_PAIRING or a.start < b.start)]
            return [make_candidate(relation, a, b, verb, verb, confidence) for a, b in pairs]
        if verb.lemma_.lower() in RECIPROCAL_VERBS and relation in HOSTILE_RELATIONS:
            # "Thai and Cambodian troops clashed", "India clashed with China": each side acts on the other; the
            # other side before where it happened ("clashed with Tigrayan forces near Dessie")
            targets = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                       for pobj in c.children if pobj.dep_ == "pobj"
                       for m in self.arguments.actors_of(pobj, index)] or targets
            pairs = [(a, b) for a in sources for b in sources if a.actor != b.actor] if not targets and \
                len(sources) > 1 else [pair for s in sources for t in targets for pair in ((s, t), (t, s))]
            return [make_candidate(relation, a, b, verb, verb, confidence) for a, b in pairs]
        if not targets and relation in SYMMETRIC_PAIRING and len(sources) > 1 and not (
                cue.from_field and any(m.via in ("description", "pronoun") for m in sources)) and (
                relation != "call" or cue.relation == "meet" or verb.lemma_.lower() in RECIPROCAL_SPEECH
                or bool(cue.object_nouns)) \
                and not any(c.dep_ == "prep" and c.lower_ == "for" and any(
                    index.by_token.get(g.i) for g in c.children) for c in verb.children) \
                and not self._counterpart_named(verb, cue) and not accepting_anothers(verb) and not any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" and included(c, index) for c in verb.children):
            # "Khalilzad and Baradar signed an agreement": coordinated subjects act on each other (not some named
            # among a larger group: "12 countries, among them Argentina and Brazil, signed a declaration")
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
            return [make_candidate(relation, a, b, verb, verb, confidence) for a, b in pairs]
        remote = any(g.lemma_.lower() in REMOTE_MEANS for c in verb.children if c.dep_ == "prep" for g in c.children)
        if relation == "host" and verb.lemma_.lower() in GREETING_VERBS and remote:
            return []  # "greeted Aliyev in a letter": a message, no guest received
        greeted = relation == "host" and verb.lemma_.lower() in GREETING_VERBS
        met_on_arrival = relation == "meet" and any(c.dep_ == "prep" and c.lower_ in ("at", "on") and any(
            g.lemma_.lower() in ARRIVAL_PLACES for g in c.children) for c in verb.children) and any(
            t.lemma_ in ("arrive", "land") for t in verb.doc[first_of_sentences_before(verb, 1):verb.i])
        senses = (relation, "meet") if greeted else (relation, "host") if met_on_arrival else (relation,)
        return [make_candidate(name, s, t, verb, verb, confidence) for s in sources for t in targets
                for name in senses] + self._other_objects_sense(verb, cue, sources, index)

    @staticmethod
    def _counterpart_named(verb: Token, cue: VerbCue) -> bool:
        """'Saudi Arabia and Iran, which maintain ties with both countries', 'are due to meet Zida and opposition
        leaders': the counterpart is there, if unresolved, so the coordinated subjects do not act on each other
        (what the cue takes as its object is none: "signed off on a joint statement", "met a second time"; nor is
        a phrase set off by a comma: "met in Geneva, with no breakthrough")."""
        words = {spec[5:] for spec in cue.targets if spec.startswith("prep:")}
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "CARDINAL", "ORDINAL")]
        return any(c.dep_ == "prep" and c.lower_ in words and verb.doc[c.i - 1].text != "," and any(
                   g.dep_ == "pobj" and not is_object_noun(g, cue) for g in c.children)
                   for holder in (verb, *objects) for c in holder.children) or \
            "dobj" in cue.targets and any(c.lemma_.lower() not in cue.object_nouns | {"time"} for c in objects)

    def _other_objects_sense(self, verb: Token, cue: VerbCue, sources: list[Mention],
                             index: ActorIndex) -> list[Candidate]:
        """'will withdraw its ambassador and its troops from Niger': a break for the one, a withdrawal for the other."""
        if not cue.object_nouns or cue.from_field:
            return []
        rest = [t for o in verb.children if o.dep_ == "dobj" for t in conjuncts(o)[1:] if not is_object_noun(t, cue)]
        other = next((c for c in self.lexicon.verbs.get(verb.lemma_.lower(), ()) if not c.object_nouns
                      and not c.particle and not c.from_field and c.relation != cue.relation), None)
        if not rest or other is None:
            return []
        return [make_candidate(other.relation, s, t, verb, verb, 0.75) for s in sources
                for t in self.arguments.targets(verb, other, index)]

    def _travellers(self, verb: Token, index: ActorIndex) -> bool:
        """Whether a verb of arrival has people or actors for subject, not missiles or drones."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in AIRCRAFT and not any(
                c.dep_ == "poss" and (m := mention_at(index, c)) is not None and index.is_person(m)
                for c in subject.children):
            return False  # "a U.S. Air Force C-17 transport plane flew to Osan" (a person's plane is left to others)
        if subject is None or mention_at(index, subject) is not None or subject.pos_ in ("PRON", "PROPN") or \
                subject.i in index.plural:  # "four heads of state", whom the story names
            return True
        lemma = subject.lemma_.lower()
        return lemma in self.lexicon.people_nouns or subject.lower_ in self.lexicon.people_nouns or \
            lemma in SENT_AGENTS or lemma in ("delegation", "leader", "president", "minister", "king", "queen")

    def find(self, doc: Doc, index: ActorIndex) -> list[Candidate]:
        found: list[Candidate] = []
        for token in tokens_where(doc, POS, {VERB, AUX, NOUN, PROPN}):  # the others cue nothing
            # a noun-tagged verb still acts as one when it heads a clause or takes an object ("to host Erdogan")
            verbal = token.pos_ in ("VERB", "AUX") or (
                token.pos_ == "NOUN" and known_lemma(token, self.lexicon.verbs) in self.lexicon.verbs
                and (token.dep_ in ("ROOT", "xcomp") or any(c.dep_ == "dobj" for c in token.children)))
            if verbal:
                found.extend(self.from_verb(token, index, found))
                found.extend(material_events(token, index, self.lexicon, self.arguments))
                found.extend(stated_threats(token, index, self.arguments))  # "would suspend ... unless Russia"
                found.extend(encounters_by_presence(token, index, self.arguments))  # "Modi was in Port Moresby"
            found.extend(membership_sought(token, index, self.arguments))  # "applied to join NATO" (memberships.py)
            if token.pos_ in ("NOUN", "PROPN"):
                cue = self.lexicon.noun_cue(token) or bundled_cue(token, self.lexicon.nouns) or angry_response(token)
                if cue is not None:  # ("came under attack from": undergone.py)
                    found.extend(acts_undergone(token, cue.relation, index, self.arguments) if undergone(
                        token, cue.relation) else self.nouns.from_noun(token, cue, index, found))
        found += answers(doc, index, found, self.arguments, self.lexicon) + mobilised_against(  # "responded with air
            doc, index, found, self.arguments)  # strikes", "deployed to Qatar to deter Iran" (deterrence.py)
        found += accusations_by_label(doc, index, found, self.arguments, self.lexicon)  # (labelled_acts.py)
        found = with_implied_encounters(doc, index, found + promised_offers(found), self.arguments)
        found = found + hosts_of_the_visitors(index, found)  # "met Poroshenko" in Kyiv (receptions.py)
        found = [c for c in drop_home_ground_targets(found) if not is_no_event(c, index)]
        # a person's attack in words is criticism; refusing another an act rejects them ("refused to recognise"); an
        # encounter ruled out is also told, negated ("has ruled out new negotiations with the United States")
        read: list[Candidate] = []
        for c in (c for c in found if not refused_an_end(c.trigger)):
            refusal = refusing_verb(c.trigger, c.relation)
            if attack_in_words(c, index):
                read.append(dataclasses.replace(c, relation="criticize"))
            elif refusal is not None and (c.trigger.dep_ != "dobj" or c.source in {
                    m.actor for m in self.arguments.agents(refusal, index)}):  # (not "analysts ruled out a meeting")
                read += [dataclasses.replace(c, relation="reject", trigger=refusal, clause=refusal)] + (
                    [c] if refusal.lemma_.lower() == "rule" else [])
            else:
                read.append(c)
        found = read
        found = [e for c in found if (e := eased(c, index, self.arguments)) is not None]  # (cessations.py)
        found = [spoken_for_by_its_leader(e, index) for c in found if (e := membership_ended(c, index)) is not None]
        for drop in (drop_contents_of_agreements, drop_agreements_only_to_meet, drop_contents_of_threats,
                     without_allegations, calls_retold):
            found = drop(found)
        return [talks_between_sides(signed_before_them(c, index), index) for c in found]  # (summits.py, signings.py)

