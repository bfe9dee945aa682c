"""Object nouns: what an act is aimed at when its object names no actor.

Reacting to an event aims at its agent ("deplored the blockade by Israel"); judging a conduct aims at whose
conduct it is ("condemned the recklessness of Kim Jong Un"); a measure on goods aims at the state they come from
("tariffs on imports from China"). actors_behind finds those actors for arguments.py; material.py reads the goods to
tell a measure from a strike.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.constructions import (
    DESTINED_NOUNS,
    governed_by,
    hyphen_prefixes,
    included,
    owners,
    performer_phrases,
    spoken_for,
    substance,
)
from diplograph.ingest.coreference import mention_at
from diplograph.ingest.gazetteer import INSTALLATIONS, SETTLEMENTS
from diplograph.ingest.groups import MEMBER_NOUNS
from diplograph.ingest.lexicon import Lexicon, compound_form
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.preposition_repairs import BORDER_NOUNS, DOOR_PREPOSITIONS, SENT_NOUNS, shuts_the_door
from diplograph.model import ActorType

AREA_PREPOSITIONS = {"in", "inside", "across", "throughout"}  # of the area an act lands in: "strikes inside Iran"
# of a place close to a town, which lies in the town's state (not one close to a state: "a base near Russia")
NEAR_PREPOSITIONS = {"near", "outside", "around"}
# participles that tie people or things to an actor: "hackers linked to the Chinese government"
LINKING_PARTICIPLES = {"link", "tie", "affiliate", "connect"}
SERVING_VERBS = {"work", "spy"}  # whom people serve: "two Ukrainians working for Moscow", "hackers spying for China"
# what is tied to an owner, not a place joined to one ("tunnels connected to Egypt", "a road linking Lebanon")
TIED_NOUNS = {"hacker", "group", "militia", "ship", "vessel", "tanker", "company", "firm", "entity", "bank", "network",
              "account", "individual", "person", "people", "official", "operative", "agent", "fighter", "gunman"}

# objections, whose from- or of-phrase is who raised them: "brushed aside objections from Washington"
OBJECTION_NOUNS = {"objection", "objections", "complaint", "complaints", "reservations"}
# nouns for acts whose agent a reaction to them targets: "deplored the blockade by Israel"
EVENT_OBJECT_NOUNS = {"blockade", "strike", "strikes", "attack", "attacks", "invasion", "occupation", "annexation",
                      "bombing", "shelling", "raid", "incursion", "aggression", "sanctions", "expulsion", "decision",
                      "move", "actions", "policy", "proposal", "plan", "offer", "demand", "warning", "threat",
                      "remarks", "comments", "statement", "test", "launch", "drills", "exercises", "deployment",
                      "offensive", "claims", "claim", "request", "bid", "crackdown", "policies", "tariffs",
                      "allegation", "allegations", "accusation", "accusations", "criticism", "visit",
                      "warnings", "demands", "threats", "proposals", "speech", "speeches", "address", "ultimatum",
                      "ultimatums", "overture", "overtures", "invitation", "draft", "drafts", "resolution",
                      # gatherings: "snubbed the peace conference in Switzerland" is not about Switzerland
                      "conference", "forum", "ceremony", "festival", "congress", "convention"} | OBJECTION_NOUNS
# nouns for how someone acts, speaks or asks, whose 'of' phrase is the one acting, not the one acted on (as it is
# in "the invasion of Ukraine"): "condemned the recklessness of Kim Jong Un", "criticised the actions of Washington",
# "rebuffing a central demand of the six world powers"
CONDUCT_NOUNS = {"action", "actions", "conduct", "behaviour", "behavior", "policy", "policies", "remarks", "comments",
                 "statement", "statements", "rhetoric", "recklessness", "provocation", "provocations", "stance",
                 "attitude", "intransigence", "belligerence", "hostility", "arrogance", "hypocrisy", "words",
                 "tactics", "demand", "demands", "proposal", "proposals", "request", "requests", "plea", "pleas",
                 "ultimatum", "conditions", "terms",
                 # and what one does for a cause, whose 'of' is its doer: "backed the mediation of the African Union"
                 "effort", "efforts", "mediation", "role", "initiative", "leadership", "contribution"} | OBJECTION_NOUNS
# nouns for what someone tries or decides, whose by-phrase is the one trying: "rejected any attempt by Israel to"
ENDEAVOUR_NOUNS = {"attempt", "effort", "bid", "plan", "plot", "scheme", "push", "move", "decision", "step",
                   "proposal", "initiative", "demand", "call", "request", "offer", "threat"}
# what is traded, which comes from a state: "tariffs on imports from China", "a ban on goods from Russia"
# nouns of arms, which as goods for a state are aid (nouns.tsv) and bought from a state are its aid (material.py)
ARMS_NOUNS = {"weapon", "arm", "arms", "weaponry"}
GOODS_NOUNS = {"import", "imports", "good", "goods", "product", "products", "export", "exports", "shipment",
               "shipments", "steel", "aluminium", "aluminum", "car", "cars", "oil", "gas", "grain", "chip", "chips",
               "pork", "beef", "cheese", "apple", "soybean", "soy", "wheat", "corn", "whiskey", "wine", "barley",
               "lobster", "seafood", "poultry", "chicken", "dairy"}
SHIPPING_VERBS = {"import", "ship", "export", "come", "send", "bring"}  # "goods imported from Serbia"
# states one is in, which no one does: concern about "the Pope's health" or "Ukraine's ammunition shortage" judges
# no one, as concern about "China's behaviour" does
CONDITION_NOUNS = {"health", "safety", "security", "wellbeing", "welfare", "fate", "future", "economy",
                   "debt", "deficit", "inflation", "rate", "level", "shortage", "forecast", "situation", "condition",
                   "stability", "plight", "finance", "growth", "recovery", "weather", "outlook", "prospect", "capacity",
                   "readiness", "supply", "reserve"}
# nouns of leaving a place, whose 'from' is where one leaves, not who acts: "the withdrawal of troops from Ukraine"
LEAVING_NOUNS = {"withdrawal", "pullout", "pull-out", "removal", "evacuation", "departure", "exit", "retreat",
                 "expulsion", "exodus", "release", "return", "repatriation", "extradition", "deportation"}
KILLING_VERBS = {"kill", "wound", "injure", "hit", "target", "eliminate", "assassinate"}  # what a strike does to whom
# measures taken against a side: "imposed curbs on", "an asset freeze"
PUNITIVE_MEASURES = {"sanction", "tariff", "curb", "restriction", "ban", "embargo", "duty", "levy", "penalty"}
# a freeze of holdings, or of what goes to another, is a measure (not a settlement freeze: self_restraint)
FROZEN_HOLDINGS = {"asset", "fund", "account", "reserve"}
FROZEN_SUPPLIES = {"aid", "assistance", "funding", "loan", "credit", "payment", "transfer", "delivery", "shipment",
                   "export", "import", "trade", "sale", "weapon", "arm"}

# what a government does to its own people, whose 'in' phrase is the state judged for it: "condemned the crackdown
# in Venezuela", "the arrests of journalists in Turkey"
REPRESSION_NOUNS = {"crackdown", "repression", "persecution", "suppression", "abuse", "violation", "arrest",
                    "detention", "execution", "censorship", "rupture", "breakdown", "erosion", "subversion", "violence"}
DISSENTERS = {"protester", "demonstrator", "opposition", "journalist", "activist", "dissident", "student"}
# what those that break (a rupture, a breakdown) must break for the state to be judged: "of the democratic order"
CIVIC_ORDER = {"order", "democracy", "law", "freedom", "right", "constitution", "institution"}


def where_repressed(noun: Token, index: ActorIndex) -> list[Mention]:
    """The state a repression happens in, for those who condemn it: 'the crackdown on protesters in Belarus',
    'the rupture of the democratic order in Venezuela' (not 'the breakdown of talks in Geneva')."""
    lemma = noun.lemma_.lower()
    if lemma not in REPRESSION_NOUNS or lemma in ("rupture", "breakdown", "erosion", "subversion") and not any(
            o.lemma_.lower() in CIVIC_ORDER for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"):
        return []
    if lemma == "violence" and not any(c.dep_ == "prep" and c.lower_ == "against" and any(
            o.lemma_.lower() in DISSENTERS for o in c.children) for c in noun.children):
        return []  # violence against those who oppose a state: "the violence against protesters in Nicaragua"
    phrase = [noun]
    for token in phrase:  # the noun phrase, through its prepositions and their nouns only (no clause)
        phrase.extend(c for c in token.children if c.dep_ in ("prep", "pobj", "conj") and c.pos_ != "VERB")
    if agents := [t for t in phrase if t.dep_ == "prep" and t.lower_ == "by"]:  # "the arrest of two journalists
        # by Turkish police in Iraq": the agent's, if known, not the place's
        return [m for by in agents for o in by.children if o.dep_ == "pobj" and (m := named(index, o)) is not None
                and m.actor is not None][:1]
    for prep in (t for t in phrase if t.dep_ == "prep" and t.lower_ in AREA_PREPOSITIONS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            mention = index.named_at(pobj) or named(index, pobj)
            if mention is not None and mention.actor is not None and index.is_state(mention.actor):
                return [mention]
    return []


def holders(thing: Token, index: ActorIndex) -> list[Mention]:
    """The actors holding a thing or place, as owners() finds them: 'tunnels used by Islamic State'."""
    return [m for o in owners(thing) if (m := named(index, o)) is not None and m.actor is not None]


# participles of putting a thing forward, whose by-phrase is whose it is, for those who answer it: "rejected the
# plan proposed by Washington", "welcomed the formula proposed by Brazil" (not "attacked the proposal drafted by")
PROPOSING_PARTICIPLES = {"propose", "suggest", "table", "draft", "sponsor", "put", "offer", "submit"}
MAKING_VERBS = PROPOSING_PARTICIPLES | {"make", "present", "set", "lay", "unveil", "outline", "issue", "send"}


def relative_makers(noun: Token, index: ActorIndex) -> list[Mention]:
    """Who made a text or a demand, told by a relative clause on it or on its phrase: 'the proposals for closer
    exchanges that Park set out', 'conditions that Moscow had put forward'."""
    held = [noun, *(o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    return [m for n in held for c in n.children if c.dep_ == "relcl" and c.lemma_.lower() in MAKING_VERBS and any(
        w.dep_ == "dobj" and w.lower_ in ("that", "which") for w in c.children) for s in c.children if s.dep_ == "nsubj"
        for g in conjuncts(s) if (m := mention_at(index, g)) is not None and m.actor is not None]


def named(index: ActorIndex, token: Token) -> Mention | None:
    """The actor a phrase names, itself or by the name in apposition to it: 'the militant group Hamas'."""
    return mention_at(index, token) or next((m for a in token.children if a.dep_ == "appos" and a.i == token.i + 1
                                             and (m := mention_at(index, a)) is not None), None)


def is_people_noun(noun: Token, lexicon: Lexicon) -> bool:
    return bool({noun.lower_, noun.lemma_.lower()} & lexicon.people_nouns)


# verbs that say what their object is, by an 'as' phrase that is no act of theirs: "denounced the pipeline as a
# threat" (but "sent supplies as aid to Turkey", "fired the missile as a warning" are acts)
PREDICATING_VERBS = {"denounce", "condemn", "criticize", "criticise", "dismiss", "reject", "decry", "slam", "brand",
                     "label", "describe", "see", "view", "regard", "portray", "depict", "characterise", "characterize",
                     "welcome", "hail", "praise"}


def predicated(noun: Token, governor: Token) -> bool:
    """Whether an event noun only says what the governor's object is ('denounced the pipeline as a threat'), not
    what one did ('what she described as a good conversation by phone with Trump')."""
    return noun.head.lower_ == "as" and governor.lemma_.lower() in PREDICATING_VERBS and not any(
        d.lower_ == "what" for d in governor.children)


# people set against their own state, whom its demonym does not make its agents: "Iranian Kurdish opposition groups",
# "Iranian dissidents", "Syrian opposition figures"
OPPOSING_WORDS = {"opposition", "dissident", "dissidents", "exile", "exiles", "oppositionist"}  # (not "opponents")


def opposes_its_state(noun: Token) -> bool:
    return noun.lower_ in OPPOSING_WORDS or any(c.dep_ == "compound" and c.lower_ in OPPOSING_WORDS
                                                 for c in noun.children)


def one_of_its_members(noun: Token) -> bool:
    """'A NATO member shot down a Russian jet', 'Several EU member states recognised', 'Five EU countries': one or
    some members of a body, which are neither the body nor any member named ('the 27 EU countries' are all of it)."""
    lemma, every = noun.lemma_.lower(), any(c.lower_ in ("the", "all") or c.dep_ == "poss" for c in noun.children)
    return lemma in ("member", "state", "country") and any(c.dep_ == "nummod" and not every or c.dep_ in (
        "amod", "det") and c.lower_ in SOME_MEMBERS or lemma == "member" and noun.tag_ == "NN" and c.dep_ == "det"
        and c.lower_ in ("a", "an", "another", "one") for c in noun.children)


SOME_MEMBERS = {"some", "several", "many", "few", "most"}  # (not "other": "urged other EU members" urges the EU)
# armed opponents of a state, who are not the state they are in: "rebel groups in Qatar", "the rebels in Minsk"
REBEL_WORDS = {"rebel", "insurgent", "militant", "separatist", "guerrilla", "insurgency"}


def fights_its_state(noun: Token) -> bool:
    return noun.lemma_.lower() in REBEL_WORDS or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in
                                                     REBEL_WORDS for c in noun.children)


def is_event_noun(noun: Token, lexicon: Lexicon) -> bool:
    return lexicon.noun_cue(noun) is not None or bool({noun.lemma_.lower(), noun.lower_} & EVENT_OBJECT_NOUNS)


# nouns of forces put somewhere, whose 'of' phrase names the forces, and so whose they are: "the deployment of
# NATO troops in Poland", "the build-up of Russian forces" (not "the invasion of Ukraine")
DEPLOYMENT_NOUNS = {"deployment", "build-up", "buildup", "presence", "massing", "stationing", "redeployment"}
# a body's own organs, which act for it: "a resolution passed by the IAEA board"
BOARD_NOUNS = {"board", "council", "secretariat", "commission", "assembly", "governors"}


def actors_behind(noun: Token, index: ActorIndex, lexicon: Lexicon, placed: bool = True,
                  proposals: bool = False) -> list[Mention]:
    """An event noun's by-agents ('the blockade of Gaza by Israel', 'statements by Venezuela and Cuba'); else the
    state a non-actor noun is in or of ('sanctions on 500 targets in Russia', 'the blockade of Gaza'); or []."""
    governor = governed_by(noun, index) or spoken_for(noun, index)
    if governor is not None:  # "criticised the government of Benjamin Netanyahu", "a spokesman for the ministry"
        return [governor]
    preps = [c for c in noun.children if c.dep_ == "prep"]
    # "an offer of help from the UAE": the parser hangs the source on what is offered
    preps += [p for c in preps if c.lower_ == "of" for o in c.children if o.dep_ == "pobj" and mention_at(index, o)
              is None for p in o.children if p.dep_ == "prep" and p.lower_ == "from"]
    conduct, act = noun.lower_ in CONDUCT_NOUNS or noun.lemma_.lower() in CONDUCT_NOUNS, is_event_noun(noun, lexicon)
    # "the blockade by Israel", "the storming of the compound by", "calls from allies"; "the actions of the US";
    # "a resolution passed by the IAEA board" (a text performed is its performer's)
    performed = performer_phrases(noun) + (performer_phrases(noun, PROPOSING_PARTICIPLES) if proposals else [])
    for prep in preps + performed:
        deployed = prep.lower_ == "of" and (noun.lemma_.lower() in DEPLOYMENT_NOUNS or compound_form(
            noun) in DEPLOYMENT_NOUNS)  # "the build-up of NATO forces"
        if prep.lower_ == "by" and (act or lexicon.names_a_deed(noun) or prep in performed
                                    or noun.lemma_.lower() in ENDEAVOUR_NOUNS) or prep.lower_ == "of" and \
                conduct or prep.lower_ == "from" and act and noun.lemma_.lower() not in LEAVING_NOUNS or deployed:
            for pobj in prep.children:
                mention = named(index, pobj) if pobj.dep_ == "pobj" else None
                mention = mention or next(iter(included(pobj, index)), None) or (next(
                    (m for c in pobj.children if c.dep_ in ("compound", "poss") and (m := index.by_token.get(c.i))
                     and m.actor and index.actors[m.actor].type is ActorType.ORGANIZATION), None)
                    if pobj.lower_ in BOARD_NOUNS or deployed else None) or (next(
                    (m for c in pobj.children if c.dep_ == "amod" for t in (c, *hyphen_prefixes(c))
                     if (m := index.by_token.get(t.i)) is not None and m.actor and index.is_state(m.actor)), None)
                    if deployed else None)  # "by the IAEA board": the
                # body's; "the presence of U.S.-led foreign troops": the state leading them
                if mention is not None and mention.actor is not None:
                    # "statements by Venezuela and Cuba", "by the governments of Venezuela, Cuba and Bolivia"
                    members = [*conjuncts(pobj)[1:], *(c for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                                                       for o in p.children if o.dep_ == "pobj" for c in conjuncts(o))]
                    others = [m for c in members if (m := mention_at(index, c)) is not None and m.actor is not None]
                    return [mention, *{m.actor: m for m in others if m.actor != mention.actor}.values()]
    if proposals and (conduct or act) and (makers := relative_makers(noun, index)):
        return makers  # "the proposals that Park set out", "the plan, which Washington presented"
    if placed and (repressing := where_repressed(noun, index)):
        return repressing
    if placed and (held := [m for m in holders(noun, index) if index.actors[m.actor or ""].type is not
                            ActorType.ORGANIZATION]):
        return held[:1]  # a thing struck is its holder's: "tunnels used by Islamic State" (not "used by the UN")
    if linked := [m for c in noun.children if c.dep_ in ("acl", "amod") and (
                      c.lemma_.lower() in LINKING_PARTICIPLES and c.tag_ == "VBN" or c.lemma_.lower() in SERVING_VERBS)
                  and (noun.lemma_.lower() in TIED_NOUNS or noun.lower_ in lexicon.people_nouns)
                  for o in [*(g for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with", "for")
                              for g in p.children if g.dep_ == "pobj"),
                            *(n for n in c.children if n.dep_ == "npadvmod")]
                  if (m := mention_at(index, o)) is not None and m.actor]:
        return linked[:1]  # "hackers linked to the Chinese government", "an Israel-linked ship": whose they are
    # goods come from their state, and travel goes to one: "levies on imports from China", "on travel to Cuba"
    people = is_people_noun(noun, lexicon)
    sent = noun.lemma_.lower() in SENT_NOUNS  # people sent, whose "from" is who sent them: "a delegation from ECOWAS"
    origin = ({"from"} if noun.lemma_.lower() in GOODS_NOUNS or people or sent else set()) | (
        {"to"} if noun.lemma_.lower() in DESTINED_NOUNS else set())
    if noun.lemma_.lower() in GOODS_NOUNS:  # "goods imported from Serbia"
        preps += [p for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in SHIPPING_VERBS
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "from"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "on" and not any(p.lower_ == "from" for p in preps):
            # the parser hangs the goods' origin on the measure or its verb: "tariffs on steel from Canada and
            # Mexico", "imposed tariffs on steel imports from Turkey"
            measure = noun.head.head
            preps += [p for holder in (measure, *([measure.head] if measure.dep_ == "dobj" else []))
                      for p in holder.children if p.dep_ == "prep" and p.lower_ == "from"]
    # (an installation's "at" tells where it is: "the container terminal at Syria's Latakia port")
    placing = AREA_PREPOSITIONS | NEAR_PREPOSITIONS | ({"at"} if noun.lemma_.lower() in INSTALLATIONS else set())
    for prep in preps if placed else ():
        if prep.lower_ in placing | {"of"} | origin and not is_event_noun(noun, lexicon) \
                and not (prep.lower_ in AREA_PREPOSITIONS and fights_its_state(noun)):  # (not "rebels in Minsk")
            for pobj in prep.children:
                mention = index.named_at(pobj) or named(index, pobj) if pobj.dep_ == "pobj" else None
                if (mention is None or mention.actor is None and not mention.located_in) and prep.lower_ in placing \
                        and pobj.dep_ == "pobj" and pobj.lemma_.lower() in SETTLEMENTS and (
                            state := where_it_lies(pobj, index)):
                    return [state]
                if mention is None and prep.lower_ == "from" and noun.lemma_.lower() in GOODS_NOUNS and \
                        pobj.lemma_.lower() in MEMBER_NOUNS:  # "food imports from European Union countries"
                    mention = next((m for c in pobj.children if c.dep_ in ("compound", "nmod") and (
                        m := mention_at(index, c)) is not None and m.actor is not None), None)
                if mention is not None and mention.actor is not None and prep.lower_ in NEAR_PREPOSITIONS:
                    if mention.via == "metonymy" or pobj.lemma_.lower() in BORDER_NOUNS and index.is_state(
                            mention.actor) and any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.i >= mention.start
                                                   for c in pobj.children):
                        # "a base near Damascus": the capital's state; "near Ukraine's border with Poland": a state's
                        return [mention]  # own border is on its side
                    continue
                if mention is not None and mention.actor is not None and (
                        index.actors[mention.actor].type is ActorType.COUNTRY or (
                            prep.lower_ == "of" and index.actors[mention.actor].type is ActorType.GROUP) or (
                            prep.lower_ == "from" and (sent or noun.lemma_.lower() in GOODS_NOUNS and
                                                       index.actors[mention.actor].type is ActorType.ORGANIZATION))):
                    # (a group's, too: "struck five sites of the Kataib Hezbollah militia"); goods from a list of
                    # states are each one's: "tariffs on imports from Canada and Mexico"
                    return [mention, *(m for c in conjuncts(pobj)[1:] if prep.lower_ == "from" and (
                        m := mention_at(index, c)) is not None and m.actor is not None and (index.is_state(
                            m.actor) or index.actors[m.actor].type is ActorType.ORGANIZATION))]  # ("and the EU")
                if mention is not None and mention.actor is None and mention.located_in and prep.lower_ != "to":
                    return [mention]  # "shelled the city of Kherson": its state, for acts that land (located)
    if placed and noun.lemma_.lower() in GOODS_NOUNS:  # "a ban on imports of Turkish tomatoes": the goods' state
        return next((found for p in preps if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                     if (found := measured_state(o, index))), [])
    return []


def where_it_lies(place: Token, index: ActorIndex) -> Mention | None:
    """The state (or known place) a place the gazetteer lacks is told to lie in: 'the town of Masyaf in Syria', 'in
    Syria's Hama province', 'Syria's Latakia port', 'the Syrian town of Masyaf'."""
    named_as = [place, *(o for p in place.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj")]  # (or its name's: "the village of [Kafr Nabudah] in Syria")
    holders = [place, *(o for n in named_as for p in n.children if p.dep_ == "prep" and p.lower_ == "in"
                        for o in p.children if o.dep_ == "pobj")]
    for token in (t for h in holders for t in (h, *(c for c in h.children if c.dep_ == "poss")) if t.i != place.i):
        mention = named(index, token)
        if mention is not None and (mention.actor is not None and index.is_state(mention.actor) or
                                    mention.actor is None and mention.located_in):
            return mention
    return next((m for c in place.children if c.dep_ == "amod" and (m := index.by_token.get(c.i)) is not None
                 and m.via == "demonym" and m.actor is not None and index.is_state(m.actor)), None)  # "the Syrian
    # town of Masyaf"


def measured_state(noun: Token, index: ActorIndex) -> list[Mention]:
    """The state a measure's object belongs to, named by its modifier: 'banned Belarusian airlines', 'froze Iranian
    assets', 'banned Japanese seafood imports'."""
    return [m for t in substance(noun) for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")
            and (m := index.by_token.get(c.i)) is not None and m.actor is not None
            and m.via in ("demonym", "gazetteer", "metonymy") and index.actors[m.actor].type is ActorType.COUNTRY]


# nouns for armed forces, whose state one who joins them cooperates with: "joined Belarusian forces for exercises"
# (not "joined the U.S.-led coalition")
ARMED_FORCE_NOUNS = {"troop", "force", "soldier", "army", "military", "navy", "warship", "marine", "paratrooper"}


def forces_join_forces(verb: Token, joined: Token) -> bool:
    """'Russian troops joined Belarusian forces for exercises': one state's forces joining another's (not 'a former US
    Marine joined Ukrainian forces', 'Colombian veterans joined Ukrainian troops': people, not their state)."""
    return joined.lemma_.lower() in ARMED_FORCE_NOUNS and any(  # (through a count: "thousands of Chinese troops")
        t.lemma_.lower() in ARMED_FORCE_NOUNS and (t.tag_ == "NNS" or t.lemma_.lower() in ("navy", "army", "military"))
        for s in verb.children if s.dep_ == "nsubj" for t in substance(s))


# what a place is wished to be, which asks nothing of it: "called for a free and open Indo-Pacific", "a stable Iraq"
WISHED_QUALITIES = {"free", "open", "stable", "peaceful", "democratic", "united", "unified", "sovereign", "secure",
                    "independent", "prosperous", "inclusive", "denuclearized", "denuclearised", "nuclear-free"}


def is_a_wish(noun: Token, index: ActorIndex) -> bool:
    """'a stable Afghanistan', 'a free and open Indo-Pacific region': a place named with what it is wished to be
    (not one asked to act: 'called for a democratic Venezuela to hold elections')."""
    asked = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "to" or any(
        c.dep_ in ("acl", "relcl") for c in noun.children)
    return noun.i in index.by_token and not asked and any(
        c.dep_ == "amod" and c.lower_ in WISHED_QUALITIES for c in noun.children)


def is_measure(noun: Token) -> bool:
    """'sanctions', 'a ban', 'an asset freeze' (or a freeze on funds, on aid): a measure taken against a side."""
    frozen = FROZEN_HOLDINGS | FROZEN_SUPPLIES
    return noun.lemma_.lower() in PUNITIVE_MEASURES or noun.lemma_.lower() == "freeze" and any(
        t.lemma_.lower() in frozen for c in noun.children if c.dep_ in ("compound", "amod", "prep")
        for t in (c, *c.children))


def self_restraint(noun: Token) -> bool:
    """'announced a settlement freeze in the West Bank': a freeze of neither holdings nor what goes to another
    holds one's own side back; it lands on no one where it is made."""
    return noun.lemma_.lower() == "freeze" and not is_measure(noun)


def lands_where_it_is(noun: Token) -> bool:
    """Whether an act named by a noun lands on the state it is told to be in ('strikes inside Iran'): not a
    freeze one holds oneself to, nor a strike whose verb of killing names a person or group it killed ('a U.S.
    drone strike in Syria killed an al Qaeda commander' struck the commander; 'killed two Greek sailors', people
    of a state, or 'angered the Lebanese government', no victim, leave it where it was)."""
    struck = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in KILLING_VERBS and any(
        c.dep_ == "dobj" and any(t.ent_type_ in ("PERSON", "ORG") for t in c.subtree) for c in noun.head.children)
    return not self_restraint(noun) and not struck


def barred(node: Token) -> bool:
    """'closed the door [on] (or [to]) talks with Ukraine', 'lifted its ban on [trips] to Turkey': an act shut out,
    or one a measure curbs, is not done."""
    if node.dep_ == "prep" and node.lower_ in DOOR_PREPOSITIONS:
        return shuts_the_door(node.head)
    holder = node.head.head  # the measure, or the verb the parser hung its 'on' on: "lifted curbs [on] trips"
    return node.dep_ == "pobj" and node.head.lower_ == "on" and (is_measure(holder) or holder.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.i < node.head.i and is_measure(c) for c in holder.children))
