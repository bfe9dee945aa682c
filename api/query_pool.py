"""SPARQL queries in worker processes that can be killed: a hard timeout and a cap on result size.

Why processes: Oxigraph has no way to cancel a query, and much of the work happens inside one call
that never returns to Python (`store.query` evaluates ORDER BY, GROUP BY and COUNT eagerly; a
cross product over a few thousand triples runs for hours). A thread running such a query cannot be
stopped, so a timeout enforced from a thread would leave it spinning for as long as the query runs.
A process can be killed: on timeout the worker is SIGKILLed, the caller gets QueryTimeout at once,
and a fresh worker is started for the next request.

Each worker opens the store directory with `Store.read_only`, which replays the write-ahead log, so
it sees everything written before it opened. A read-only instance is a snapshot, so the caller sends
the store's revision with every job and a worker reopens the store when the revision moved on.
The worker serialises the results itself and sends bytes back; solutions are pulled only until one
past `max_rows` (triples: the first `max_rows + 1`), so a huge result costs no more than the cap.

A request's fixed cost is mostly wake-ups on a busy machine, so a job travels the shortest way:
the server's event loop writes it to an idle worker's pipe and waits for the pipe to become readable
(`run_async`, no thread in between); the answer comes back as a small pickled header followed by
the serialised body as raw bytes, never pickled. `run` does the same from a thread, for callers
without an event loop. What a worker does with a job is query_worker.py.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import queue
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from diplograph.errors import NotAcceptable, QueryError, QueryTimeout, ResultTooLarge, StoreError

from .query_worker import QueryAnswer, QueryJob, worker_main

__all__ = ["QueryAnswer", "QueryJob", "QueryPool", "WorkerDied"]

STARTUP_TIMEOUT = 60.0


# ---------------------------------------------------------------------------- the pool (in the server)

_ERRORS: dict[str, Callable[[str], Exception]] = {
    "QueryError": QueryError,
    "ResultTooLarge": ResultTooLarge,
    "NotAcceptable": NotAcceptable,
    "StoreError": StoreError,
}


class WorkerDied(StoreError):
    """The worker process exited (or crashed) before it answered."""


class _Worker:
    def __init__(self, context: Any, store_path: str) -> None:
        self.connection, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=worker_main, args=(child, store_path), name="diplograph-query", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> None:
        if self.ready:
            return
        if not self.connection.poll(STARTUP_TIMEOUT):
            raise StoreError(f"a query worker did not start within {STARTUP_TIMEOUT:.0f} seconds")
        self.connection.recv()
        self.ready = True

    async def wait_ready_async(self) -> None:
        if self.ready:
            return
        if not await _readable(self.connection, STARTUP_TIMEOUT):
            raise StoreError(f"a query worker did not start within {STARTUP_TIMEOUT:.0f} seconds")
        self.connection.recv()
        self.ready = True

    def read_reply(self) -> QueryAnswer:
        """The reply to the job sent last, once its header is readable; raises the error it reports."""
        header = self.connection.recv()
        if header[0] == "ok":
            _, media_type, form, rows = header
            # The body follows the header at once (the worker writes both in a row).
            return QueryAnswer(self.connection.recv_bytes(), media_type, form, rows)
        status, message = header
        raise _ERRORS.get(status, QueryError)(message)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()

    def stop(self) -> None:
        try:
            self.connection.send(None)
        except OSError:
            pass
        self.process.join(2)
        if self.process.is_alive():
            self.kill()
        else:
            self.connection.close()


async def _readable(connection: Connection, seconds: float) -> bool:
    """Wait, without blocking the event loop, until the pipe has data (or EOF); False after `seconds`."""
    if connection.poll(0):
        return True
    loop = asyncio.get_running_loop()
    readable = loop.create_future()
    fd = connection.fileno()
    def wake() -> None:
        if not readable.done():
            readable.set_result(None)

    loop.add_reader(fd, wake)
    try:
        async with asyncio.timeout(seconds):
            await readable
        return True
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(fd)


class QueryPool:
    """`size` worker processes over the store at `store_path`; each call waits at most `timeout` seconds.

    Waiting for a free worker counts against the same timeout, so a burst of slow queries is answered
    with QueryTimeout, not with a queue that grows without bound.
    """

    def __init__(self, store_path: str, size: int = 2, timeout: float = 10.0) -> None:
        self.store_path = store_path
        self.timeout = timeout
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded server holding RocksDB
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()  # last used first: its snapshot is open
        self._all: set[_Worker] = set()
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        worker = _Worker(self._context, self.store_path)
        self._all.add(worker)
        return worker

    # -------------------------------------------------------------- from a thread

    def run(self, job: QueryJob, revision: str) -> QueryAnswer:
        try:
            return self._run_once(job, revision)
        except WorkerDied:
            # Opening a read-only snapshot while the server writes can crash the opener (RocksDB calls
            # that undefined): a read is safe to repeat, once, in a fresh worker.
            return self._run_once(job, revision)

    def _run_once(self, job: QueryJob, revision: str) -> QueryAnswer:
        worker = self._checkout()
        replacement = worker
        try:
            if not worker.process.is_alive():
                worker = replacement = self._replace(worker)
            worker.wait_ready()  # a worker started after a timeout needs a moment; that is not the query's time
            worker.connection.send((revision, job))
            if not worker.connection.poll(self.timeout):
                replacement = self._replace(worker)
                raise self._timed_out()
            return worker.read_reply()
        except (EOFError, OSError, BrokenPipeError):
            replacement = self._replace(worker)
            raise WorkerDied("a query worker died while answering; the query was not answered") from None
        finally:
            self._idle.put(replacement)

    def _checkout(self) -> _Worker:
        try:
            return self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeout(f"every query worker stayed busy for {self.timeout:g} seconds; retry later") from None

    # -------------------------------------------------------------- from the event loop

    async def run_async(self, job: QueryJob, revision: str) -> QueryAnswer:
        """As `run`, awaited in the server's event loop: no thread between the request and the worker."""
        try:
            return await self._run_once_async(job, revision)
        except WorkerDied:
            return await self._run_once_async(job, revision)

    async def _run_once_async(self, job: QueryJob, revision: str) -> QueryAnswer:
        worker = await self._checkout_async()
        replacement = worker
        try:
            if not worker.process.is_alive():
                worker = replacement = self._replace(worker)
            await worker.wait_ready_async()
            worker.connection.send((revision, job))  # a few hundred bytes: the pipe takes them at once
            if not await _readable(worker.connection, self.timeout):
                replacement = self._replace(worker)
                raise self._timed_out()
            return worker.read_reply()
        except (EOFError, OSError, BrokenPipeError):
            replacement = self._replace(worker)
            raise WorkerDied("a query worker died while answering; the query was not answered") from None
        except asyncio.CancelledError:
            # The request went away while its query runs: the worker's answer would reach the next job.
            replacement = self._replace(worker)
            raise
        finally:
            self._idle.put(replacement)

    async def _checkout_async(self) -> _Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        # Every worker is busy: wait for one in a thread, so that the event loop goes on serving.
        waiting = asyncio.get_running_loop().run_in_executor(None, self._checkout)
        try:
            return await asyncio.shield(waiting)
        except asyncio.CancelledError:
            waiting.add_done_callback(self._return_unused)
            raise

    def _return_unused(self, checkout: asyncio.Future[_Worker]) -> None:
        if not checkout.cancelled() and checkout.exception() is None:
            self._idle.put(checkout.result())

    # -------------------------------------------------------------- both

    def _timed_out(self) -> QueryTimeout:
        return QueryTimeout(
            f"the query ran longer than {self.timeout:g} seconds and was stopped; "
            "narrow it (a LIMIT does not help with ORDER BY, GROUP BY or COUNT over everything), "
            "or raise query_timeout (DIPLOGRAPH_QUERY_TIMEOUT)"
        )

    def _replace(self, worker: _Worker) -> _Worker:
        worker.kill()
        self._all.discard(worker)
        return self._start()

    def close(self) -> None:
        for worker in list(self._all):
            worker.stop()
        self._all.clear()
