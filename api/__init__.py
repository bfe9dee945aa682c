"""The FastAPI service: SPARQL endpoint, who-met-whom, paths, actors, exports."""
