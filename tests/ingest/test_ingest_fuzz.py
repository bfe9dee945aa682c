"""A fuzz of ingest: generated texts and JSON lines, good ones among them; no exception escapes and no
document besides a bad one is lost. Every line is accounted for: stored under its id, or an error names it."""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.graph.store import EmbeddedStore
from diplograph.ingest.extract import Extractor
from diplograph.ingest.read import read_documents
from diplograph.ingest.run import ingest
from diplograph.settings import Settings

SENTENCES = [
    "Antony Blinken met Xi Jinping in Beijing on Monday.",
    "He is the minister Europe trusts most.",
    "Poland expelled 45 Russian diplomats.",
    "The Kremlin said Putin would not meet Zelenskyy.",
]


@cache
def extractor() -> Extractor:
    return Extractor(Settings(batch_size=4))


any_text = st.text(st.characters(codec=None), max_size=80)  # surrogates included: JSON can escape them
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(any_text, children, max_size=3),
    max_leaves=6,
)
entry = st.one_of(
    st.tuples(st.just("good"), st.sampled_from(SENTENCES)),
    st.tuples(st.just("text"), any_text),  # a document whose text may be anything
    st.tuples(st.just("fields"), st.dictionaries(st.sampled_from(["id", "text", "date", "title", "source"]),
                                                 json_value, max_size=5)),
    st.tuples(st.just("raw"), st.text(st.characters(codec="utf-8", exclude_characters="\n"), max_size=40)),
    st.tuples(st.just("deep"), st.integers(min_value=500, max_value=50_000)),
)


def line_of(kind: str, payload: object, number: int) -> str:
    if kind == "good":
        return json.dumps({"id": f"good-{number}", "text": payload, "date": "2023-06-19"})
    if kind == "text":
        return json.dumps({"id": f"text-{number}", "text": payload})
    if kind == "fields":
        return json.dumps(payload)
    if kind == "deep":
        return "[" * int(payload)  # type: ignore[call-overload]
    return str(payload)


def id_of(line: str, number: int) -> str:
    """The id the reader gives the document on this line of news.jsonl."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return ""
    found = record.get("id") if isinstance(record, dict) else None
    return f"news-{number}" if found is None else str(found)


@given(entries=st.lists(entry, min_size=1, max_size=12), texts=st.lists(any_text, max_size=3))
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_ingest_loses_no_document_but_a_bad_one_and_raises_nothing(entries: list, texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        corpus = Path(directory) / "corpus"
        corpus.mkdir()
        lines = [line_of(kind, payload, number) for number, (kind, payload) in enumerate(entries, start=1)]
        jsonl = corpus / "news.jsonl"
        jsonl.write_bytes("\n".join(lines).encode("utf-8", errors="surrogatepass") + b"\n")
        for number, text in enumerate(texts):
            (corpus / f"note-{number}.txt").write_bytes(text.encode("utf-8", errors="surrogatepass"))
        with EmbeddedStore(Path(directory) / "store") as store:
            report = ingest(read_documents([corpus]), extractor(), store, batch_size=4)
            stored = {info.id for info in store.documents()}
    failed = [str(error) for error in report.failed]
    assert report.ingested == len(stored)
    for number, (kind, _) in enumerate(entries, start=1):
        if kind == "good":
            assert f"good-{number}" in stored, failed
        else:  # stored under its id, or its line's error says why; a blank line is no document
            named = any(error.startswith(f"line {number} of {jsonl}:") for error in failed)
            blank = not lines[number - 1].strip()
            assert named or blank or id_of(lines[number - 1], number) in stored, failed
    for number, _ in enumerate(texts):
        note = corpus / f"note-{number}.txt"
        assert f"note-{number}" in stored or any(error.startswith(str(note)) for error in failed), failed
