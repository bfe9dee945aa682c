"""Verb cues: which of the lexicon's senses a verb states in its sentence.

A verb may have several cues: phrasal ones ("call on"), light verbs that count only with their object
("impose sanctions"), bare ones, ours and the field's. The most specific whose particle and object are
there wins; a performing verb ("began drills near", "slapped tariffs on") takes the sense its object noun
has under our own light verbs. relations.py builds events from the cue; arguments.py finds its actors.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from diplograph.ingest.argument_words import ACCORD_NOUNS
from diplograph.ingest.arguments import is_passive_participle
from diplograph.ingest.cargo import carried
from diplograph.ingest.complement_repairs import ORDERED_FORCES
from diplograph.ingest.constructions import for_clause, substance
from diplograph.ingest.coordination import shared_object
from diplograph.ingest.coreference import SPEECH_VERBS
from diplograph.ingest.envoys import SUMMONED_NOUNS
from diplograph.ingest.gazetteer import CRAFT_WORDS
from diplograph.ingest.group_references import MEETING_NOUNS
from diplograph.ingest.lexicon import Lexicon, VerbCue
from diplograph.ingest.object_nouns import PUNITIVE_MEASURES, self_restraint
from diplograph.ingest.preposition_repairs import DOOR_PREPOSITIONS, shuts_the_door

# verbs that perform, begin or keep up whatever event their object names: "began joint exercises around Taiwan",
# "slapped tariffs on Canada", "unleashed a barrage of missiles on Kyiv"; the particle some need
PERFORMING_VERBS = {"begin": "", "start": "", "resume": "", "continue": "", "conduct": "", "carry": "out",
                    "stage": "", "mount": "", "unleash": "", "step": "up", "intensify": "", "escalate": "",
                    "kick": "off", "undertake": "", "perform": "", "slap": "", "levy": "", "unveil": "",
                    "roll": "out", "launch": "", "hold": "", "rain": "down", "hurl": "", "lob": ""}


# verbs that make a demand again only with its noun: "repeated its demand that Israel withdraw" (not "repeated
# that the islands were Chinese")
RESTATING_VERBS = {"repeat", "renew", "reiterate", "restate"}
# verbs that enact a measure by declaring it, for measures only: "announced tariffs on Mexico" imposes them,
# "announced talks with Iran" holds none
DECLARING_VERBS = {"announce": "", "approve": "", "adopt": "", "introduce": "", "order": "", "authorize": "",
                   "authorise": "", "enact": ""}
DECLARED_RELATIONS = {"sanction"}
# the measures a declaration enacts; "announced new arms sales to Taipei" halts none
DECLARED_MEASURES = PUNITIVE_MEASURES | {"blacklist", "freeze", "boycott", "blockade", "measure", "countermeasure"}


def known_lemma(token: Token, known: Container[str]) -> str:
    """The token's lemma, or the form the lexicon knows when the lemmatiser slips ('staged' -> 'stag', 'hopes' ->
    'hop', 'expelling' -> 'expell'): the word itself less its inflection (a doubled consonant undoubled)."""
    lemma, lower = token.lemma_.lower(), token.lower_.removeprefix("co-")  # ("co-hosted": lemma 'hoste', "host")
    if lemma in known:
        return lemma
    gerund = lower.endswith("ing")
    for form in (lower, lower[:-1], lower[:-2], lower[:-3] + "e" if gerund else "",
                 lower[:-4] if gerund and lower[-4:-3] == lower[-5:-4] else ""):
        if form and form in known:
            return form
    return lemma


def is_time_phrase(preposition: Token) -> bool:
    """'on Monday' is when, not a particle: 'called his counterpart on Monday' is no 'call on'."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in preposition.children)


def is_place_phrase(preposition: Token) -> bool:
    """'in Bahrain' is where, not a particle: 'leaders meeting in Bahrain called for' is no 'call in'."""
    return preposition.lower_ == "in" and any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC", "FAC")
                                              for c in preposition.children)


def has_particle(verb: Token, particle: str) -> bool:
    return any(c.lower_ == particle and c.dep_ in ("prt", "prep", "advmod") and not is_time_phrase(c)
               and not is_place_phrase(c) for c in verb.children) or any(
        for_clause(c) for c in verb.children if particle == "for")


def topic_preposition(verb: Token, particle: str) -> bool:
    """The particle word heads a phrase about the verb's direct object, not a phrasal verb's particle."""
    return any(c.dep_ == "dobj" for c in verb.children) and not any(
        c.lower_ == particle and c.dep_ == "prt" for c in verb.children)


# the field's senses that refuse what their object noun names: "ruled out talks with Washington" rejects,
# whatever our noun "talks" says
REFUSING_RELATIONS = {"reject", "deny"}

# verbs whose bare sense acts on a member state only: "the African Union suspended Mali" (or "the country"), not
# "suspended three deputy ministers", nor "suspended the FARC from its terrorism list"
MEMBER_VERBS = {"suspend"}
MEMBER_STATE_NOUNS = {"country", "state", "nation", "member", "government", "regime", "junta"}

# senses that act only on a kind of object, whose state is then the target: ships sunk, envoys (or anyone named)
# summoned; NAMED admits a name or a pronoun ("called Mohib in"), not a common noun ("hauled in two Chinese nationals")
NAMED = "<name>"
SUMMONED = SUMMONED_NOUNS | {"commissioner", "d'affaires", "affaires", NAMED}
KIND_BOUND_SENSES = {("sink", ""): CRAFT_WORDS | {"gunboat", "craft"}, ("call", "in"): SUMMONED,
                     ("haul", "in"): SUMMONED}


def of_the_kind(thing: Token, kinds: Container[str]) -> bool:
    """Whether a noun, or a title or kind before it, is one of the kinds ('the Japanese ambassador Uichiro Niwa')."""
    return any(t.lemma_.lower() in kinds or t.lower_ in kinds for t in (thing, *(
        c for c in thing.lefts if c.dep_ in ("compound", "amod")))) or \
        NAMED in kinds and thing.pos_ in ("PROPN", "PRON")


# verbs that take another's object-bound senses: "traded fire" is "exchanged fire", not trade
SAME_OBJECT_SENSES = {"trade": "exchange", "approve": "ratify"}  # ("approved Finland's membership")


# verbs whose infinitive is what one tries, not what one asks for: "sought to ease Turkish anger"
TRYING_VERBS = {"seek", "try", "attempt"}


# the fields where a war or an offensive is a figure of speech: "waging an economic war", "a charm offensive"
FIGURATIVE_FIELDS = {"economic", "trade", "tariff", "currency", "price", "propaganda", "information", "media",
                     "legal", "charm", "diplomatic", "political", "psychological", "culture", "verbal", "word"}
FIGHTING_NOUNS = {"war", "offensive", "battle", "campaign", "fight", "attack", "assault", "warfare"}


def is_object_noun(token: Token, cue: VerbCue) -> bool:
    """Whether the object is one that makes a light verb count, alone or with its modifier ('diplomatic
    personnel': withdrawing them is a break, withdrawing military personnel is not); a war of words is none."""
    if token.lemma_.lower() in FIGHTING_NOUNS and any(
            m.dep_ in ("amod", "compound") and m.lower_ in FIGURATIVE_FIELDS for m in token.children) or \
            cue.relation == "sanction" and self_restraint(token):  # "imposed a settlement freeze"
        return False
    if cue.relation == "withdraw" and _forces_own_strength(token):
        return True  # "U.S. forces have begun reducing [their numbers] in Iraq"
    return any(t.lemma_.lower() in cue.object_nouns or t.lower_ in cue.object_nouns or any(
        f"{m.lower_} {form}" in cue.object_nouns for m in _modifiers(t) for form in (t.lower_, t.lemma_.lower()))
        or (t.ent_type_ == "MONEY" and "money" in cue.object_nouns)  # "provide $390 million to Colombia"
        for t in dict.fromkeys([*substance(token), token]))  # ("halted shipments of oil products": the shipments)


# what forces reduce of their own, named by its possessor
OWN_STRENGTH = {"number", "presence", "footprint", "strength"}  # (lemmas)


def _forces_own_strength(noun: Token) -> bool:
    """Whether the object is the forces' own strength, 'their numbers', the verb's subject (or its controller's)
    naming forces."""
    verb = noun.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return noun.dep_ == "dobj" and noun.lemma_.lower() in OWN_STRENGTH and not any(  # (not "their numbers of strikes")
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and any(
        c.dep_ == "poss" and c.lower_ in ("their", "its") for c in noun.children) and any(
        s.dep_ == "nsubj" and s.lower_ in ORDERED_FORCES for s in verb.children)


def _modifiers(noun: Token) -> list[Token]:
    """A noun's modifiers (the parser may make one a nominal modifier), each member of one coordinated as a word:
    'search-and-rescue team' is a rescue team too; 'a medical and military team' is no medical team alone."""
    direct = [m for m in noun.children if m.dep_ in ("amod", "compound", "nmod")]
    hyphened = {m.i: [c for c in m.children if c.dep_ == "conj" and noun.doc[c.i - 1].text == "-"] for m in direct}
    return [m for m in direct if len(hyphened[m.i]) == len([c for c in m.children if c.dep_ == "conj"])] + [
        c for m in direct for c in hyphened[m.i]]


# verbs that close an encounter, which took place: "ended a visit to Taipei", "wrapped up talks with Xi"
ENDING_VERBS = {"end", "conclude", "wrap", "complete", "finish"}
# meetings held for a span, and the spans of time and turns they are measured in: "16 days of talks", "marathon talks"
MEASURED_MEETINGS = MEETING_NOUNS | {"negotiation", "consultation", "visit", "session"}
SPAN_NOUNS = {"minute", "hour", "day", "week", "month", "year", "decade", "round", "session"}


def measured(thing: Token) -> bool:
    """Whether an object is a meeting measured out as something held to its end: 'nearly three hours of talks',
    'the latest round of talks', 'two-day talks' (not 'talks', which one may break off, nor '50 years of
    relations', which ending breaks)."""
    if thing.lemma_.lower() in SPAN_NOUNS:
        return meeting_measured(thing) is not None
    return thing.lemma_.lower() in MEASURED_MEETINGS and any(
        c.dep_ in ("amod", "compound", "nummod") and c.lower_.split("-")[-1] in SPAN_NOUNS for c in thing.children)


def meeting_measured(span: Token) -> Token | None:
    """The meeting a span of time or turns measures: 'ten hours of talks' (whose participle, 'hosted by Lavrov',
    the parser hangs on the hours)."""
    if span.lemma_.lower() not in SPAN_NOUNS:
        return None
    return next((o for c in span.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in MEASURED_MEETINGS), None)


def _preposition_told_first(cues: tuple[VerbCue, ...], verb: Token, light: bool) -> tuple[VerbCue, ...]:
    """The cues with first those senses (bare or light, with no particle) whose target preposition the verb has (not
    one of time: "closed its border with Venezuela [on Monday]" is no closing "on" someone)."""
    here = {f"prep:{c.lower_}" for c in verb.children if c.dep_ == "prep" and not any(
        p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)}
    return tuple(sorted(cues, key=lambda c: not (not c.particle and bool(c.object_nouns) == light
                                                 and here & set(c.targets))))


def verb_cue(verb: Token, lexicon: Lexicon) -> VerbCue | None:
    """The cue the verb states here, or None (an idiom's first: "slammed the door on Kyiv" is no slamming)."""
    if (idiom := idiom_cue(verb)) is not None:
        return idiom
    lemma = verb.lemma_.lower()
    if lemma == "target" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) and (
            verb.dep_ == "acl" and verb.head.lemma_.lower() in PUNITIVE_MEASURES or verb.dep_ == "advcl" and any(
                o.dep_ == "dobj" and o.lemma_.lower() in PUNITIVE_MEASURES for o in verb.head.children)
            and verb.head.lemma_.lower() in IMPOSING_VERBS):  # "imposed sanctions ..., targeting Russia's GRU": the
        return VerbCue(lemma, "", "sanction", ("dobj",), frozenset())  # measures' target (not "defied the
        # sanctions, targeting Ukraine's grid with missiles")
    cues = lexicon.verbs.get(lemma) or lexicon.verbs.get(known_lemma(verb, lexicon.verbs), ())
    if lemma in SAME_OBJECT_SENSES:
        cues = tuple(c for c in lexicon.verbs.get(SAME_OBJECT_SENSES[lemma], ()) if c.object_nouns) + cues
    # of two bare senses, the one whose preposition is there first: "left for Beijing" (a visit), not "left Kherson"
    # (a withdrawal, also "left Mali for Niger"); so of two light senses: "spent five hours with Xi" (a meeting), not
    # "spent two days in Berlin" (a visit)
    if sum(1 for c in cues if not c.particle and not c.object_nouns) > 1 and not any(
            c.dep_ == "dobj" for c in verb.children):
        cues = _preposition_told_first(cues, verb, light=False)
    elif sum(1 for c in cues if c.object_nouns and not c.particle) > 1:
        cues = _preposition_told_first(cues, verb, light=True)
    for cue in cues:
        if cue.particle and not has_particle(verb, cue.particle):
            continue
        if cue.particle and cue.from_field and topic_preposition(verb, cue.particle):
            continue  # "pressed Castro on the detention of dissidents" is no "pressed on with a raid"
        if cue.object_nouns:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + carried(verb) + [
                p for c in verb.children if cue.particle and c.dep_ == "prep" and f"prep:{c.lower_}" in cue.targets
                for p in c.children if p.dep_ == "pobj"] + [  # a phrasal verb's object: "signed up to the initiative"
                p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and "dobj" in cue.targets and any(
                    o.dep_ == "dobj" for o in verb.children) for p in c.children if p.dep_ == "pobj"]
            # (what the object is given: "provided Ukraine with $1 billion")
            if lemma not in LIFTING_VERBS and not any(is_object_noun(o, c) for c in cues for o in objects):
                # "exchanged machinegun and mortar fire" (not "ended its mission and sanctions": lifted, no measure)
                objects += [c for o in objects for c in o.subtree if c.dep_ == "conj" and c.pos_ == "NOUN"
                            and c.head.dep_ in ("conj", "dobj", "nsubjpass")]  # (the whole list: "A, B and C")
            spoken = verb.head.dep_ == "nsubj" and verb.head.head.lemma_ in SPEECH_VERBS  # "a statement issued..said"
            if is_passive_participle(verb) and not spoken or object_relative(verb):
                objects.append(verb.head)  # "the sanctions imposed on Iran", "the sanctions that Washington imposed"
            has_object = any(is_object_noun(o, cue) for o in objects)
            if cue.relation == "sever" and lemma in ENDING_VERBS and any(measured(o) for o in objects):
                continue  # "ended 16 days of talks with the Taliban", "ended two-day talks": held to their end
            if cue.from_field and has_object and cue.relation not in REFUSING_RELATIONS and any(
                    (noun := lexicon.nouns.get(o.lemma_.lower())) is not None and noun.relation != cue.relation
                    for o in objects if is_object_noun(o, cue)):
                continue  # "clinched an agreement": our event noun says what it is (agree), not the field's code
            # "wants guarantees that NATO will not expand": our own demand cues take a clause instead;
            # the field's object-bound senses do not ("announced that Israel and Hamas had agreed")
            demands_of_clause = cue.relation in ("demand", "appeal") and not cue.from_field and \
                lemma not in RESTATING_VERBS and any(
                c.dep_ == "ccomp" or c.dep_ == "xcomp" and lemma not in TRYING_VERBS for c in verb.children)
            if not (has_object or demands_of_clause):
                continue
        if (kinds := KIND_BOUND_SENSES.get((lemma, cue.particle))) is not None and not any(
                of_the_kind(t, kinds) for c in (*verb.children, *shared_object(verb, "dobj"))
                if c.dep_ in ("dobj", "nsubjpass", "prep")
                for t in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"
                                                        and c.lower_ == cue.particle])):
            continue  # "sank Sweden's bid", "police hauled in two Chinese nationals for questioning" (the object
            # may be the next verb's: "sank or crippled several Iranian warships")
        if not cue.object_nouns and lemma in MEMBER_VERBS and not any(
                c.dep_ == "dobj" and ((c.pos_ == "PROPN" and c.ent_type_ != "ORG") or
                                      c.lemma_.lower() in MEMBER_STATE_NOUNS) for c in verb.children):
            continue  # (the tagger may take "Mali" for a person; candidates.py keeps only states)
        if cue.from_field and not cue.object_nouns:
            # the field's bare sense yields to what a performing verb's object names: "slapped tariffs on"
            return performed_cue(verb, lexicon) or cue
        return cue
    return performed_cue(verb, lexicon) or custody_cue(verb, lexicon) or seeing_cue(verb)


def idiom_cue(verb: Token) -> VerbCue | None:
    """'put Iran on notice' warns Iran; 'put pen to paper on a treaty' signs it; 'shut the door on a U.N. team'
    rejects it: idioms whose words are the verb's object and preposition, not a lemma's sense."""
    if shuts_the_door(verb) and any(c.dep_ == "prep" and c.lower_ in DOOR_PREPOSITIONS for c in verb.children):
        return VerbCue(verb.lemma_.lower(), "", "reject", ("prep:on", "prep:to"), frozenset())
    if verb.lemma_.lower() != "put":
        return None
    told = {(c.lower_, p.lemma_.lower()) for c in verb.children if c.dep_ == "prep" for p in c.children
            if p.dep_ == "pobj"}
    if ("on", "notice") in told and any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return VerbCue("put", "", "warn", ("dobj",), frozenset())  # (or "was put on notice by Washington")
    if ("to", "paper") in told and any(c.dep_ == "dobj" and c.lower_ == "pen" for c in verb.children):
        return VerbCue("put", "", "agree", ("prep:with",), frozenset())
    return None


# where one sees a person without meeting him: "saw Putin on television"
SCREENS = {"television", "tv", "video", "screen", "footage", "photo", "photograph", "film"}


def seeing_cue(verb: Token) -> VerbCue | None:
    """'travelled on to Qatar to see Sheikh Tamim', 'Before seeing Putin, Bolton held talks': seeing a person as a
    purpose, or after a preposition, is meeting him (not 'had seen Putin on TV', 'saw Russia as a threat')."""
    seen = [c for c in verb.children if c.dep_ == "dobj"]
    purposed = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # "was in Frankfurt to see"
    timed = verb.dep_ == "pcomp"  # "Before seeing Putin", "looked forward to seeing Sharif"
    if verb.lemma_.lower() != "see" or len(seen) != 1 or seen[0].ent_type_ != "PERSON" or not (purposed or timed) \
            or any(c.dep_ in ("xcomp", "ccomp", "oprd", "prt", "advcl") or c.dep_ == "prep" and (
                c.lower_ == "as" or any(g.lower_ in SCREENS for g in c.children)) for c in verb.children):
        return None  # (not "had seen Putin on television", "saw Russia as a threat")
    return VerbCue("see", "", "meet", ("dobj",), frozenset())


# what one holds a person in, or to be, that is no custody: "held him in high regard", "held Assad responsible"
HELD_IN_MIND = {"regard", "esteem", "contempt", "respect", "check", "suspicion", "awe", "responsible", "accountable",
                "liable"}


def custody_cue(verb: Token, lexicon: Lexicon) -> VerbCue | None:
    """'North Korea is holding an American student', 'two Canadians held by China': holding people, no light verb's
    noun ('held talks'), is keeping them in custody, a coercion of their state."""
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    people = all(h.ent_type_ == "PERSON" or h.lower_ in lexicon.people_nouns or h.lemma_.lower() in lexicon.people_nouns
                 for h in held)
    if verb.lemma_.lower() != "hold" or not held or not people or _held_in_mind(verb, held):
        return None
    return VerbCue("hold", "", "coerce", ("dobj",), frozenset())


def _held_in_mind(verb: Token, held: list[Token]) -> bool:
    """'held Assad responsible', 'held Kim Jong Un in high regard': a predicate or a regard, no custody (the
    parser may hang the predicate on the one held: "[Assad [responsible]amod]")."""
    return any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or c.dep_ == "prep" and any(
        g.lemma_.lower() in HELD_IN_MIND for g in c.children) for c in verb.children) or any(
        c.lower_ in HELD_IN_MIND for h in held for c in h.children)


# verbs that undo a measure, conceded to whom it was imposed on (material.py); a measure named lifted is none imposed
LIFTING_VERBS = {"lift", "ease", "remove", "drop", "scrap", "relax", "waive", "suspend", "end", "rescind", "pause",
                 "delay", "postpone", "defer", "freeze", "loosen", "roll", "unfreeze", "cut", "reduce", "lower",
                 "slash", "trim"}
IMPOSING_VERBS = {"impose", "announce", "adopt", "unveil", "slap", "introduce", "extend", "approve", "expand"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


def object_relative(verb: Token) -> bool:
    """'the sanctions (that) the United States imposed on Eritrea': a relative clause whose object is the noun
    it modifies (its own object, if any, the relative pronoun); not of a measure now lifted ('lifted the
    sanctions it imposed in 2021', 'the tariffs that Trump imposed were suspended': the lifting is the event)."""
    lifted = verb.head.dep_ in ("dobj", "nsubjpass") and verb.head.head.lemma_.lower() in LIFTING_VERBS
    return verb.dep_ == "relcl" and not lifted and \
        any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children) and \
        all(c.lower_ in RELATIVE_PRONOUNS for c in verb.children if c.dep_ == "dobj")


def performed_cue(verb: Token, lexicon: Lexicon) -> VerbCue | None:
    """A performing verb's cue taken from its object noun, the one whose target preposition is there:
    'unleashed a barrage of missiles on Kyiv' is 'fired missiles on', not 'sent missiles to'."""
    particle = PERFORMING_VERBS.get(known_lemma(verb, PERFORMING_VERBS))
    declaring = particle is None and verb.lemma_.lower() in DECLARING_VERBS
    if declaring:
        particle = ""
    if particle is None or (particle and not has_particle(verb, particle)):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for noun in (n for n in substance(obj) if not self_restraint(n)):  # ("announced a settlement freeze")
            preps = {c.lower_ for holder in (verb, obj, noun) for c in holder.children if c.dep_ in ("prep", "dative")}
            known = lexicon.object_cues
            for cue in known.get(noun.lemma_.lower()) or known.get(noun.lower_, ()):
                if declaring and (cue.relation not in DECLARED_RELATIONS or
                                  noun.lemma_.lower() not in DECLARED_MEASURES):
                    continue
                if any(spec.startswith("prep:") and spec[5:] in preps for spec in cue.targets):
                    return cue
    return None


# verbs of taking up another's proposal: "the two sides accepted the plan" agree with its author, not each other
# (but "Armenia and Azerbaijan accepted a ceasefire" is one between them)
ACCEPTING_VERBS = {"accept", "endorse", "embrace"}


def accepting_anothers(verb: Token) -> bool:
    """Whether coordinated subjects take up another's proposal rather than an accord between themselves."""
    return verb.lemma_.lower() in ACCEPTING_VERBS and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in ACCORD_NOUNS for c in verb.children)

