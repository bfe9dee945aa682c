"""Extraction -> RDF, the stores, the NetworkX view and the exports.

Each room is its own module or package (docs/architecture.md); import from them, or use the front door,
`diplograph.Diplograph`, which offers every operation as a method.
"""
