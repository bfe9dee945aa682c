"""The ingest stage: documents in, Extractions out (spaCy). No RDF; run.py hands Extractions to a store it is given."""
