"""A caller's SPARQL update run in a process of its own, with a hard timeout and a memory cap, like a query.

The embedded store has one writer, the process that holds its directory's lock; EmbeddedStore lets go of
it for the length of the update (graph/store/embedded.py) and this module's child process opens the store,
runs the update as one transaction and exits. Killed at the timeout, or dead of its memory cap or of a
crash in the engine, it leaves the store as it was (an update commits whole or not at all), and the server
process, which never ran the update, goes on serving.
"""

from __future__ import annotations

import multiprocessing
import resource
from multiprocessing.connection import Connection

import pyoxigraph as ox

from diplograph.errors import QueryError, QueryTimeout, StoreError

# What the child sends back: ("started",) once it holds the store, then ("ok",), or (kind, message) with kind
# "syntax" or "store".
Answer = tuple[str, ...]
# How long the child may take to start and open the store before it is given up (not the update's timeout).
_START_ALLOWANCE = 60.0


def run_update(path: str, sparql: str, prefixes: dict[str, str], timeout: float, memory_limit: int | None) -> None:
    """Apply the update to the store at `path` in a child process; QueryTimeout past `timeout` seconds (the
    child killed), QueryError for a malformed update, StoreError when the child died or could not write."""
    context = multiprocessing.get_context("spawn")  # nothing of this process's state: not its open store
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, path, sparql, prefixes, memory_limit), daemon=True)
    child.start()
    sender.close()
    try:
        # the timeout is the update's: a new interpreter's start (seconds on a loaded machine) is not counted
        answer: Answer | None = receiver.recv() if receiver.poll(_START_ALLOWANCE) else None
        if answer == ("started",):
            answer = receiver.recv() if receiver.poll(timeout) else None
    except EOFError:  # it died without a word: the engine aborted (its memory cap) or crashed
        answer = ("died",)
    finally:
        if answer is None:
            child.kill()
        child.join()
        receiver.close()
    if answer is None:
        raise QueryTimeout(f"the update did not finish within {timeout:g} seconds and was stopped; the store is "
                           "unchanged (an update is applied whole or not at all); raise query_timeout for it")
    if answer[0] == "ok":
        return
    if answer[0] == "syntax":
        raise QueryError(f"malformed SPARQL update: {answer[1]}")
    if answer[0] == "died":
        raise StoreError("the update's process died (more memory than `query_memory` allows, or a crash in the "
                         "engine); the store is unchanged")
    raise StoreError(f"the update could not be applied: {answer[1]}")


def _child(sender: Connection, path: str, sparql: str, prefixes: dict[str, str], memory_limit: int | None) -> None:
    if memory_limit is not None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    try:
        store = ox.Store(path)
        sender.send(("started",))
        store.update(sparql, prefixes=prefixes)
        store.flush()
        answer: Answer = ("ok",)
    except SyntaxError as error:
        answer = ("syntax", str(error))
    except (OSError, RuntimeError, MemoryError) as error:
        answer = ("store", str(error))
    sender.send(answer)
    sender.close()
