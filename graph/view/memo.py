"""Caches kept per view: what a view's readers compute once and reuse until the view changes.

A memo lives in the view's `__networkx_cache__`, which networkx empties whenever the view is changed through
its API (add_edge, remove_node ...): a view changed by hand is computed again, and the cache goes with the
view when a newer one replaces it. The locks are the memo's, not the view's, so a view stays picklable.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

import networkx as nx

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class ViewMemo(Generic[K, V]):
    """Values computed from a view, by key; one computation at a time, the other callers wait for it.

    A burst of requests on a new view would otherwise compute the same value many times over, all competing
    for the interpreter. With max_entries, the memo is emptied when it is full (the keys are few: filters).
    """

    def __init__(self, name: str, max_entries: int | None = None) -> None:
        self.name = name  # the key in the view's __networkx_cache__
        self.max_entries = max_entries
        self._guard = threading.Lock()  # guards the memo's dict
        self._computing = threading.Lock()  # held while computing a value

    def peek(self, view: nx.MultiDiGraph, key: K) -> V | None:
        """The value if it is computed already, else None (without computing it)."""
        cache = getattr(view, "__networkx_cache__", None) or {}
        with self._guard:
            found: V | None = cache.get(self.name, {}).get(key)
            return found

    def get(self, view: nx.MultiDiGraph, key: K, compute: Callable[[], V]) -> V:
        """The value for key, computed by compute() the first time on this view."""
        cache = getattr(view, "__networkx_cache__", None)
        if cache is None:  # a graph class without networkx's cache: nothing to keep the value in
            return compute()
        found = self.peek(view, key)
        if found is not None:
            return found
        with self._computing:
            found = self.peek(view, key)
            if found is None:
                found = compute()
                with self._guard:
                    memo: dict[K, V] = cache.setdefault(self.name, {})
                    if self.max_entries is not None and len(memo) >= self.max_entries:
                        memo.clear()
                    memo[key] = found
        return found
