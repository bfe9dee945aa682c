"""SPARQL results as a file to download: `GET /sparql/results.csv?query=` (or .tsv, .json, .xml) is the
same query as `GET /sparql?query=` with the format in the link instead of an Accept header, which a link
cannot send. The explorer's SPARQL editor links to it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from diplograph.errors import NotFound

from .dependencies import FrontDoor
from .problems import problem_responses
from .sparql import RESULT_CONTENT, ProtocolRequest, answer

router = APIRouter(tags=["sparql"])

MEDIA_TYPES = {
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
}


@router.get(
    "/sparql/results.{suffix}",
    response_class=Response,
    responses={200: {"content": {media: RESULT_CONTENT[media] for media in MEDIA_TYPES.values()}},
               **problem_responses(400, 403, 404, 406, 422, 503)},
    summary="A SELECT or ASK query's results as a file: results.csv, .tsv, .json or .xml",
)
async def sparql_results_file(
    request: Request,
    app: FrontDoor,
    suffix: Annotated[str, Path(description="csv, tsv, json (SPARQL JSON) or xml (SPARQL XML)")],
    query: Annotated[str, Query(description="a SPARQL SELECT or ASK query (prefixes dipl:, rdfs:, skos: declared)")],
) -> Response:
    media_type = MEDIA_TYPES.get(suffix)
    if media_type is None:
        raise NotFound(f"no results.{suffix}; there are {', '.join(f'results.{name}' for name in MEDIA_TYPES)}")
    headers = [(name, value) for name, value in request.scope["headers"] if name != b"accept"]
    asking = Request({**request.scope, "headers": [*headers, (b"accept", media_type.encode())]}, request.receive)
    response = await answer(asking, app, ProtocolRequest(query=query))
    response.headers["Content-Disposition"] = f'attachment; filename="results.{suffix}"'
    return response
