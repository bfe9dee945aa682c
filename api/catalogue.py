"""What is in the store: the documents (list, show, delete), the totals, and the store as RDF files."""

from __future__ import annotations

import hmac
from dataclasses import asdict
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import JSONResponse
from starlette.convertors import Convertor, register_url_convertor

from diplograph.core import Diplograph
from diplograph.errors import AccessDenied, DocumentNotFound, NotFound
from diplograph.graph.dump import FORMATS, DumpFormat, format_for_media_type, jsonld_context

from .dependencies import FrontDoor
from .media_types import ranked_media_types
from .problems import problem_responses
from .schemas import Document, Health, Stats


class DocumentIdConvertor(Convertor[str]):
    """A document id in a path: anything up to the path's end, line breaks included (Starlette's `path`
    stops at one). Ingest refuses such ids now, but a store filled before may hold them."""

    regex = "[\\s\\S]*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("document_id", DocumentIdConvertor())

router = APIRouter(tags=["catalogue"])
App = FrontDoor
DocumentId = Annotated[str, Path(description="the document's id, as listed by GET /documents")]

RDF_CONTENT: dict[str, Any] = {fmt.media_type: {} for fmt in FORMATS.values()}
JSON_TYPES = ("application/json", "*/*", "application/*")


@router.get("/documents", response_model=list[Document], summary="The ingested documents")
def list_documents(app: App) -> list[Document]:
    return [Document(**asdict(document)) for document in app.documents()]


@router.get(
    "/documents/{document_id:document_id}",
    response_model=Document,
    responses={200: {"content": RDF_CONTENT, "description": "the catalogue entry as JSON, or by Accept the "
                     "document's named graph with its catalogue entry as TriG, N-Quads, JSON-LD (or merged: Turtle)"},
               **problem_responses(404, 422)},
    summary="One document: its catalogue entry, or its graph by content negotiation",
)
def show_document(request: Request, app: App, document_id: DocumentId) -> Any:
    fmt = negotiate_rdf(request.headers.get("accept"))
    if fmt is None:
        return Document(**asdict(app.document(document_id)))
    return rdf_response(app.dump(fmt, document_id), fmt, f"{document_id}.{fmt.suffix}")


@router.delete(
    "/documents/{document_id:document_id}",
    status_code=204,
    response_class=Response,
    responses=problem_responses(403, 404, 422),
    summary="Delete a document: its named graph and catalogue entry (needs the admin token)",
)
def delete_document(request: Request, app: App, document_id: DocumentId) -> Response:
    require_admin(request, app)
    if not app.delete(document_id):
        raise DocumentNotFound(document_id)
    return Response(status_code=204)


@router.get(
    "/export/store.{suffix}",
    response_class=Response,
    responses={200: {"content": RDF_CONTENT}, **problem_responses(404, 422)},
    summary="The whole store: TriG (.trig), N-Quads (.nq), JSON-LD (.jsonld) or merged into Turtle (.ttl)",
)
def export_store(app: App, suffix: str) -> Response:
    fmt = next((candidate for candidate in FORMATS.values() if candidate.suffix == suffix), None)
    if fmt is None:
        known = ", ".join(f"store.{candidate.suffix}" for candidate in FORMATS.values())
        raise NotFound(f"no export store.{suffix}; there are {known}")
    return rdf_response(app.dump(fmt), fmt, f"store.{fmt.suffix}")


@router.get(
    "/context.jsonld",
    response_class=JSONResponse,
    responses={200: {"content": {"application/ld+json": {}}}},
    summary="The JSON-LD @context of diplograph's JSON-LD exports",
)
def context() -> JSONResponse:
    return JSONResponse(jsonld_context(), media_type="application/ld+json")


@router.get("/health", response_model=Health, summary="The server is up; is its actor graph read yet?")
async def health(app: App) -> Health:
    return Health(view=app.view_state)


@router.get("/stats", response_model=Stats, summary="Triples, actors, events and documents in the store")
def stats(app: App) -> Stats:
    return Stats(**asdict(app.stats()))


def negotiate_rdf(accept: str | None) -> DumpFormat | None:
    """The RDF format the client prefers, or None when it prefers JSON (or says nothing)."""
    for media_type in ranked_media_types(accept):
        if media_type in JSON_TYPES:
            return None
        fmt = format_for_media_type(media_type)
        if fmt is not None:
            return fmt
    return None


def rdf_response(body: bytes, fmt: DumpFormat, filename: str) -> Response:
    return Response(body, media_type=fmt.media_type, headers={"Content-Disposition": content_disposition(filename)})


def content_disposition(filename: str) -> str:
    """`inline` with the file name as RFC 6266 says: an ASCII `filename` for old clients, and the exact name
    in UTF-8 as `filename*` (RFC 5987). A header carries Latin-1 at most, and no control characters or quotes
    unescaped; a document id can hold any printable character."""
    fallback = "".join(
        character if " " <= character <= "~" and character not in '"\\' else "_" for character in filename
    )
    return f"inline; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='!#$&+-.^_`|~')}"


def require_admin(request: Request, app: Diplograph) -> None:
    """Writes over HTTP need `Authorization: Bearer <admin_token>`; without a configured token there are none."""
    token = app.settings.admin_token
    if not token:
        raise AccessDenied(
            "deleting documents over HTTP is disabled: set an admin token (DIPLOGRAPH_ADMIN_TOKEN) on the server, "
            "or use `diplograph documents delete ID` beside the store"
        )
    scheme, _, sent = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(sent.strip().encode(), token.encode()):
        raise AccessDenied("deleting a document needs the admin token: send 'Authorization: Bearer <token>'")
