"""The one place that maps errors to HTTP: application/problem+json bodies, never a stack trace."""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from diplograph.errors import (
    ActorNotFound,
    ConfigurationError,
    DiplographError,
    InputError,
    NoPath,
    NotFound,
    QueryError,
    QueryRefused,
    QueryTimeout,
    StoreError,
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
    QueryTimeout: (503, "Query timed out"),
    QueryError: (400, "Malformed query"),
    InputError: (400, "Unreadable input"),
    StoreError: (503, "Store unavailable"),
    ConfigurationError: (500, "Server misconfigured"),
    DiplographError: (500, "Internal error"),
}


def problem(status: int, title: str, detail: str, kind: str) -> JSONResponse:
    body = {"type": PROBLEM_BASE + kind, "title": title, "status": status, "detail": detail}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE)


def problem_for(error: DiplographError) -> JSONResponse:
    for cls in type(error).__mro__:
        if cls in STATUS_AND_TITLE:
            status, title = STATUS_AND_TITLE[cls]
            return problem(status, title, str(error), _kebab(cls.__name__))
    raise AssertionError("DiplographError is always in the table")  # pragma: no cover


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
        details = "; ".join(
            f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors()
        )
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
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    415: "Unsupported media type",
}


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).replace(" ", "-").lower().replace("--", "-")
