"""Score a gold folder by event class, the way the event-data field scores one-sentence reports.

For each document with a gold triple: did the extractor emit any event, and does one of its events have
the class (relations.tsv's PLOVER column) of a gold triple? A third column says whether such an event
also has the gold actors, leniently (an actor may be the gold actor's country), as score.py matches them.
Documents without gold triples are traps: any event there is a false alarm. Overall the "any event" and
"right class" rates over the documents with a gold triple.

    python tools/score_classes.py tests/data/SET [--pred predictions.jsonl] [--quiet]
        [--cmd "diplograph extract --format jsonl {docs}"] [--eval ../shared/eval]

The extractor is run as score.py runs it; score.py and relations.tsv are read from --eval.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = REPO / ".." / "shared" / "eval"


def load_score(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no score.py in {eval_dir}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--pred", type=Path, help="predictions as JSON lines, instead of running --cmd")
    ap.add_argument("--cmd", default="diplograph extract --format jsonl {docs}")
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder of score.py and relations.tsv")
    ap.add_argument("--quiet", action="store_true", help="print the summary line only")
    args = ap.parse_args()
    score = load_score(args.eval)
    klass, _ = score.load_relations(args.eval / "relations.tsv")
    gold = json.loads((args.gold_dir / "gold.json").read_text())
    actors = score.Actors(gold["actors"])
    if args.pred:
        predictions = [json.loads(line) for line in args.pred.read_text().splitlines() if line.strip()]
    else:
        # the extractor of the interpreter running this script, when its venv is not on PATH
        os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
        predictions = score.run_extractor(args.cmd, args.gold_dir / "docs.jsonl")
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for p in predictions:
        by_doc[str(p.get("doc"))].append(p)

    n = anyn = right = right_actors = traps = alarms = 0
    rows = []
    for doc_id, ann in gold["docs"].items():
        preds = by_doc.get(doc_id, [])
        emitted = sorted({klass.get(p.get("relation", ""), "?") for p in preds})
        triples = ann.get("triples", [])
        if not triples:
            traps += 1
            alarms += bool(preds)
            rows.append(f"{doc_id:<20} trap   {'ALARM' if preds else 'ok':<5} {' '.join(emitted)}")
            continue
        wanted = {klass.get(g["p"], g["p"]) for g in triples}
        hit = bool(wanted & set(emitted))
        with_actors = any(klass.get(p.get("relation", "")) == klass.get(g["p"], g["p"])
                          and actors.matches(g["s"], p.get("subject", ""), True)
                          and actors.matches(g["o"], p.get("object", ""), True)
                          for g in triples for p in preds)
        n += 1
        anyn += bool(preds)
        right += hit
        right_actors += with_actors
        rows.append(f"{doc_id:<20} {'/'.join(sorted(wanted)):<10} {'any' if preds else '-':<3} "
                    f"{'CLASS' if hit else '-':<5} {'ACTORS' if with_actors else '-':<6} {' '.join(emitted)}")
    if not args.quiet:
        print(f"{'doc':<20} {'gold':<10} any class actors emitted")
        print("\n".join(rows))

    def rate(k: int) -> str:
        return f"{k / n:.3f} ({k}/{n})" if n else "n/a"

    print(f"any event {rate(anyn)} | right class {rate(right)} | right class and actors {rate(right_actors)}"
          f" | trap alarms {alarms}/{traps}")


if __name__ == "__main__":
    main()
