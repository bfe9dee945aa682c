"""Material events that no verb names alone: arms that arrive, measures lifted off whom they were imposed on.

relations.py reads an event off its verb's cue; some material acts are told by a verb that is no cue, or
give their counterpart in a clause of the object. 'The first German-made IRIS-T system has arrived in
Ukraine': arms arriving in a state are aid to it from whoever made, sent or gave them. 'China has lifted the
sanctions it imposed on members of the European Parliament': the measures lifted were imposed on them, so
the easing is aimed at them. 'Kenya received aid from Japan': the giver aids the receiver. Relief "sent" to no one
named in a story of a disaster goes to the state the story was filed from. drills.py adds what
armed forces do by drilling together (joint_exercise).
Pure: a verb, its ActorIndex and the lexicon in; candidates out.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from diplograph.ingest.agents import state_craft
from diplograph.ingest.argument_words import MEDICS
from diplograph.ingest.arguments import HELPING_FORCES
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.cargo import CARRYING_VERBS, COMBAT_CRAFT, cargo_of
from diplograph.ingest.constructions import hyphen_prefixes, substance, travel_ends
from diplograph.ingest.coordination import first_conjunct
from diplograph.ingest.drills import fought_alongside, joint_exercise, show_of_force
from diplograph.ingest.forces import ARRIVING_VERBS, TEAM_NOUNS
from diplograph.ingest.gazetteer import SETTLEMENTS
from diplograph.ingest.landings import state_said_of
from diplograph.ingest.lexicon import Lexicon, NounCue
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.object_nouns import ARMS_NOUNS, GOODS_NOUNS, is_measure
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import LIFTING_VERBS, verb_cue
from diplograph.model import ActorType

# what is delivered, beside the aid cues' objects ("send weapons"): "the first shipment of Patriot missiles"
DELIVERED_NOUNS = {"shipment", "consignment", "batch", "delivery", "cargo", "system", "missile", "tank", "jet",
                   "weapon", "howitzer", "launcher", "battery", "drone", "fighter", "vehicle", "package"}
# verbs of crossing a border, by which relief arrives as by landing: "trucks carrying tents crossed into Afghanistan"
CROSSING_VERBS = {"cross", "enter"}
GOODS_CRAFT = {"truck", "trucks", "lorry", "lorries"}  # which carry goods, not forces
# participles that say whose a thing is as a hyphen's second half: "German-made", "U.S.-supplied"
GIVING_PARTICIPLES = {"make", "made", "supply", "supplied", "donate", "donated", "build", "built", "fund",
                      "funded", "provide", "provided", "send", "sent", "give", "given", "pledge", "pledged",
                      "promise", "promised"}
# measures a state imposes on another, whose lifting or pausing is a concession to it
IMPOSING_PREPOSITIONS = {"on", "against"}
IMPOSING_VERBS = {"impose", "slap", "levy", "announce", "raise", "introduce", "extend", "widen", "tighten", "expand"}
MAKING_PARTICIPLES = {"made", "built", "produced", "manufactured", "grown"}  # a measure on goods is on their maker
# verbs of warning that state a material act as their content: "warned that it would target Israeli vessels"
WARNING_VERBS = {"warn", "threaten", "vow"}
# the acts whose announcement is a threat against their target
THREATENED_RELATIONS = {"attack", "coerce", "sanction", "expel", "sever", "mobilize"}
FUTURE_AUXILIARIES = {"would", "will", "'ll", "could", "might"}
# people who stand for the body they are of, when a measure names them: "members of the European Parliament"
MEMBER_NOUNS = {"member", "official", "lawmaker", "legislator", "leader", "representative", "minister"}


def material_events(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """The material events a verb tells beside its own cue."""
    return joint_exercise(verb, index, lexicon, arguments) + fought_alongside(verb, index, arguments) + \
        show_of_force(verb, index, arguments) + arms_arrived(verb, index, lexicon, arguments) + \
        lifted_off(verb, index, lexicon, arguments) + object_taken_for_subject(verb, index, lexicon, arguments) + \
        threatened_act(verb, index, lexicon, arguments)


def arms_arrived(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """'The first German-made IRIS-T system has arrived in Ukraine', 'a shipment of weapons from Egypt landed
    in Mogadishu': arms arriving in a state are aid to it from their maker or sender."""
    if verb.lemma_.lower() not in ARRIVING_VERBS | CROSSING_VERBS:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    heads = [subject, *substance(subject)]
    # (or that lands with them: "an Indian air force plane landed in Chittagong with relief supplies")
    brought = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        _delivered(t, lexicon) for o in c.children if o.dep_ == "pobj" for t in (o, *substance(o)))
        for c in verb.children)
    carried = [t for n in heads for c in n.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS
               for o in cargo_of(c) for t in conjuncts(o)]
    if verb.lemma_.lower() in CROSSING_VERBS and not {t.lemma_.lower() for t in carried} & RELIEF_GOODS:
        return []  # "trucks carrying grain crossed into Poland" is trade; relief crossing a border is aid
    if any(_delivered(n, lexicon) for n in heads):
        givers = _givers(subject, verb, index, arguments)
    elif any(n.lower_ in state_craft() | GOODS_CRAFT and n.lemma_.lower() not in COMBAT_CRAFT and (brought or any(
            c.dep_ in ("acl", "advcl") and c.lemma_.lower() in CARRYING_VERBS and any(  # ("landed ..., carrying
            # tarpaulins", "loaded with food"; not bombers loaded with the missiles they use)
                _delivered(t, lexicon) for o in cargo_of(c) for t in conjuncts(o))
            for c in [*n.children, *verb.children])) for n in heads) or \
            any(n.lemma_.lower() in HELPING_FORCES or (n.lemma_.lower() == "officer" and any(
                c.lower_ == "police" for c in n.children)) for n in heads) or _medics_sent(subject, heads):
        # "Egyptian military aircraft carrying weapons landed", "Kenyan police officers landed in Haiti": the
        # craft's or the force's state sends them
        givers = arguments.actors_of(subject, index, possessor=True)
    else:
        return []
    if not givers:
        return []
    places = [pobj for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into")
              for pobj in c.children if pobj.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "dobj"]
    own = {m.actor for m in givers}
    receivers = [m for p in places for m in arguments.actors_of(p, index, possessor=True, located=True)
                 if m.actor not in own]
    return [make_candidate("aid", g, r, verb, verb, 0.7) for g in givers for r in receivers]


# what medics come to do when they come to help: "arrived in Liberia to fight the Ebola epidemic"
HELPING_ACTS = {"help", "fight", "treat", "assist", "support", "combat", "battle", "tackle", "contain", "care"}


def _medics_sent(subject: Token, heads: list[Token]) -> bool:
    """'A second contingent of Cuban doctors and nurses has arrived in Liberia to fight the Ebola epidemic': medics
    sent as a team, or to help, bring aid (not 'Filipino nurses arrived in Saudi Arabia to take up jobs')."""
    verb = subject.head
    members = [*heads, *(o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj")]  # "a team of Cuban doctors"
    medics = [n for n in members if n.lemma_.lower() in MEDICS]
    return bool(medics) and (subject.lemma_.lower() in TEAM_NOUNS or any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING_ACTS for c in verb.children) or any(
        n.lemma_.lower() == "rescuer" or any(m.lower_ == "military" for m in n.children) for n in medics))


def _delivered(noun: Token, lexicon: Lexicon) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in DELIVERED_NOUNS or any(c.relation == "aid" for form in (noun.lower_, lemma, lemma + "s")
                                           for c in lexicon.object_cues.get(form, ()))


def _givers(subject: Token, verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """Who gave what arrived: 'from Egypt', 'sent by Germany', else its maker ('German-made')."""
    named = [m for holder in dict.fromkeys((verb, subject, *substance(subject))) for c in holder.children
             if c.dep_ == "prep" and c.lower_ == "from"
             for pobj in c.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index)]
    named += [m for t in subject.subtree if t.dep_ == "agent" and t.head.lemma_.lower() in GIVING_PARTICIPLES
              for pobj in t.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index)]
    if named:
        return named
    makers = [m for t in subject.subtree if t.lemma_.lower() in GIVING_PARTICIPLES and t.i < subject.i
              for c in t.children if c.i < t.i and (m := index.by_token.get(c.i)) is not None and m.actor
              and m.via in ("demonym", "gazetteer", "metonymy")]
    for t in subject.subtree:  # one token: "U.S.-made"
        prefix, _, participle = t.text.rpartition("-")
        if t.i < subject.i and prefix and participle.lower() in GIVING_PARTICIPLES:
            entry = index.gazetteer.lookup(prefix)
            state = entry.name if entry is not None and entry.type is ActorType.COUNTRY else \
                index.gazetteer.demonym_state(prefix)
            if state:
                makers.append(Mention(t.i, t.i + 1, state, "demonym"))
    return makers


def lifted_off(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """Undoing or pausing a measure is aimed at whom it was imposed on: 'China has lifted the sanctions it
    imposed on members of the European Parliament', 'Beijing has lifted most of the tariffs it imposed on
    Australian goods', 'agreed to hold off for a month on imposing tariffs on Mexican goods'."""
    lemma = verb.lemma_.lower()
    if lemma not in LIFTING_VERBS | EXEMPTING_VERBS and not (lemma == "hold" and any(
            c.lower_ == "off" for c in verb.children)) or lemma == "roll" and not any(
            c.lower_ == "back" for c in verb.children):
        return []  # (rolled back, not "rolled out new sanctions")
    # (a second object the parser hangs on the verb: "lifted an arms embargo and targeted sanctions on Eritrea")
    objects = [o for o in verb.children if o.dep_ == "dobj" or o.dep_ == "conj" and o.pos_ == "NOUN"]
    objects += [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]  # "lifted most of the tariffs"
    if lemma in EXEMPTING_VERBS:  # "will exempt a turbine from its sanctions on Russia": what it is spared (a
        if any(arguments.actors_of(o, index) for o in objects):  # state spared is conceded to itself: "exempted
            return []  # Hungary from its ban on Russian oil")
        objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    measures = [n for o in objects for c in conjuncts(o) for n in substance(c) if is_measure(n)]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and lemma == "hold"):
        for g in prep.children:  # "hold off on [imposing] tariffs": the measure, and its imposing
            measures.extend(n for n in (g, *(o for o in g.children if o.dep_ == "dobj")) if is_measure(n))
            if g.dep_ == "pcomp" and any(n.head.i == g.i for n in measures):
                measures.append(g)
    if not measures:
        return []
    # (the parser may hang "on the United States" on the verb: "lifted tariffs on the United States")
    holders = [*measures, *(c for m in measures for c in m.children if c.dep_ == "relcl")] + \
        ([verb] if any(m.dep_ == "dobj" and m.head.i == verb.i for m in measures) else [])
    targets = [m for clause in holders
               for c in clause.children if c.dep_ == "prep" and c.lower_ in IMPOSING_PREPOSITIONS
               for pobj in c.children if pobj.dep_ == "pobj" for m in _imposed_on(pobj, index, arguments)]
    return [make_candidate("concede", s, t, verb, verb, 0.75) for s in arguments.agents(verb, index)
            for t in targets]


def _imposed_on(noun: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """Who a measure was imposed on: 'on Iran', or the body whose members it names ('on members of the
    European Parliament', 'on officials of the Hong Kong government')."""
    found = arguments.actors_of(noun, index, possessor=True, located=True) or [
        m for g in travel_ends(noun) for m in arguments.actors_of(g, index)] or [  # "a ban on group tours to Seoul"
        m for c in noun.children for p in hyphen_prefixes(c, MAKING_PARTICIPLES)  # "tariffs on U.S.-made cars"
        if (m := index.by_token.get(p.i)) is not None and m.actor is not None and index.is_state(m.actor)]
    if found or noun.lemma_.lower() not in MEMBER_NOUNS:
        return found
    return [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for pobj in c.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index, possessor=True)]


def object_taken_for_subject(verb: Token, index: ActorIndex, lexicon: Lexicon,
                             arguments: ArgumentFinder) -> list[Candidate]:
    """'said it had detained Wall Street Journal reporter Evan Gershkovich': the parser makes the long name
    after the verb a second subject; a subject after a verb that already has one before it is its object
    (arguments.agents counts only the subjects before the verb)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].i > verb.i or any(c.dep_ == "dobj" for c in verb.children):
        return []
    later = [c for c in subjects[1:] if c.i > verb.i]
    cue = verb_cue(verb, lexicon) if later else None
    if cue is None or "dobj" not in cue.targets or cue.object_nouns:
        return []
    targets = [m for c in later for m in arguments.actors_of(c, index)]
    return [make_candidate(cue.relation, s, t, verb, verb, 0.7) for s in arguments.agents(verb, index)
            for t in targets]


def threatened_act(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """'the group's leader had warned that it would target Israeli vessels', 'vowed that Moscow would expel
    British diplomats': announcing a material act to come threatens its target, when the warning names no one
    it is addressed to."""
    if verb.lemma_.lower() not in WARNING_VERBS or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    acts = [c for c in verb.children if c.dep_ == "ccomp" and any(
        a.dep_ == "aux" and a.lower_ in FUTURE_AUXILIARIES for a in c.children)]
    cues = [(act, cue) for act in acts if (cue := verb_cue(act, lexicon)) is not None
            and cue.relation in THREATENED_RELATIONS]
    sources = arguments.agents(verb, index) if cues else []
    own = {m.actor for m in sources}
    targets: list[Mention] = []
    for act, cue in cues:
        doers = {m.actor for m in arguments.agents(act, index)}
        if doers and doers <= own:  # "warned that it would strike", not "warned that Israel would strike Iran"
            targets.extend(arguments.targets(act, cue, index))
    return [make_candidate("threaten", s, t, verb, verb, 0.7) for s in sources for t in targets
            if t.actor not in own]


def strikes_at_trade(verb: Token) -> bool:
    """'Mexico hit U.S. pork and cheese with tariffs', 'hit American goods': what strikes at goods, or with a
    measure, is a sanction, not an attack; so is the blow a measure just told deals ('imposed tariffs on steel
    imports, hitting Canada')."""
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(map(is_measure, c.children))
           for c in verb.children):
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in ("hit", "strike") and \
            verb.head.lemma_.lower() in IMPOSING_VERBS and any(
                o.dep_ == "dobj" and is_measure(o) for o in verb.head.children):
        return True  # (not "shrugged off Western sanctions, attacking Ukraine's power plants")
    return any(t.lemma_.lower() in GOODS_NOUNS for o in verb.children if o.dep_ == "dobj" for t in conjuncts(o))


# measures whose noun under a verb that takes them away (LIFTING_VERBS) is no measure taken:
# "U.N. sanctions could be eased", "wanted sanctions lifted", "sanctions relief", "cuts Japanese tariffs"
LIFTED_RELATIONS = {"sanction", "aid"}  # (and aid: "threatened to cut off aid to Honduras" gives none)


# verbs that spare something of a measure, which eases it for the one it was imposed on
EXEMPTING_VERBS = {"exempt", "spare"}


def lifted(noun: Token, cue: NounCue) -> bool:
    """A measure named only as what is lifted or relieved: 'suggested U.N. sanctions on Pyongyang could be
    eased', 'how much sanctions relief it would win', 'wanted sanctions lifted in their entirety'."""
    if cue.relation not in LIFTED_RELATIONS:
        return False
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in ("relief", "removal", "easing", "lifting"):
        return True
    first = first_conjunct(noun)  # (one of a list lifted: "easing travel restrictions and curbs on remittances")
    if first.dep_ == "pobj" and first.head.lower_ == "from" and first.head.head.lemma_.lower() in EXEMPTING_VERBS:
        return True  # "exempt a turbine from its sanctions on Russia"
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ == "dobj":
        first = first.head.head  # a part lifted: "lifted some of its unilateral sanctions on North Korea"
    head = noun.head
    # "called for sanctions on Syria to be lifted": the passive infinitive hangs on the verb, its subject in 'for'
    holders = [noun, head.head] if noun.dep_ == "pobj" and head.lower_ == "for" else [noun]
    return (first.dep_ in ("dobj", "nsubjpass", "nsubj") and first.head.lemma_.lower() in LIFTING_VERBS) or \
        any(c.dep_ in ("ccomp", "xcomp", "oprd", "amod", "acl", "advcl") and c.lemma_.lower() in LIFTING_VERBS
            and c.tag_ == "VBN" and (c.dep_ != "advcl" or holder is not noun)
            for holder in holders for c in holder.children) or \
        any(c.dep_ == "amod" and _lifting_adjective(c) for c in noun.children)


def _lifting_adjective(token: Token) -> bool:
    """'eased sanctions' read as an adjective ('The United States relaxed sanctions on Venezuela' parsed as one
    noun phrase): the measure is lifted, not imposed."""
    word = token.lower_  # "relaxed", "eased", "dropped", "scrapped"
    return token.tag_ == "JJ" and any(word == verb + "d" if verb.endswith("e") else word in (
        verb + "ed", verb + verb[-1] + "ed") for verb in LIFTING_VERBS)


# verbs of getting, given what the object names: "received aid", "got tanks"
RECEIVING_VERBS = {"receive", "get", "obtain", "accept", "secure", "win"}
# verbs of getting backing, whose giver may also be the backing's own "of" or possessive: "won the backing of the
# Security Council", "secured Washington's support"
BACKING_RECEIVED_VERBS = RECEIVING_VERBS | {"gain", "earn", "garner", "enjoy"}
BACKING_NOUNS = {"backing", "support", "endorsement", "blessing"}
# arms a state buys from another, which the seller's aid is ("has bought weapons from the United States")
PURCHASING_VERBS = {"buy", "purchase", "acquire"}
ARMS_BOUGHT = ARMS_NOUNS | {"missile", "tank", "drone", "munition", "ammunition", "howitzer", "launcher", "rocket",
                            "submarine", "frigate", "fighter", "warplane", "artillery"}  # (not airliners)
STOPPING_VERBS = {"stop", "halt", "cease", "quit", "suspend", "end"}


def aid_received(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """'Kenya received aid from Japan', 'Ukraine got tanks from Germany': the giver aids the receiver; 'France's
    intervention in Mali won the backing of the Security Council': the backer supports the receiver."""
    if verb.lemma_.lower() not in BACKING_RECEIVED_VERBS | PURCHASING_VERBS:
        return []
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in substance(c)]
    known = lexicon.object_cues
    # (support "from" someone may be money: "received support from Japan" is aid, below)
    givers = [m for o in objects if o.lemma_.lower() in BACKING_NOUNS for c in o.children
              if c.dep_ == "poss" and c.tag_ != "PRP$" or c.dep_ == "prep" and (
                  c.lower_ == "of" or c.lower_ == "from" and o.lemma_.lower() != "support")
              for pobj in ([c] if c.dep_ == "poss" else (p for p in c.children if p.dep_ == "pobj"))
              for m in arguments.actors_of(pobj, index)]
    if givers:
        receivers = arguments.agents(verb, index) or [
            m for c in verb.children if c.dep_ == "nsubj" for p in c.children if p.dep_ == "poss"
            for m in arguments.actors_of(p, index)]  # "France's intervention won the backing of": France's act
        return [make_candidate("support", giver, receiver, verb, verb, 0.75)
                for giver in givers for receiver in receivers if giver.actor != receiver.actor]
    if verb.lemma_.lower() in PURCHASING_VERBS:  # arms bought from a state are its aid (not oil: trade)
        if not any(o.lemma_.lower() in ARMS_BOUGHT for o in objects) or verb.dep_ == "xcomp" and \
                verb.head.lemma_.lower() in STOPPING_VERBS:
            return []  # (nor arms one stopped buying: "India stopped buying weapons from Russia")
    elif verb.lemma_.lower() not in RECEIVING_VERBS or not any(
            cue.relation == "aid" for o in objects for cue in known.get(o.lemma_.lower()) or known.get(o.lower_, ())):
        return []
    givers = [m for holder in [verb, *objects] for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
              for pobj in c.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index)]
    if not givers and verb.lemma_.lower() in RECEIVING_VERBS:  # a state's own gift: "received British aid" (not
        # arms bought, which are trade: "bought Russian S-400 missiles")
        givers = [m for o in objects for c in o.children if c.dep_ in ("amod", "poss", "compound")
                  and (m := index.by_token.get(c.i)) is not None and m.actor and index.is_state(m.actor)]
    return [make_candidate("aid", giver, receiver, verb, verb, 0.75)
            for giver in givers for receiver in arguments.agents(verb, index) if giver.actor != receiver.actor]


# relief sent, what it is, and the disasters it answers: "have also sent aid" after "a huge explosion at the port"
RELIEF_VERBS = {"send", "fly", "deliver", "dispatch", "rush", "airlift", "ship"}
RELIEF_GOODS = MEDICS | TEAM_NOUNS | {"aid", "relief", "food", "medicine", "supply", "water", "tent", "blanket",
                                     "assistance", "help"}
DISASTER_NOUNS = {"earthquake", "quake", "explosion", "blast", "flood", "flooding", "cyclone", "hurricane", "typhoon",
                  "tsunami", "wildfire", "landslide", "disaster", "famine", "drought"}


def stricken_state(verb: Token, index: ActorIndex, givers: list[Mention]) -> list[Mention]:
    """'Other countries, including Qatar, Kuwait and Iran, have also sent aid', in a story from Beirut after the
    blast: relief (not arms) sent to no one named, in a story of a disaster, goes to the state the story was filed
    from, when the story names that state in its body (not the donors' own)."""
    if index.dateline is None or not index.dateline[1] or verb.lemma_.lower() not in RELIEF_VERBS or not any(
            t.lemma_.lower() in RELIEF_GOODS for o in verb.children if o.dep_ == "dobj" for t in substance(o)):
        return []
    state = index.dateline[1]
    if any(m.actor == state or (m.actor in index.actors and index.actors[m.actor].country == state) for m in givers):
        return []
    # the disaster struck there: a sentence that tells it names the state or a place in it (not as who says so:
    # "A powerful earthquake struck Turkey, the United States said")
    struck = {t.sent.start for t in index.doc if t.pos_ == "NOUN" and t.lemma_.lower() in DISASTER_NOUNS}
    if not any(index.doc[m.start].sent.start in struck and (m.actor == state or m.located_in == state)
               and index.doc[m.end - 1].dep_ != "nsubj" for m in index.mentions):
        return []
    named = [m for m in index.mentions if m.actor == state and m.via in ("gazetteer", "demonym", "organ", "metonymy")]
    return [dataclasses.replace(named[0], via="place")] if named else []


# the people and places relief is brought to, which stand for no actor: "to flood-stricken villages", "to families"
RELIEF_ENDS = SETTLEMENTS | {"family", "survivor", "victim", "refugee", "resident", "villager", "civilian",
                             "community", "area", "valley", "island", "zone"}


def relief_destination(verb: Token, index: ActorIndex, givers: list[Mention]) -> list[Mention]:
    """'ferried food to flood-stricken villages in Pakistan's Swat valley', 'dropped water to Yazidi families on
    Iraq's Mount Sinjar', 'into Pakistan's quake-shattered Kashmir': relief brought to people or places that no
    actor stands for goes to the state they are in (not the givers' own)."""
    if verb.lemma_.lower() not in RELIEF_VERBS | {"ferry", "drop", "parachute", "airdrop", "airlift"}:
        return []
    ends = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
            for p in c.children if p.dep_ == "pobj"]
    found: list[Mention] = []
    for end in ends:
        mention = index.by_token.get(end.i)
        if mention is not None and mention.actor is not None:
            return []  # an actor named is the verb's own target
        if mention is not None and mention.via == "place":  # "into Pakistan's Kashmir"
            found += state_said_of(end, index)
        elif end.lemma_.lower() in RELIEF_ENDS:
            found += [m for holder in (end, verb) for c in holder.children if c.dep_ == "prep"
                      and c.lower_ in ("in", "on") for p in c.children if p.dep_ == "pobj"
                      for m in state_said_of(p, index)]
    own = {m.actor for m in givers} | {index.actors[m.actor].country for m in givers if m.actor in index.actors}
    return [m for m in found if m.actor not in own][:1]
