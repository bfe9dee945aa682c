"""Sending documents to a running `diplograph serve` (`diplograph ingest --server URL`): POST /documents
in chunks of JSON lines, each followed as a job until it is done."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import httpx

from diplograph.errors import AccessDenied, ServerError
from diplograph.model import Document

CHUNK = 100  # documents a request; each is a job the server works through while it answers reads
POLL_SECONDS = 0.25


@dataclass
class SentReport:
    """What the server did with the documents sent: counts by outcome, and each refusal's reason."""

    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "replaced": 0, "skipped": 0, "refused": 0})
    refusals: list[str] = field(default_factory=list)


def send_documents(
    url: str,
    token: str | None,
    documents: Iterable[Document],
    on_progress: Callable[[int], None] | None = None,
    *,
    chunk: int = CHUNK,
    timeout: float = 60.0,
) -> SentReport:
    """POST the documents to the server at url, chunk by chunk; on_progress sees each chunk's size once done."""
    report = SentReport()
    headers = {"Content-Type": "application/x-ndjson"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    with httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout) as client:
        for batch in _chunks(documents, chunk):
            body = "".join(json.dumps(_record(document), ensure_ascii=False) + "\n" for document in batch)
            job = _answer(client, "POST", "/documents", content=body.encode("utf-8"), params={"wait": "false"})
            while job["state"] in ("queued", "running"):
                time.sleep(POLL_SECONDS)
                job = _answer(client, "GET", f"/jobs/{job['id']}")
            if job["state"] == "failed":
                raise ServerError(f"the server's ingest job {job['id']} failed: {job['error']}")
            for outcome in job["documents"]:
                report.counts[outcome["outcome"]] += 1
                if outcome["outcome"] == "refused":
                    report.refusals.append(f"{outcome['id'] or 'document ' + str(outcome['position'])}: "
                                           f"{outcome['detail']}")
            if on_progress is not None:
                on_progress(len(batch))
    return report


def _record(document: Document) -> dict[str, Any]:
    record: dict[str, Any] = {"id": document.id, "text": document.text}
    if document.date is not None:
        record["date"] = document.date.isoformat()
    for name in ("source", "title"):
        if getattr(document, name) is not None:
            record[name] = getattr(document, name)
    return record


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def _answer(client: httpx.Client, method: str, path: str, **arguments: Any) -> dict[str, Any]:
    try:
        response = client.request(method, path, **arguments)
    except httpx.HTTPError as error:
        raise ServerError(f"cannot reach the diplograph server at {client.base_url}: {error}") from None
    if response.status_code == 403:
        raise AccessDenied(f"the server at {client.base_url} refused: {_detail(response)} (pass its admin token "
                           "with --token or DIPLOGRAPH_ADMIN_TOKEN)")
    if response.status_code >= 400:
        raise ServerError(f"{method} {client.base_url}{path} answered {response.status_code}: {_detail(response)}")
    answer: dict[str, Any] = response.json()
    return answer


def _detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail", response.text))
    except ValueError:
        return response.text[:300]
