"""The relation lexicon: verbs, event nouns and modality cues, read from the data files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from diplograph.ingest.datafiles import read_table, split_list


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    particle: str
    relation: str
    targets: tuple[str, ...]  # "dobj", "dative", "prep:with" ...
    object_nouns: frozenset[str]  # light verbs: the object that makes the verb count ("impose sanctions")


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


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    verbs: dict[str, list[VerbCue]] = {}
    for row in read_table("verbs.tsv"):
        cue = VerbCue(row["lemma"], row["particle"], row["relation"], tuple(split_list(row["targets"])),
                      frozenset(split_list(row["object_nouns"])))
        verbs.setdefault(cue.lemma, []).append(cue)
    nouns = {row["lemma"]: NounCue(row["lemma"], row["relation"], tuple(split_list(row["targets"])))
             for row in read_table("nouns.tsv")}
    cues = {row["cue"]: row["kind"] for row in read_table("cues.tsv")}
    # particle-bearing cues first, so "call on" wins over "call" when the particle is there
    ordered = {lemma: tuple(sorted(found, key=lambda c: not c.particle)) for lemma, found in verbs.items()}
    return Lexicon(verbs=ordered, nouns=nouns, modality_cues=cues)
