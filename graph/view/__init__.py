"""The NetworkX view of the store: actors as nodes, one edge per report; cached, and patched per document.

When the knowledge graph is current, the nodes are the registry's actors and each edge carries the event it
is one report of (identity.py); else the documents' own actors. `build_view` reads the whole store.
`ViewCache` keeps one view and, when the store changes, compares the catalogue's content hashes with those
the view was built from: it drops the edges (and the nodes left orphaned) of the documents deleted or
replaced, and reads the events and actors of the documents added or replaced only, restricted to their
named graphs; when the knowledge graph changed, it projects the other edges again. When most of the store
changed it rebuilds instead.

The rooms: records.py (ActorInfo, EventInfo, the edge data), reading.py (the SPARQL and its decoding),
identity.py (the knowledge graph as the view follows it), building.py, patching.py (copy-on-write),
cache.py (ViewCache), snapshot.py (saved between runs), allocation.py (the gc policy) and memo.py
(caches kept per view, for encounters and paths).
"""

from .building import build_view
from .cache import ViewCache, ViewCacheStats
from .reading import actor_nodes, read_events
from .records import EDGE_FIELDS, ActorInfo, EdgeData, EdgeRef, EventInfo, actor_info, event_info

__all__ = [
    "EDGE_FIELDS",
    "ActorInfo",
    "EdgeData",
    "EdgeRef",
    "EventInfo",
    "ViewCache",
    "ViewCacheStats",
    "actor_info",
    "actor_nodes",
    "build_view",
    "event_info",
    "read_events",
]
