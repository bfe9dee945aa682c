"""Arguments: which actors a phrase names, and who acts, for any event trigger, read off the dependency parse.

One mechanism shared by every relation: conjunct lists wherever they hang (and coordinations the parser glues
into one phrase), passives and their by-agents, control ("urged Russia to pull back") and purpose ("summoned
the envoy to protest"), event nouns' by-agents ("the blockade by Israel", "strikes carried out by Pakistan") and
whose conduct a noun is ("the actions of Washington"), possessors and demonyms that lend their state. targets.py
builds on this for whom a trigger acts on (landings.py for the state an act lands in); relations.py decides what
the triggers are.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.argument_words import (
    ADJUNCT_PREPOSITIONS,
    ARMOUR_WORDS,
    AUTHORING_VERBS,
    CHARGING_VERBS,
    DOCUMENT_NOUNS,
    ENDED_HOLDING,
    LAUNCHING,
    MEANS_VERBS,
    OBJECT_CONTROL,
    ON_CONTROL,
    OPENING_VERBS,
    OWNING_VERBS,
    SUBJECT_CONTROL,
    SUMMONERS_ACTS,
)
from diplograph.ingest.companions import companions, list_heads_before
from diplograph.ingest.constructions import (
    GROUPS_OF_STATES,
    RANKING_WORDS,
    hyphen_prefixes,
    included,
    named_in_apposition,
    ranks,
    substance,
)
from diplograph.ingest.coordination import first_conjunct, glued_coordinates, listed
from diplograph.ingest.coreference import mention_at, relative_head
from diplograph.ingest.envoys import summoners
from diplograph.ingest.field_lexicon import load_agents
from diplograph.ingest.framing import (
    REPORTING_VERBS,
    adjunct_hung_on_complement,
    comment_on_a_prediction,
    frame_of_finite_conjunct,
    speaker_of_conjoined_act,
)
from diplograph.ingest.gazetteer import CRAFT_WORDS
from diplograph.ingest.group_references import the_two, their_governments, titled_members
from diplograph.ingest.groups import COUNTED_STATES
from diplograph.ingest.lexicon import Lexicon
from diplograph.ingest.mentions import ActorIndex, Mention, apposed, conjuncts, misread_opening_name
from diplograph.ingest.object_nouns import (
    actors_behind,
    holders,
    is_event_noun,
    is_people_noun,
    one_of_its_members,
    opposes_its_state,
)
from diplograph.ingest.plural_pronouns import coordinated_antecedent, plural_antecedent
from diplograph.ingest.subject_repairs import shares_the_passive
from diplograph.model import ActorType

ENCOUNTERS = {"meet", "call", "host"}
SPEAKING_OCCASIONS = REPORTING_VERBS | OPENING_VERBS  # whose subject speaks a text hung on them with "in", "with"
RESPONSE_RELATIONS = {"reject", "criticize", "deny", "protest", "support", "accuse"}
# people sent on a state's errand: "will send a trade envoy to negotiate" is the sender negotiating
SENT_AGENTS = {"envoy", "delegation", "negotiator", "team", "mission", "emissary", "representative", "diplomat",
               "official", "minister", "adviser", "advisor"}
SENDING_VERBS = {"send", "dispatch", "despatch", "appoint", "name", "assign"}
# acts whose target may be the state where they land: "sanctions on targets in Russia", "pulled back from Kharkiv"
LOCATED_TARGETS = {"sanction", "attack", "coerce", "sever", "withdraw", "mobilize"}
TOWN_TARGETS = LOCATED_TARGETS | {"visit"}  # acts whose target may be a town of the state: "landed in Shanghai"
# verbs whose subject does the same as their object: "Niger followed Mali in cutting ties with Ukraine"
FOLLOWING_VERBS = {"follow", "join"}
# nouns that sum up the act told before them: "imposed new curbs, a move that Washington condemned"
SUMMARY_NOUNS = {"move", "step", "decision", "measure", "action", "act", "development", "gesture", "policy"}
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "yourselves", "myself", "oneself"}
# relations that take a side, which a part of a state does not stand for: "recognised regions in Ukraine"
SIDE_TAKING = {"support", "cooperate"}
# verbs by which forces are posted somewhere, whose passive subject, a state's forces, is that state's doing
POSTING_VERBS = {"deploy", "mass", "amass", "station", "concentrate", "position", "send", "dispatch", "order"}
RECALLING_VERBS = {"recall", "bring", "call", "withdraw", "pull"}  # whose passive's envoy is the sender's organ
# forces sent to help, not to threaten: police and peacekeepers (arriving, they visit no one and bring aid)
HELPING_FORCES = {"peacekeeper", "police", "policeman", "policemen"}
CLAUSAL = ("ccomp", "xcomp", "acl", "relcl")
COUNTERPART_PREPOSITIONS = {"with", "to", "on", "against", "from"}
# moves whose 'from' is where forces or aid leave, not whose people they are: "withdrew troops from Syria"
UNMOVED_BY_ORIGIN = {"withdraw", "mobilize", "aid", "visit"}
ANSWERING_VERBS = {"accept", "decline", "reject", "refuse", "receive", "take"}  # how one invited answers


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or is_passive_participle(verb) or \
        shares_the_passive(verb)


def is_passive_participle(verb: Token) -> bool:
    """'a deal brokered by China': a participle modifying the noun it acts on."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


class AgentFinder:
    """Who acts in a trigger's clause, and which actors a phrase names, for one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def actors_of(self, token: Token, index: ActorIndex, possessor: bool = False,
                  agentive: bool = False, located: bool = False, modifiers: bool = True,
                  placed: bool = True) -> list[Mention]:
        """Actor mentions of a noun phrase and its conjuncts; a non-actor head may lend its possessor.

        In subject position (agentive) an event noun's modifier is its agent: "a U.S. airstrike killed"."""
        found: list[Mention] = []
        pair = the_two(index, token)
        if pair:
            return pair
        for head in (stuff for conjunct in listed(token) for stuff in substance(conjunct)):
            if head.lower_ in REFLEXIVES:
                continue  # "said his country would defend itself": the agent, never a second party
            # through a quantity to what it counts: "blacklisted dozens of Chinese companies"
            if head.i in index.plural:
                found.extend(index.plural[head.i])
                continue
            mention = mention_at(index, head)
            if head.lower_ in GROUPS_OF_STATES and (members := included(head, index)):
                found.extend(members)  # "Western countries, among them France": the members, not the West
                continue
            if mention is None and (members := included(head, index) or titled_members(head, index)
                                    or their_governments(head, index)):
                found.extend(members)  # "allies including Britain"
                continue
            if mention is None:
                appositions = apposed(index, head)
                # "his counterpart Wang Yi"; else the head's own modifiers ("the British-flagged tanker Stena Impero")
                if appositions and ((named := self.actors_of(appositions[0], index)) or appositions[0].pos_ ==
                                    "PROPN" and head.lemma_ not in CRAFT_WORDS):  # (not "footballer Mesut Ozil")
                    found.extend(named)
                    continue
            if mention is None and head.lower_ in ("they", "them", "their"):
                group = coordinated_antecedent(index, head)
                if group:
                    found.extend(group)
                    continue
                mention = plural_antecedent(index, head)
            if (mention is None or agentive and mention.actor is None and mention.via == "place") and possessor:
                # "Lavrov's comments came at a meeting": the possessor acts; "struck Houthi targets": the modifier's
                for child in head.children:
                    if child.dep_ == "poss":
                        mention = mention_at(index, child)
                    elif mention is None and modifiers and child.dep_ in ("amod", "compound", "nmod") and not \
                            opposes_its_state(head) and (agentive or head.lemma_.lower() not in self.lexicon.nouns):
                        # ("an American visit"; not "Iranian opposition groups")
                        lenders = [index.by_token.get(m.i) for m in conjuncts(child) + hyphen_prefixes(
                            child, acting=agentive) + ([g for g in child.children if g.dep_ == "amod"] if child.dep_ ==
                            "compound" and child.pos_ == "NOUN" and head.text[:1].isupper() else []) + [  # "giant
                            g for g in child.children if g.dep_ == "compound" and child.lemma_ == "member"]]  # COSCO";
                        # "EU member states": the body whose members they are
                        # so does an organ or a state's premises ("a U.S. Senate resolution"); one the parser
                        # calls nmod only if a known body ("a U.N. rights team", not "deny Iran nuclear weapons")
                        lent = [m for m in lenders if m is not None and m.actor is not None  # ("the Minsk accords")
                                and m.via in ("demonym", "gazetteer", "name", "organ", "metonymy")
                                and not (m.via == "metonymy" and self.lexicon.names_an_accord(head))
                                and index.actors[m.actor].type is not ActorType.PERSON
                                and not (one_of_its_members(head) and  # ("a NATO member"; a PKK member is the PKK's)
                                         index.actors[m.actor].type is ActorType.ORGANIZATION)
                                and (child.dep_ != "nmod" or m.via == "gazetteer"
                                     and index.actors[m.actor].type is ActorType.ORGANIZATION)]
                        if lent:  # "American and British interests"
                            mention = lent[0]
                            found.extend(lent[1:])
                if mention is None and not (agentive and opposes_its_state(head) and not self.is_event_noun(head)):
                    # (a state's opposition acts not for the state it is in: "opposition lawmakers in Seoul said")
                    behind = actors_behind(head, index, self.lexicon, placed, proposals=agentive)
                    mention = behind[0] if behind else None
                    found.extend(behind[1:])  # "statements by Venezuela and Cuba"
            holder = next(iter(holders(head, index)), None) if mention is not None and mention.via in (
                "metonymy", "place") and not any(t.lower_ in ENDED_HOLDING for t in head.subtree) else None
            if holder is not None:
                mention = holder  # "to retake Mosul, the last city held by Islamic State": the holder's city
            elif mention is not None and mention.actor is None and located and mention.located_in:
                # "shelled Kharkiv", "sanctions on firms in Dubai": what lands on a city lands on its state
                mention = index.town_as_state(mention)
            if mention is not None and mention.actor is not None:
                found.extend(glued_coordinates(head, mention, index))
                found.append(mention)
                if mention.via == "organ":  # "troops from Senegal, Nigeria and Ghana": each state sends some
                    found.extend(m for p in head.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                                 if g.dep_ == "pobj" for c in conjuncts(g)[1:] if (m := index.by_token.get(c.i))
                                 is not None and m.actor is not None and index.is_state(m.actor))
        return found

    def agents(self, verb: Token, index: ActorIndex, depth: int = 0) -> list[Mention]:
        """Who acts: the subject, the passive's by-agent, or the controller of an embedded verb."""
        if depth > 4:
            return []
        if is_passive(verb):
            # the by-phrase, or one the parser hung on the manner ("greeted with an embrace by Isaias")
            for child in [*verb.children, *(b for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                                            for o in p.children for b in o.children if b.lower_ == "by")]:
                if child.dep_ == "agent" or child.lower_ == "by" and child.head.dep_ == "pobj":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            armed = any(n.lemma_.lower() in ARMOUR_WORDS or load_agents().get(n.lower_) == "MIL"
                                        for n in substance(pobj))  # "hit by Israeli tanks": the tanks' state
                            users = [g for a in pobj.children if a.dep_ == "acl" and a.lemma_.lower() in LAUNCHING
                                     for b in a.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"]
                            return self.actors_of(users[0] if armed and users else pobj, index, possessor=armed,
                                                  agentive=armed)  # (but "Iranian drones launched by Russia")
            if summoned := summoners(verb, index):  # "was summoned to the Turkish foreign ministry"
                return summoned
            if verb.lemma_.lower() in POSTING_VERBS | RECALLING_VERBS and (verb.lemma_.lower() != "order" or any(
                    c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children)):  # ("ordered to the Gulf")
                # "Belarusian troops have been deployed along the border": a state's forces posted are its act
                # (not peacekeepers or police, sent to help: "Chinese peacekeepers were deployed to South Sudan")
                return [m for c in verb.children if c.dep_ == "nsubjpass" for t in substance(c)
                        if (m := index.by_token.get(t.i)) is not None and m.via == "organ"
                        and t.lemma_.lower() not in HELPING_FORCES]
            return []
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] or misread_opening_name(verb, index)
        if subjects and subjects[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            # "Lula, who has criticized ...": the relative's antecedent; the whole list when the clause hangs on
            # its last member ("Mali and Burkina Faso, which had expelled French forces")
            found = self.actors_of(first_conjunct(relative_head(subjects[0], verb.head, index)), index)
            if not found and verb.head.dep_ != "pobj":  # "members of the Lima Group, which condemned": the name the
                # relative follows, when the noun it hangs on names no actor
                before = [m for t in reversed(verb.doc[verb.head.i + 1:subjects[0].i - 1]) if (
                    m := index.by_token.get(t.i)) is not None and m.actor is not None] \
                    if verb.doc[subjects[0].i - 1].text == "," else []
                found = before[:1]
            return found + companions(verb, subjects[0], index, self.actors_of)
        if subjects and subjects[0].lower_ in ("it", "this") and verb.lemma_ == "be":
            # "It was his third foreign trip, after visits to China": whose the trip is, not what 'it' was before
            owners = [m for a in verb.children if a.dep_ == "attr" for p in a.children if p.dep_ == "poss"
                      for m in self.actors_of(p, index)]
            if owners:
                return owners
        if subjects:
            # the person named beside an envoy acts, not his state: "Russia's ambassador, Vassily Nebenzia, accused"
            # (beside a plural title, each one named: "Presidents Joseph Boakai of Liberia and ... joined Trump")
            named = named_in_apposition(subjects[0], mention_at(index, subjects[0]), index)
            return ([named] if named and subjects[0].tag_ != "NNS" else self.actors_of(
                subjects[0], index, possessor=True, agentive=True)) + \
                list_heads_before(verb, subjects[0], index) + \
                [m for extra in subjects[1:] if extra.i < verb.i for m in self.actors_of(extra, index)] + \
                companions(verb, subjects[0], index, self.actors_of)
        head, dep = verb.head, verb.dep_
        if head.i == verb.i:
            return []
        if head.pos_ == "ADJ" and dep == "xcomp":
            return self.agents(head.head, index, depth + 1) if head.dep_ in ("acomp", "attr") else []
        if dep == "xcomp" or (dep == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)):
            if is_passive(head):  # raising from a passive: "he is expected to accuse the West", "is said to have met"
                raised = [c for c in head.children if c.dep_ == "nsubjpass"]
                return self.actors_of(raised[0], index, possessor=True) if raised else []
            lemma = head.lemma_.lower()  # ("counted on Russia to exert pressure": its 'on', an actor named)
            objects = [c for c in head.children if c.dep_ == "dobj"] or [
                p for c in head.children if c.dep_ == "prep" and c.lower_ == "on" and lemma in ON_CONTROL
                for p in c.children if p.dep_ == "pobj" and (m := index.by_token.get(p.i)) is not None
                and m.via in ("name", "surname", "gazetteer", "metonymy")]
            if dep == "advcl" and lemma in CHARGING_VERBS and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                  for c in head.children):
                return []  # "accused Beijing of coercion to back its claims": the charge's purpose, no one's act
            # an adjunct infinitive (or one after a means) is the subject's purpose, unless the verb controls its object
            purpose = (dep == "advcl" and lemma not in OBJECT_CONTROL) or lemma in MEANS_VERBS or \
                lemma == "summon" and verb.lemma_.lower() in SUMMONERS_ACTS
            if objects and not purpose and (head.lemma_ in OBJECT_CONTROL or (
                    head.lemma_.lower() not in SUBJECT_CONTROL and any(c.lower_ == "to" for c in verb.children))):
                # object control: "urged Russia to pull back", "prompting Beijing to summon the ambassador"
                controlled = self.actors_of(objects[0], index)
                if not controlled and objects[0].lemma_.lower() in SENT_AGENTS and head.lemma_ in SENDING_VERBS:
                    # "sent an envoy to Washington to negotiate": the unnamed envoy acts for the sender
                    return self.agents(head, index, depth + 1)
                return controlled
            return self.agents(head, index, depth + 1)  # subject control: "planned to meet"
        if dep in ("acomp", "attr") or (dep == "xcomp" and head.pos_ == "ADJ"):
            return self.agents(head, index, depth + 1)  # "is due to host": the copula's subject
        if dep in ("conj", "dep", "parataxis") and head.pos_ in ("VERB", "AUX") and verb.pos_ in ("VERB", "AUX"):
            # shared subject: "spoke ... and thanked him", "held talks ..., then flew to Kyiv"
            borne = [c for c in head.children if c.dep_ == "nsubjpass"] if dep == "conj" and not is_passive(verb) \
                and head.dep_ in ("ROOT", "conj") else []
            if borne and (bearers := self.actors_of(borne[0], index, possessor=True, agentive=True)):
                return bearers  # after a passive, its subject, not its agent: "was greeted by Netanyahu and met him"
            shared = self.agents(speaker_of_conjoined_act(verb) or frame_of_finite_conjunct(verb) or
                                 adjunct_hung_on_complement(verb) or head, index, depth + 1)
            if not shared and head.dep_ == "ccomp" and dep == "conj" and head.head.pos_ == "VERB":
                # hung on a complement whose subject acts on no one: the main clause's ("confirmed ... and summoned")
                return self.agents(head.head, index, depth + 1)
            return shared
        if dep == "advcl" and participle(verb) and head.dep_ != "nsubj":  # (on its subject: as acl, below)
            doc = verb.doc
            named = index.by_token.get(doc[verb.i - 2].i) if verb.i >= 2 and doc[verb.i - 1].text == "," else None
            if named is not None and named.actor is not None and doc[verb.i - 2].dep_ == "dep" and \
                    doc[verb.i - 2].head.i == head.i:
                return [named]  # the parser hung "Macron, speaking during a visit" apart: the name speaks
            # a participial adjunct: "..., accusing Tehran"; after an object's infinitive, the main subject's ("ordered
            return self.agents(comment_on_a_prediction(verb) or (  # Gillmann to leave, accusing him of")
                head.head if head.dep_ == "xcomp" and doc[verb.i - 1].text == "," else head), index, depth + 1)
        if dep == "pcomp" and head.dep_ == "prep" and (head.head.pos_ in ("VERB", "AUX") or
                                                       head.head.dep_ == "npadvmod"):
            # "accusing Tehran of supplying drones": the accused does the embedded act (not by a means of the
            # subject's: "angered Bolsonaro by visiting Lula")
            objects = [c for c in head.head.children if c.dep_ == "dobj" and head.lower_ not in ADJUNCT_PREPOSITIONS
                       and head.lower_ != "by"]
            if objects and head.lower_ == "in" and head.head.lemma_.lower() in FOLLOWING_VERBS:
                # "Niger followed Mali in cutting ties": both do it
                return self.agents(head.head, index, depth + 1) + self.actors_of(objects[0], index)
            if objects:
                return self.actors_of(objects[0], index)
            timed = head.head.head if head.lower_ in ADJUNCT_PREPOSITIONS and head.head.dep_ == "xcomp" or \
                head.head.dep_ == "npadvmod" else head.head  # ("a day after holding talks")
            return self.agents(timed, index, depth + 1)  # ("urged him to give talks a chance before flying")
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in ADJUNCT_PREPOSITIONS and head.head.dep_ == "pobj" \
                and head.head.head.dep_ == "prep" and head.head.head.head.pos_ == "VERB":
            # hung on the noun of the verb's adjunct: "flew to Doha for talks with the emir after visiting Riyadh"
            return self.agents(head.head.head.head, index, depth + 1)
        if dep in ("acl", "advcl") and participle(verb) and (head.pos_ in ("NOUN", "PROPN") or head.dep_ == "nsubj"):
            # a participle on its doer: "Lavrov, speaking during a visit to Uzbekistan, said"; on a text, its
            # author: "the Council adopted a resolution urging the Taliban to ..."
            doers = self.actors_of(head, index, placed=False)  # not "protesters in Yerevan demanding"
            if not doers and head.lemma_.lower() in DOCUMENT_NOUNS:  # "a message from Trump accusing Pakistan"
                doers = [m for p in head.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                         for g in p.children if g.dep_ == "pobj" for m in self.actors_of(g, index)]
            if not doers and head.lemma_.lower() in DOCUMENT_NOUNS and head.dep_ == "dobj" and \
                    head.head.lemma_.lower() in AUTHORING_VERBS:
                doers = self.agents(head.head, index, depth + 1)
            if not doers and head.lemma_.lower() in DOCUMENT_NOUNS and head.dep_ == "pobj" and \
                    head.head.lower_ in ("with", "in") and head.head.head.lemma_.lower() in SPEAKING_OCCASIONS:
                # "opened the forum with a speech accusing the US", "In a letter urging ..., Xi said"
                doers = self.agents(head.head.head, index, depth + 1)
            return doers
        if dep == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
            return self.actors_of(head, index)  # a finite verb hung off its subject: "[The IAEA] called on ..."
        if dep in ("acl", "relcl") and head.dep_ == "npadvmod" and head.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # a purpose the parser hung on a time: "plans to fly to Moscow the following day to meet Putin"
            return self.agents(head.head, index, depth + 1)
        if dep in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
                ranks(head):
            # "Muttaqi, the most senior Taliban official to visit India": the one ranked did it
            doers = self.actors_of(head.head, index) if head.dep_ == "appos" else self.actors_of(head, index)
            if doers:
                return doers
        if dep == "acl" and head.lemma_.lower() == "invitation":
            # "accepted Putin's invitation to visit Moscow": the one invited, who accepts or declines it, acts
            if head.head.lemma_.lower() in ANSWERING_VERBS:
                return self.agents(head.head, index, depth + 1)
            return [m for p in head.children if p.dep_ == "prep" and p.lower_ == "to"  # "an invitation to Xi to visit"
                    for g in p.children if g.dep_ == "pobj" for m in self.actors_of(g, index)]
        if dep == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "blocked the EU's plan to send aid", "Russia's decision to expel", "the decision by Germany to send"
            owners = [m for c in head.children if c.dep_ == "poss" for m in self.actors_of(c, index)] or [
                m for p in head.children if p.dep_ == "prep" and p.lower_ == "by" and p.i < verb.i
                for g in p.children if g.dep_ == "pobj" for m in self.actors_of(g, index)]
            if owners:
                return owners
        if dep in ("acl", "relcl") and head.dep_ == "attr" and any(c.lower_ in RANKING_WORDS for c in head.children) \
                and head.lemma_.lower() not in COUNTED_STATES:  # (not "the first major power to establish ties")
            return self.agents(head.head, index, depth + 1)  # "became the first foreign leader to visit Trump"
        if dep == "acl" and head.dep_ in ("dobj", "attr", "pobj"):  # "has plans to invade Ukraine": the planner acts
            governor = head.head if head.dep_ != "pobj" else head.head.head
            planned = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # (else a finite misparse)
            return [] if planned and governor.lemma_.lower() not in OWNING_VERBS else \
                self.agents(governor, index, depth + 1)
        if dep == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
            return self.actors_of(first_conjunct(head), index)
        return []

    def clause_agents(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """The agents of a verb or, for a verb that names none ('fighting' in 'agreed to end the fighting under a
        deal brokered by Russia'), of the clause it is part of: up through nouns and prepositions."""
        node = verb
        for _ in range(4):
            found = self.agents(node, index)
            if found or node.head.i == node.i or node.dep_ in ("ROOT", "relcl", "ccomp", "advcl", "conj"):
                return found
            node = node.head
            while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
                node = node.head
        return []

    def is_event_noun(self, noun: Token) -> bool:
        return is_event_noun(noun, self.lexicon)

    def _people(self, noun: Token) -> bool:
        return is_people_noun(noun, self.lexicon)


def participle(verb: Token) -> bool:
    """A present or perfect participle: 'accusing Tehran', 'having earlier visited Spain'."""
    return verb.tag_ == "VBG" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having"
                                                            for c in verb.children)
