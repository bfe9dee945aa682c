"""Join two blind writers' folders of one kind into a gold set: docs.jsonl and gold.json in the dev set's format.

    python tools/blind/merge_writers.py KIND OUT ROOT WRITER... [NAME=OTHER ...]

KIND is news or wire; ROOT the round's folder (/work/blindNN) holding writer_X/KIND/. Actors are unioned by
name (aliases merged, the first writer's type and country kept); an alias one writer gives an actor that is
another actor's name or alias is dropped and reported. NAME=OTHER gives one actor two writers named apart one
name: OTHER's triples are rewritten to NAME and OTHER kept as its alias. The brief the writers follow is
tools/blind/TASK_common.md (the round number changed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def merge(kind: str, out: Path, root: Path, writers: list[str], same: dict[str, str]) -> None:
    actors: dict[str, dict[str, Any]] = {}
    docs: dict[str, Any] = {}
    lines: list[str] = []
    ids: set[str] = set()
    for writer in writers:
        folder = root / f"writer_{writer}" / kind
        gold = json.loads((folder / "gold.json").read_text())
        for line in (folder / "docs.jsonl").read_text().splitlines():
            doc_id = json.loads(line)["id"]
            if doc_id in ids:
                raise SystemExit(f"{folder}: document id {doc_id!r} is taken by another writer")
            ids.add(doc_id)
            lines.append(line)
        for name, actor in list(gold["actors"].items()):
            if name in same:
                actor = dict(actor, aliases=[name, *actor["aliases"]])
                for doc in gold["docs"].values():
                    for part in doc.values():
                        for triple in part:
                            for key in ("s", "o"):
                                triple[key] = same.get(triple.get(key), triple.get(key))
                name = same[name]
            taken = {form.lower(): other for other, entry in actors.items() if other != name
                     for form in [other, *entry["aliases"]]}
            aliases = []
            for alias in actor["aliases"]:
                if alias.lower() in taken:
                    print(f"dropped alias {alias!r} of {name} (also {taken[alias.lower()]})")
                else:
                    aliases.append(alias)
            if name in actors:
                actors[name]["aliases"] = sorted(set(actors[name]["aliases"]) | set(aliases))
            else:
                actors[name] = dict(actor, aliases=aliases)
        docs.update(gold["docs"])
    out.mkdir(parents=True, exist_ok=True)
    (out / "docs.jsonl").write_text("\n".join(lines) + "\n")
    body = {"actors": dict(sorted(actors.items())), "docs": docs}
    (out / "gold.json").write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n")
    triples = sum(len(doc["triples"]) for doc in docs.values())
    print(f"{out}: {len(lines)} documents, {triples} gold triples, {len(actors)} actors")


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 4:
        raise SystemExit(__doc__)
    pairs = dict(arg.split("=", 1)[::-1] for arg in args[3:] if "=" in arg)
    merge(args[0], Path(args[1]), Path(args[2]), [arg for arg in args[3:] if "=" not in arg], pairs)
