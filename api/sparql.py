"""The SPARQL 1.1 Protocol endpoint: read-only queries over the union of all documents' graphs."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request, Response
from rdflib.plugins.sparql.parser import parseUpdate
from starlette.concurrency import run_in_threadpool

from diplograph.errors import QueryError, QueryRefused

from .dependencies import Services, services

router = APIRouter(tags=["sparql"])

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

READ_ONLY = (
    "this endpoint is read-only: SPARQL updates are refused; change the store with `diplograph ingest`"
)
# SERVICE would make the server fetch arbitrary URLs on a client's behalf.
SERVICE = re.compile(r"\bSERVICE\s+(SILENT\s+)?[<?$]", re.IGNORECASE)

QUERY_DESCRIPTION = (
    "a SPARQL 1.1 query; prefixes dipl, rdf, rdfs, skos, xsd, dcterms and prov are predeclared"
)
RESPONSES = {
    200: {
        "content": {
            "application/sparql-results+json": {},
            "text/turtle": {},
            "application/n-triples": {},
            "text/csv": {},
        },
        "description": "SELECT and ASK results as SPARQL JSON (or XML, CSV, TSV by Accept); "
        "CONSTRUCT and DESCRIBE as Turtle (or N-Triples, RDF/XML, JSON-LD by Accept)",
    }
}


@router.get("/sparql", response_class=Response, responses=RESPONSES, summary="SPARQL query (GET)")
def sparql_get(
    request: Request,
    app: Annotated[Services, Depends(services)],
    query: Annotated[str | None, Query(description=QUERY_DESCRIPTION)] = None,
) -> Response:
    if query is None:
        raise QueryError("no query: pass the SPARQL query as ?query=")
    return run(app, query, request.headers.get("accept"))


@router.post("/sparql", response_class=Response, responses=RESPONSES, summary="SPARQL query (POST)")
async def sparql_post(request: Request, app: Annotated[Services, Depends(services)]) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", errors="replace")
    if content_type == SPARQL_UPDATE:
        raise QueryRefused(READ_ONLY)
    if content_type == SPARQL_QUERY:
        query = body
    elif content_type == FORM:
        form = parse_qs(body, keep_blank_values=True)
        if "update" in form:
            raise QueryRefused(READ_ONLY)
        if not form.get("query"):
            raise QueryError("no query: send the SPARQL query as the form field 'query'")
        query = form["query"][0]
    else:
        raise QueryError(
            f"cannot read a query sent as {content_type or 'no content type'!r}; "
            f"send {SPARQL_QUERY} or {FORM} with a 'query' field"
        )
    # The store blocks while it answers: run it in the thread pool, as FastAPI does for plain defs.
    return await run_in_threadpool(run, app, query, request.headers.get("accept"))


def run(app: Services, query: str, accept: str | None) -> Response:
    if SERVICE.search(query):
        raise QueryRefused("federated queries (SERVICE) are not allowed on this endpoint")
    try:
        body, media_type = app.store.query_serialized(query, accept)
    except QueryError:
        if is_update(query):
            raise QueryRefused(READ_ONLY) from None
        raise
    return Response(body, media_type=media_type)


def is_update(text: str) -> bool:
    """True when the text that failed as a query is a well-formed SPARQL update."""
    try:
        parseUpdate(text)
    except Exception:
        return False
    return True
