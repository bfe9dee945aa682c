"""The ingest stage: documents in, Extractions out (spaCy). No RDF, no store I/O."""
