"""The FastAPI service: SPARQL endpoint, who-met-whom, paths, actors, exports."""

from diplograph.api.app import create_app

__all__ = ["create_app"]
