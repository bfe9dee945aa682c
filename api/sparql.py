"""The SPARQL 1.1 Protocol endpoint: queries over every document's named graph; updates only with a token.

Queries run in worker processes (api/query_pool.py) so the query timeout is a hard one: a query
past it is killed, the client gets 503, and the next request is answered by a fresh worker. The
routes are coroutines that hand the query to a worker and await its answer in the event loop; the
store itself is only called from the thread pool (reading its revision can digest the catalogue).
Every hand-over between threads or processes is a wake-up, and on a busy machine a wake-up costs
more than a point lookup's query: a request makes as few as it can.
Results larger than max_rows are refused (422) rather than truncated: a client that does not read a
truncation flag would take a partial answer for the whole one.
"""

from __future__ import annotations

import hmac
from typing import Any
from urllib.parse import unquote_to_bytes

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from diplograph.core import Diplograph
from diplograph.errors import QueryError, QueryRefused, UnsupportedMediaType
from diplograph.graph.store import PREFIXES
from diplograph.ontology.terms import CATALOGUE, document_graph_iri

from .dependencies import FrontDoor
from .media_types import negotiate, ranked_media_types
from .problems import problem_responses
from .query_worker import GRAPH_FORMATS, NO_SERVICE, QueryJob, check_iri
from .sparql_parse import fetching_operations
from .sparql_text import read_sparql

router = APIRouter(tags=["sparql"])

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

READ_ONLY = "this endpoint is read-only: SPARQL updates are refused; change the store with `diplograph ingest`"
NO_LOAD = "LOAD is not allowed: the server does not fetch documents from URLs; ingest them instead"

QUERY_DESCRIPTION = (
    "a SPARQL 1.1 query; prefixes dipl, rdf, rdfs, skos, xsd, dcterms and prov are predeclared. "
    "Without a query, GET /sparql answers the SPARQL 1.1 service description."
)
DEFAULT_GRAPH_DESCRIPTION = (
    "IRI of a graph to use as the default graph (repeatable; the union of all graphs when absent)"
)
NAMED_GRAPH_DESCRIPTION = "IRI of a graph GRAPH ?g may match (repeatable; all graphs when absent)"
EXAMPLE_QUERY = "SELECT ?a ?b WHERE { ?a dipl:meets ?b } LIMIT 10"

_SELECT_EXAMPLE = {
    "head": {"vars": ["a", "b"]},
    "results": {
        "bindings": [
            {
                "a": {"type": "uri", "value": "https://w3id.org/diplograph/actor/zbigniew-rau"},
                "b": {"type": "uri", "value": "https://w3id.org/diplograph/actor/sergey-lavrov"},
            }
        ]
    },
}
_TURTLE_EXAMPLE = (
    "<https://w3id.org/diplograph/actor/zbigniew-rau> "
    "<https://w3id.org/diplograph/ontology#meets> <https://w3id.org/diplograph/actor/sergey-lavrov> .\n"
)
RESULT_CONTENT: dict[str, Any] = {
    "application/sparql-results+json": {"schema": {"type": "object"}, "example": _SELECT_EXAMPLE},
    "application/sparql-results+xml": {"schema": {"type": "string"}},
    "text/csv": {"schema": {"type": "string"}, "example": "a,b\r\nhttps://w3id.org/diplograph/actor/zbigniew-rau,…"},
    "text/tab-separated-values": {"schema": {"type": "string"}},
    "text/turtle": {"schema": {"type": "string"}, "example": _TURTLE_EXAMPLE},
    "application/n-triples": {"schema": {"type": "string"}, "example": _TURTLE_EXAMPLE},
    "application/ld+json": {"schema": {}},
    "application/rdf+xml": {"schema": {"type": "string"}},
}
QUERY_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": RESULT_CONTENT,
        "description": "SELECT and ASK results as SPARQL JSON (or XML, CSV, TSV by Accept); CONSTRUCT and "
        "DESCRIBE as Turtle (or N-Triples, JSON-LD, RDF/XML by Accept); without a query, the service "
        "description in Turtle",
    },
    204: {"description": "an update was applied (only with the admin token)"},
    **problem_responses(400, 403, 406, 415, 422, 503),
}


class ProtocolRequest:
    """What a request asks: a query or an update, and the dataset the protocol names."""

    def __init__(
        self,
        query: str | None = None,
        update: str | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> None:
        self.query = query
        self.update = update
        self.default_graphs = default_graphs or []
        self.named_graphs = named_graphs or []


App = FrontDoor


# GET's parameters are read from the query string by hand and only described here: FastAPI's
# validation of declared parameters cost ~0.15 ms a request, most of what the route itself costs.
GET_PARAMETERS: list[dict[str, Any]] = [
    {
        "name": "query",
        "in": "query",
        "required": False,
        "description": QUERY_DESCRIPTION,
        "schema": {"type": "string", "examples": [EXAMPLE_QUERY]},
    },
    {
        "name": "default-graph-uri",
        "in": "query",
        "required": False,
        "description": DEFAULT_GRAPH_DESCRIPTION,
        "schema": {"type": "array", "items": {"type": "string"}},
    },
    {
        "name": "named-graph-uri",
        "in": "query",
        "required": False,
        "description": NAMED_GRAPH_DESCRIPTION,
        "schema": {"type": "array", "items": {"type": "string"}},
    },
]


@router.get(
    "/sparql",
    response_class=Response,
    responses=QUERY_RESPONSES,
    summary="SPARQL query (GET), or the service description without a query",
    openapi_extra={"parameters": GET_PARAMETERS},
)
async def sparql_get(request: Request, app: App) -> Response:
    parameters = form_fields(request.scope["query_string"], "the URL's query string")
    if "update" in parameters:
        authorize_update(request, app)
        raise QueryError("send a SPARQL update with POST (as application/sparql-update or a form field 'update')")
    query = single(parameters, "query")
    if query is None:
        return await run_in_threadpool(service_description, request, app)  # lists the documents: the store
    protocol = ProtocolRequest(
        query=query,
        default_graphs=parameters.get("default-graph-uri"),
        named_graphs=parameters.get("named-graph-uri"),
    )
    return await answer(request, app, protocol)


def form_fields(raw: bytes, where: str) -> dict[str, list[str]]:
    """name=value&... pairs (a URL's query string, a form body), each percent-decoded as UTF-8.

    Bytes that are not UTF-8 are the client's error (400), not text to guess at: a query with a
    replacement character in place of what the client sent would run and answer something else."""
    fields: dict[str, list[str]] = {}
    for pair in raw.split(b"&"):
        if not pair:
            continue
        name, _, value = pair.partition(b"=")
        try:
            key = unquote_to_bytes(name.replace(b"+", b" ")).decode("utf-8")
            fields.setdefault(key, []).append(unquote_to_bytes(value.replace(b"+", b" ")).decode("utf-8"))
        except UnicodeDecodeError as error:
            raise QueryError(f"{where} is not UTF-8 (a bad byte at position {error.start} of a field)") from None
    return fields


def single(fields: dict[str, list[str]], name: str) -> str | None:
    """The one value of a field the protocol allows once (query, update); 400 for more than one."""
    values = fields.get(name)
    if values is None:
        return None
    if len(values) > 1:
        raise QueryError(f"the request has {len(values)} '{name}' parameters; the SPARQL protocol allows one")
    return values[0]


@router.post(
    "/sparql",
    response_class=Response,
    responses=QUERY_RESPONSES,
    summary="SPARQL query or update (POST: form-encoded, application/sparql-query or application/sparql-update)",
    openapi_extra={
        "requestBody": {
            "content": {
                FORM: {
                    "schema": {
                        "type": "object",
                        "oneOf": [
                            {"required": ["query"], "not": {"required": ["update"]}},
                            {"required": ["update"], "not": {"required": ["query"]}},
                        ],
                        "properties": {
                            "query": {"type": "string", "description": QUERY_DESCRIPTION},
                            "update": {"type": "string", "description": "a SPARQL 1.1 update (admin token)"},
                            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                            "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                    "example": {"query": EXAMPLE_QUERY},
                },
                SPARQL_QUERY: {"schema": {"type": "string"}, "example": EXAMPLE_QUERY},
                SPARQL_UPDATE: {"schema": {"type": "string"}, "example": "CLEAR GRAPH <urn:scratch>"},
            },
            "required": True,
        }
    },
)
async def sparql_post(request: Request, app: App) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    url_parameters = form_fields(request.scope["query_string"], "the URL's query string")
    if content_type in (SPARQL_QUERY, SPARQL_UPDATE):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise QueryError(f"the request body is not UTF-8 (a bad byte at offset {error.start})") from None
    if content_type == SPARQL_QUERY:
        protocol = ProtocolRequest(
            query=text,
            default_graphs=url_parameters.get("default-graph-uri"),
            named_graphs=url_parameters.get("named-graph-uri"),
        )
    elif content_type == SPARQL_UPDATE:
        protocol = ProtocolRequest(update=text)
    elif content_type == FORM:
        form = form_fields(body, "the form")
        if "query" in form and "update" in form:
            raise QueryError("send either a 'query' or an 'update' field, not both")
        if not form.get("query") and not form.get("update"):
            raise QueryError("no query: send the SPARQL query as the form field 'query'")
        protocol = ProtocolRequest(
            query=single(form, "query"),
            update=single(form, "update"),
            default_graphs=form.get("default-graph-uri"),
            named_graphs=form.get("named-graph-uri"),
        )
    else:
        raise UnsupportedMediaType(
            f"cannot read a request sent as {content_type or 'no content type'!r}; send {SPARQL_QUERY}, "
            f"{SPARQL_UPDATE} or {FORM} with a 'query' or 'update' field"
        )
    if protocol.update is not None:
        return await run_in_threadpool(apply_update, request, app, protocol.update)
    return await answer(request, app, protocol)


async def answer(request: Request, app: Diplograph, protocol: ProtocolRequest) -> Response:
    query = protocol.query or ""
    text = read_sparql(query)
    text.check_nesting()  # 400 before any parser recurses into it
    if text.uses_service:  # early and friendly; what holds is the worker's lack of network (sandbox.py)
        raise QueryRefused(NO_SERVICE)
    if text.is_update:
        authorize_update(request, app)
        raise QueryError("this is a SPARQL update: send it as 'update', or as application/sparql-update")
    for iri in protocol.default_graphs:
        check_iri(iri, "default-graph-uri")
    for iri in protocol.named_graphs:
        check_iri(iri, "named-graph-uri")
    accept = request.headers.get("accept")
    pool = app.query_pool
    if pool is None:  # a store without a directory: no worker processes, no hard timeout
        # The remote store would run a SERVICE it finds: refuse what the parser finds first.
        if await run_in_threadpool(lambda: fetching_operations(query, PREFIXES, update=False)):
            raise QueryRefused(NO_SERVICE)
        body, media_type = await run_in_threadpool(app.query, query, ranked_media_types(accept))
        return Response(body, media_type=media_type)
    job = QueryJob(
        query=query,
        accept=accept,
        default_graphs=tuple(protocol.default_graphs),
        named_graphs=tuple(protocol.named_graphs),
        max_rows=app.settings.max_rows,
        prefixes=PREFIXES,
        names_its_dataset=text.names_its_dataset,
    )
    # The revision without a hop to the thread pool when the store remembers it: the hop there and back cost
    # more than the pool's round trip to its worker on the shared 2-core machine (0.4-0.9 ms at load 6-7).
    revision = app.remembered_sparql_revision()
    if revision is None:
        revision = await run_in_threadpool(app.sparql_revision)
    result = await pool.run_async(job, revision)
    return Response(result.body, media_type=result.media_type, headers={"X-SPARQL-Rows": str(result.rows)})


def authorize_update(request: Request, app: Diplograph) -> None:
    """Updates need the admin token as a bearer token; without a configured token there are none."""
    token = app.settings.admin_token
    if not token:
        raise QueryRefused(READ_ONLY)
    scheme, _, sent = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(sent.strip().encode(), token.encode()):
        raise QueryRefused("SPARQL updates need the admin token: send it as 'Authorization: Bearer <token>'")


def apply_update(request: Request, app: Diplograph, update: str) -> Response:
    authorize_update(request, app)
    read_sparql(update).check_nesting()  # the update is parsed in this process: a deep nesting would crash it
    # The engine would fetch what LOAD and SERVICE name: they are found by parsing, not by reading words.
    fetching = fetching_operations(update, PREFIXES, update=True)
    if "LOAD" in fetching:
        raise QueryRefused(NO_LOAD)
    if "SERVICE" in fetching:
        raise QueryRefused(NO_SERVICE)
    pool = app.query_pool
    if pool is not None:
        # Tried first in a query worker, on an empty store and without network: whatever in it could crash
        # the engine, or reach for a URL past the parser, does so there and not in the server.
        pool.run(QueryJob(query=update, prefixes=PREFIXES, trial_update=True), "trial")
    app.update(update)  # a malformed update raises QueryError (400); the workers and the view then see it
    return Response(status_code=204)


# ---------------------------------------------------------------------------- service description

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
FORMAT_IRIS = [
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
]


def service_description(request: Request, app: Diplograph) -> Response:
    """SPARQL 1.1 Service Description of this endpoint, in the RDF format the client accepts."""
    media_type, rdf_format = negotiate(request.headers.get("accept"), GRAPH_FORMATS)
    endpoint = str(request.url.replace(query=""))
    languages = "sd:SPARQL11Query" + (", sd:SPARQL11Update" if app.settings.admin_token else "")
    graphs = [CATALOGUE, *(document_graph_iri(document.id) for document in app.documents())]
    named = "".join(f"    sd:namedGraph [ a sd:NamedGraph ; sd:name <{graph}> ] ;\n" for graph in graphs)
    turtle = f"""@prefix sd: <{SD}> .
@prefix formats: <{FORMATS}> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<{endpoint}> a sd:Service ;
  sd:endpoint <{endpoint}> ;
  dcterms:title "diplograph: diplomatic actors and the dated events between them" ;
  dcterms:description '''Read-only unless an admin token is configured. The default graph is the union of
every document's named graph. SERVICE and LOAD are refused. Queries stop after {app.settings.query_timeout:g}
seconds; results of more than {app.settings.max_rows} rows are refused.''' ;
  sd:supportedLanguage {languages} ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat {", ".join(f"formats:{name}" for name in FORMAT_IRIS)} ;
  sd:defaultDataset [
    a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ] ;
{named}  ] .
"""
    if rdf_format == ox.RdfFormat.TURTLE:
        return Response(turtle.encode("utf-8"), media_type=media_type)
    triples = list(ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE))
    return Response(ox.serialize(triples, format=rdf_format) or b"", media_type=media_type)
