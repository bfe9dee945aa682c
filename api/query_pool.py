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

Admission: a request's clock starts when it arrives and covers waiting for a worker and the query; a
request handed a worker only as its time runs out gives it back and is answered 503, and at most
`queue_length` requests wait: one more is refused at once (PoolBusy: 503 with Retry-After), since it
could not start in time. A killed worker's place goes to a spare started beforehand, so its successor is
usually ready; a request that still gets one that is starting waits for that start (0.6 s here, seconds on
a loaded machine) on top of its time. A worker that dies is reported with its cause (a signal: a crash,
or the memory cap) and its query is never run again.

The bounded lane: a few more workers take only queries whose work the row cap bounds (sparql_bounded.py),
with a queue of their own, so a lookup finds a worker while heavy queries hold every other one. They are
the same processes under the same limits: the classification only routes, it protects nothing.

One concept past 400 lines: admission, the workers' lives (start, spare, kill, reap) and the two ways in
(a thread, the event loop) share one lock, the queues and one deadline; split apart, each part would reach
into the others' state.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from diplograph.errors import (
    NotAcceptable,
    PoolBusy,
    QueryError,
    QueryRefused,
    QueryTimeout,
    ResultTooLarge,
    StoreError,
)

from .query_worker import QueryAnswer, QueryJob, worker_main
from .sparql_bounded import is_bounded, known_verdict

__all__ = ["QueryAnswer", "QueryJob", "QueryPool", "WorkerDied"]

STARTUP_TIMEOUT = 60.0


# ---------------------------------------------------------------------------- the pool (in the server)

_ERRORS: dict[str, Callable[[str], Exception]] = {
    "QueryError": QueryError,
    "QueryRefused": QueryRefused,
    "ResultTooLarge": ResultTooLarge,
    "NotAcceptable": NotAcceptable,
    "StoreError": StoreError,
}


class WorkerDied(StoreError):
    """The worker process exited (or crashed) before it answered."""

    public = True  # says what happened to the query, and names no file


class _Worker:
    def __init__(self, context: Any, store_path: str, memory_limit: int | None) -> None:
        self.bounded_only = False  # kept for bounded queries (sparql_bounded.py): a heavy one never gets it
        self.connection, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=worker_main, args=(child, store_path, memory_limit), name="diplograph-query", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False
        self.revision: str | None = None  # the revision of the snapshot it has open, as far as the pool knows

    def take_ready(self) -> None:
        self.connection.recv()
        self.ready = True

    def is_ready(self) -> bool:
        """Whether it has started, without waiting."""
        if not self.ready and self.connection.poll(0):
            self.take_ready()
        return self.ready

    def read_reply(self, job_revision: str) -> QueryAnswer | None:
        """The reply to the job sent last, once a message is readable; None after ("opened",), which says
        the worker opened the store for it (more is to come); raises the error it reports."""
        header = self.connection.recv()
        if header[0] == "opened":
            self.revision = job_revision
            return None
        if header[0] == "tried":
            return QueryAnswer(b"", "", "update", 0)
        if header[0] == "ok":
            _, media_type, form, rows = header
            # The body follows the header at once (the worker writes both in a row).
            return QueryAnswer(self.connection.recv_bytes(), media_type, form, rows)
        status, message = header
        raise _ERRORS.get(status, QueryError)(message)

    def died(self) -> WorkerDied:
        self.process.join(1)
        code = self.process.exitcode
        if code is not None and code < 0:
            name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
            cause = f"it was ended by {name}"
            if -code in (signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS):
                cause += " (a crash in the engine, or the query needed more memory than a worker may use)"
        else:
            cause = f"it exited with status {code}"
        return WorkerDied(f"the query stopped its worker process ({cause}); it was not run again")

    def kill(self) -> None:
        """SIGKILL, without waiting: a worker that holds gigabytes takes a while to die, and the caller may be
        the event loop. The process is reaped on a thread of its own."""
        self.process.kill()
        self.connection.close()
        threading.Thread(target=self.process.join, name="diplograph-query-reaper", daemon=True).start()

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
    if seconds <= 0:
        return False
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


def _worker_context() -> Any:
    """How workers are started: never by forking the threaded server that holds RocksDB. A fork server (a
    fresh process that has imported the worker's modules once) forks each worker in milliseconds, where a
    spawned one imports them anew (0.6 s, and the server's own main module: seconds on a loaded machine)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["diplograph.api.query_worker"])
        return context
    return multiprocessing.get_context("spawn")


class _Waiter:
    """A request waiting for a worker: the pool hands one over by `deliver`, from whichever thread frees it."""

    def __init__(self, loop: asyncio.AbstractEventLoop | None, bounded: bool) -> None:
        self.worker: _Worker | None = None
        self.bounded = bounded  # whether a worker kept for bounded queries may be handed to it
        self.loop = loop
        self.future: asyncio.Future[None] | None = loop.create_future() if loop is not None else None
        self.event = threading.Event()

    def deliver(self, worker: _Worker) -> None:
        self.worker = worker
        if self.loop is not None and self.future is not None:
            future = self.future

            def wake() -> None:
                if not future.done():
                    future.set_result(None)

            self.loop.call_soon_threadsafe(wake)
        else:
            self.event.set()


class QueryPool:
    """`size` worker processes over the store at `store_path`; a call is answered within `timeout` seconds.

    Admission: the clock of a request starts when it arrives, and waiting for a worker counts against it;
    a query that starts late gets only the time left. At most `queue_length` requests wait (default: one
    per worker); one more is refused at once with PoolBusy (503, Retry-After), since it could not start in
    time. Each worker may use `memory_limit` bytes of address space (None: no limit).

    The bounded lane: `bounded_workers` more workers take only bounded queries (sparql_bounded.py: one
    triple pattern, no sorting or grouping, so the row cap caps the work), which therefore find one free
    while heavy queries hold every other worker. A query is classified only when no other worker is idle;
    bounded queries wait in a queue of their own (`queue_length` long), so a flood of heavy queries cannot
    fill it, and neither kind of flood takes the other's place in the queue. Lane workers are the same
    processes under the same timeout, memory cap and sandbox: a query misjudged as bounded is killed too.
    """

    def __init__(
        self,
        store_path: str,
        size: int = 2,
        timeout: float = 10.0,
        *,
        queue_length: int | None = None,
        memory_limit: int | None = None,
        bounded_workers: int = 0,
    ) -> None:
        self.store_path = store_path
        self.timeout = timeout
        self.queue_length = size if queue_length is None else queue_length
        self.memory_limit = memory_limit
        self._context = _worker_context()
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []  # last used first: its snapshot is open
        self._waiters: deque[_Waiter] = deque()
        self._all: set[_Worker] = set()
        for _ in range(size):
            self._idle.append(self._start())
        self.bounded_workers = bounded_workers
        for _ in range(bounded_workers):
            worker = self._start()
            worker.bounded_only = True
            self._idle.append(worker)
        if bounded_workers:
            is_bounded("ASK {}", {}, max_offset=0)  # loads the parser now, not during the first flood (0.4 s)
        # One worker more, started and waiting: a killed worker's place is taken by a ready one at once,
        # not by a process that needs a second or two (more on a loaded machine) to start.
        self._spare: _Worker | None = self._start()
        try:
            self.wait_ready()  # before the first request, whose time a start would eat
        except StoreError:
            self.close()
            raise

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Return once every idle worker has started: at start-up, or after a kill (a replacement takes a
        second or so, which counts against the time of the request that gets it). Not while requests run."""
        with self._lock:
            idle = list(self._idle)
        for worker in idle:
            if worker.ready:
                continue
            if not worker.connection.poll(timeout):
                raise StoreError(f"a query worker did not start within {timeout:.0f} seconds")
            worker.take_ready()

    def _start(self) -> _Worker:
        worker = _Worker(self._context, self.store_path, self.memory_limit)
        self._all.add(worker)
        return worker

    # -------------------------------------------------------------- from a thread

    def run(self, job: QueryJob, revision: str) -> QueryAnswer:
        deadline = time.monotonic() + self.timeout
        waiter: _Waiter | None = None
        worker = self._take_idle(bounded=False)
        if worker is None:
            worker, waiter = self._checkout(None, bounded=self._may_use_the_lane(job) and self._is_bounded(job))
        if worker is None:
            assert waiter is not None
            if not waiter.event.wait(max(deadline - time.monotonic(), 0)):
                worker = self._give_up(waiter)
            else:
                worker = waiter.worker
            if worker is None:
                raise self._busy_too_long()
            if time.monotonic() >= deadline:  # handed over as its time ran out: too late to start
                self._release(worker)
                raise self._busy_too_long()
        return self._run_on(worker, job, revision, deadline)

    # -------------------------------------------------------------- from the event loop

    async def run_async(self, job: QueryJob, revision: str) -> QueryAnswer:
        """As `run`, awaited in the server's event loop: no thread between the request and the worker."""
        loop = asyncio.get_running_loop()
        deadline = time.monotonic() + self.timeout
        waiter: _Waiter | None = None
        worker = self._take_idle(bounded=False)
        if worker is None:
            # Every worker a heavy query may use is busy: whether this one may use the lane decides. A parse
            # takes milliseconds, so it runs on a thread (and only now: an idle pool never pays for it).
            bounded = False
            if self._may_use_the_lane(job):
                known = known_verdict(job.query, job.prefixes, max_offset=job.max_rows)
                bounded = known if known is not None else await loop.run_in_executor(None, self._is_bounded, job)
            worker, waiter = self._checkout(loop, bounded=bounded)
        if worker is None:
            assert waiter is not None and waiter.future is not None
            try:
                async with asyncio.timeout(max(deadline - time.monotonic(), 0)):
                    await waiter.future
                worker = waiter.worker
            except (TimeoutError, asyncio.CancelledError) as stop:
                worker = self._give_up(waiter)
                if worker is not None:
                    self._release(worker)
                if isinstance(stop, asyncio.CancelledError):
                    raise
                raise self._busy_too_long() from None
            assert worker is not None
            if time.monotonic() >= deadline:  # handed over as its time ran out: too late to start
                self._release(worker)
                raise self._busy_too_long()
        assert worker is not None
        answer_so_far: QueryAnswer | None = None
        replacement = worker
        try:
            if not worker.process.is_alive():
                worker = replacement = self._replace(worker)
            if not worker.ready:  # still starting (the spare was taken): its start is not the query's time
                started = time.monotonic()
                if not await _readable(worker.connection, STARTUP_TIMEOUT):
                    raise StoreError(f"a query worker did not start within {STARTUP_TIMEOUT:.0f} seconds")
                worker.take_ready()
                deadline += time.monotonic() - started
            worker.connection.send((revision, job))  # a few hundred bytes: the pipe takes them at once
            while answer_so_far is None:
                if not await _readable(worker.connection, deadline - time.monotonic()):
                    replacement = self._replace(worker)
                    raise self._timed_out()
                answer_so_far = worker.read_reply(revision)
            return answer_so_far
        except (EOFError, OSError):
            died = worker.died()
            replacement = self._replace(worker)
            raise died from None
        except asyncio.CancelledError:
            # The request went away while its query runs: the worker's answer would reach the next job.
            replacement = self._replace(worker)
            raise
        finally:
            self._release(replacement)

    # -------------------------------------------------------------- both

    def _run_on(self, worker: _Worker, job: QueryJob, revision: str, deadline: float) -> QueryAnswer:
        replacement = worker
        try:
            if not worker.process.is_alive():
                worker = replacement = self._replace(worker)
            if not worker.ready:  # still starting (the spare was taken): its start is not the query's time
                started = time.monotonic()
                if not worker.connection.poll(STARTUP_TIMEOUT):
                    raise StoreError(f"a query worker did not start within {STARTUP_TIMEOUT:.0f} seconds")
                worker.take_ready()
                deadline += time.monotonic() - started
            worker.connection.send((revision, job))
            while True:
                if not worker.connection.poll(max(deadline - time.monotonic(), 0)):
                    replacement = self._replace(worker)
                    raise self._timed_out()
                answer = worker.read_reply(revision)
                if answer is not None:
                    return answer
        except (EOFError, OSError):
            died = worker.died()
            replacement = self._replace(worker)
            raise died from None
        finally:
            self._release(replacement)

    def _may_use_the_lane(self, job: QueryJob) -> bool:
        return self.bounded_workers > 0 and not job.trial_update

    def _is_bounded(self, job: QueryJob) -> bool:
        return is_bounded(job.query, job.prefixes, max_offset=job.max_rows)

    def _take_idle(self, bounded: bool) -> _Worker | None:
        with self._lock:
            return self._pop_idle(bounded)

    def _pop_idle(self, bounded: bool) -> _Worker | None:
        """An idle worker the query may use (a bounded one: a lane worker first); the caller holds the lock."""
        for lane_first in (True, False) if bounded else (False,):
            candidates = [index for index, worker in enumerate(self._idle) if worker.bounded_only == lane_first]
            for index in reversed(candidates):  # the last used first (its snapshot is open)...
                if self._idle[index].is_ready():  # ...of those that have started
                    return self._idle.pop(index)
            if candidates:
                return self._idle.pop(candidates[-1])
        return None

    def _checkout(
        self, loop: asyncio.AbstractEventLoop | None, bounded: bool
    ) -> tuple[_Worker | None, _Waiter | None]:
        """An idle worker, or a place in the queue (bounded queries have their own); PoolBusy when it is full."""
        with self._lock:
            worker = self._pop_idle(bounded)
            if worker is not None:
                return worker, None
            waiting = sum(1 for waiter in self._waiters if waiter.bounded == bounded)
            if waiting >= self.queue_length:
                raise PoolBusy(
                    f"every query worker is busy and {waiting} queries wait for one; this one could "
                    f"not start within the {self.timeout:g}-second timeout: retry later",
                    retry_after=self.timeout,
                )
            waiter = _Waiter(loop, bounded)
            self._waiters.append(waiter)
            return None, waiter

    def _give_up(self, waiter: _Waiter) -> _Worker | None:
        """Leave the queue; the worker handed over meanwhile, if any, is the caller's to use or release."""
        with self._lock:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
            return waiter.worker

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            if worker not in self._all:
                return  # the pool was closed meanwhile
            while True:  # the longest waiting that may use it: a lane worker goes to bounded queries only
                waiter = next((waiter for waiter in self._waiters if waiter.bounded or not worker.bounded_only), None)
                if waiter is None:
                    break
                self._waiters.remove(waiter)
                try:
                    waiter.deliver(worker)
                    return
                except RuntimeError:  # its event loop is closed: nobody waits there any more
                    continue
            self._idle.append(worker)

    def _busy_too_long(self) -> QueryTimeout:
        return QueryTimeout(
            f"every query worker stayed busy for {self.timeout:g} seconds; retry later", retry_after=self.timeout
        )

    def _timed_out(self) -> QueryTimeout:
        return QueryTimeout(
            f"the query ran longer than {self.timeout:g} seconds and was stopped; "
            "narrow it (a LIMIT does not help with ORDER BY, GROUP BY or COUNT over everything), "
            "or raise query_timeout (DIPLOGRAPH_QUERY_TIMEOUT)"
        )

    def _replace(self, worker: _Worker) -> _Worker:
        """Kill the worker; its place goes to the spare (started earlier), and a new spare starts."""
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            replacement = self._spare if self._spare is not None and self._spare.process.is_alive() else None
            self._spare = self._start()
            if replacement is None:
                replacement = self._start()
            replacement.bounded_only = worker.bounded_only  # the lane keeps its size
            return replacement

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
            self._idle.clear()
            self._spare = None
        for worker in workers:
            worker.stop()
