"""The lexicon's data files (ingest/data/*.tsv): tab-separated tables with '#' comments and ';'-lists.

Every reader of the gazetteer, the relation lexicon and the compiled field lexicons goes through
here, so the file format is decided in one place.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources


def read_table(name: str) -> Iterator[dict[str, str]]:
    """The rows of ``ingest/data/{name}`` as dicts keyed by its header; values stripped, '' for empty."""
    text = resources.files("diplograph.ingest").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        yield {key: (value or "").strip() for key, value in row.items()}


def split_list(value: str) -> list[str]:
    """A ';'-separated cell as a list, empty parts dropped."""
    return [part.strip() for part in value.split(";") if part.strip()]
