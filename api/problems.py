"""The one place that maps errors to HTTP: application/problem+json bodies, never a stack trace."""

from __future__ import annotations

import logging
import math
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from diplograph.errors import (
    AccessDenied,
    ActorNotFound,
    ConfigurationError,
    CorrectionRefused,
    DiplographError,
    InputError,
    NoPath,
    NotAcceptable,
    NotFound,
    QueryError,
    QueryRefused,
    QueryTimeout,
    RequestTooLarge,
    ResultTooLarge,
    StoreError,
    TooMuchWork,
    UnknownRelation,
    UnsupportedMediaType,
)

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "https://w3id.org/diplograph/problems/"

logger = logging.getLogger("diplograph.api")

# Looked up along the exception's class hierarchy: the most specific entry wins.
STATUS_AND_TITLE: dict[type[DiplographError], tuple[int, str]] = {
    ActorNotFound: (404, "Actor not found"),
    NoPath: (404, "No path between the actors"),
    NotFound: (404, "Not found"),
    QueryRefused: (403, "Query refused"),
    AccessDenied: (403, "Access denied"),
    QueryTimeout: (503, "Query timed out"),
    NotAcceptable: (406, "Not acceptable"),
    UnsupportedMediaType: (415, "Unsupported media type"),
    RequestTooLarge: (413, "Request too large"),
    ResultTooLarge: (422, "Result too large"),
    CorrectionRefused: (409, "Identity correction refused"),
    TooMuchWork: (422, "Too much work: narrow the request"),
    UnknownRelation: (422, "Unknown relation"),
    QueryError: (400, "Malformed query"),
    InputError: (400, "Unreadable input"),
    StoreError: (503, "Store unavailable"),
    ConfigurationError: (500, "Server misconfigured"),
    DiplographError: (500, "Internal error"),
}


PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "RFC 9457 problem details",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "description": "a URI naming the kind of problem"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string", "description": "what went wrong with this request and what to do"},
    },
}
_DESCRIPTIONS = {
    400: "malformed request (the detail says where)",
    403: "refused (updates without the admin token, SERVICE, LOAD)",
    404: "no such actor, path or route",
    406: "no acceptable format for this result",
    413: "a request body larger than the server reads (max_upload_bytes)",
    415: "a request body in a media type the endpoint cannot read",
    422: "invalid parameters, or a request that would do too much work (the detail says what to narrow)",
    503: "the query ran past the timeout, or the store is unavailable",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries documenting errors as application/problem+json."""
    return {
        status: {
            "description": _DESCRIPTIONS.get(status, "error"),
            "content": {
                PROBLEM_MEDIA_TYPE: {
                    "schema": PROBLEM_SCHEMA,
                    "example": {
                        "type": PROBLEM_BASE + "example",
                        "title": _HTTP_TITLES.get(status, "Problem"),
                        "status": status,
                        "detail": _DESCRIPTIONS.get(status, "error"),
                    },
                }
            },
        }
        for status in statuses
    }


def problem(status: int, title: str, detail: str, kind: str) -> JSONResponse:
    body = {"type": PROBLEM_BASE + kind, "title": title, "status": status, "detail": detail}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE)


def problem_for(error: DiplographError) -> JSONResponse:
    for cls in type(error).__mro__:
        if cls in STATUS_AND_TITLE:
            status, title = STATUS_AND_TITLE[cls]
            response = problem(status, title, public_detail(error), _kebab(cls.__name__))
            retry_after = getattr(error, "retry_after", None)
            if retry_after is not None:
                response.headers["Retry-After"] = str(max(1, math.ceil(retry_after)))
            return response
    raise AssertionError("DiplographError is always in the table")  # pragma: no cover


def public_detail(error: DiplographError) -> str:
    """What a client may read: a store's failure names its directory or its server, which are the operator's
    business; those go to the server log, and the client is told what it can do."""
    if isinstance(error, StoreError) and not getattr(error, "public", False):
        logger.warning("store error: %s", error)
        return "the store could not answer this request (the server log says why); retry later"
    return str(error)


def install_problem_handlers(app: FastAPI) -> None:
    async def diplograph_error(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, DiplographError)
        return problem_for(error)

    async def http_error(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, StarletteHTTPException)
        title = _HTTP_TITLES.get(error.status_code, "HTTP error")
        return problem(error.status_code, title, str(error.detail), _kebab(title))

    async def invalid_request(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, RequestValidationError)
        details = "; ".join(f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors())
        return problem(422, "Invalid request", details, "invalid-request")

    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        # The trace goes to the server log, never to the client.
        logger.exception("unexpected error answering %s %s", request.method, request.url.path)
        return problem(500, "Internal error", "an unexpected error occurred; see the server log", "internal")

    app.add_exception_handler(DiplographError, diplograph_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(Exception, unexpected)


_HTTP_TITLES = {
    400: "Bad request",
    403: "Forbidden",
    422: "Invalid request",
    503: "Service unavailable",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    413: "Request too large",
    415: "Unsupported media type",
}


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).replace(" ", "-").lower().replace("--", "-")
