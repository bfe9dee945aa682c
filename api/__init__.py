"""The FastAPI service: SPARQL endpoint, who-met-whom, paths, actors, exports.

`create_app` is imported on first use: the query workers (spawned processes that import
`diplograph.api.query_worker`) then load only what answering a query needs, not FastAPI and the
whole graph stack, so they start in a fraction of the time and take less of the machine while the
server warms up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diplograph.api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from diplograph.api.app import create_app

        return create_app
    raise AttributeError(f"module 'diplograph.api' has no attribute {name!r}")
