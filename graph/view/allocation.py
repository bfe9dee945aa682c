"""The view's garbage-collector policy, in one place: a view is millions of objects made at once and kept.

Nothing else in diplograph touches the `gc` module.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def bulk_allocation() -> Iterator[None]:
    """No cyclic garbage collection while a view is read, and what was read is frozen out of later ones.

    A view is millions of objects allocated at once and kept: each collection during the read walks all
    those already made (restoring 1M events: 27 s of object creation with collections, 4 s without), and
    after it the first young collection would walk them all again (3 s), then every full one, in the middle
    of requests. Frozen objects are still freed by reference counting when a newer view replaces them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()



def freeze_survivors() -> None:
    """Take everything alive now (a warmed view and its indexes, kept for the view's life) out of the cyclic
    collector's walks; reference counting still frees it when a newer view replaces it."""
    gc.freeze()
