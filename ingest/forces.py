"""Armed forces in a sentence: whether it speaks of arms, and what forces do by moving or drilling together.

A verb of contest or of harsh words is an attack only where there are arms ("troops clashed", not "ministers
clashed over the budget"); a verb of leaving, or handing over a base, is a withdrawal only when forces do it;
forces massing near a place (or posted there, told in the passive), moving into it, surrounding it or sent to
its border mobilise against its state, and sent into it attack it; taking a town by force assaults whom it is
taken from, else its state (drills.py: a joint show of force, or drills two states' forces hold, is
cooperation); war craft or troops under way ("headed for the Gulf of Aden") face no place they go to, only whom
their sentence says they answer (deterrence.py). relations.py asks; material.py adds what arriving arms and lifted
measures tell.
The armed nouns are PETRARCH2's military and rebel agents (field_lexicon.py).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from diplograph.ingest.agents import state_craft
from diplograph.ingest.argument_words import MEDICS, readied_for, serves_civilians
from diplograph.ingest.arguments import HELPING_FORCES
from diplograph.ingest.cargo import CARRYING_VERBS, COMBAT_CRAFT
from diplograph.ingest.complement_repairs import ORDERED_FORCES, ORDERING_VERBS
from diplograph.ingest.constructions import direction_phrases, substance
from diplograph.ingest.departures import LEAVING_VERBS, is_leaving
from diplograph.ingest.field_lexicon import load_agents
from diplograph.ingest.gazetteer import SETTLEMENTS
from diplograph.ingest.lexicon import VerbCue, list_file
from diplograph.ingest.mentions import ActorIndex, conjuncts
from diplograph.ingest.preposition_repairs import BORDER_NOUNS
from diplograph.ingest.verb_cues import known_lemma
from diplograph.model import ActorType

FORCE_NOUNS = {"troop", "force", "soldier", "army", "military", "contingent", "peacekeeper", "unit", "battalion",
               "brigade", "marine", "mercenary", "fighter", "paratrooper"}
# forces sent to train or keep the peace, who help the state they go to: "sent military instructors to"
TRAINING_FORCES = {"instructor", "adviser", "advisor", "trainer"}
# armour the field's agents lack, which moves as forces do ("Russian tanks crossed into eastern Ukraine"); sent to a
# state it is arms ("will send Leopard 2 tanks to Ukraine")
ARMOUR = {"tanks", "armour", "armor"}
# forces whose leaving a place is a withdrawal, beside the field's military agents: "the last U.S. troops left"
LEAVING_FORCES = {"forces", "peacekeepers", "units", "contingent", "contingents"}
# verbs by which forces, their subject, gather near a place: "troops massed near the border"
MASSING_VERBS = {"mass", "gather", "concentrate", "assemble", "deploy", "amass", "build"}
# verbs by which a thing or a force reaches a place: "has arrived in Ukraine", "landed in Haiti", "reached Kyiv"
ARRIVING_VERBS = {"arrive", "land", "reach", "come"}
# verbs by which a state sends its forces into another: an invasion ("ordered his troops into Ukraine")
INVADING_VERBS = {"send", "order", "dispatch", "pour"}
FINITE_OR_DONE = {"VBD", "VBZ", "VBP", "VBN"}  # not "ruled out sending troops into Ukraine"
# verbs by which forces close around a place, mobilising against its state unless the sentence tells of fighting
SURROUNDING_VERBS = {"surround", "encircle", "ring"}
COMBAT_WORDS = {"fighting", "fight", "shell", "shelling", "kill", "battle", "bombard", "bombardment", "assault",
                "offensive", "capture", "siege", "storm", "fire", "strike", "airstrike", "casualty"}
# verbs by which forces move into a place: "Israeli troops moved into the buffer zone", "crossed into Gambia"
MOVING_VERBS = {"move", "redeploy", "relocate", "cross", "pour", "roll", "stream"}
ENTERING = ("into", "to", "toward", "towards")
# handing over a base is leaving it: "French troops handed over their last base in Chad"
HANDING_VERBS = {"hand", "turn"}
BASE_NOUNS = {"base", "airbase", "garrison", "camp", "outpost", "barracks", "post", "facility", "hub"}
TERRITORY_NOUNS = {"district", "region", "territory", "territories", "area", "province", "town", "city", "village",
                   "land", "zone", "enclave", "corridor", "island", "islands"}
# shows of force, held together: "flew a joint patrol", "began their annual exercises"
DRILL_NOUNS = {"patrol", "patrols", "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "training",
               "wargames"}
FLYING_VERBS = {"fly", "sail", "conduct", "hold", "stage"}
# verbs of setting out for somewhere: "will travel to Asia for a G20 summit", "sailed out of Qingdao for drills"
SETTING_OUT_VERBS = {"travel", "fly", "go", "head", "leave", "depart"}
ARMED_WORDS = {"border", "frontier", "fire", "gunfire", "shelling", "artillery", "weapon", "missile", "rocket",
               "drone", "airstrike", "strike", "battle", "fighting", "offensive", "war", "ceasefire", "troop", "force",
               "soldier", "army", "militant", "rebel", "insurgent", "fighter", "navy", "warship", "jet", "tank"}


@lru_cache(maxsize=1)
def armed_nouns() -> frozenset[str]:
    """The field's military and rebel agent nouns: 'troops', 'soldiers', 'insurgents', 'militia'."""
    return frozenset(noun for noun, sector in load_agents().items() if sector in ("MIL", "REB"))


@lru_cache(maxsize=1)
def moving_forces() -> frozenset[str]:
    """What moves as forces do: the field's military agents and armour."""
    return armed_nouns() | ARMOUR


@lru_cache(maxsize=1)
def listed_forces() -> frozenset[str]:
    """The forces whose moving readies them (data/forces.tsv, verbs.tsv's @forces): 'paratroopers', 'marines'."""
    return frozenset(list_file("forces"))


def names_forces(noun: Token) -> bool:
    """'troops', 'soldiers', 'tanks', 'the army': forces (or armour) that move as forces do."""
    return noun.lower_ in moving_forces() or noun.lemma_.lower() in FORCE_NOUNS


def speaks_of_arms(sentence: Span, excluding: frozenset[int] = frozenset()) -> bool:
    """Whether a sentence speaks of force (soldiers, rebels, weapons, fire, a border) outside tokens excluded."""
    armed = armed_nouns()
    return any((t.lower_ in armed or t.lemma_.lower() in ARMED_WORDS) and t.i not in excluding for t in sentence)


def fighting_told(verb: Token) -> bool:
    """Whether a verb's sentence tells of fighting, beside an attack only readied for ('as Ankara builds up forces
    for a possible strike on PKK rebels': deterrence.py)."""
    readied = {w.i for o in verb.sent if o.lemma_.lower() in COMBAT_WORDS and readied_for(o) for w in o.subtree}
    return any(t.lemma_.lower() in COMBAT_WORDS and t.i not in readied for t in verb.sent)


def forces_are_subject(verb: Token) -> bool:
    """Whether a verb has armed forces for subject: 'the last U.S. troops left Afghanistan' (a withdrawal), 'troops
    crossed into Gambia' (literal in any sentence: context.py); or for the verb it completes: 'soldiers began pulling
    back'."""
    armed = armed_nouns()
    holder = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    # (or the one ordered to do it: "ordered U.S. troops to leave Syria")
    told = "dobj" if holder is not verb and holder.lemma_.lower() in ORDERING_VERBS else "nsubj"
    return any(c.dep_ == told and (t.lemma_.lower() in armed or t.lower_ in armed or t.lemma_.lower() in FORCE_NOUNS
                                      or t.lower_ == "personnel" and any(m.lower_ == "military" for m in t.children))
               for c in holder.children for t in [*substance(c), *(p for o in c.children if c.lower_ == "group" and
                                                                o.lower_ == "of" for p in o.children)])
    # ("a convoy of French soldiers", "the first group of Russian warplanes", "Indian military personnel")


def forces_moving(verb: Token, cue: VerbCue | None = None) -> VerbCue | None:
    """What armed forces do by moving, beside the verb's own cue: 'the last U.S. troops left Afghanistan' and
    'French troops handed over their last base in Chad' withdraw from it; 'Venezuelan troops massed near the
    border', 'Israeli troops moved into the buffer zone on the Syrian side' and 'Chinese warships surrounded
    Taiwan' (no fighting told) mobilise against the state of the place, as do troops sent to its border;
    'ordered his troops into Ukraine' attacks it, and so does capturing a town of it; craft, police and troops
    arriving somewhere visit no one, but troops arriving in a state, no fighting told, are deployed there."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "U.S. tanks and troops began arriving in western Poland"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    lemma = verb.lemma_.lower()
    if lemma == "return" and cue is None and _back_to_base(verb, subject):
        # "Russian troops are returning to their permanent bases after drills near the border with Ukraine": a
        # pullback from the border, whose other side across_the_border names
        return VerbCue(lemma, "", "withdraw", (), frozenset())
    if (under_way := _war_craft_under_way(verb, subject, lemma)) is not None and (
            cue is None or cue.relation == "visit" or lemma == "order"):  # (not the order's "demand" of the field)
        return under_way
    if lemma == "stop" and cue is not None and cue.relation == "visit" and subject is not None and any(
            names_forces(n) or n.lower_ in state_craft() for n in substance(subject)):
        return None  # forces halted somewhere visit no one: "Russian troops stopped in Bucha"
    if subject is None and lemma in MASSING_VERBS:  # "Belarusian troops have been deployed along the border"
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if lemma in INVADING_VERBS and verb.tag_ in FINITE_OR_DONE and any(
            c.dep_ == "prep" and c.lower_ == "into" for c in verb.children) and any(
            c.dep_ == "dobj" and (c.lower_ in armed_nouns() or c.lemma_.lower() in FORCE_NOUNS) for c in verb.children):
        if sent_to_help(verb, purposes=AIDING_PURPOSES, occasions=HELPING_OCCASIONS - DRILLS):
            # "sent troops into Bahrain to help quell protests": forces sent in to help its rulers are aid to them
            return VerbCue(lemma, "", "aid", ("prep:into",), frozenset())
        return VerbCue(lemma, "", "attack", ("prep:into",), frozenset())  # "ordered his troops into Ukraine"
    invading = lemma in INVADING_VERBS  # (the forces sent are looked for only after a verb of sending)
    # sent, not one that might be: "is sending troops to Poland", not "refused to rule out sending troops"
    sent = invading and (verb.tag_ in FINITE_OR_DONE or any(c.dep_ == "aux" and c.lower_ != "to"
                                                            for c in verb.children))
    # (warplanes too, sent to a border: "sent fighter jets to its border with Myanmar"; sent to a state they are arms)
    to_a_border = any(c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() in ("border", "frontier")
                                                                    for p in c.children) for c in verb.children)
    # (war craft too: "will send the destroyer HMS Dauntless to the South Atlantic")
    forces = [c for c in verb.children if c.dep_ == "dobj" and any(
        n.lower_ in armed_nouns() or n.lemma_.lower() in FORCE_NOUNS | WARSHIPS or to_a_border and n.lemma_.lower() in
        COMBAT_CRAFT for n in substance(c) if not serves_civilians(n))] if invading else []  # ("medical brigades")
    # ("police and defence force personnel", "police officers": forces named by a modifier)
    helpers = [c for c in verb.children if c.dep_ == "dobj" and any(
        n.lemma_.lower() in FORCE_NOUNS | HELPING_FORCES | MEDICS for n in c.subtree)] if invading else []
    sent_to = invading and sent and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
        p.dep_ == "pobj" and p.lemma_.lower() not in ("border", "frontier") for p in c.children)
        for holder in (verb, *helpers) for c in holder.children)
    if helpers and sent_to and sent_to_help(verb, purposes=AIDING_PURPOSES, occasions=HELPING_OCCASIONS - DRILLS):
        # "is sending police and defence force personnel to Solomon Islands at the request of its prime minister",
        # "sent soldiers to help Mozambique fight insurgents": forces sent to help a state, at its request or after a
        # disaster, are aid to it (not forces sent to fight or protect someone there: "sent troops to Iraq to
        # fight the PKK")
        return VerbCue(lemma, "", "aid", ("prep:to",), frozenset())
    if invading and forces and any(
            c.dep_ in ("prep", "dative") and c.lower_ in ("to", "toward", "towards") and any(
                p.dep_ == "pobj" and (sent or p.lemma_.lower() in ("border", "frontier")) for p in c.children)
            for holder in (verb, *forces) for c in holder.children) and not any(
            n.lemma_.lower() in TRAINING_FORCES | HELPING_FORCES for c in forces for n in c.subtree) and \
            not sent_to_help(verb):
        # "is sending 1,500 troops to the border with Mexico": forces sent to a border mobilise against its state,
        # and those sent to a state as deployed ones do ("is sending about 1,700 paratroopers to Poland")
        return VerbCue(lemma, "", "mobilize", ("prep:to", "prep:toward", "prep:towards"), frozenset())
    if lemma in CAPTURING_VERBS and (taken := captured_place(verb)) is not None:
        # "captured the town of Manbij from Islamic State", "captured the city of Bakhmut": taking a place by
        # force is an assault on whom it is taken from, else on the state it lies in (seizing a thing coerces)
        taken_from = any(c.dep_ == "prep" and c.lower_ == "from" for holder in (verb, taken) for c in holder.children)
        return VerbCue(lemma, "", "attack", ("prep:from",) if taken_from else ("dobj",), frozenset())
    movers = [n for t in conjuncts(subject) for n in (t, *substance(t))] \
        if subject is not None and lemma in ARRIVING_VERBS else []
    if lemma in ARRIVING_VERBS and cue is not None and cue.relation == "visit" and any(
            n.lower_ in state_craft() or n.lemma_.lower() in HELPING_FORCES | FORCE_NOUNS | MEDICS or
            n.lower_ in armed_nouns() for n in movers):
        # "Egyptian aircraft landed in Mogadishu": craft and police visit no one (material.py: aid); nor do troops
        # reaching a place ("Russian troops reached the outskirts of Kyiv"); but troops and tanks arriving in a
        # state, no fighting told, are deployed there ("U.S. tanks and troops began arriving in western Poland")
        if lemma == "arrive" and not fighting_told(verb) and any(
                n.lower_ in armed_nouns() and n.lemma_.lower() not in HELPING_FORCES | NAVAL_CRAFT
                and n.lower_ not in state_craft() for n in movers):  # (warships arriving make a port call)
            if sent_to_help(verb, purposes=AIDING_PURPOSES, occasions=HELPING_OCCASIONS - DRILLS):
                return VerbCue(lemma, "", "aid", ("prep:in",), frozenset())  # "at the request of Tokayev"
            return None if sent_to_help(verb) or any(t.lemma_.lower() in STAYING_OCCASIONS for t in verb.subtree) else \
                VerbCue(lemma, "", "mobilize", ("prep:in",), frozenset())
        if lemma == "land" and subject is not None and _war_craft(subject) and not sent_to_help(verb) and any(
                t.lemma_.lower() in STANDOFF_WORDS for t in verb.sent):  # (not jets landing to escape attacks)
            # "six U.S. F-15 fighter jets landed in Lithuania as tension with Moscow mounted": war craft landing face
            # no one where they land, only the side their sentence says they answer (relations.py)
            return VerbCue(lemma, "", "mobilize", (), frozenset())
        return None
    if lemma in FLYING_VERBS and subject is not None and _war_craft(subject) and any(
            c.dep_ == "prep" and c.lower_ in INTRUDING for c in verb.children) and not any(
            c.dep_ == "dobj" for c in verb.children):
        # "Chinese military aircraft flew into Taiwan's air defence zone": war craft entering a state's zone or
        # airspace mobilise against it; they visit no one (not craft that fly something: "flew relief to Turkey",
        # nor those flying to a state: "bombers flew to Venezuela for joint exercises")
        return VerbCue(lemma, "", "mobilize", tuple(f"prep:{p}" for p in INTRUDING), frozenset())
    if lemma in MOVING_VERBS and relocated(verb):  # "to move its troops from Incirlik to Jordan": leaves Turkey
        return VerbCue(lemma, "", "withdraw", ("prep:from",), frozenset())
    if subject is not None and lemma in MOVING_VERBS:  # "hundreds of Turkish commandos poured into Idlib"
        subject = next((t for t in substance(subject) if t.lower_ in moving_forces()), subject)
    if subject is not None and lemma in MOVING_VERBS | {"drive", "march"} and names_forces(subject) and any(
            c.lower_ == "out" and any(p.lower_ == "of" and not any(g.tag_ == "PRP$" for o in p.children for g in
                                                                   o.children) for p in c.children if p.dep_ == "prep")
            for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children) and not _moving_on(verb):
        # "the last American combat brigade rolled out of Iraq": forces moving out of a place leave it (not their
        # own barracks, nor driving others out: "drove the YPG out of Afrin")
        return VerbCue(lemma, "", "withdraw", ("prep:of",), frozenset())
    if subject is None or (subject.lower_ not in moving_forces() | LEAVING_FORCES and not (
            subject.lower_ in state_craft() and lemma in SURROUNDING_VERBS | MOVING_VERBS
            and not _carrying_goods(subject))):
        return cue  # "Chinese coast guard vessels surrounded Taiwan" as "Chinese warships" did
    if lemma in HANDING_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("over", "back")
                                      for c in verb.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in BASE_NOUNS | TERRITORY_NOUNS for c in verb.children):
        # the base's place ("base in Chad"), or whom land is handed back to ("the Lachin district to Azerbaijan")
        return VerbCue(lemma, "", "withdraw", ("dobj", "prep:to"), frozenset())
    if lemma in ENDING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in MISSION_NOUNS for c in verb.children):
        # "French troops ended their mission in Burkina Faso": forces ending their stay withdraw
        return VerbCue(lemma, "", "withdraw", ("prep:in", "prep:from"), frozenset(MISSION_NOUNS))
    if lemma in SURROUNDING_VERBS and (cue is None or cue.from_field) and not fighting_told(verb):
        return VerbCue(lemma, "", "mobilize", ("dobj",), frozenset())
    if lemma in LEAVING_VERBS or lemma == "retreat" and (cue is None or cue.from_field):  # "retreated from Ramadi"
        return VerbCue(lemma, "", "withdraw", ("dobj", "prep:from"), frozenset())
    if cue is not None:
        return cue
    if lemma in MASSING_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return VerbCue(lemma, "", "mobilize", ("prep:near", "prep:along", "prep:on", "prep:at", "prep:to"),
                       frozenset())
    entering = any(c.dep_ == "prep" and c.lower_ in ENTERING for c in (*verb.children, *direction_phrases(verb)))
    if lemma in MOVING_VERBS and entering and not fighting_told(verb) and \
            not sent_to_help(verb) and not any(t.lemma_.lower() in STAYING_OCCASIONS | DRILLS for t in verb.subtree):
        # moving in ("moved up to the frontier") under fire is an assault; at an invitation or for an exercise, no
        # threat ("streamed into Poland for the Steadfast Defender exercise")
        return VerbCue(lemma, "", "mobilize", tuple(f"prep:{p}" for p in (*ENTERING, "on", "near", "along")),
                       frozenset())
    return None


INTRUDING = ("into", "through", "over")
ENDING_VERBS = {"end", "conclude", "terminate", "complete"}  # forces ending their stay: "ended their mission in"
MISSION_NOUNS = {"mission", "operation", "deployment", "presence"}
CRAFT_NOUNS = {"aircraft", "plane", "planes", "jet", "jets", "ship", "ships", "vessel", "vessels", "drone", "drones"}


def _moving_on(verb: Token) -> bool:
    """'rolled out of Belarus into Ukraine', 'drove out of Gao on a patrol toward the border': forces moving on to a
    place their phrases name, into or toward it, go there, not away ('out of Kherson to the east bank' leave it);
    unless the last of them, or going home ('the last brigade rolled out of Iraq and across the border into Kuwait')."""
    if any(t.lower_ in ("last", "final", "remaining") for c in verb.children if c.dep_ == "nsubj" for t in c.subtree) \
            or any(c.lower_ in ("home", "back") for c in verb.children):
        return False
    return any(p.dep_ in ("prep", "conj") and p.lower_ in ("into", "toward", "towards") and all(a.dep_ in (
        "prep", "pobj", "conj") for a in p.ancestors if verb.is_ancestor(a)) for p in verb.subtree if p.i != verb.i)


def relocated(verb: Token) -> bool:
    """'to move its troops and jets from Turkey's Incirlik air base to Jordan': forces moved from a place to
    another, neither a border nor into it, leave the first (not 'moved troops from the north to the border')."""
    forces = [c for c in verb.children if c.dep_ == "dobj" and any(map(names_forces, substance(c)))]
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    return bool(forces) and "from" in preps and "into" not in preps and not any(
        t.lemma_.lower() in BORDER_NOUNS for p in preps.values() for t in p.subtree)


def _back_to_base(verb: Token, subject: Token | None) -> bool:
    """Forces going back to their own bases: 'troops are returning to their permanent bases', 'ordered troops
    taking part in drills to return to their bases' (the forces the order names, which the repairs make the
    move's object). The base is read through known_lemma: the model lemmatises "bases" as "basis"."""
    movers = [c for c in verb.children if c.dep_ == "dobj"] + ([subject] if subject is not None else [])
    return any(names_forces(n) or n.lower_ in listed_forces() for m in movers for n in substance(m)) \
        and any(c.dep_ == "prep" and c.lower_ == "to" and any(known_lemma(p, BASE_NOUNS) in BASE_NOUNS
                                                               for p in c.children) for c in verb.children)


# words that open an adjunct telling what forces answer: "after North Korea fired", "amid tension with China", "in
# the path of a Syrian government offensive", "in the face of Russian aggression", "citing threats from Iran"; or
# its forces are set against it: "bolstered its forces against growing threats from Iran"
ANSWERED_ADJUNCT_OPENERS = {"after", "following", "amid", "as", "over", "response", "against", "path", "face",
                            "citing"}
# verbs of war craft or troops under way, told with no one they go against: "warships headed for the Gulf of Aden",
# "sailed into the Atlantic", "paratroopers were ordered to the Middle East"
UNDER_WAY_VERBS = {"head", "sail", "steam", "order"}


def _war_craft_under_way(verb: Token, subject: Token | None, lemma: str) -> VerbCue | None:
    """War craft or troops under way mobilise against no place they go to (a port, a sea, an ally's base), only
    against whom the sentence says they answer (relations.py asks deterrence.the_only_other_side): a cue with no
    target of its own; none for forces going to help, or whose own words say they go to train, drill or fight."""
    moved = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if lemma == "order" else next(
        (c for c in verb.children if c.dep_ == "dobj" and lemma == "sail" and _war_craft(c)), subject)  # its carrier
    if lemma not in UNDER_WAY_VERBS or moved is None or sent_to_help(verb):
        return None
    if not (_war_craft(moved) or any(names_forces(n) or n.lower_ in listed_forces() for n in conjuncts(moved))):
        return None
    if lemma == "order" and not any(c.dep_ == "prep" and c.lower_ in ENTERING for c in verb.children):
        return None  # (ordered into a place, not "ordered out" or "ordered to leave")
    # under way to train, drill or fight, told in its own words (not what it answers: "headed for the Gulf after")
    answered = {t.i for c in verb.children if c.dep_ in ("advcl", "prep", "npadvmod") and c.i > verb.i and any(
        w.lower_ in ANSWERED_ADJUNCT_OPENERS for w in (c, *c.children) if w.dep_ in ("prep", "mark", "pobj") or w is c)
        for t in c.subtree}
    if any(t.lemma_.lower() in UNDER_WAY_ERRANDS for t in verb.subtree if t.i not in answered):
        return None
    return VerbCue(lemma, "", "mobilize", (), frozenset())


def _carrying_goods(craft: Token) -> bool:
    """'trucks carrying tents and food': craft that carry things other than forces bring them (material.py)."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS and any(
        o.dep_ == "dobj" and not names_forces(o) for o in c.children) for c in craft.children)


def _war_craft(subject: Token) -> bool:
    """'bombers', 'warships', 'military aircraft', 'fighter jets', 'air force planes': craft made for war (and the
    list they head)."""
    return any(n.lower_ in armed_nouns() and n.lower_ not in LEAVING_FORCES or n.lower_ in CRAFT_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("military", "naval", "fighter", "combat", "war", "force")
        for c in n.children) for n in conjuncts(subject))


# verbs of taking a place by force (CAMEO's 1953, occupying territory, a FIGHT)
# ("take" is left out: "took Modi to the Louvre", "took China to the WTO")
CAPTURING_VERBS = {"capture", "seize", "overrun", "occupy", "retake", "recapture"}


# what forces sent to a state go to do, or go for, that is no move against it: "sent soldiers to Mozambique to
# fight insurgents", "sent marines to Norway for the Cold Response exercise", "at the request of President Tokayev"
HELPING_PURPOSES = {"help", "support", "assist", "fight", "train", "protect", "aid", "rescue", "guard", "evacuate",
                    "defend", "secure", "back", "push", "combat", "battle", "counter", "repel", "hunt"}
DRILLS = {"exercise", "drill", "manoeuvre", "maneuver"}  # occasions of a joint exercise, no help given
HELPING_OCCASIONS = DRILLS | {"relief", "rescue", "request", "invitation", "earthquake", "explosion", "flood", "storm"}
WARSHIPS = {"warship", "frigate", "destroyer", "submarine", "carrier", "corvette", "cruiser"}
NAVAL_CRAFT = WARSHIPS | {"ship", "vessel", "fleet", "navy", "flotilla"}
STANDOFF_WORDS = {"tension", "standoff", "stand-off", "confrontation", "crisis", "rivalry"}  # what landing craft answer
# what forces arrive for that is no deployment against anyone: "arrived in Britain for training", "as part of a
# NATO battlegroup", "as part of the African Union mission", "after being withdrawn from Syria"
STAYING_OCCASIONS = {"training", "course", "parade", "ceremony", "battlegroup", "rotation", "celebration", "mission",
                     "peacekeeping", "withdraw", "return", "evacuation"}
UNDER_WAY_ERRANDS = STAYING_OCCASIONS | DRILLS | COMBAT_WORDS  # what forces under way go for that aims at no one
AIDING_PURPOSES = {"help", "assist", "aid", "rescue", "support"}  # helping the state itself: the sending is aid


def fights_a_group(verb: Token, index: ActorIndex) -> bool:
    """'sent troops into Somalia to push back al Shabaab': forces sent in for a purpose against an armed group are
    deployed there, not at war with the state (not 'to push back Ukrainian forces', 'to counter NATO expansion')."""
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in HELPING_PURPOSES and any(
        o.dep_ == "dobj" and (m := index.by_token.get(o.i)) is not None and m.actor is not None and
        index.actors[m.actor].type is ActorType.GROUP for o in c.children) for c in verb.children)


def sent_to_help(verb: Token, purposes: set[str] = HELPING_PURPOSES, occasions: set[str] = HELPING_OCCASIONS) -> bool:
    """Whether forces are sent to help where they go (a purpose or an occasion that says so)."""
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in purposes for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("for", "at", "after") and any(
            p.lemma_.lower() in occasions for p in c.children if p.dep_ == "pobj") for c in verb.children)


def captured_place(verb: Token) -> Token | None:
    """The place a verb of taking has for object, named as one: a town, city or region ('the town of Manbij',
    'the eastern city of Goma'); None for a thing or a bare name ('seized a tanker', 'captured Sinwar')."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SETTLEMENTS), None)


TEAM_NOUNS = {"contingent", "team", "brigade", "batch", "mission", "unit", "group"}


def commands_own_forces(move: Token) -> bool:
    """'ordered troops to move closer to the border', 'told the army to pull back': an order to one's own forces
    is carried out by them, the orderer's act, not a request of another (complement_repairs.py gives the move the forces
    the order named; an order with an addressee of its own, "ordered Lukashenko to move his troops", asks him)."""
    order = move.head
    if move.dep_ != "xcomp" or order.lemma_.lower() not in ORDERING_VERBS:
        return False
    if is_leaving(move) and any(c.dep_ == "dobj" and any(map(names_forces, substance(c))) for c in order.children):
        return True  # "ordered U.S. troops to leave Syria": forces told to go (not "ordered the diplomats to leave")
    return not any(c.dep_ in ("dobj", "dative") for c in order.children) and any(
        c.dep_ == "dobj" and c.lower_ in ORDERED_FORCES and c.i < move.i for c in move.children)
