"""Arguments: who acts and on whom, for any event trigger, read off the dependency parse.

One mechanism shared by every relation: conjunct lists wherever they hang, passives and their
by-agents, control ("urged Russia to pull back"), event nouns as objects ("deplored the blockade by
Israel" targets Israel), possessors and demonyms that lend their state, the state an act lands in,
and the subjects of a demanded or judged clause. relations.py decides what the triggers are.

One concept though past 400 lines: every function answers the one question of which actor mentions a
trigger's syntactic domain holds, and they call one another (a list's members inside a clause's subject,
a by-agent inside an event noun); split by construction, each part would import all the others.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.constructions import glued_coordinates, governed_by, is_back_reference, origin_phrases
from diplograph.ingest.coreference import coordinated_antecedent, mention_at, plural_antecedent, the_two
from diplograph.ingest.lexicon import Lexicon, VerbCue
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.model import ActorType

ENCOUNTERS = {"meet", "call", "host"}
RESPONSE_RELATIONS = {"reject", "criticize", "deny", "protest", "support", "accuse"}
# verbs whose subject, not their object, does the embedded act: "promised Kyiv to send tanks"
SUBJECT_CONTROL = {"promise", "vow", "pledge", "offer", "threaten", "agree", "refuse"}
# object control: the object, not the subject, does the embedded act ("urged Russia to pull back")
OBJECT_CONTROL = {"urge", "ask", "allow", "tell", "force", "persuade", "invite", "help", "want", "press", "order"}
# people sent on a state's errand: "will send a trade envoy to negotiate" is the sender negotiating
SENT_AGENTS = {"envoy", "delegation", "negotiator", "team", "mission", "emissary", "representative", "diplomat",
               "official", "minister", "adviser", "advisor"}
SENDING_VERBS = {"send", "dispatch", "despatch", "appoint", "name", "assign"}
# nouns for acts whose agent a reaction to them targets: "deplored the blockade by Israel"
EVENT_OBJECT_NOUNS = {"blockade", "strike", "strikes", "attack", "attacks", "invasion", "occupation", "annexation",
                      "bombing", "shelling", "raid", "incursion", "aggression", "sanctions", "expulsion", "decision",
                      "move", "actions", "policy", "proposal", "plan", "offer", "demand", "warning", "threat",
                      "remarks", "comments", "statement", "test", "launch", "drills", "exercises", "deployment",
                      "offensive", "claims", "claim", "request", "bid", "crackdown", "policies", "tariffs",
                      "allegation", "allegations", "accusation", "accusations", "criticism", "visit",
                      "warnings", "demands", "threats", "proposals"}
# acts whose target may be given as the state where they land: "sanctions on 500 targets in Russia"
LOCATED_TARGETS = {"sanction", "attack", "coerce", "sever"}  # "recalled its diplomats from Tel Aviv"
# what is traded, which comes from a state: "tariffs on imports from China", "a ban on goods from Russia"
GOODS_NOUNS = {"import", "imports", "good", "goods", "product", "products", "export", "exports", "shipment",
               "shipments", "steel", "aluminium", "aluminum", "car", "cars", "oil", "gas", "grain", "chip", "chips"}
# verbs whose subject does the same as their object: "Niger followed Mali in cutting ties with Ukraine"
FOLLOWING_VERBS = {"follow", "join"}
# the second half of a hyphenated modifier that makes its first half the owner: "British-flagged", "Saudi-led"
CONTROL_PARTICIPLES = {"flagged", "registered", "owned", "operated", "led", "backed", "controlled", "run", "held",
                       "sponsored", "funded", "commanded"}
# nouns that sum up the act told before them: "imposed new curbs, a move that Washington condemned"
SUMMARY_NOUNS = {"move", "step", "decision", "measure", "action", "act", "development", "gesture", "policy"}
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "yourselves", "myself", "oneself"}
# relations that take a side, which a part of a state does not stand for: "recognised regions in Ukraine"
SIDE_TAKING = {"support", "cooperate"}
# particles of direction that carry the place a move is from or to: "withdrew its forces back from"
DIRECTION_PARTICLES = {"back", "out", "away", "off"}
# prepositions of the area an act lands in: "sites across Syria", "strikes inside Iran"
AREA_PREPOSITIONS = {"in", "inside", "across", "throughout"}
CLAUSAL = ("ccomp", "xcomp", "acl", "relcl")
COUNTERPART_PREPOSITIONS = {"with", "to", "on", "against", "from"}
# moves whose 'from' is where forces or aid leave, not whose people they are: "withdrew troops from Syria"
UNMOVED_BY_ORIGIN = {"withdraw", "mobilize", "aid", "visit"}


# heads of a partitive or quantity phrase: "hundreds of drones", "a barrage of missiles", "a new wave of sanctions"
QUANTITY_NOUNS = {"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "score", "scores", "barrage",
                  "wave", "salvo", "volley", "swarm", "series", "number", "round", "spate", "flurry", "string",
                  "batch", "shipment", "package", "tranche", "set", "raft", "slew", "host", "range"}


def substance(token: Token) -> list[Token]:
    """What a partitive phrase is made of: 'hundreds of drones and missiles' -> drones, missiles; else the
    token itself. The quantity is no argument; the stuff is ('launched hundreds of drones at Israel')."""
    if token.lemma_.lower() in QUANTITY_NOUNS or token.lower_ in QUANTITY_NOUNS or token.pos_ == "NUM" or \
            token.ent_type_ in ("CARDINAL", "QUANTITY"):
        stuff = [t for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for pobj in c.children if pobj.dep_ == "pobj" for t in conjuncts(pobj)]
        if stuff:
            return stuff
    return [token]


def listed(token: Token) -> list[Token]:
    """A token's conjuncts, and a list the parser hung on it as an apposition: in 'Saudi Arabia, the United Arab
    Emirates, Bahrain and Egypt cut ties' the last three are an appositive coordination of the first."""
    found = conjuncts(token)
    for member in list(found):
        for child in member.children:
            if child.dep_ == "appos" and any(c.dep_ == "cc" for t in conjuncts(child) for c in t.children):
                found.extend(conjuncts(child))
    return found


def hyphen_prefixes(modifier: Token) -> list[Token]:
    """The state inside a hyphenated modifier of ownership or control: 'a British-flagged tanker', 'the Saudi-led
    coalition'; not of making ('Iranian-made drones' shot down over Kyiv are not Iran's)."""
    doc = modifier.doc
    if modifier.lower_.split("-")[-1] not in CONTROL_PARTICIPLES:
        return []
    return [c for c in modifier.children if c.dep_ in ("amod", "npadvmod", "compound", "nmod") and c.i + 2 == modifier.i
            and doc[c.i + 1].text == "-"]


def for_clause(clause: Token) -> bool:
    """A 'for X to do' complement, whose 'for' the parser hangs on the clause: 'called for Russia to release'."""
    return clause.dep_ in ("advcl", "ccomp", "xcomp") and any(
        g.dep_ == "mark" and g.lower_ == "for" and g.i < clause.i for g in clause.children)


def is_object_noun(token: Token, cue: VerbCue) -> bool:
    return any(t.lemma_.lower() in cue.object_nouns or t.lower_ in cue.object_nouns for t in substance(token))


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or is_passive_participle(verb)


def is_passive_participle(verb: Token) -> bool:
    """'a deal brokered by China': a participle modifying the noun it acts on."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def first_conjunct(token: Token) -> Token:
    """The head of a coordination a token is in: 'sanctions' in 'tariffs and sanctions on Colombia'."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def shared_modifiers(noun: Token) -> list[Token]:
    """A coordinated noun shares what follows the whole list: 'ordered tariffs and sanctions on Colombia'
    hangs 'on Colombia' on 'tariffs' for the parser, but it belongs to 'sanctions' as much."""
    head = first_conjunct(noun)
    if head.i == noun.i:
        return []
    return [c for c in head.children if c.dep_ == "prep" and c.i > noun.i]


def governing_verb(noun: Token) -> Token | None:
    node = first_conjunct(noun)
    for _ in range(3):
        if node.dep_ in ("dobj", "nsubjpass", "attr"):
            return node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX"):
            return node.head.head
        if node.dep_ == "pobj":
            node = node.head.head
            continue
        return None
    return None


class ArgumentFinder:
    """The arguments of triggers, for one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def actors_of(self, token: Token, index: ActorIndex, possessor: bool = False,
                  agentive: bool = False, located: bool = False, modifiers: bool = True,
                  placed: bool = True) -> list[Mention]:
        """Actor mentions of a noun phrase and its conjuncts; a non-actor head may lend its possessor.

        In subject position (agentive) an event noun's modifier is its agent: "a U.S. airstrike killed".
        """
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
            if mention is None:
                appositions = [c for c in head.children if c.dep_ == "appos"]
                if appositions:  # "his Chinese counterpart Wang Yi", "U.S. envoy Zalmay Khalilzad and ..."
                    found.extend(self.actors_of(appositions[0], index))
                    continue
            if mention is None and head.lower_ in ("they", "them", "their"):
                group = coordinated_antecedent(index, head)
                if group:
                    found.extend(group)
                    continue
                mention = plural_antecedent(index, head)
            if mention is None and possessor:
                # "Lavrov's comments came at a meeting": the possessor acts; "struck Houthi targets",
                # "condemned Chinese military drills": the actor a demonym or name modifier stands for
                for child in head.children:
                    if child.dep_ == "poss":
                        mention = mention_at(index, child)
                    elif mention is None and modifiers and child.dep_ in ("amod", "compound") and \
                            (agentive or head.lemma_.lower() not in self.lexicon.nouns):  # "an American visit"
                        lenders = [index.by_token.get(m.i) for m in conjuncts(child) + hyphen_prefixes(child)]
                        lent = [m for m in lenders if m is not None and m.actor is not None
                                and m.via in ("demonym", "gazetteer", "name")
                                and index.actors[m.actor].type is not ActorType.PERSON]
                        if lent:  # "American and British interests"
                            mention = lent[0]
                            found.extend(lent[1:])
                if mention is None:
                    mention = self._agent_or_location(head, index, placed)
            if mention is not None and mention.actor is None and located and mention.located_in:
                # "shelled Kharkiv", "sanctions on firms in Dubai": what lands on a city lands on its state
                mention = Mention(mention.start, mention.end, mention.located_in, "metonymy", mention.place)
            if mention is not None and mention.actor is not None:
                found.extend(glued_coordinates(head, mention, index))
                found.append(mention)
        return found

    def agents(self, verb: Token, index: ActorIndex, depth: int = 0) -> list[Mention]:
        """Who acts: the subject, the passive's by-agent, or the controller of an embedded verb."""
        if depth > 4:
            return []
        if is_passive(verb):
            for child in verb.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.actors_of(pobj, index)
            return []
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects and subjects[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            # "Lula, who has criticized ...": the relative's antecedent; the whole list when the clause hangs on
            # its last member ("Mali and Burkina Faso, which had expelled French forces")
            return self.actors_of(first_conjunct(verb.head), index)
        if subjects:
            return self.actors_of(subjects[0], index, possessor=True, agentive=True) + \
                self._list_heads_before(verb, subjects[0], index)
        head, dep = verb.head, verb.dep_
        if head.i == verb.i:
            return []
        if head.pos_ == "ADJ" and dep == "xcomp":
            return self.agents(head.head, index, depth + 1) if head.dep_ in ("acomp", "attr") else []
        if dep == "xcomp" or (dep == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)):
            if is_passive(head):
                # raising from a passive: "he is expected to accuse the West", "is said to have met"
                raised = [c for c in head.children if c.dep_ == "nsubjpass"]
                return self.actors_of(raised[0], index, possessor=True) if raised else []
            objects = [c for c in head.children if c.dep_ == "dobj"]
            # an infinitive the parser makes an adjunct is one of purpose, whose subject acts, unless the verb
            # controls its object: "summoned the envoy to protest", not "urged Russia to pull back"
            purpose = dep == "advcl" and head.lemma_.lower() not in OBJECT_CONTROL
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
        if dep in ("conj", "dep", "parataxis") and head.pos_ in ("VERB", "AUX") and verb.pos_ == "VERB":
            # shared subject: "spoke ... and thanked him", "held talks ..., then flew to Kyiv"
            return self.agents(head, index, depth + 1)
        if dep == "advcl" and verb.tag_ == "VBG":
            return self.agents(head, index, depth + 1)  # participial adjunct: "..., accusing Tehran"
        if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            # "accusing Tehran of supplying drones": the accused does the embedded act
            objects = [c for c in head.head.children if c.dep_ == "dobj"]
            if objects and head.lower_ == "in" and head.head.lemma_.lower() in FOLLOWING_VERBS:
                # "Niger followed Mali in cutting ties": both do it
                return self.agents(head.head, index, depth + 1) + self.actors_of(objects[0], index)
            if objects:
                return self.actors_of(objects[0], index)
            return self.agents(head.head, index, depth + 1)
        if dep == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
            return self.actors_of(head, index)  # a finite verb hung off its subject: "[The IAEA] called on ..."
        if dep == "acl" and head.dep_ in ("dobj", "attr", "pobj"):
            # "has plans to invade Ukraine": the planner acts
            governor = head.head if head.dep_ != "pobj" else head.head.head
            return self.agents(governor, index, depth + 1)
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

    def _list_heads_before(self, verb: Token, subject: Token, index: ActorIndex) -> list[Mention]:
        """'Modi, Putin and Xi met': the parser hangs a list's first names off the verb, not the subject."""
        if not any(c.dep_ == "cc" for t in conjuncts(subject) for c in t.children):
            return []
        doc = verb.doc
        found: list[Mention] = []
        for child in verb.children:
            if child.i < subject.i and child.dep_ in ("advcl", "npadvmod", "dep", "nsubj") and \
                    child.pos_ == "PROPN" and child.i + 1 < len(doc) and doc[child.i + 1].text == "," and \
                    (mention := mention_at(index, child)) is not None and mention.actor is not None:
                found.append(mention)
        return found

    def targets(self, verb: Token, cue: VerbCue, index: ActorIndex) -> list[Mention]:
        found: list[Mention] = []
        # the preposition may hang off the verb or its object: "demanded guarantees from Washington"
        # or off the particle: "pulled its forces back [from the Kyiv region]"
        places = [verb] + [c for c in verb.children if c.dep_ == "dobj" or (
            c.dep_ in ("prt", "advmod", "prep") and (c.lower_ == cue.particle or c.lower_ in DIRECTION_PARTICLES))]
        places += self._agreement_contents(verb)
        for spec in cue.targets:
            if spec == "dobj" and is_passive_participle(verb):
                # the modified noun is the patient; an event noun's parties are what was acted on
                noun = verb.head
                patients = self.actors_of(noun, index) + self._between(noun, index)
                governor = governing_verb(noun)
                if not patients and noun.lemma_.lower() in self.lexicon.nouns and governor is not None:
                    patients = self.clause_agents(governor, index)
                found.extend(patients)
            elif spec == "dobj":
                role = "nsubjpass" if is_passive(verb) else "dobj"
                # "rejected Beijing's proposal": the possessor of a non-actor object; not for encounters
                # ("welcomed Germany's decision" is no visit to host); a reaction targets the agent of the
                # act it reacts to ("condemned the Russian strikes", "turned down the American proposal")
                # the field's bare verbs over-code: a modifier lends them no target unless they react to an
                # act ("blocked a European Union aid package" does not coerce the EU)
                lend = cue.relation not in ENCOUNTERS
                reacts = cue.relation in RESPONSE_RELATIONS
                # a particle parsed as a preposition carries the object: "called in [the ambassador]"
                objects = [c for c in verb.children if c.dep_ == role] or [
                    pobj for c in verb.children if cue.particle and c.dep_ == "prep" and c.lower_ == cue.particle
                    for pobj in c.children if pobj.dep_ == "pobj"]
                for child in objects:
                    if reacts and child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                        found.extend(self.referent_authors(verb, index))
                        continue
                    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and is_back_reference(child, index):
                        # "expelled seven UN officials, accusing them of meddling", "cut ties with Morocco,
                        # accusing its neighbour of hostile acts": the main clause's counterpart
                        main = self._counterparts(verb.head, index)
                        if main:
                            found.extend(main)
                            continue
                    if self._named_by_origin(child, cue, index):
                        # "expelled diplomats from Argentina, Chile and Peru": people stand for where they are from
                        found.extend(m for pobj in origin_phrases(verb) for m in self.actors_of(pobj, index))
                        continue
                    if not is_object_noun(child, cue):
                        found.extend(self.actors_of(child, index, possessor=lend, agentive=reacts,
                                                    located=cue.relation in LOCATED_TARGETS,
                                                    placed=self._stands_for_its_place(child, cue),
                                                    modifiers=reacts or not cue.from_field
                                                    or child.lower_ in self.lexicon.people_nouns
                                                    or cue.relation == "attack"))  # "shot down a U.S. drone"
                        found.extend(self._between(child, index))
                        if reacts and not found and self._is_event_noun(child):
                            found.extend(self._author_beside(verb, index))
            elif spec == "dative":
                for child in verb.children:
                    if child.dep_ == "dative":
                        found.extend(self.actors_of(child, index))
            elif spec.startswith("prep:"):
                word = spec.split(":", 1)[1]
                lend = cue.relation not in ENCOUNTERS
                for holder in places:
                    for child in holder.children:
                        if child.dep_ in ("prep", "prt", "dative") and child.lower_ == word:
                            for pobj in child.children:
                                if pobj.dep_ == "pobj":
                                    found.extend(self.actors_of(pobj, index, possessor=lend,
                                                                agentive=cue.relation in RESPONSE_RELATIONS,
                                                                located=cue.relation in LOCATED_TARGETS))
        if not found and cue.relation in LOCATED_TARGETS:
            found.extend(self.state_the_act_is_in(verb, index))
        return found

    def _counterparts(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """Whom a clause acts on, by its object or its object's or verb's 'with/to/on/against/from' phrase."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        found = [m for o in objects for m in self.actors_of(o, index, possessor=True)]
        if found:
            return found
        return [m for holder in [verb, *objects] for c in holder.children
                if c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPOSITIONS
                for pobj in c.children if pobj.dep_ == "pobj" for m in self.actors_of(pobj, index)]

    def encounter_partners(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """Whom a verb acts on in person: its object or its 'with'/'to' phrase ('thanked Modi', 'spoke with Xi'),
        not the content of what is said ('told him that ...')."""
        return [m for c in verb.children if c.dep_ in ("dobj", "dative")
                for m in self.actors_of(c, index)] + \
            [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
             for pobj in c.children if pobj.dep_ == "pobj" for m in self.actors_of(pobj, index)]

    def _agreement_contents(self, verb: Token) -> list[Token]:
        """'signed agreements establishing full relations with the UAE': an agreement noun's clause and its object,
        where the counterpart of the agreement hangs."""
        found: list[Token] = []
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            cue = self.lexicon.nouns.get(obj.lemma_.lower())
            if cue is None or cue.relation != "agree":
                continue
            for clause in (c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
                found.append(clause)
                found.extend(c for c in clause.children if c.dep_ == "dobj")
        return found

    def referent_authors(self, relative: Token, index: ActorIndex) -> list[Mention]:
        """Whose act a relative clause reacts to: 'new curbs, a move that Washington condemned' (the summary noun
        stands for the act before it: Beijing's), 'joint drills with Guyana, which Venezuela denounced' (after a
        comma the clause's act: the United States'), 'Lavrov's remarks, which Kyiv rejected' (the noun's own)."""
        antecedent = relative.head
        if antecedent.dep_ == "appos" and antecedent.lemma_.lower() in SUMMARY_NOUNS:
            antecedent = antecedent.head  # "new curbs, a move that ..."
        own = self.actors_of(antecedent, index, possessor=True, agentive=True, placed=False)
        pronoun = next((c.lower_ for c in relative.children if c.tag_ in ("WDT", "WP")), "")
        if own and (self._is_event_noun(antecedent) or mention_at(index, antecedent) is None or
                    antecedent.dep_ != "pobj" or pronoun != "which"):
            return own  # "met Erdogan, whom Macron later criticised": the person
        doc = relative.doc
        after_comma = antecedent.i + 1 < len(doc) and doc[antecedent.i + 1].text == ","
        governor = governing_verb(antecedent) if antecedent.pos_ in ("NOUN", "PROPN") else None
        if governor is not None and (after_comma or self._is_event_noun(antecedent)):
            return self.agents(governor, index)
        return own

    def _author_beside(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """'shrugged off the warning [from Britain]': the parser hangs the reacted act's author on the verb."""
        return [m for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                for pobj in c.children if pobj.dep_ == "pobj" for m in self.actors_of(pobj, index)]

    def state_the_act_is_in(self, holder: Token, index: ActorIndex) -> list[Mention]:
        """'imposed sanctions on 500 targets in Russia', 'carried out strikes inside Iran': a sanction or strike
        on things in a state targets it."""
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in AREA_PREPOSITIONS:
                for pobj in child.children:
                    mention = index.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                    if mention is not None and mention.actor is None and mention.located_in:
                        return [Mention(mention.start, mention.end, mention.located_in, "metonymy", mention.place)]
                    if mention is not None and mention.actor is not None and mention.via == "gazetteer" and \
                            index.actors[mention.actor].type is ActorType.COUNTRY:
                        return [mention]
        return []

    def _between(self, noun: Token, index: ActorIndex) -> list[Mention]:
        """'mediated talks between the United States and the Taliban': the parties of the talks."""
        if noun.lemma_ not in self.lexicon.nouns:
            return []
        found: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(self.actors_of(pobj, index))
        return found

    def complement_subjects(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """Whom a demand is made of: 'wants guarantees that NATO will not ...', 'wants the alliance to halt'."""
        found: list[Mention] = []
        for child in verb.children:
            clauses = [child] if child.dep_ in CLAUSAL or for_clause(child) else \
                [g for g in child.children if g.dep_ in CLAUSAL] if child.dep_ == "dobj" else []
            for clause in clauses:
                for subject in clause.children:
                    if subject.dep_ in ("nsubj", "nsubjpass"):
                        found.extend(self.actors_of(subject, index))
        return found

    # ------------------------------------------------------------------ triggers

    def _is_event_noun(self, noun: Token) -> bool:
        lemma = noun.lemma_.lower()
        return lemma in self.lexicon.nouns or lemma in EVENT_OBJECT_NOUNS or noun.lower_ in EVENT_OBJECT_NOUNS

    def _people(self, noun: Token) -> bool:
        return noun.lower_ in self.lexicon.people_nouns or noun.lemma_.lower() in self.lexicon.people_nouns

    def _named_by_origin(self, noun: Token, cue: VerbCue, index: ActorIndex) -> bool:
        """An object of people that is no actor, with a 'from' phrase on the verb that the cue does not take."""
        return cue.relation not in UNMOVED_BY_ORIGIN and "prep:from" not in cue.targets and self._people(noun) and \
            mention_at(index, noun) is None and bool(origin_phrases(noun.head))

    def _stands_for_its_place(self, noun: Token, cue: VerbCue) -> bool:
        """Backing what is in a state is backing the state only when it is its people: 'praised the people of
        Ukraine' supports Ukraine, 'recognised two breakaway regions in eastern Ukraine' does not."""
        return cue.relation not in SIDE_TAKING or noun.lower_ in self.lexicon.people_nouns or \
            noun.lemma_.lower() in self.lexicon.people_nouns or noun.lemma_.lower() in ("people", "population")

    def _agent_or_location(self, noun: Token, index: ActorIndex, placed: bool = True) -> Mention | None:
        """An event noun's by-agent ('the blockade of Gaza by Israel'); else the state a non-actor noun is
        in or of ('sanctions on 500 targets in Russia', 'the blockade of Gaza')."""
        governor = governed_by(noun, index)
        if governor is not None:  # "criticised the government of Benjamin Netanyahu"
            return governor
        preps = [c for c in noun.children if c.dep_ == "prep"]
        for prep in preps:
            if prep.lower_ == "by" and self._is_event_noun(noun):
                for pobj in prep.children:
                    mention = mention_at(index, pobj) if pobj.dep_ == "pobj" else None
                    if mention is not None and mention.actor is not None:
                        return mention
        # goods come from their state: "levies on imports from China"
        origin = {"from"} if noun.lemma_.lower() in GOODS_NOUNS or self._people(noun) else set()
        for prep in preps if placed else ():
            if prep.lower_ in AREA_PREPOSITIONS | {"of"} | origin and not self._is_event_noun(noun):
                for pobj in prep.children:
                    mention = index.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                    if mention is not None and mention.actor is not None and \
                            index.actors[mention.actor].type is ActorType.COUNTRY:
                        return mention
        return None
