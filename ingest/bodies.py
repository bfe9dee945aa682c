"""Documents sent in a request body (`POST /documents`): a JSON object or array, JSON lines, or one text.

Like the file readers, a document that cannot be read becomes an InputError in its place, so one bad line
never loses the others; only a body that cannot be read at all raises.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from diplograph.errors import InputError
from diplograph.ingest.dateline import parse_dateline
from diplograph.ingest.read import document_from_json_line
from diplograph.model import Document

JSON_TYPES = frozenset({"application/json"})
JSON_LINES_TYPES = frozenset({"application/x-ndjson", "application/jsonl", "application/x-jsonlines",
                              "application/jsonlines", "application/json-seq"})
TEXT_TYPES = frozenset({"text/plain"})
READABLE_TYPES = JSON_TYPES | JSON_LINES_TYPES | TEXT_TYPES
SOURCE = "POST /documents"  # what names the input in an error ("line 3 of POST /documents: ...")


def documents_from_body(
    body: bytes,
    media_type: str,
    *,
    document_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> list[Document | InputError]:
    """The documents in a body of this media type. A text body is one document: its id is document_id, else
    derived from its content; its date comes from its dateline. Raises InputError when the body is not UTF-8,
    not JSON where JSON was announced, or holds nothing."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(SOURCE, f"the body is not UTF-8 text (bad byte at offset {error.start})") from None
    if not text.strip():
        raise InputError(SOURCE, "the body is empty: send a JSON document, JSON lines or a text")
    if media_type in JSON_LINES_TYPES:
        return [document_from_json_line(line, Path(SOURCE), number)
                for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if media_type in JSON_TYPES:
        return _from_json(text)
    dateline = parse_dateline(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return [Document(id=document_id or f"posted-{digest}", text=text, date=dateline.date if dateline else None,
                     source=source, title=title)]


def _from_json(text: str) -> list[Document | InputError]:
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(SOURCE, f"not valid JSON ({error.msg} at line {error.lineno}, column {error.colno}); "
                         "send one line per document as application/x-ndjson") from None
    records = parsed if isinstance(parsed, list) else [parsed]
    if not records:
        raise InputError(SOURCE, "the JSON array is empty: there are no documents in it")
    found: list[Document | InputError] = []
    for number, record in enumerate(records, start=1):
        item = document_from_json_line(json.dumps(record), Path(SOURCE), number)
        if isinstance(item, InputError):
            where = f"item {number} of the JSON array" if isinstance(parsed, list) else "the JSON object"
            item = InputError(SOURCE, f"{where}: {item.problem}")
        found.append(item)
    return found
