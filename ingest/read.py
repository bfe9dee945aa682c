"""Readers: .txt (with an optional dateline), .jsonl (one document a line) and directories of them.

Every problem is yielded as an InputError naming the file (and line) in place of the document,
so one bad document never stops the others.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from diplograph.errors import InputError
from diplograph.ingest.dateline import parse_dateline
from diplograph.model import Document

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE = TEXT_SUFFIXES | JSONL_SUFFIXES


def read_documents(paths: Iterable[Path | str]) -> Iterator[Document | InputError]:
    """Documents from files and directories (searched recursively for .txt and .jsonl)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                yield InputError(str(path), "directory holds no .txt or .jsonl files")
            for file in found:
                yield from read_file(file)
        elif path.is_file():
            yield from read_file(path)
        elif path.exists():
            yield InputError(str(path), "not a regular file or directory")
        else:
            yield InputError(str(path), "no such file or directory")


def read_file(path: Path) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path)
    else:
        yield InputError(str(path), f"unsupported file type {suffix or '(none)'!r}; use .txt or .jsonl")


def decode_text(path: Path) -> str | InputError:
    try:
        data = path.read_bytes()
    except OSError as error:
        return InputError(str(path), f"cannot be read: {error.strerror or error}")
    if b"\x00" in data:
        return InputError(str(path), "is a binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return InputError(str(path), f"is not UTF-8 text (bad byte at offset {error.start})")


def read_text_file(path: Path) -> Document | InputError:
    text = decode_text(path)
    if isinstance(text, InputError):
        return text
    if not text.strip():
        return InputError(str(path), "is empty: there is no text to read")
    dateline = parse_dateline(text)
    return Document(id=path.stem, text=text, date=dateline.date if dateline else None, source=str(path))


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    text = decode_text(path)
    if isinstance(text, InputError):
        yield text
        return
    if not text.strip():
        yield InputError(str(path), "is empty: there are no documents in it")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield document_from_json_line(line, path, number)


def document_from_json_line(line: str, path: Path, number: int) -> Document | InputError:
    def problem(message: str) -> InputError:
        return InputError(str(path), message, line=number)

    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return problem(f"not valid JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return problem(f"expected a JSON object, found {type(record).__name__}")
    text = record.get("text")
    if text is None:
        return problem("missing field 'text'")
    if not isinstance(text, str) or not text.strip():
        return problem("field 'text' must be a non-empty string")
    doc_id = record.get("id")
    if doc_id is None:
        doc_id = f"{path.stem}-{number}"
    elif not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        return problem("field 'id' must be a non-empty string")
    date: dt.date | None = None
    if record.get("date") not in (None, ""):
        try:
            date = dt.date.fromisoformat(str(record["date"])[:10])
        except ValueError:
            return problem(f"field 'date' is not an ISO date (YYYY-MM-DD): {record['date']!r}")
    else:
        dateline = parse_dateline(text)
        date = dateline.date if dateline else None
    for optional in ("source", "title"):
        if record.get(optional) is not None and not isinstance(record[optional], str):
            return problem(f"field {optional!r} must be a string")
    return Document(id=str(doc_id), text=text, date=date, source=record.get("source") or str(path),
                    title=record.get("title"))
