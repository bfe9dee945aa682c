"""diplograph: news articles in, a graph of diplomatic actors and dated events out.

The way in is `Diplograph` (diplograph/core.py), opened from `Settings`:

    with Diplograph.open(Settings(store="data")) as dg:
        dg.met("Lavrov")

The public Python surface is re-exported here; the stages live in
``diplograph.ingest`` (text -> Extraction), ``diplograph.graph`` (Extraction -> RDF,
stores, NetworkX view, exports) and ``diplograph.api`` (the HTTP service).
`Diplograph` is imported on first use, so that `import diplograph` stays light for the
ingest stage's worker processes (it would load the store, networkx and rdflib).
"""

from typing import TYPE_CHECKING, Any

from diplograph.errors import DiplographError
from diplograph.model import (
    Actor,
    ActorMention,
    ActorType,
    Document,
    Event,
    Evidence,
    Extraction,
    Modality,
)
from diplograph.settings import Settings

if TYPE_CHECKING:
    from diplograph.core import Diplograph

__all__ = [
    "Actor",
    "ActorMention",
    "ActorType",
    "Diplograph",
    "DiplographError",
    "Document",
    "Event",
    "Evidence",
    "Extraction",
    "Modality",
    "Settings",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name == "Diplograph":
        from diplograph.core import Diplograph

        return Diplograph
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
