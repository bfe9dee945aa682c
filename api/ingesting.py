"""Ingest while serving: `POST /documents` (the admin token; JSON, JSON lines or a text) and `GET /jobs/{id}`.

A few documents are answered at once with each one's outcome; a longer batch is answered 202 with a job to
follow. Either way the documents go through the same pipeline as `diplograph ingest`, and the actor graph is
patched before the job is done.
"""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from diplograph.core import Diplograph
from diplograph.errors import AccessDenied, RequestTooLarge, UnsupportedMediaType
from diplograph.ingest.bodies import JSON_LINES_TYPES, JSON_TYPES, READABLE_TYPES, TEXT_TYPES, documents_from_body

from .dependencies import FrontDoor
from .jobs import IngestJob, IngestJobs
from .problems import problem_responses

router = APIRouter(tags=["documents"])

ANSWER_AT_ONCE = 10  # up to this many documents the request waits for the outcomes; more get a job (202)


class DocumentResult(BaseModel):
    model_config = {"from_attributes": True}

    position: int = Field(description="the document's place in the request, from 1 (the line, for JSON lines)")
    id: str | None = Field(description="the document's id (null when it could not be read)")
    outcome: Literal["added", "replaced", "skipped", "refused"] = Field(
        description="added (new), replaced (changed content), skipped (unchanged) or refused (see detail)")
    detail: str | None = Field(default=None, description="why a document was skipped or refused")
    events: int | None = Field(default=None, description="events the store now holds from an added or replaced one")


class Job(BaseModel):
    id: str
    url: str = Field(description="where to follow the job: GET /jobs/{id}")
    state: Literal["queued", "running", "done", "failed"]
    total: int = Field(description="documents in the request, readable or not")
    processed: int = Field(description="documents whose outcome is settled")
    counts: dict[str, int] = Field(description="outcomes so far: added, replaced, skipped, refused")
    documents: list[DocumentResult] = Field(description="each settled document's outcome (in request order when done)")
    created: dt.datetime
    finished: dt.datetime | None
    error: str | None = Field(description="why the job failed as a whole (the store was unavailable), else null")


BODY_TYPES = {media_type: {"schema": {"type": "string"}} for media_type in sorted(READABLE_TYPES)}
BODY_DOC = {
    "requestBody": {
        "required": True,
        "description": (
            "application/json: one document `{\"id\", \"text\", \"date\"?, \"source\"?, \"title\"?}` or an array of "
            "them; application/x-ndjson: one such object a line; text/plain: one document, its date from a "
            "dateline (`date 2022-02-15 Moscow: ...`), its id from `id=` (else made from its content)"
        ),
        "content": {
            **BODY_TYPES,
            "application/json": {"schema": {"type": "object"}, "example": {
                "id": "rau-lavrov", "date": "2022-02-15", "source": "https://example.org/news/1",
                "text": "Foreign Minister Zbigniew Rau of Poland met Sergey Lavrov in Moscow on Tuesday."}},
        },
    }
}


@router.post(
    "/documents",
    response_model=Job,
    status_code=200,
    summary="Ingest documents while serving (needs the admin token); a long batch becomes a job (202)",
    responses={202: {"model": Job, "description": "accepted as a job: follow it at GET /jobs/{id}"},
               **problem_responses(400, 403, 413, 415)},
    openapi_extra=BODY_DOC,
)
async def post_documents(
    request: Request,
    app: FrontDoor,
    wait: Annotated[bool | None, Query(description="true: answer when done; false: answer 202 at once; "
                                       f"default: wait for up to {ANSWER_AT_ONCE} documents")] = None,
    document_id: Annotated[str | None, Query(alias="id", description="text/plain: the document's id")] = None,
    title: Annotated[str | None, Query(description="text/plain: the document's title")] = None,
    source: Annotated[str | None, Query(description="text/plain: where it came from (a URL)")] = None,
) -> Any:
    require_admin(request, app, "ingesting documents")
    media_type = request.headers.get("content-type", "text/plain").partition(";")[0].strip().lower()
    if media_type not in READABLE_TYPES:
        raise UnsupportedMediaType(
            f"cannot read a body of type {media_type!r}; send {', '.join(sorted(JSON_TYPES))} (an object or an "
            f"array), {', '.join(sorted(JSON_LINES_TYPES))} or {', '.join(sorted(TEXT_TYPES))}")
    limit = app.settings.max_upload_bytes
    body = await read_body(request, limit)
    if body is None:
        raise RequestTooLarge(f"the body is larger than {limit} bytes (max_upload_bytes); send the documents in "
                              "several requests")
    items = documents_from_body(body, media_type, document_id=document_id, title=title, source=source)
    job = ingest_jobs(request, app).submit(items)
    if wait is False or (wait is None and len(items) > ANSWER_AT_ONCE):
        return JSONResponse(job_model(job, request).model_dump(mode="json"), status_code=202,
                            headers={"Location": str(request.url_for("get_job", job_id=job.id))})
    await job.wait()
    return job_model(job, request)


@router.get("/jobs/{job_id}", response_model=Job, summary="An ingest job: its progress and each document's outcome",
            responses=problem_responses(404))
async def get_job(request: Request, app: FrontDoor, job_id: str) -> Job:
    return job_model(ingest_jobs(request, app).get(job_id), request)


def job_model(job: IngestJob, request: Request) -> Job:
    outcomes = list(job.outcomes)
    return Job(
        id=job.id,
        url=str(request.url_for("get_job", job_id=job.id)),
        state=job.state,
        total=job.total,
        processed=len(outcomes),
        counts=job.counts(),
        documents=[DocumentResult.model_validate(outcome) for outcome in outcomes],
        created=job.created,
        finished=job.finished,
        error=job.error,
    )


def ingest_jobs(request: Request, app: Diplograph) -> IngestJobs:
    """The server's jobs (made when it starts); an app served without its lifespan makes them on first use."""
    state = request.app.state
    jobs: IngestJobs | None = getattr(state, "ingest_jobs", None)
    if jobs is None or jobs.dg is not app:
        jobs = state.ingest_jobs = IngestJobs(app)
    return jobs


async def read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None as soon as it is larger than limit (a declared Content-Length is checked first)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def require_admin(request: Request, app: Diplograph, action: str) -> None:
    token = app.settings.admin_token
    if not token:
        raise AccessDenied(f"{action} over HTTP is disabled: set an admin token (DIPLOGRAPH_ADMIN_TOKEN) on the "
                           "server, or run `diplograph ingest` beside the store while no server holds it")
    scheme, _, sent = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(sent.strip().encode(), token.encode()):
        raise AccessDenied(f"{action} needs the admin token: send 'Authorization: Bearer <token>'")

