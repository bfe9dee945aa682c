"""How many gold triples a broad candidate generator would reach, beside what the rules find.

For each gold set given, every ordered pair of resolved actors in a sentence, under every relation a verb or
noun cue of that sentence states, is a broad candidate. The script prints the share of gold triples the rules
find, the broad candidates cover, and either covers, and why the rest are out of reach: the two actors share a
sentence but no cue of the relation ('co-occurring, no cue'), are both found but never together, or one of
them is never recognised. It measured (2026-12-02) that a classifier over such candidates has little to gain:
most misses have no candidate to score (docs/architecture.md, "Why rules and no classifier").

    .venv/bin/python tools/candidate_headroom.py tests/data/practice_blind_news7 [more gold dirs]

Needs ../shared/eval/score.py for the gold format's actor matching.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from diplograph.ingest.extract import Extractor, body_start
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.read import read_documents
from diplograph.ingest.records import extraction_records
from diplograph.ingest.verb_cues import verb_cue
from diplograph.settings import Settings

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
Triple = tuple[str, str, str]


def broad_candidates(extractor: Extractor, doc: Doc, index: ActorIndex) -> set[Triple]:
    lexicon = extractor.rules.finder.lexicon
    found: set[Triple] = set()
    for sentence in doc.sents:
        actors = {m.actor for m in index.mentions if m.actor and sentence.start <= m.start < sentence.end}
        relations = set()
        for token in sentence:
            if token.pos_ in ("VERB", "AUX") and (cue := verb_cue(token, lexicon)) is not None:
                relations.add(cue.relation)
            elif token.pos_ in ("NOUN", "PROPN") and (noun := lexicon.nouns.get(token.lemma_.lower())) is not None:
                relations.add(noun.relation)
        found |= {(a, r, b) for r in relations for a in actors for b in actors if a != b}
    return found


def main(gold_dirs: list[str]) -> None:
    sys.path.insert(0, str(EVAL))
    from score import Actors, load_relations  # noqa: PLC0415 - the shared scorer, outside this package

    _, symmetric = load_relations(EVAL / "relations.tsv")
    extractor = Extractor(Settings())
    reasons: Counter[str] = Counter()
    for gold_dir in gold_dirs:
        gold = json.loads((Path(gold_dir) / "gold.json").read_text())
        actors = Actors(gold["actors"])

        def same(g: dict[str, str], s: str, p: str, o: str, actors: Actors = actors) -> bool:
            if g["p"] != p:
                return False
            forward = actors.matches(g["s"], s, False) and actors.matches(g["o"], o, False)
            return forward or (p in symmetric and actors.matches(g["s"], o, False) and actors.matches(g["o"], s, False))

        total = by_rules = by_broad = by_either = 0
        for document in read_documents([Path(gold_dir) / "docs.jsonl"]):
            if isinstance(document, Exception):
                continue
            offset = body_start(document.text)
            doc = extractor.nlp(document.text[offset:])
            rules = {(r["subject"], r["relation"], r["object"])
                     for r in extraction_records(extractor.rules.extract_doc(doc, document, offset))}
            index = extractor.rules.resolver.resolve(doc, date=document.date)
            broad = broad_candidates(extractor, doc, index)
            names = {m.actor for m in index.mentions if m.actor}
            pairs = {(s, o) for s, _, o in broad | rules}
            for g in gold["docs"].get(document.id, {}).get("triples", []):
                total += 1
                r, b = any(same(g, *t) for t in rules), any(same(g, *t) for t in broad)
                by_rules, by_broad, by_either = by_rules + r, by_broad + b, by_either + (r or b)
                if r or b:
                    continue
                s_known = any(actors.matches(g["s"], n, False) for n in names)
                o_known = any(actors.matches(g["o"], n, False) for n in names)
                if any(same(g, s, g["p"], o) for s, o in pairs):
                    reasons["co-occurring, no cue"] += 1
                elif s_known and o_known:
                    reasons["both found, never together"] += 1
                else:
                    reasons["an actor not recognised"] += 1
        print(f"{gold_dir}: {total} gold triples; rules {by_rules / total:.3f}, broad {by_broad / total:.3f}, "
              f"either {by_either / total:.3f}")
    print("out of reach:", dict(reasons))


if __name__ == "__main__":
    main(sys.argv[1:])
