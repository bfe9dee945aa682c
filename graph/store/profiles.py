"""Store profiles: what each SPARQL server that the test-suite runs needs from diplograph, as data.

The remote store is written once against SPARQL 1.1; a profile says where a server keeps its endpoints,
how its update endpoint authenticates, which graphs it keeps for itself and which of its limits and
dialect diplograph must work around. `store_profile` in the settings picks one; the endpoints can still
be set one by one (`store_query_url`, ...). Only engines the suite runs have a profile: Oxigraph server
and Virtuoso Open Source 7. Fuseki, GraphDB and Neptune should work with the `oxigraph` profile and
their own endpoint URLs (untested; see docs/scaling.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

UpdateAuth = Literal["basic", "digest"]


@dataclass(frozen=True)
class StoreProfile:
    """One server's endpoints, authentication, own graphs and limits."""

    name: str
    query_path: str  # appended to the store URL: SPARQL 1.1 Query
    update_path: str  # SPARQL 1.1 Update
    graph_store_path: str  # SPARQL 1.1 Graph Store HTTP Protocol (read only: dumps and validation)
    update_auth: UpdateAuth  # how store_user and store_password go with updates (nothing without a user)
    # Graphs the server keeps for itself in every database: not diplograph's, so left out of the store's
    # graph names (dumps, validation) and triple count. They stay in the union default graph of queries.
    system_graphs: tuple[str, ...] = ()
    # Whether the server writes SPARQL 1.1 TSV (`<iri>`, N-Triples escapes). If not, a TSV answer is asked
    # for as SPARQL JSON and written as TSV by the client, so the view's scans read the same bytes.
    standard_tsv: bool = True
    # Most triples in one INSERT DATA block the server's parser takes; a document's longer block is split
    # into several blocks of the same request (its catalogue entry in the last one). None: no limit.
    max_triples_per_insert: int | None = None
    # Whether the server runs one UPDATE request as one transaction (documented, and pinned in the tests).
    atomic_requests: bool = True
    # Whether a query given a default-graph-uri and no named-graph-uri has no named graphs left (as the SPARQL
    # 1.1 Protocol reads): GRAPH then needs every graph named, read from the catalogue (graph/store/remote.py).
    default_graph_hides_named_graphs: bool = False


OXIGRAPH = StoreProfile(
    name="oxigraph",
    query_path="/query",
    update_path="/update",
    graph_store_path="/store",
    # `oxigraph serve` has no users: bind it where only diplograph reaches it, or put a proxy that asks
    # for basic authentication in front of it and set store_user and store_password.
    update_auth="basic",
    default_graph_hides_named_graphs=True,
)

VIRTUOSO = StoreProfile(
    name="virtuoso",
    query_path="/sparql",
    # The anonymous /sparql runs as the SPARQL user, who may not update; /sparql-auth takes HTTP digest
    # authentication of a user granted SPARQL_UPDATE, so writes need a password and reads do not. (Granting
    # SPARQL_UPDATE to the SPARQL user instead would let anyone who reaches the port rewrite the graph.)
    update_path="/sparql-auth",
    graph_store_path="/sparql-graph-crud",
    update_auth="digest",
    system_graphs=(
        "http://www.openlinksw.com/schemas/virtrdf#",  # its quad-map schema (~2,500 triples)
        "http://www.w3.org/ns/ldp#",  # Linked Data Platform classes
        # Its service description and its WebDAV root, named after [URIQA] DefaultHost (localhost:8890 in
        # Debian's ini); a server with another DefaultHost adds its own names in store_system_graphs.
        "http://localhost:8890/sparql",
        "http://localhost:8890/DAV/",
    ),
    # Its TSV quotes IRIs like strings and escapes a quote by doubling it, and keeps tabs and newlines raw.
    standard_tsv=False,
    # Virtuoso 7.2's parser runs out of stack ("SP030 ... memory exhausted") near 5,000 triples in one
    # INSERT DATA block; many blocks in one request are fine (measured: 10 blocks of 2,000).
    max_triples_per_insert=2_000,
    # (No field for it: Virtuoso also refuses blank nodes in INSERT DATA, "not allowed in a constant
    # clause"; documents have none, and the ontology's OWL lists go in with an INSERT template and an
    # empty WHERE, which every server takes.)
    # Each operation of a request commits on its own (measured: an INSERT DATA before a failing operation
    # stays). Putting a document drops its graph and entry, then inserts both, entry last: a failure
    # between leaves the document absent from the catalogue, never half old and half new, and a reader
    # may briefly miss a document being replaced.
    atomic_requests=False,
)

PROFILES: dict[str, StoreProfile] = {profile.name: profile for profile in (OXIGRAPH, VIRTUOSO)}
