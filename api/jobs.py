"""Ingest jobs of a server: `POST /documents` hands its documents to one writer thread and answers with
the job, which `GET /jobs/{id}` follows (progress, and each document's outcome as it is settled).

One thread, so documents are written one request after another (the store takes one writer at a time,
and a second spaCy pipeline would only compete for the same cores); reads go on meanwhile.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Literal

from diplograph.core import Diplograph
from diplograph.errors import InputError, NotFound
from diplograph.intake import DocumentOutcome, Outcome
from diplograph.model import Document

log = logging.getLogger(__name__)

JobState = Literal["queued", "running", "done", "failed"]
KEPT_JOBS = 200  # finished jobs remembered for GET /jobs/{id}; the oldest are forgotten first


class JobNotFound(NotFound):
    def __init__(self, job_id: str) -> None:
        super().__init__(f"no ingest job {job_id!r} on this server (jobs are forgotten when it restarts, and "
                         f"only the last {KEPT_JOBS} are kept)")


@dataclass
class IngestJob:
    """One request's documents on their way into the store."""

    id: str
    total: int
    state: JobState = "queued"
    outcomes: list[DocumentOutcome] = field(default_factory=list)
    created: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    finished: dt.datetime | None = None
    error: str | None = None
    future: Future[None] | None = field(default=None, repr=False)

    @property
    def processed(self) -> int:
        return len(self.outcomes)

    def counts(self) -> dict[str, int]:
        counted = {outcome.value: 0 for outcome in Outcome}
        for outcome in list(self.outcomes):
            counted[outcome.outcome.value] += 1
        return counted

    async def wait(self) -> None:
        """Until the job is done or failed, without holding up the event loop."""
        if self.future is not None:
            await asyncio.wrap_future(self.future)


class IngestJobs:
    """The jobs of one server over one front door; close() waits for the running one."""

    def __init__(self, dg: Diplograph) -> None:
        self.dg = dg
        self._jobs: OrderedDict[str, IngestJob] = OrderedDict()
        self._lock = threading.Lock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-job")

    def submit(self, items: Sequence[Document | InputError]) -> IngestJob:
        job = IngestJob(id=uuid.uuid4().hex[:16], total=len(items))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT_JOBS:
                oldest = next(iter(self._jobs.values()))
                if oldest.state in ("queued", "running"):
                    break
                self._jobs.popitem(last=False)
        job.future = self._writer.submit(self._run, job, list(items))
        return job

    def get(self, job_id: str) -> IngestJob:
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            raise JobNotFound(job_id)
        return job

    def close(self) -> None:
        self._writer.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: IngestJob, items: list[Document | InputError]) -> None:
        job.state = "running"
        try:
            # outcomes are listed as they are settled (progress); the final list is in request order, with
            # each written document's event count
            final = self.dg.ingest_each(items, on_outcomes=job.outcomes.extend)
            self.dg.view()  # patch the actor graph now: once the job is done, every request sees its documents
            job.outcomes[:] = final
            job.state = "done"
        except Exception as error:  # a failure of the store itself: the job says so, the server goes on
            log.exception("ingest job %s failed", job.id)
            job.error = f"{error.__class__.__name__}: {error}"
            job.state = "failed"
        finally:
            job.finished = dt.datetime.now(dt.UTC)

