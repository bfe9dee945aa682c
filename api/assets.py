"""The browser's files, all installed with the package: the explorer's bundle and the assets of the API
docs, built from web/ by the install step (`make`, which runs npm ci and web/build.mjs) into api/static/.
Nothing is fetched from another site when a page is shown."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"
STATIC_URL = "/static"
EXPLORER_INDEX = STATIC / "explorer" / "index.html"
SWAGGER_UI = STATIC / "swagger-ui"
REDOC = STATIC / "redoc"

NOT_BUILT = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>diplograph: {what} not built</title>
</head><body style="font-family: sans-serif; max-width: 44rem; margin: 3rem auto">
<h1>{what} is not built</h1>
<p>The browser files are built when diplograph is installed with <code>make run</code> (or <code>make test</code>):
it runs <code>npm ci</code> and <code>node build.mjs</code> in <code>web/</code> with the Node.js that the
<code>explorer</code> extra installs, and writes <code>{folder}</code>.</p>
<p>The API itself works: <a href="/openapi.json">/openapi.json</a>, <a href="/sparql">/sparql</a>,
<a href="/actors">/actors</a>.</p></body></html>"""


def built(path: Path) -> bool:
    return path.is_file() if path.suffix else path.is_dir()


def not_built(what: str) -> HTMLResponse:
    return HTMLResponse(NOT_BUILT.format(what=what, folder=STATIC), status_code=503)


def mount_static(app: FastAPI) -> None:
    """Serve api/static/ at /static (answers 404 until it is built; the pages say how to build it)."""
    app.mount(STATIC_URL, StaticFiles(directory=STATIC, check_dir=False), name="static")
