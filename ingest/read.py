"""Readers: .txt (with an optional dateline), .jsonl (one document a line) and directories of them.

Every problem is yielded as an InputError naming the file (and line) in place of the document,
so one bad document never stops the others.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from diplograph.errors import InputError
from diplograph.ingest.dateline import parse_dateline
from diplograph.model import Document, document_id_problem

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE = TEXT_SUFFIXES | JSONL_SUFFIXES
# A date, optionally followed by a time: "2022-02-15", "2022-02-15T09:30:00Z" (not "20220215", not "2022-02-15x").
ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def read_documents(paths: Iterable[Path | str]) -> Iterator[Document | InputError]:
    """Documents from files and directories (searched recursively for .txt and .jsonl).

    Ids are unique within one reading: a document whose id an earlier one already took is an error naming
    both (two `report.txt` in different directories, an id twice in a .jsonl), never a silent overwrite.
    """
    taken: dict[str, str] = {}
    for item in _read_paths(paths):
        if isinstance(item, Document):
            first = taken.setdefault(item.id, item.where)
            if first != item.where:
                fix = ("give one of them another \"id\"" if item.origin and item.origin.startswith("line ")
                       else "rename one of the files (a .txt file's id is its name without .txt)")
                item = InputError(item.where, f"the id {item.id!r} is already taken by {first} in this ingest; {fix}")
        yield item


def _read_paths(paths: Iterable[Path | str]) -> Iterator[Document | InputError]:
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


def read_bytes(path: Path, *, binary_check: bool = True) -> bytes | InputError:
    try:
        data = path.read_bytes()
    except OSError as error:
        return InputError(str(path), f"cannot be read: {error.strerror or error}")
    if binary_check and b"\x00" in data:
        return InputError(str(path), "is a binary file, not text (it contains NUL bytes)")
    return data


def decode_text(path: Path) -> str | InputError:
    data = read_bytes(path)
    if isinstance(data, InputError):
        return data
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
    problem = document_id_problem(path.stem)
    if problem is not None:
        return InputError(str(path), f"{problem} (a .txt file's id is its name without .txt); rename the file")
    dateline = parse_dateline(text)
    return Document(id=path.stem, text=text, date=dateline.date if dateline else None, source=str(path),
                    origin=str(path))


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    """One document a line; a line that cannot be read (bad UTF-8, bad JSON) is an error for that line alone."""
    data = read_bytes(path, binary_check=False)  # a NUL byte is the error of its line, not of the file
    if isinstance(data, InputError):
        yield data
        return
    if not data.strip():
        yield InputError(str(path), "is empty: there are no documents in it")
        return
    if data.count(b"\x00") > len(data) // 4:
        yield InputError(str(path), "is a binary file, not text (it is mostly NUL bytes)")
        return
    data = data.removeprefix(b"\xef\xbb\xbf")
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if b"\x00" in raw:
            yield InputError(str(path), "holds a NUL byte: not a line of text", line=number)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield InputError(str(path), f"is not UTF-8 text (bad byte at column {error.start + 1})", line=number)
            continue
        if line.strip():
            yield document_from_json_line(line, path, number)


def document_from_json_line(line: str, path: Path, number: int) -> Document | InputError:
    def problem(message: str) -> InputError:
        return InputError(str(path), message, line=number)

    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return problem(f"not valid JSON ({error.msg} at column {error.colno})")
    except RecursionError:
        return problem("not a document: JSON nested too deeply")
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
    elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        return problem("field 'id' must be a non-empty string (or an integer)")
    doc_id = str(doc_id)
    id_problem = document_id_problem(doc_id)
    if id_problem is not None:
        return problem(f"field 'id': {id_problem}")
    for name, value in record.items():
        if isinstance(value, str) and _has_lone_surrogate(value):
            return problem(f"field {name!r} holds a lone surrogate (an escape such as \\ud800 that is not text)")
    date: dt.date | None = None
    if record.get("date") not in (None, ""):
        raw_date = record["date"]
        match = ISO_DATE.fullmatch(raw_date) if isinstance(raw_date, str) else None
        try:
            if match is None:
                raise ValueError(raw_date)
            date = dt.date.fromisoformat(match[1])
        except ValueError:
            return problem(f"field 'date' is not an ISO date (YYYY-MM-DD, a string): {raw_date!r}")
    else:
        dateline = parse_dateline(text)
        date = dateline.date if dateline else None
    for optional in ("source", "title"):
        if record.get(optional) is not None and not isinstance(record[optional], str):
            return problem(f"field {optional!r} must be a string")
    return Document(id=doc_id, text=text, date=date, source=record.get("source") or str(path),
                    title=record.get("title"), origin=f"line {number} of {path}")


def _has_lone_surrogate(text: str) -> bool:
    """JSON can escape half a UTF-16 pair ("\\ud800"), which is no character: it cannot be stored as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
