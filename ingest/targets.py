"""Targets: on whom a trigger acts, read off the dependency parse.

Its object or the preposition its cue names, on the verb, its object or particle, or inside an agreement's clause
("signed accords establishing ties with X"); the parties of an event noun ("mediated talks between A and B"); the
possessor of a thing a reaction answers ("rejected Beijing's proposal"; authors.py its other authors); people named by
their origin; the subjects of a demanded clause. arguments.py finds the actors a phrase names and who acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.accords import partakes
from diplograph.ingest.addressees import ADDRESSED_RELATIONS, addressees
from diplograph.ingest.argument_words import ACCORD_NOUNS, ADJUNCT_PREPOSITIONS
from diplograph.ingest.arguments import (
    COUNTERPART_PREPOSITIONS,
    ENCOUNTERS,
    LOCATED_TARGETS,
    RESPONSE_RELATIONS,
    SIDE_TAKING,
    TOWN_TARGETS,
    UNMOVED_BY_ORIGIN,
    is_passive,
    is_passive_participle,
)
from diplograph.ingest.authors import AuthorFinder
from diplograph.ingest.bonds import bond_partners
from diplograph.ingest.candidates import CONSULT_RELATIONS
from diplograph.ingest.cargo import fired, goods_destinations
from diplograph.ingest.companions import COMPANION_WORDS
from diplograph.ingest.complements import complement_subjects
from diplograph.ingest.constructions import (
    DIRECTION_PARTICLES,
    bonds_with,
    free_relative_referent,
    glued_place,
    governing_verb,
    in_company_of,
    is_back_reference,
    origin_phrases,
    role_phrases,
    substance,
    travel_ends,
)
from diplograph.ingest.coordination import coordinated_objects, shared_object
from diplograph.ingest.coreference import antecedent_of, mention_at
from diplograph.ingest.envoys import envoy_state_of
from diplograph.ingest.landings import state_left, state_the_act_is_in, where_posted, where_stationed
from diplograph.ingest.lexicon import VerbCue
from diplograph.ingest.mentions import ActorIndex, Mention, misread_opening_name
from diplograph.ingest.object_nouns import (
    AREA_PREPOSITIONS,
    CONDITION_NOUNS,
    LEAVING_NOUNS,
    forces_join_forces,
    is_a_wish,
    measured_state,
)
from diplograph.ingest.refusals import stayed_away
from diplograph.ingest.verb_cues import is_object_noun, meeting_measured

# occasions that gather people without naming an event of ours: whoever hosts one hosts those who came
GATHERINGS = {"ceremony", "reception", "dinner", "banquet", "lunch", "luncheon", "gathering", "forum", "conference",
              "event", "signing"}
# what one may agree to that its author put forward: "agreed to a Jordanian proposal", "to Russia's demands"
PROPOSALS = {"proposal", "plan", "offer", "demand", "terms", "request", "initiative", "condition", "formula"}
# verbs of a purpose that names whom aid is for: "provide funds to help Ukraine buy missiles"
HELPING_VERBS = {"help", "assist", "enable", "support", "allow", "bolster", "strengthen"}
# nouns of a manner phrase the parser hangs the verb's next phrase on: "deployed in large numbers along the border"
MANNER_NOUNS = {"number", "force", "strength", "droves", "haste", "secret"}
HALTING_NOUNS = {"end", "halt", "stop", "cessation", "suspension", "freeze"}  # of an act asked to end
TRADED = {"import", "export", "sale", "purchase", "supply", "shipment", "delivery"}  # whose demonym is an origin
# stretches of sea, air or land an act is done in, whose own phrase says where: "held drills in waters near Taiwan"
STRETCH_NOUNS = {"water", "waters", "area", "sea", "airspace", "sky", "skies", "region", "zone", "vicinity"}
NAMED_TERMS = {"understanding", "intent", "intention", "cooperation", "principles", "friendship", "partnership"}
MEANS_NOUNS = {"phone", "telephone", "video", "videolink", "link", "videoconference", "hotline"}
ASKING_RELATIONS = {"appeal", "demand"}
HELP_NOUNS = {"aid", "assistance", "help", "support", "backing", "bailout", "loan", "funding"}  # whose one asks for


class ArgumentFinder(AuthorFinder):
    """Agents (AgentFinder), authors (AuthorFinder) and targets of triggers, for one lexicon."""

    def targets(self, verb: Token, cue: VerbCue, index: ActorIndex) -> list[Mention]:
        found: list[Mention] = []
        # the preposition may hang off the verb or its object: "demanded guarantees from Washington"
        # or off the particle: "pulled its forces back [from the Kyiv region]"
        places = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or (
            c.dep_ in ("prt", "advmod", "prep") and (c.lower_ == cue.particle or c.lower_ in DIRECTION_PARTICLES))]
        places += [r for o in places[1:] if o.dep_ == "dobj" for r in [*role_phrases(o), *(substance(o) if o.doc[
            o.left_edge.i - 1].text != "," else [])] if r != o]  # "a meeting as president with", "part of its aid to"
        places += [p for o in places[1:] if o.dep_ == "dobj" and o.ent_type_ == "MONEY" for c in o.children
                   if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]  # what a sum is:
        # "pledged $3 billion in support for Sudan"
        places += [a for o in places[1:] if o.dep_ == "dobj" and cue.object_nouns and is_object_noun(o, cue) for a in
                   o.children if a.tag_ == "VBN" and a.dep_ in ("acl", "relcl") or a.dep_ == "relcl" and any(
                       c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in a.children)]
        # ("sanctions (it had) imposed on", "the curbs it slapped on"; not "a missile that fell into the sea off")
        places += [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for m in c.children
                   if m.dep_ == "pobj" and m.lemma_.lower() in MANNER_NOUNS | STRETCH_NOUNS]
        # ("deployed in large numbers along", "held drills in waters near Taiwan")
        places += [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
                   for m in c.children if m.dep_ == "pobj" and m.lemma_.lower() in MEANS_NOUNS]  # "by phone with"
        places += self._agreement_contents(verb)
        # where aid goes, hung inside the goods: "flown rescue teams, boats and tonnes of relief supplies [to Serbia]",
        # "flew a plane carrying supplies [to Somalia]"
        places += [h for o in places[1:] if cue.relation == "aid" and o.dep_ == "dobj" for h in goods_destinations(o)
                   if h not in places]
        # "called for restraint from India": whom the thing asked for is asked of
        # (or on the asking noun a verb makes: "renewed its demand for an apology from Tokyo")
        asked = [pobj for c in places[1:] if c.dep_ == "prep" and c.lower_ == cue.particle
                 for pobj in c.children if pobj.dep_ == "pobj"] + [
            pobj for o in places[1:] if o.dep_ == "dobj" and cue.object_nouns and is_object_noun(o, cue)
            for c in o.children if c.dep_ == "prep" and c.lower_ == "for" for pobj in c.children
            if pobj.dep_ == "pobj"] if cue.relation in ASKING_RELATIONS else []
        if cue.relation == "negotiate":  # the partner hung on what is negotiated: "the terms of its loans with"
            places += [g for o in places[1:] if o.dep_ == "dobj" for t in o.subtree if t.dep_ == "prep" and
                       t.lower_ == "of" and o in (t.head, t.head.head.head) for g in t.children if g.dep_ == "pobj"]
        if cue.relation == "agree":  # "agreed to a ceasefire with Hamas": the accord agreed to holds the counterpart
            places += [pobj for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                       for pobj in c.children if pobj.dep_ == "pobj" and pobj.lemma_.lower() in ACCORD_NOUNS]
            # and so does what one agrees to do: "agreed to move toward normal ties with Israel" (what two agree to do
            # with a third is theirs, "Cho and Iwaya agreed to keep in touch with Washington", unless it is ties each
            # makes with it; nor talks, events of their own)
            places += [t for x in verb.children if x.dep_ == "xcomp" and (
                       not self.clause_agents(verb, index)[1:] or bonds_with(x))
                       for t in x.subtree if t.i == x.i or t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN" and (
                           t.lemma_.lower() not in self.lexicon.nouns or
                           self.lexicon.nouns[t.lemma_.lower()].relation not in CONSULT_RELATIONS)]
        for spec in cue.targets:
            if spec == "dobj" and is_passive_participle(verb):
                # the modified noun is the patient; an event noun's parties are what was acted on
                noun = meeting_measured(verb.head) or verb.head  # "ten hours of talks between A and B, hosted by"
                patients = self.actors_of(noun, index) + self._between(noun, index) + self._between(verb, index, noun)
                governor = governing_verb(noun)
                gathering = noun.lemma_.lower() in self.lexicon.nouns or noun.lemma_.lower() in GATHERINGS
                if not patients and gathering and governor is not None and not any(
                        c.lower_ in MEANS_NOUNS | {"virtual", "online"} for c in noun.children) and \
                        not stayed_away(governor) and (  # (not "did not attend the summit, hosted by", "failed to")
                        cue.relation != "mediate" or partakes(governor, noun)):
                    # (one who "welcomed the truce brokered by Egypt" judges it, and is no party brokered with)
                    # "a ceremony hosted by Trump": the clause's agents gathered (not at "a video summit hosted by")
                    patients = self.clause_agents(governor, index)
                found.extend(patients)
            elif spec == "dobj":
                role = "nsubjpass" if is_passive(verb) else "dobj"
                # "rejected Beijing's proposal": a non-actor object's possessor, not for encounters ("welcomed
                # Germany's decision"); a reaction targets the agent of what it reacts to ("condemned the Russian
                # strikes"); the field's bare verbs take no modifier ("blocked a European Union aid package")
                lend = cue.relation not in ENCOUNTERS
                reacts = cue.relation in RESPONSE_RELATIONS
                # a particle parsed as a preposition carries the object: "called in [the ambassador]"
                objects = [c for c in verb.children if c.dep_ == role] or [
                    pobj for c in verb.children if cue.particle and c.dep_ == "prep" and c.lower_ == cue.particle
                    for pobj in c.children if pobj.dep_ == "pobj"] or ([verb.head] if verb.dep_ == "amod" and (
                        misread_opening_name(verb, index) or any(c.dep_ == "nsubj" for c in verb.children)) else []) \
                    or (shared_object(verb, role) if not any(c.object_nouns for c in self.lexicon.verbs.get(
                        verb.lemma_.lower(), ())) else [])  # ("sank or crippled several Iranian warships")
                # ("[Trump]NN [hosted]amod [Merkel]ROOT", "[Xi]nsubj [hosted]amod [Putin]ROOT")
                if not objects and role == "nsubjpass" and verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB" \
                        and verb.head.lower_ in ADJUNCT_PREPOSITIONS:
                    # "held talks with Mattarella before being received by Pope Francis": the main subject was
                    objects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
                if not objects and role == "nsubjpass" and verb.dep_ == "conj":
                    # "Francis, who arrived on Tuesday and was welcomed by Tokayev": the shared subject was acted on
                    objects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                    if objects and objects[0].tag_ == "WP" and verb.head.dep_ == "relcl":
                        objects = [verb.head.head]
                if not objects and role == "dobj" and reacts and verb.dep_ == "relcl" and not any(
                        c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
                    found.extend(self.referent_authors(verb, index))  # "a move Tehran condemned": no "that"
                    continue
                if not objects:  # "struck what New Delhi described as a camp inside Pakistani territory"
                    found.extend(m for c in verb.children if c.dep_ == "ccomp"
                                 for m in self.free_relative_targets(c, index, cue.relation in LOCATED_TARGETS))
                for child in objects:
                    envoy_state = envoy_state_of(child, cue.relation, index)
                    if envoy_state:  # "summoned Canada's high commissioner, Cameron MacKay": Canada
                        found.extend(envoy_state)
                        continue
                    if reacts and (child.tag_ in ("WDT", "WP") or child.lower_ == "that") and verb.dep_ == "relcl":
                        found.extend(self.referent_authors(verb, index))
                        continue
                    if verb.dep_ == "relcl" and (role == "nsubjpass" and child.tag_ == "WP" or role == "dobj" and (
                            child.lower_ in ("whom", "who") or child.lower_ == "which" and verb.head.pos_ == "PROPN"
                            and (verb.head.dep_ in ("nsubj", "dobj") or cue.relation == "visit"))
                            and verb.i > child.i):
                        # "Lavrov, who was welcomed by Tokayev", "Raisi, whom King Salman has invited", "Hezbollah,
                        # which Israel struck, fired": the relative's referent was acted on (a "which" hung on a name
                        # in a phrase is the phrase's, "a visit to the UAE, which media expected", unless visited)
                        found.extend(self.actors_of(verb.head, index))
                        continue
                    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and is_back_reference(child, index):
                        # "expelled seven UN officials, accusing them of meddling", "cut ties with Morocco,
                        # accusing its neighbour of hostile acts": the main clause's counterpart
                        main = self.counterparts(verb.head, index)
                        if main:
                            found.extend(main)
                            continue
                    if self._named_by_origin(child, cue, index):
                        # "expelled diplomats from Argentina, Chile and Peru": people stand for where they are from
                        found.extend(m for pobj in origin_phrases(verb) for m in self.actors_of(pobj, index))
                        continue
                    if is_object_noun(child, cue):  # "suspended Sudan's membership": whose it is; "accepted a
                        # (or "joined Belarusian forces for exercises": whose forces they are)
                        found.extend(self.actors_of(child, index, possessor=True, agentive=True) if cue.relation in (
                            "agree", "coerce") or cue.relation == "cooperate" and forces_join_forces(verb, child)
                                     else [m for p in child.children if p.dep_ == "poss" and p.pos_ in
                                           ("PROPN", "PRON") for m in self.actors_of(p, index)])  # "his offer"
                    else:
                        found.extend(self.actors_of(child, index, possessor=lend, agentive=reacts,
                                                    located=cue.relation in TOWN_TARGETS,
                                                    placed=self._stands_for_its_place(child, cue),
                                                    modifiers=reacts or not cue.from_field
                                                    or child.lower_ in self.lexicon.people_nouns
                                                    or cue.relation == "attack"))  # "shot down a U.S. drone"
                        found.extend(self._between(child, index))
                        if reacts and not found:
                            found.extend(self.author_beside(verb, index, child, against=cue.relation != "support"))
            elif spec == "dative" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) and not (
                    cue.relation == "aid" and fired(verb)):
                # (or a name the parser did not take for one, "send Kyiv more weapons"; not "send tanks to Ukraine")
                later = any(o.dep_ == "dobj" and o.i > verb.i + 1 for o in verb.children)  # (or a compound of the
                glued = [c for o in verb.children if o.dep_ == "dobj" and o.tag_ in ("NNS", "NN")  # goods, or a mass
                         for c in o.children]  # of them: "sell [Germany]compound ammunition")
                found.extend(m for child in [*verb.children, *glued] if child.dep_ == "dative" or (
                    child.i == verb.i + 1 and (later and child.dep_ in ("dep", "dobj") or child.dep_ in (
                        "compound", "amod", "nmod")) and (child.pos_ == "PROPN" and child.ent_type_ in (
                            "GPE", "") or index.names_a_state_at(child))) for m in self.actors_of(child, index))
            elif spec.startswith("prep:"):
                word = spec.split(":", 1)[1]
                lend = cue.relation not in ENCOUNTERS
                judged_by_a_noun = cue.relation == "criticize" and bool(cue.object_nouns)
                partnered = any(g.lower_ == "with" for h in places for g in h.children if g.dep_ == "prep")
                if word == "with" and not partnered:
                    # the partner of a with-phrase the parser read as a clause: "signed a deal on Thursday [with
                    # Sarraj to fund border forces]" (not one set off after a partner: ", with Iran to join later")
                    found.extend(m for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB" and any(
                        g.dep_ == "mark" and g.lower_ == "with" and verb.doc[g.i - 1].text != "," for g in c.children)
                        for g in c.children if g.dep_ == "nsubj" for m in self.actors_of(g, index))
                # "demanded the withdrawal of Russian troops from Ukraine": where they leave is asked nothing
                for holder in (h for h in places + (asked if word == "from" else [])
                               if (word != "from" or h.lemma_.lower() not in LEAVING_NOUNS
                                   or cue.relation not in ASKING_RELATIONS) and not (
                                   word == "with" and cue.relation in ENCOUNTERS and h.dep_ == "dobj"
                                   and h.lemma_.lower() in ACCORD_NOUNS and not self._with_a_person(h, index))):
                    # ("discussed the nuclear deal with Iran": the deal's party; not "the grain deal with Lavrov")
                    # (a phrase coordinated with another the verb has: "to Malaysia on Tuesday and to Cambodia")
                    for child in [*holder.children, *(x for c in holder.children if c.dep_ == "prep"
                                                      for x in c.children if x.dep_ == "conj" and x.pos_ == "ADP")]:
                        if child.dep_ in ("prep", "prt", "dative", "conj") and child.lower_ == word and \
                                (not in_company_of(child) or cue.relation == "support") and not (  # "in solidarity
                                word == "with" and child.i > 0 and child.doc[child.i - 1].text == "," and not any(
                                    g.tag_ in ("WDT", "WP") for g in child.children)):  # with"; not
                            # "met in Geneva, with Ukraine at the top of the agenda": how it went, not whom with
                            found.extend(m for c in child.children if c.dep_ == "pcomp"
                                         for m in self.free_relative_targets(c, index,
                                                                             cue.relation in LOCATED_TARGETS))
                            # "flights to and from Qatar": the object may be the coordinated preposition's
                            for pobj in (glued_place(c) for c in coordinated_objects(child)):
                                if cue.relation in ASKING_RELATIONS and word == "for" and is_a_wish(pobj, index):
                                    continue  # "called for a stable Afghanistan": asked of no one
                                if pobj.dep_ in ("pobj", "compound"):
                                    # "concern over the situation in Sudan", "about the Pope's health": no one's deed
                                    whose = lend and not (judged_by_a_noun and pobj.lemma_.lower() in CONDITION_NOUNS)
                                    found.extend(([m for g in travel_ends(pobj) for m in self.actors_of(g, index)]
                                                  if cue.relation in ("sanction", "concede") else []) or
                                                 self.actors_of(antecedent_of(pobj), index, possessor=whose,
                                                                agentive=cue.relation in RESPONSE_RELATIONS,
                                                                located=cue.relation in TOWN_TARGETS,
                                                                placed=not judged_by_a_noun and (
                                                                    word != "for" or cue.relation != "aid")))
        if cue.relation == "sanction" and cue.object_nouns and all(m.via == "pronoun" for m in found):
            # "banned Belarusian airlines (from its airspace)": not its own airspace but the airlines' state
            found.extend(m for c in verb.children if c.dep_ == "dobj" and is_object_noun(c, cue)
                         for m in measured_state(c, index))
        # (war craft under way or landing face no place they reach, only whom they answer: a cue with no targets)
        if not found and cue.relation in LOCATED_TARGETS and (cue.targets or cue.relation != "mobilize"):
            found.extend(state_the_act_is_in(verb, index, cue.relation) or (
                state_left(verb, index) or where_posted(verb, index) or where_stationed(verb, index)
                if cue.relation == "withdraw" else []))
        if not found and cue.relation == "agree" and verb.lemma_.lower() == "agree":
            # "agreed to a Jordanian proposal", "to Russia's demands": whose proposal is taken up, as 'accepted' it
            found.extend(m for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                         if p.dep_ == "pobj" and p.lemma_.lower() in PROPOSALS
                         for m in self.actors_of(p, index, possessor=True, agentive=True))
        if not found and cue.relation in ASKING_RELATIONS:
            # "requested International Monetary Fund assistance", "sought Ankara's backing": whose help is asked
            found.extend(m for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in HELP_NOUNS
                         for m in self.actors_of(c, index, possessor=True, agentive=True))
        if not found and cue.relation in ASKING_RELATIONS:
            # "called for an end to Russian strikes", "demanded a halt to Israeli settlement building": asked of
            # whoever does what is to end (its demonym or possessor: not "an end to the suffering of Palestinians")
            found.extend(m for o in [*(c for c in verb.children if c.dep_ == "dobj"), *asked]
                         if o.lemma_.lower() in HALTING_NOUNS for p in o.children if p.lower_ in ("to", "of")
                         for a in p.children if a.dep_ == "pobj" and a.lemma_.lower() not in TRADED
                         for d in a.children if d.dep_ in ("amod", "poss", "compound")
                         for m in self.actors_of(d, index))
        if not found and cue.relation == "support":  # "hailed cooperation with Russia": the partner
            found.extend(m for g in bond_partners(verb) for m in self.actors_of(g, index))
        if not found and cue.relation in ADDRESSED_RELATIONS and not any(  # "sent a letter to Brezhnev warning of"
                t.i in index.by_token for t in verb.subtree):  # (not of "any U.S. move": a warning about another)
            found.extend(m for g in addressees(verb) for m in self.actors_of(g, index))
        return found

    def _with_a_person(self, noun: Token, index: ActorIndex) -> bool:
        return any((m := mention_at(index, p)) is not None and m.actor is not None and index.is_person(m)
                   for w in noun.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj")

    def free_relative_targets(self, clause: Token, index: ActorIndex, located: bool) -> list[Mention]:
        """The actors a free relative in the object's place names ("rejected what it called Western interference"),
        or the state an act lands in ("struck what it called terrorist camps in Pakistan"); never its namer."""
        referent = free_relative_referent(clause)
        if referent is None:
            return []
        found = self.actors_of(referent, index, possessor=True, agentive=True, located=located, placed=False)
        if found or not located:
            return found
        for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in AREA_PREPOSITIONS):
            # the whole place phrase: "sites in [Pakistan and Pakistani-administered Kashmir]"
            for word in (t for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree):
                found.extend(self.actors_of(word, index, possessor=True, agentive=True, located=True))
        return found[:1]

    def helped(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """Whom aid is for, named in its purpose: 'would provide 1.6 billion pounds to help Ukraine buy missiles'."""
        return [m for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING_VERBS
                for g in c.children if g.dep_ in ("dobj", "nsubj") or (g.dep_ == "ccomp" and g.i > c.i)
                for who in ([g] if g.dep_ != "ccomp" else [s for s in g.children if s.dep_ == "nsubj"])
                for m in self.actors_of(who, index)]

    def alongside(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """Who does a two-sided act with the subject, named after the verb: 'signed the documents alongside the
        UAE's foreign minister', 'signed together with Bahrain'."""
        found: list[Mention] = []
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for prep in (c for holder in holders for c in holder.children):
            if prep.dep_ == "prep" and prep.lower_ in COMPANION_WORDS and prep.i > verb.i:
                inner = [g for g in prep.children if g.dep_ == "prep" and g.lower_ == "with"] or [prep]
                found.extend(m for p in inner for pobj in p.children if pobj.dep_ == "pobj"
                             for m in self.actors_of(pobj, index))
        return found

    def counterparts(self, verb: Token, index: ActorIndex) -> list[Mention]:
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
        not the content of what is said ('told him that ...'), nor the topic ('discussed it with Lavrov')."""
        return [m for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ not in ("it", "this", "that")
                for m in self.actors_of(c, index)] + \
            [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
             for pobj in c.children if pobj.dep_ == "pobj" for m in self.actors_of(pobj, index)]

    def _agreement_contents(self, verb: Token) -> list[Token]:
        """'signed agreements establishing full relations with the UAE': an agreement noun's clause and its object,
        where the counterpart of the agreement hangs."""
        found: list[Token] = []
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            # the rest of the accord's name: "a memorandum of understanding [with Somaliland]", "letter of intent"
            found.extend(noun for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                         for noun in of.children if noun.dep_ == "pobj" and noun.lemma_.lower() in NAMED_TERMS)
            if (cue := self.lexicon.nouns.get(obj.lemma_.lower())) is not None and cue.relation == "agree":
                found.extend(t for clause in obj.children if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB"
                             for t in (clause, *(c for c in clause.children if c.dep_ == "dobj")))
        return found

    def _between(self, noun: Token, index: ActorIndex, event: Token | None = None) -> list[Mention]:
        """'mediated talks between the United States and the Taliban': the parties of the talks; or of the
        event noun a participle modifies ('talks hosted by Qatar between Israel and Hamas')."""
        if (event or noun).lemma_ not in self.lexicon.nouns:
            return []
        found: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(self.actors_of(pobj, index))
        return found

    def complement_subjects(self, verb: Token, index: ActorIndex, alone: bool = False) -> list[Mention]:
        return complement_subjects(verb, index, self.actors_of, alone)

    def _named_by_origin(self, noun: Token, cue: VerbCue, index: ActorIndex) -> bool:
        """An object of people that is no actor, with a 'from' phrase on the verb that the cue does not take."""
        return cue.relation not in UNMOVED_BY_ORIGIN and "prep:from" not in cue.targets and self._people(noun) and \
            mention_at(index, noun) is None and bool(origin_phrases(noun.head))

    def _stands_for_its_place(self, noun: Token, cue: VerbCue) -> bool:
        """Backing what is in a state backs it only if it is its people ('the people of Ukraine', not its regions)."""
        return cue.relation not in SIDE_TAKING or noun.lower_ in self.lexicon.people_nouns or \
            noun.lemma_.lower() in self.lexicon.people_nouns or noun.lemma_.lower() in ("people", "population")
