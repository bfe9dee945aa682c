"""The triple store: one contract (contract.py), two backends (embedded.py: Oxigraph on a directory;
remote.py: a SPARQL 1.1 server, with what each tested server needs in profiles.py and tsv.py), the SPARQL
they are written in (updates.py) and the conversion of RDF terms to Python values both share (terms.py)."""

from __future__ import annotations

from diplograph.settings import Settings

from .catalogue import DocumentInfo
from .contract import PREFIXES, SPARQL_PREFIXES, SparqlStore, Store
from .embedded import EmbeddedStore
from .terms import to_python

__all__ = [
    "PREFIXES",
    "SPARQL_PREFIXES",
    "DocumentInfo",
    "EmbeddedStore",
    "SparqlStore",
    "Store",
    "open_store",
    "to_python",
]


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """The store the settings point at: a directory opens the embedded Oxigraph store, an http(s) URL a
    remote SPARQL 1.1 store (the server named by store_profile: Oxigraph server or Virtuoso, the tested ones)."""
    if settings.store_is_remote:
        from .remote import RemoteStore

        return RemoteStore.from_settings(settings, read_only=read_only)
    return EmbeddedStore(settings.store, read_only=read_only)


