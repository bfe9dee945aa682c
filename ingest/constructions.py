"""Constructions: small syntactic patterns the parser leaves in a shape the argument rules do not expect.

A reciprocal object ("accused each other"), a body named by whose it is ("the government of Benjamin Netanyahu"),
people named by where they come from ("expelled diplomats from Argentina and Chile"), a free relative in the
object's place ("struck what it called camps in Pakistan"), a spokesperson for a body, an envoy named beside his
state, the members a group includes, and the shapes of phrases: partitives ("hundreds of drones"), hyphenated owners
("a Saudi-led coalition"), "for X to do" clauses, a place glued onto a span of time ("to Yerevan days later"), ties
made with someone. Pure functions over tokens and the ActorIndex; arguments.py, targets.py and relations.py call
them (coordination.py has the members of lists).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.coordination import coordinated_objects, first_conjunct
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.model import ActorType

# nouns for the body that governs for a person or a state: "the government of Benjamin Netanyahu"
GOVERNING_BODIES = {"government", "administration", "cabinet", "regime", "leadership", "junta", "coalition"}
BODY_STAFF = {"judge", "official", "prosecutor", "officer", "commander"}  # "four judges of the ICC": the body
PNG_WORDS = {"persona", "non", "grata"}  # "declared two attaches persona non grata"
PART_WORDS = {"some", "other", "several", "few", "many", "most", "certain", "individual"}  # "some members of NATO"
RECIPROCAL_HEADS = {"other", "another"}  # "each other", "one another"
OBJECT_PRONOUNS = {"them", "him", "her", "it"}
# descriptions by which a report refers back to a state it has named: "accusing its neighbour of hostile acts"
STATE_DESCRIPTIONS = {"neighbour", "neighbor", "country", "government", "kingdom", "emirate", "state", "nation",
                      "rival", "ally", "authorities", "leadership", "regime", "republic", "island"}


# spans of time the parser may glue a place onto: "travelled to Yerevan days later" (Yerevan a compound of days)
TIME_UNITS = {"hour", "day", "week", "month", "year"}


def glued_place(pobj: Token) -> Token:
    """The object of a preposition, or the place glued as a compound onto a span of time after it."""
    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in TIME_UNITS:
        glued = [c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if glued:
            return glued[0]
    return pobj


# bonds between two, whose with-phrase names each party's counterpart: "agreed to normalise ties with Israel"
BOND_NOUNS = {"tie", "relation", "relationship"}


def bonds_with(clause: Token) -> bool:
    """Whether a clause makes, mends or cuts ties with someone ('normalise ties with Israel'): each of its agents
    does so with them, unlike 'keep in touch with Washington', what two agree to do together."""
    withs = [p for o in clause.children if o.dep_ == "dobj" and o.lemma_.lower() in BOND_NOUNS
             for p in (*o.children, *clause.children) if p.dep_ == "prep" and p.lower_ == "with"]
    # (not ties "with each other and with the US": the two make them with each other too)
    return bool(withs) and not any(is_reciprocal(t) for p in withs for t in p.subtree)


def is_reciprocal(token: Token) -> bool:
    """'each other', 'one another' (or 'one' with 'another' its det), 'the other' after 'each side'."""
    return token.lower_ == "one" and any(c.lower_ == "another" and c.i == token.i + 1 for c in token.children) or (
        token.lower_ in RECIPROCAL_HEADS and token.i > 0 and token.doc[token.i - 1].lower_ in ("each", "one")) or (
        token.lower_ == "other" and token.i > 0 and token.doc[token.i - 1].lower_ == "the" and any(
            c.dep_ == "nsubj" and (c.lower_ == "each" or any(d.lower_ == "each" for d in c.children))
            for c in token.head.children))


def governed_by(noun: Token, index: ActorIndex) -> Mention | None:
    """'the government of Benjamin Netanyahu': the person or state whose body it is; 'the founding members of the
    Mercosur trade bloc': the body its members act as (all of them: not 'some members', 'two members ...')."""
    lemma = noun.lemma_.lower()
    all_members = lemma == "member" and noun.tag_ == "NNS" and not any(
        c.dep_ in ("nummod", "appos") or c.lower_ in PART_WORDS or c.dep_ == "det" and c.lower_ not in ("the", "all")
        for c in noun.children)
    kinds = (ActorType.PERSON, ActorType.COUNTRY) if lemma in GOVERNING_BODIES else (ActorType.ORGANIZATION,) \
        if all_members else (ActorType.ORGANIZATION, ActorType.GROUP) if lemma in BODY_STAFF else ()
    # the body itself, or its name before a common noun: "the Mercosur trade bloc"
    names = [t for prep in noun.children if kinds and prep.dep_ == "prep" and prep.lower_ == "of"
             for pobj in prep.children if pobj.dep_ == "pobj"
             for t in (pobj, *(c for c in pobj.children if c.dep_ == "compound"))]
    return next((m for t in names if (m := index.by_token.get(t.i)) is not None and m.actor
                 and index.actors[m.actor].type in kinds), None)


def origin_phrases(verb: Token) -> list[Token]:
    """The objects of a 'from' phrase on a verb: 'expelled diplomats [from Argentina, Chile and Peru]'."""
    return [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def is_back_reference(token: Token, index: ActorIndex) -> bool:
    """An object pronoun, or a definite description of a state resolved to no actor: 'them', 'the government'."""
    if token.lower_ in OBJECT_PRONOUNS:
        return True
    mention = index.by_token.get(token.i)
    return (mention is None or mention.actor is None) and token.lemma_.lower() in STATE_DESCRIPTIONS and any(
        c.dep_ in ("poss", "det") and c.lower_ in ("its", "their", "the") for c in token.children)


# nouns of an answer, whose 'to' names what is answered, not what the answerer did: "the U.S. response to an attack",
# "Washington's opposition to (a warning against) a ground offensive in Rafah"
REACTION_NOUNS = {"response", "reaction", "answer", "retaliation", "reply", "investigation", "inquiry", "probe",
                  "opposition", "objection", "condemnation", "criticism", "warning", "resistance", "rejection"}


def governing_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of, directly or through a preposition: 'launched [an attack]'."""
    node = first_conjunct(noun)
    for _ in range(3):
        naming = node.head.head if node.dep_ == "attr" and node.head.dep_ == "ccomp" else node.head
        if node.dep_ in ("oprd", "ccomp", "attr") and naming.dep_ in ("ccomp", "dobj") and \
                free_relative_referent(naming) == node:  # "issued [what he called a last warning]", "launched [what
            return naming.head  # it said was a strike]": the verb the free relative is the object of
        if node.dep_ in ("dobj", "nsubjpass", "attr"):
            return node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX"):
            return node.head.head
        if node.dep_ != "pobj" or node.head.head.lemma_.lower() in REACTION_NOUNS:
            return None  # ("the U.S. response to a chemical attack": the attack is not the responder's)
        node = node.head.head
    return None


# verbs of naming that keep a report's distance from what a free relative names: "rejected what it called meddling"
NAMING_VERBS = {"call", "describe", "say", "term", "label", "claim", "consider", "deem", "brand", "characterize",
                "characterise", "believe", "identify", "allege", "dub", "regard", "see", "view"}


def free_relative_referent(clause: Token) -> Token | None:
    """The thing a free relative names in the object's place: the camp in 'struck [what New Delhi described as a
    training camp inside Pakistani territory]', the hideouts in 'strikes on [what it said were hideouts in Iran]'."""
    if clause.lemma_.lower() not in NAMING_VERBS:
        return None
    opening = min(t.i for t in clause.subtree)
    if clause.doc[opening].lower_ != "what":
        return None
    for verb in (clause, *(c for c in clause.children if c.dep_ in ("ccomp", "xcomp"))):
        if not any(c.i == opening for c in verb.children):
            continue  # the "what" belongs to this verb: "called [what]", "[what] were"
        for child in verb.children:
            if child.dep_ in ("oprd", "attr", "dobj", "ccomp") and child.i != opening and child.pos_ in ("NOUN",
                                                                                                      "PROPN"):
                return child  # "called X", "were X" (or "[what] Israel said were [Hamas targets]ccomp")
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":  # "described as X"
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


# people who speak or act for a body: "a spokesperson for the Chinese foreign ministry"
SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "official", "representative", "envoy", "negotiator",
                "delegate", "aide", "adviser", "advisor", "source"}
# the mentions a named person may replace: a body or a state standing for its envoy ("Russia's ambassador")
BODY_VIAS = {"organ"}


def spoken_for(noun: Token, index: ActorIndex) -> Mention | None:
    """'a spokesperson for the Chinese foreign ministry', 'an official for the EU': the body spoken for."""
    if noun.lemma_.lower() not in SPOKESPEOPLE:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for pobj in prep.children:
                mention = index.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                if mention is not None and mention.actor is not None:
                    return mention
    return None


def named_in_apposition(head: Token, mention: Mention | None, index: ActorIndex) -> Mention | None:
    """'Russia's ambassador, Vassily Nebenzia, accused Kyiv': the person named beside a body's envoy acts; so does
    the one named beside a kin or a noun that is no actor ('Kim Jong Un's sister Kim Yo Jong threatened')."""
    if mention is None or mention.actor is None:
        if head.pos_ != "NOUN":
            return None
    elif mention.via not in BODY_VIAS:
        return None
    for child in head.children:
        if child.dep_ == "appos":
            named = index.by_token.get(child.i)
            if named is not None and named.actor is not None and named.via == "name" and \
                    index.actors[named.actor].type is ActorType.PERSON:
                return named
    return None


# plurals of states whose members a list names ("Fifteen countries, among them France"): the members act
GROUPS_OF_STATES = {"countries", "states", "nations", "governments", "members", "allies", "powers", "neighbours",
                    "neighbors"}


def included(group: Token, index: ActorIndex) -> list[Mention]:
    """The named members of a group that is no actor: 'calls from allies including Britain', 'states such as
    Qatar and Egypt', 'leaders, among them Abbas' (repairs.py hangs the names so)."""
    found: list[Mention] = []
    for prep in group.children:
        if prep.dep_ == "prep" and (prep.lower_ == "including" or prep.lower_ == "among" and any(c.lower_ == "them"
                for c in prep.children) or prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for member in (pobj, *(c for c in pobj.subtree if c.dep_ in ("conj", "appos"))):
                    mention = index.by_token.get(member.i)
                    if mention is not None and mention.actor is not None:
                        found.append(mention)
    return found


# the second half of a hyphenated modifier that makes its first half the owner: "British-flagged", "Saudi-led"
AUTHORING_PARTICIPLES = {"drafted", "proposed", "tabled", "written", "authored", "submitted"}
CONTROL_PARTICIPLES = {"flagged", "registered", "owned", "operated", "led", "backed", "controlled", "run", "held",
                       "sponsored", "funded", "commanded"}


# nouns for a charge made by someone: "rejected Trudeau's allegation", "..., a charge Washington denies"
CLAIM_NOUNS = {"allegation", "accusation", "claim", "charge", "assertion", "suggestion"}
# heads of a partitive phrase: "hundreds of drones", "$2 billion worth of", "a convoy of soldiers", "16 types of goods"
QUANTITY_NOUNS = {"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "score", "scores", "barrage",
                  "wave", "salvo", "volley", "swarm", "series", "number", "round", "spate", "flurry", "string", "batch",
                  "shipment", "package", "tranche", "set", "raft", "slew", "host", "range", "worth", "convoy", "column",
                  "contingent", "detachment", "flotilla", "squadron", "battalion", "brigade", "type", "kind", "sort",
                  "category", "variety"}
TEAM_WORDS = {"team", "crew"}  # a bare team is what it is made of: "a team of Chinese doctors" (not "a Russian team")

DURATIONS = {"day", "hour", "week", "month", "year"}  # spans of time that measure their 'of': "eight days of drills"
CHOICE_WORDS = {"some", "all", "many", "several", "each", "both", "half", "rest", "majority", "bulk", "part",
                "corner", "edge", "section", "portion", "tip", "heart", "core", "crux", "centrepiece", "centerpiece",
                "thrust", "essence", "unit", "units", "subsidiary", "subsidiaries", "affiliate", "affiliates",
                "branch", "branches", "wing"}  # words that pick some of what their 'of' names
# phases of an act, which is what they name: "condemned the resumption of Israeli strikes on Gaza"
PHASE_NOUNS = {"resumption", "reimposition", "continuation", "escalation", "intensification", "expansion",
               "extension", "renewal", "spate", "wave", "surge", "edition"}


def substance(token: Token) -> list[Token]:
    """What a partitive phrase is made of: 'hundreds of drones and missiles' -> drones, missiles; else the
    token itself. The quantity is no argument; the stuff is ('launched hundreds of drones at Israel')."""
    if token.lemma_.lower() in QUANTITY_NOUNS or token.lower_ in QUANTITY_NOUNS or token.pos_ == "NUM" or \
            token.ent_type_ in ("CARDINAL", "QUANTITY") or token.tag_ == "JJS" or token.lower_ in CHOICE_WORDS or \
            token.lemma_.lower() in PHASE_NOUNS or token.lemma_.lower() in TEAM_WORDS and not any(
                c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.children) or \
            token.lemma_.lower() in DURATIONS and any(c.dep_ == "nummod" or c.lower_ in ("a", "an")
                                                      for c in token.children):  # "a week of exercises"
        # (and a choice among them: "the largest of their posts in Syria", "some of the diplomats")
        stuff = [t for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for pobj in c.children if pobj.dep_ == "pobj" for t in conjuncts(pobj)]
        if stuff:
            return stuff
    return [token]


FLAGS = {"flagged", "registered"}  # a craft's flag, not who steers it


def hyphen_prefixes(modifier: Token, participles: frozenset[str] | set[str] = CONTROL_PARTICIPLES,
                    acting: bool = False) -> list[Token]:
    """The state inside a hyphenated modifier of ownership or control: 'a British-flagged tanker', 'the Saudi-led
    coalition'; not of making ('Iranian-made drones' shot down over Kyiv are not Iran's), nor a flag for a craft
    that acts ('the Panama-flagged vessel blocked the canal')."""
    doc = modifier.doc
    last = modifier.lower_.split("-")[-1]
    if last not in participles and not (acting and last in AUTHORING_PARTICIPLES) or acting and last in FLAGS:
        return []  # (a text answered is its author's: "vetoed a British-drafted resolution")
    return [c for c in modifier.children if c.dep_ in ("amod", "npadvmod", "compound", "nmod") and c.i + 2 == modifier.i
            and doc[c.i + 1].text == "-"]


def for_clause(clause: Token) -> bool:
    """A 'for X to do' complement, whose 'for' the parser hangs on the clause: 'called for Russia to release'."""
    return clause.dep_ in ("advcl", "ccomp", "xcomp") and any(
        g.dep_ == "mark" and g.lower_ == "for" and g.i < clause.i for g in clause.children)


# nouns of acting alongside another, whose 'with' phrase the parser may hang on the verb: "in solidarity with"
COMPANY_NOUNS = {"solidarity", "coordination", "concert", "tandem", "conjunction", "consultation", "cooperation",
                 "partnership", "line", "step", "keeping", "accordance", "agreement", "league", "alliance"}


def in_company_of(preposition: Token) -> bool:
    """The 'with' right after 'in solidarity' (or 'in coordination', 'in line'): whom the actor sides with,
    not the counterpart of its act."""
    if preposition.lower_ != "with" or preposition.i == 0:
        return False
    before = preposition.doc[preposition.i - 1]
    return before.lemma_.lower() in COMPANY_NOUNS and before.dep_ == "pobj" and before.head.lower_ == "in"


TRAVELLING_VERBS = {"fly", "travel", "head", "sail", "bind", "go", "come", "bound", "operate"}
# what goes somewhere or comes from there, whose 'to', 'from' or 'with' is that state: "restrictions on travel to
# Cuba", "a ban on exports to Iran", "on imports from Russia", "on trade with Cuba"
DESTINED_NOUNS = {"travel", "trip", "tour", "flight", "export", "shipment", "sale", "transfer", "remittance",
                  "investment", "transit", "trade", "holiday", "vacation", "cruise", "import", "visit"}


def travel_ends(noun: Token) -> list[Token]:
    """Where the craft or the travel a measure curbs go to or come from: 'closed its airspace to aircraft flying to
    or from Mali', 'restrictions on American travel to Cuba', or the 'to' the parser hung on the verb, or on the
    measure's own relative ('the curbs it slapped on package holidays to Turkey')."""
    going = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in TRAVELLING_VERBS] + (
        [noun] if noun.lemma_.lower() in DESTINED_NOUNS else [])
    # (money goes "in" a state: "a ban on American investment in Myanmar")
    ends = [g for c in going for p in c.children if p.dep_ == "prep" and (
        p.lower_ in ("to", "from", "for", "with") or p.lower_ == "in" and c.lemma_.lower() == "investment")
            for g in coordinated_objects(p) if g.dep_ == "pobj"]
    # (the parser may hang the end on the verb: "lifted restrictions on tours [to Seoul]", or on the measure's own
    # relative: "the curbs it slapped on package holidays [to Turkey]")
    measure = noun.head.head
    verb = measure if measure.dep_ == "relcl" else measure.head
    # (or on the measure itself: "the embargo on grain sales [to the Soviet Union]")
    return ends or [g for holder in (verb, measure) for p in holder.children if p.dep_ == "prep" and p.lower_ == "to"
                    and p.i > noun.i for g in coordinated_objects(p) if g.dep_ == "pobj"] \
        if noun in going and noun.dep_ == "pobj" and measure.dep_ in ("dobj", "relcl") else ends


RANKING_WORDS = frozenset({"first", "last", "only", "second", "third"})


def ranks(noun: Token) -> bool:
    """'the first leader', 'the most senior official', 'the highest-ranking envoy': a noun ranked among others,
    whose infinitive tells what it did ('to visit India since 2021')."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKING_WORDS
                                     or any(g.dep_ == "advmod" and g.lower_ == "most" for g in c.children))
               for c in noun.children)


# participles by which someone performs the act their noun names, not brokers, hosts or orders it
PERFORMED_PARTICIPLES = {"carry", "conduct", "launch", "stage", "mount", "unleash", "perform", "make", "issue",
                         "submit", "present", "put", "commit", "perpetrate", "fire", "level", "impose", "deliver",
                         "undertake", "pass", "adopt", "approve"}  # ("a resolution passed by the board")
# and of measures, which whoever announces takes ("the expulsion announced by Russia's foreign ministry"; an accord
# announced by Trump is not his)
MEASURE_PARTICIPLES = PERFORMED_PARTICIPLES | {"announce"}


def performer_phrases(noun: Token, participles: frozenset[str] | set[str] = PERFORMED_PARTICIPLES) -> list[Token]:
    """'air strikes carried out by Pakistan', 'the proposal made by Hamas': the by-phrase of a reduced passive of
    performing on an event noun, which names the event's agent ('talks mediated by Qatar' do not)."""
    # (the parser may hang the participle on the noun's of-phrase: "the expulsion of 34 diplomats, announced by")
    held = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj")]
    return [a for n in held for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and
            c.lemma_.lower() in participles for a in c.children if a.dep_ == "agent"]


# participles by which a thing or a place is someone's: "tunnels used by Islamic State", "the Houthi-held port"
HOLDING_PARTICIPLES = {"use", "hold", "control", "run", "occupy", "operate", "deploy", "own", "man", "seize"}


def owners(thing: Token) -> list[Token]:
    """Who holds a thing an act lands on: the by-phrase of a reduced passive of holding ('tunnels used by IS',
    'Mosul, the city held by IS'), or the hyphened holder ('the Houthi-held port', 'Russian-occupied Kherson')."""
    return [o for t in (thing, *(a for a in thing.children if a.dep_ == "appos")) for c in t.children
            if c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and c.lemma_.lower() in HOLDING_PARTICIPLES
            for o in [*(p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"),
                      *(n for n in c.children if n.dep_ == "npadvmod")]]


def role_phrases(noun: Token) -> list[Token]:
    """'his first meeting as president with Trudeau', 'his first visit as leader to Beijing': the parser hangs
    the counterpart on the role the noun's 'as' phrase names; that role noun, which holds it."""
    return [r for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" for r in c.children
            if r.dep_ == "pobj" and r.pos_ == "NOUN"]


def traveller_set_off(trip: Token) -> list[Token]:
    """'Clinton, on a visit to Turkey, said ...': the name a trip's phrase is set off after by a comma, the one
    travelling."""
    prep = trip.head
    if trip.dep_ != "pobj" or prep.lower_ not in ("on", "during") or prep.head.pos_ != "PROPN":
        return []
    return [prep.head] if prep.i == prep.head.i + 2 and trip.doc[prep.head.i + 1].text == "," else []


# words that tell an act as passing: "temporarily closed its embassy", "for the time being", "as a precaution"
PASSING_WORDS = {"temporarily", "provisionally"}
PASSING_PHRASES = {("for", "time"), ("for", "being"), ("for", "now"), ("as", "precaution")}


def for_a_time(verb: Token) -> bool:
    """'temporarily closed its embassy in Ankara', 'closed it for the time being', 'as a precaution': an act told
    as passing, a precaution rather than a break."""
    return any(c.lower_ in PASSING_WORDS or c.dep_ == "prep" and any(
        (c.lower_, g.lower_) in PASSING_PHRASES for g in c.children) for c in verb.children)


# particles of direction that carry the place a move is from or to: "withdrew its forces back from", "moved up to"
DIRECTION_PARTICLES = {"back", "out", "away", "off", "up", "closer", "nearer"}


def direction_phrases(verb: Token) -> list[Token]:
    """The phrases a verb hangs on its particle of direction: 'moved up [to the Jordanian frontier]'."""
    return [g for a in verb.children if a.dep_ in ("advmod", "prt") and a.lower_ in DIRECTION_PARTICLES
            for g in a.children if g.dep_ == "prep"]
