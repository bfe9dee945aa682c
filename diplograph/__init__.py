"""diplograph: news articles in, a graph of diplomatic actors and dated events out.

The public Python surface is re-exported here; the stages live in
``diplograph.ingest`` (text -> Extraction), ``diplograph.graph`` (Extraction -> RDF,
stores, NetworkX view, exports) and ``diplograph.api`` (the HTTP service).
"""

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

__all__ = [
    "Actor",
    "ActorMention",
    "ActorType",
    "DiplographError",
    "Document",
    "Event",
    "Evidence",
    "Extraction",
    "Modality",
    "Settings",
]
__version__ = "0.1.0"
