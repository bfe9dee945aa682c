"""The remote store: a SPARQL 1.1 server (tested: Oxigraph server and Virtuoso Open Source 7; see profiles.py).

It speaks SPARQL 1.1 Query and Update over HTTP for everything the store contract needs, and the SPARQL 1.1
Graph Store HTTP Protocol to read a named graph whole (dumps). Putting a document is one UPDATE request
(drop the graph, drop the catalogue entry, insert both anew), which the server runs as one transaction.

The server must answer queries with the union of all named graphs as the default graph, as the embedded
store does: Oxigraph with `oxigraph serve --union-default-graph` (or `?union-default-graph` on the query
URL); Virtuoso does so whenever a query names no graph. What differs between servers (endpoint paths,
update authentication, the graphs a server keeps for itself, its TSV, its parser's limits) is a profile
(profiles.py), not a branch here.
"""

from __future__ import annotations

import json
import re
import ssl
from collections.abc import Sequence
from functools import cache
from typing import Any

import httpx

from diplograph.errors import ConfigurationError, NotASelect, QueryError, QueryTimeout, StoreError
from diplograph.ontology.terms import CATALOGUE, CORRECTIONS_GRAPH, DIPL, KNOWLEDGE_GRAPHS
from diplograph.settings import Settings

from .contract import SELECT_MEDIA_TYPE, SPARQL_PREFIXES, Store
from .profiles import OXIGRAPH, PROFILES, StoreProfile
from .terms import json_term_to_python
from .tsv import json_results_to_tsv

# Asked for alongside the caller's Accept header, so that every kind of query has a format to come back in.
FALLBACK_ACCEPT = f"{SELECT_MEDIA_TYPE};q=0.02, text/turtle;q=0.01"
GRAPH_FALLBACK_ACCEPT = f"text/turtle;q=0.02, {SELECT_MEDIA_TYPE};q=0.01"
_PREFIX_LINES = SPARQL_PREFIXES.count("\n")
_ERROR_POSITION = re.compile(r"\b(error at |line )(\d+)")
TSV_MEDIA_TYPE = "text/tab-separated-values"
_GRAPH_KEYWORD = re.compile(r"\bGRAPH\b", re.IGNORECASE)  # a query that may reach named graphs
# The prologue (PREFIX and BASE declarations, comments) before a query's form keyword.
_PROLOGUE = re.compile(r"\A(?:\s+|#[^\n]*|(?i:PREFIX)\s+[^\s:]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*")


class RemoteStore(Store):
    """A SPARQL 1.1 server at a URL: the same contract as `EmbeddedStore`, over HTTP (httpx)."""

    def __init__(
        self,
        query_url: str,
        update_url: str,
        graph_store_url: str,
        *,
        profile: StoreProfile = OXIGRAPH,
        user: str | None = None,
        password: str | None = None,
        system_graphs: Sequence[str] = (),
        read_only: bool = False,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.graph_store_url = graph_store_url
        self.profile = profile
        self.system_graphs = tuple(dict.fromkeys([*profile.system_graphs, *system_graphs]))
        self.max_triples_per_insert = profile.max_triples_per_insert
        self.location = query_url
        self.read_only = read_only
        self.timeout = timeout
        self._update_auth = _update_auth(profile, user, password)
        self._client = client or httpx.Client(
            timeout=httpx.Timeout(timeout, connect=5.0), verify=_certificate_checking_context()
        )
        self._check_union_default_graph()

    @classmethod
    def from_settings(cls, settings: Settings, *, read_only: bool = False) -> RemoteStore:
        """`store = "http://host:7878"` -> the profile's endpoints under that URL, unless set one by one."""
        base = settings.store.rstrip("/")
        profile = PROFILES[settings.store_profile]
        return cls(
            settings.store_query_url or f"{base}{profile.query_path}",
            settings.store_update_url or f"{base}{profile.update_path}",
            settings.store_graph_url or f"{base}{profile.graph_store_path}",
            profile=profile,
            user=settings.store_user,
            password=settings.store_password,
            system_graphs=settings.store_system_graphs,
            read_only=read_only,
            timeout=settings.query_timeout,
        )

    # ------------------------------------------------------------------ the contract

    def select(self, sparql: str, default_graphs: Sequence[str] | None = None) -> list[dict[str, Any]]:
        response = self._post_query(sparql, SELECT_MEDIA_TYPE, default_graphs)
        try:
            results = json.loads(response.content)
        except ValueError:
            results = None
        if not isinstance(results, dict) or "results" not in results:
            raise NotASelect("only a SELECT query returns rows; ASK, CONSTRUCT and DESCRIBE do not")
        return [
            {name: json_term_to_python(term) for name, term in binding.items()}
            for binding in results["results"]["bindings"]
        ]

    def query_serialized(
        self, sparql: str, media_types: Sequence[str] = (), default_graphs: Sequence[str] | None = None
    ) -> tuple[bytes, str]:
        if list(media_types[:1]) == [TSV_MEDIA_TYPE] and not self.profile.standard_tsv:
            # The server's own TSV is not SPARQL 1.1's: ask for JSON and write the standard TSV here.
            body, media_type = self.query_serialized(sparql, [SELECT_MEDIA_TYPE], default_graphs)
            if media_type == SELECT_MEDIA_TYPE and b'"results"' in body[:4096]:
                return json_results_to_tsv(body), TSV_MEDIA_TYPE
            return body, media_type
        # The caller's preference as an Accept header of falling qualities, then what any server writes for
        # this form of query (a server may write a CONSTRUCT's triples as JSON results if JSON comes first).
        ranked = ", ".join(f"{media_type};q={1 - 0.01 * rank:.2f}" for rank, media_type in enumerate(media_types[:50]))
        graph_query = _is_graph_query(sparql)
        if ranked:
            wanted = f"{ranked}, {GRAPH_FALLBACK_ACCEPT if graph_query else FALLBACK_ACCEPT}"
        else:
            first, second = ("text/turtle", SELECT_MEDIA_TYPE) if graph_query else (SELECT_MEDIA_TYPE, "text/turtle")
            wanted = f"{first}, {second};q=0.9"
        response = self._post_query(sparql, wanted, default_graphs)
        media_type = response.headers.get("content-type", "application/octet-stream").split(";")[0].strip()
        return response.content, media_type

    def graph_ntriples(self, graph_iri: str) -> bytes:
        """GET on the Graph Store endpoint: the graph whole, without a query engine in the way."""
        try:
            response = self._client.get(
                self.graph_store_url, params={"graph": graph_iri}, headers={"Accept": "application/n-triples"}
            )
        except httpx.HTTPError as error:
            raise self._unreachable(self.graph_store_url, error) from None
        if response.status_code == 404:
            return b""
        if response.status_code >= 400:
            raise StoreError(
                f"the graph store at {self.graph_store_url} refused to send graph <{graph_iri}>: "
                f"{response.status_code} {response.text.strip()[:500]}"
            )
        return response.content

    def triple_count(self) -> int:
        rows = self.select(
            f"SELECT (COUNT(*) AS ?quads) WHERE {{ GRAPH ?graph {{ ?s ?p ?o }} {self._not_system_graph()} }}"
        )
        return int(rows[0]["quads"]) if rows else 0

    def graph_names(self) -> list[str]:
        """As `Store.graph_names`, without the graphs the server keeps for itself (its profile says which)."""
        rows = self.select(
            f"SELECT DISTINCT ?graph WHERE {{ GRAPH ?graph {{ ?s ?p ?o }} {self._not_system_graph()} }} "
            "ORDER BY ?graph"
        )
        return [row["graph"] for row in rows]

    def _not_system_graph(self) -> str:
        if not self.system_graphs:
            return ""
        return f"FILTER(?graph NOT IN ({', '.join(f'<{graph}>' for graph in self.system_graphs)}))"

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ HTTP

    def _post_query(self, sparql: str, accept: str, default_graphs: Sequence[str] | None = None) -> httpx.Response:
        # The protocol's default-graph-uri names the default graph; the named graphs stay the server's all.
        data: dict[str, str | list[str]] = {"query": SPARQL_PREFIXES + sparql}
        if default_graphs is not None:
            data["default-graph-uri"] = list(default_graphs)
            if self.profile.default_graph_hides_named_graphs and _GRAPH_KEYWORD.search(sparql):
                # every graph by name, so that GRAPH still reaches the documents' (one catalogue read)
                data["named-graph-uri"] = self._every_graph()
        try:
            response = self._client.post(self.query_url, data=data, headers={"Accept": accept})
        except httpx.TimeoutException:
            raise QueryTimeout(
                f"the SPARQL store at {self.query_url} did not answer within {self.timeout:g} seconds; "
                "narrow the query or raise query_timeout (DIPLOGRAPH_QUERY_TIMEOUT)"
            ) from None
        except httpx.HTTPError as error:
            raise self._unreachable(self.query_url, error) from None
        if response.status_code == 400:
            raise QueryError(f"malformed SPARQL query: {_unshift_position(response.text.strip())}")
        if response.status_code >= 400:
            raise StoreError(
                f"the SPARQL store at {self.query_url} failed to answer a query: "
                f"{response.status_code} {response.text.strip()[:500]}"
            )
        if "x-sparql-maxrows" in response.headers:  # Virtuoso cut the answer short, and says so only here
            raise StoreError(
                f"the SPARQL store at {self.query_url} sent only the first "
                f"{response.headers['x-sparql-maxrows']} rows of an answer; raise its row limit "
                "(Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini) above the store's size"
            )
        return response

    def _every_graph(self) -> list[str]:
        rows = self.select(f"SELECT ?graph WHERE {{ GRAPH <{CATALOGUE}> {{ ?graph <{DIPL}documentId> ?id }} }}")
        return [str(row["graph"]) for row in rows] + [*KNOWLEDGE_GRAPHS, CORRECTIONS_GRAPH]

    def _apply_update(self, sparql: str) -> None:
        try:
            response = self._client.post(
                self.update_url,
                content=(SPARQL_PREFIXES + sparql).encode("utf-8"),
                headers={"Content-Type": "application/sparql-update"},
                auth=self._update_auth,
            )
        except httpx.HTTPError as error:
            raise self._unreachable(self.update_url, error) from None
        if response.status_code == 400:
            raise QueryError(f"malformed SPARQL update: {_unshift_position(response.text.strip())}")
        if response.status_code >= 400:
            refusal = response.text.strip()
            hint = ""
            if response.status_code in (401, 403) or "SECURITY" in refusal[:200]:
                hint = (" (the server wants an authorised user for updates: set store_user and store_password, "
                        "DIPLOGRAPH_STORE_USER and DIPLOGRAPH_STORE_PASSWORD, and store_profile)")
            raise StoreError(
                f"the SPARQL store at {self.update_url} refused an update{hint}: "
                f"{response.status_code} {refusal[:500]}"
            )

    def _unreachable(self, url: str, error: httpx.HTTPError) -> StoreError:
        return StoreError(
            f"cannot reach the SPARQL store at {url} ({error.__class__.__name__}: {error}); is the server "
            "running, and do DIPLOGRAPH_STORE (or store_query_url, store_update_url, store_graph_url) point at it?"
        )

    def _check_union_default_graph(self) -> None:
        """Queries are written against the union of all graphs: refuse a server that answers otherwise."""
        stored = self.select("SELECT ?s WHERE { GRAPH ?graph { ?s ?p ?o } } LIMIT 1")
        if stored and not self.select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"):
            raise ConfigurationError(
                f"the SPARQL store at {self.query_url} does not query the union of its named graphs by "
                "default, which diplograph needs: start Oxigraph with `oxigraph serve --union-default-graph` "
                "(or set store_query_url to ...query?union-default-graph); Virtuoso does so unless the query "
                "URL names a default-graph-uri"
            )


def _update_auth(profile: StoreProfile, user: str | None, password: str | None) -> httpx.Auth:
    """How updates authenticate: the profile's scheme with the configured user, or not at all."""
    if user is None:
        return httpx.Auth()  # sends the request as it is
    if profile.update_auth == "digest":
        return httpx.DigestAuth(user, password or "")
    return httpx.BasicAuth(user, password or "")


def _is_graph_query(sparql: str) -> bool:
    """Whether a query is a CONSTRUCT or DESCRIBE (its first keyword after the prologue)."""
    prologue = _PROLOGUE.match(sparql)
    rest = sparql[prologue.end():] if prologue else sparql
    return rest[:9].upper().startswith(("CONSTRUCT", "DESCRIBE"))


@cache
def _certificate_checking_context() -> ssl.SSLContext:
    """httpx's default TLS context, built once: loading the CA bundle for every client costs ~0.15 s."""
    return httpx.create_ssl_context()


def _unshift_position(message: str) -> str:
    """The server counts lines from the prefixes prepended to the query; report the caller's own lines."""

    def shift(match: re.Match[str]) -> str:
        return f"{match.group(1)}{max(int(match.group(2)) - _PREFIX_LINES, 1)}"

    return _ERROR_POSITION.sub(shift, message, count=1)

