"""Extraction -> RDF, the stores, the NetworkX view and the exports."""
