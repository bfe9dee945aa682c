"""The view on disk: saved after a full build and when the server stops, restored when it starts again.

A full build decodes every event of the store (a minute or more for a million events); restoring this file
takes seconds, and the view cache then patches in whatever changed since, by comparing each document's
content hash. The file is a cache: a missing, older-format, damaged or unreadable one is ignored and the
view is built from the store. It is written next to the store's directory, to a temporary name first, so
a crash never leaves a half-written snapshot under the real name.

Format: the line `diplograph-view/5`, then `marshal` blobs (fast, and no code runs on load, unlike
pickle), each after its length (8 bytes, little endian): a header dict (with the store revision the view
was read at and the knowledge graph's fingerprint it was projected with, so that a view projected with an
older registry is projected again before it is served), then chunks of edge rows, then a length of 0 and a
BLAKE2b digest (32 bytes) of every byte before it. Blobs are read whole and decoded with `marshal.loads`:
`marshal.load` on a file reads object by object and was five times slower.

The digest is checked when the last edge has been read, before the restored view is used: a changed byte
(an actor id, a date, the revision) is a damaged snapshot, and the view is built from the store instead.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

FORMAT = "diplograph-view/5"
CHUNK = 50_000
LENGTH = 8
END = bytes(LENGTH)
MAGIC = FORMAT.encode() + b"\n"
DIGEST_SIZE = 32

# source, target, report IRI, document graph, then the edge's fields as `EdgeData.record` gives them
EdgeRecord = tuple[Any, ...]

log = logging.getLogger(__name__)


@dataclass
class Snapshot:
    revision: str
    hashes: dict[str, str]
    actors: dict[str, list[str]]
    nodes: dict[str, dict[str, Any]]
    edges: Iterable[EdgeRecord]
    identity: str | None = None  # the knowledge graph's fingerprint the view was projected with
    renamed: dict[str, tuple[str, str]] = field(default_factory=dict)  # report -> its document's own actors


def _digest() -> Any:
    return hashlib.blake2b(digest_size=DIGEST_SIZE)


def save(path: Path, snapshot: Snapshot) -> None:
    """Write the snapshot atomically (a temporary file renamed over the old one)."""
    temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as file:
            header = {
                "format": FORMAT, "revision": snapshot.revision, "hashes": snapshot.hashes,
                "actors": snapshot.actors, "nodes": snapshot.nodes,
                "identity": snapshot.identity, "renamed": snapshot.renamed,
            }
            digest = _digest()
            digest.update(MAGIC)
            file.write(MAGIC)
            _write(file, header, digest)
            edges = iter(snapshot.edges)
            while chunk := list(islice(edges, CHUNK)):
                _write(file, chunk, digest)
            digest.update(END)
            file.write(END)
            file.write(digest.digest())
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        log.warning("could not save the view snapshot %s: %s", path, error)
        temporary.unlink(missing_ok=True)


def load(path: Path) -> Snapshot | None:
    """The snapshot at path, or None (logged) when there is none or it is not one of ours.

    The edges are read as they are iterated, a chunk at a time; a damaged file (one whose digest does not
    match, checked after the last edge) raises SnapshotError then.
    """
    if not path.is_file():
        return None
    digest = _digest()
    try:
        file = open(path, "rb")  # noqa: SIM115 - closed by the edge reader
        magic = file.read(len(MAGIC))
        if magic != MAGIC:
            file.close()
            log.warning("ignoring the view snapshot %s: not in format %s", path, FORMAT)
            return None
        digest.update(magic)
        header = _read(file, digest)
    except (OSError, EOFError, ValueError, TypeError) as error:
        log.warning("ignoring the view snapshot %s: %s", path, error)
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        file.close()
        log.warning("ignoring the view snapshot %s: not in format %s", path, FORMAT)
        return None
    return Snapshot(header["revision"], header["hashes"], header["actors"], header["nodes"],
                    _edges(path, file, digest), header["identity"], header["renamed"])


def _write(file: Any, value: Any, digest: Any) -> None:
    blob = marshal.dumps(value)
    length = len(blob).to_bytes(LENGTH, "little")
    digest.update(length)
    digest.update(blob)
    file.write(length)
    file.write(blob)


def _read(file: Any, digest: Any) -> Any:
    """The next blob, decoded; None at the end mark. EOFError when the file ends before it."""
    length = file.read(LENGTH)
    if len(length) != LENGTH:
        raise EOFError("the file ends early")
    digest.update(length)
    size = int.from_bytes(length, "little")
    if size == 0:
        return None
    if size > os.fstat(file.fileno()).st_size:
        raise ValueError("not a view snapshot (a length beyond the end of the file)")
    blob = file.read(size)
    if len(blob) != size:
        raise EOFError("the file ends early")
    digest.update(blob)
    return marshal.loads(blob)


class SnapshotError(Exception):
    """A snapshot file ended early, holds something else than edge rows, or does not match its digest."""


def _edges(path: Path, file: Any, digest: Any) -> Iterator[EdgeRecord]:
    with file:
        try:
            while (chunk := _read(file, digest)) is not None:
                yield from chunk
            if file.read(DIGEST_SIZE + 1) != digest.digest():
                raise ValueError("its contents do not match their digest")
        except (OSError, EOFError, ValueError, TypeError) as error:
            raise SnapshotError(f"the view snapshot {path} is damaged: {error}") from None
