"""/docs (Swagger UI) and /redoc with their assets served from this server (api/static/), never a CDN, so
they render on a machine without internet. The app is made with FastAPI's own docs routes turned off."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse

from .assets import REDOC, STATIC_URL, SWAGGER_UI, built, not_built

router = APIRouter(include_in_schema=False)
OPENAPI_URL = "/openapi.json"
OAUTH2_REDIRECT_URL = "/docs/oauth2-redirect"


@router.get("/docs")
async def swagger_ui() -> HTMLResponse:
    if not built(SWAGGER_UI / "swagger-ui-bundle.js"):
        return not_built("The API docs page")
    return get_swagger_ui_html(
        openapi_url=OPENAPI_URL,
        title="diplograph API",
        swagger_js_url=f"{STATIC_URL}/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url=f"{STATIC_URL}/swagger-ui/swagger-ui.css",
        swagger_favicon_url=f"{STATIC_URL}/swagger-ui/favicon-32x32.png",
        oauth2_redirect_url=OAUTH2_REDIRECT_URL,
        swagger_ui_parameters={"validatorUrl": None},  # else Swagger UI sends the schema to an online validator
    )


@router.get(OAUTH2_REDIRECT_URL)
async def swagger_ui_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@router.get("/redoc")
async def redoc() -> HTMLResponse:
    if not built(REDOC / "redoc.standalone.js"):
        return not_built("The API reference page")
    return get_redoc_html(
        openapi_url=OPENAPI_URL,
        title="diplograph API",
        redoc_js_url=f"{STATIC_URL}/redoc/redoc.standalone.js",
        redoc_favicon_url=f"{STATIC_URL}/swagger-ui/favicon-32x32.png",
        with_google_fonts=False,
    )
