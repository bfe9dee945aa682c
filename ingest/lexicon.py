"""The relation lexicon: verbs, event nouns and modality cues, read from the data files."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Token

from diplograph.ingest.datafiles import read_table, split_list
from diplograph.ingest.field_lexicon import load_agents, load_field_verbs


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    particle: str
    relation: str
    targets: tuple[str, ...]  # "dobj", "dative", "prep:with" ...
    object_nouns: frozenset[str]  # light verbs: the object that makes the verb count ("impose sanctions")
    from_field: bool = False  # compiled from the CAMEO verb dictionary rather than written for diplograph


@dataclass(frozen=True)
class NounCue:
    lemma: str
    relation: str
    targets: tuple[str, ...]  # prepositions: "with", "between" ...


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[VerbCue, ...]]
    nouns: dict[str, NounCue]
    modality_cues: dict[str, str]
    people_nouns: frozenset[str] = frozenset()  # the Phoenix agents: nouns for people ("nationals", "soldiers")
    # our light verbs' cues by their object noun ("drills" -> stage drills near X): the event a performing verb
    # takes from its object ("began joint exercises around Taiwan")
    object_cues: dict[str, tuple[VerbCue, ...]] = dataclasses.field(default_factory=dict)
    # the last words of the nouns of two ('air strike', 'build-up'): only these need the compound before them read
    compound_heads: frozenset[str] = frozenset()

    def noun_cue(self, noun: Token) -> NounCue | None:
        """The event a noun names, read with its compound where the lexicon spells two words ('build-up')."""
        lemma = noun.lemma_.lower()
        return self.nouns.get(lemma) or (self.nouns.get(compound_form(noun)) if lemma in self.compound_heads
                                         else None)

    def names_a_deed(self, noun: Token) -> bool:
        """'the storming of the compound', 'the looting of the embassy': the gerund of a verb the lexicon knows
        names an act (so a by-phrase is its agent), whether or not the noun is listed."""
        lower = noun.lower_
        return noun.tag_ == "NN" and lower.endswith("ing") and any(
            form in self.verbs for form in (lower[:-3], lower[:-3] + "e", lower[:-4]) if len(form) > 2)

    def names_an_accord(self, noun: Token) -> bool:
        """'the agreement', 'the Minsk accords': a noun of an agreement (whose town modifier is its name)."""
        cue = self.nouns.get(noun.lemma_.lower())
        return cue is not None and cue.relation == "agree"


def compound_form(token: Token) -> str:
    """The noun with the compound just before it, as the lexicon spells it: 'build-up', 'air strike'."""
    first = token.i - 2 if token.i >= 2 and token.nbor(-1).tag_ == "HYPH" else token.i - 1
    if first < 0 or token.doc[first].dep_ != "compound" or token.doc[first].head.i != token.i:
        return ""
    joint = "-" if first == token.i - 2 else " "
    return f"{token.doc[first].lower_}{joint}{token.lemma_.lower()}"


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    verbs: dict[str, list[VerbCue]] = {}
    for row in read_table("verbs.tsv"):
        cue = VerbCue(row["lemma"], row["particle"], row["relation"], tuple(split_list(row["targets"])),
                      frozenset(noun for listed in split_list(row["object_nouns"]) for noun in _named_list(listed)))
        verbs.setdefault(cue.lemma, []).append(cue)
    nouns = {row["lemma"]: NounCue(row["lemma"], row["relation"], tuple(split_list(row["targets"])))
             for row in read_table("nouns.tsv")}
    object_cues = _cues_by_object_noun(verbs)
    _add_repeated_acts(verbs)  # (ours, so the field's senses of "reimpose" merge under them)
    _add_field_verbs(verbs)
    cues = {row["cue"]: row["kind"] for row in read_table("cues.tsv")}
    # the most specific first: "call on" wins over "call" when the particle is there, "abandon the truce"
    # (a light verb with its object) over "abandon" alone
    ordered = {lemma: tuple(sorted(found, key=lambda c: (not c.particle, not c.object_nouns)))
               for lemma, found in verbs.items()}
    people = frozenset(load_agents()) | NATIONALS
    heads = frozenset(noun[i + 1:] for noun in nouns for i, char in enumerate(noun) if char in " -")
    return Lexicon(verbs=ordered, nouns=nouns, modality_cues=cues, people_nouns=people, object_cues=object_cues,
                   compound_heads=heads)


def _named_list(entry: str) -> tuple[str, ...]:
    """An object noun of verbs.tsv, or the nouns of the list it names ('@goods' is goods.tsv, '@forces' forces.tsv),
    kept once for the verbs that share it."""
    return list_file(entry[1:]) if entry.startswith("@") else (entry,)


@cache
def list_file(name: str) -> tuple[str, ...]:
    """The nouns of a word list verbs.tsv names ('goods' for @goods), read once."""
    return tuple(row["noun"] for row in read_table(f"{name}.tsv"))


# relations whose object nouns are neutral, the verb alone saying which way they go: "cut ties" and "restored
# ties", "lifted sanctions" and "imposed sanctions"; no other verb may take these events from the noun
VERB_POLARITY_RELATIONS = {"sever", "concede"}


def _cues_by_object_noun(verbs: dict[str, list[VerbCue]]) -> dict[str, tuple[VerbCue, ...]]:
    """Our own light-verb cues by each of their object nouns ("missiles" -> fire at, launch at, send to)."""
    found: dict[str, list[VerbCue]] = {}
    for cues in verbs.values():
        for cue in cues:
            if cue.relation in VERB_POLARITY_RELATIONS or cue.particle:
                continue
            for noun in cue.object_nouns:
                if all(known.relation != cue.relation or known.targets != cue.targets for known in found.get(noun, [])):
                    found.setdefault(noun, []).append(cue)
    return {noun: tuple(cues) for noun, cues in found.items()}


# light verbs done again, each the same act as the verb it repeats ('replace' is no 'place' again)
REPEATED_ACTS = {"reimpose": "impose", "reestablish": "establish", "redeploy": "deploy", "reinstate": "impose"}


def _add_repeated_acts(verbs: dict[str, list[VerbCue]]) -> None:
    """'reimposed sanctions on Tehran', 'reestablished ties with Cairo': a light verb done again with its object
    is the same act; only with the object that makes it one."""
    for again, lemma in REPEATED_ACTS.items():
        cues = [dataclasses.replace(c, lemma=again) for c in verbs.get(lemma, []) if c.object_nouns and not c.particle]
        if cues and again not in verbs:
            verbs[again] = cues


# people named by their state that the Phoenix agents lack: "two British nationals", "Russian prisoners"
NATIONALS = frozenset({"national", "nationals", "prisoner", "prisoners", "hostage", "hostages", "detainee",
                       "detainees", "sailor", "sailors", "crew", "crews", "soldier", "soldiers"})


# the consultation family, where CAMEO's object-noun patterns are mostly about an event being cancelled
# or postponed ("abolish * visit" sits in a visit block): our own cues cover "hold talks", "pay a visit"
CONSULT_RELATIONS = {"meet", "call", "visit", "host", "negotiate", "mediate"}


def _add_field_verbs(verbs: dict[str, list[VerbCue]]) -> None:
    """Merge the CAMEO verb dictionary under our own cues: ours decide a verb's sense where we have it.

    A verb and particle we list bare keep our relation; a light verb we list gains the field's object
    nouns for the same relation ("cut ties" learns "cut links") and keeps its other object-bound senses;
    any other verb or phrasal verb is the field's, except its consultation patterns that hang on an
    object noun.
    """
    for lemma, field_cues in load_field_verbs().items():
        ours = verbs.get(lemma, [])
        senses = {(cue.particle, cue.relation): i for i, cue in enumerate(ours)}
        listed = {cue.particle for cue in ours}  # particles whose sense we decide
        bare = {cue.particle for cue in ours if not cue.object_nouns}
        for field in field_cues:
            same = senses.get((field.particle, field.relation))
            if same is not None:
                cue = ours[same]
                if cue.object_nouns and field.object_nouns:
                    ours[same] = VerbCue(cue.lemma, cue.particle, cue.relation, cue.targets,
                                         cue.object_nouns | field.object_nouns, cue.from_field)
                continue
            if field.object_nouns and field.relation in CONSULT_RELATIONS:
                continue
            # where we list the verb only with its objects ("launch strikes"), the field's other object-bound
            # senses stay ("launch talks"); where we list it bare, ours is its sense
            if field.particle in bare or (field.particle in listed and not field.object_nouns):
                continue
            ours.append(VerbCue(field.lemma, field.particle, field.relation, field.targets, field.object_nouns,
                                from_field=True))
        if ours:
            verbs[lemma] = ours
