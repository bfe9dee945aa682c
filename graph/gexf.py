"""The view as GEXF 1.3 for Gephi, with a timeline: one edge per (source, target, relation), each event a spell.

Written with xml.etree rather than networkx.write_gexf, which writes GEXF 1.3 that its own grammar
rejects (an empty graph name attribute, a mistyped xsi namespace, timeformat "long", z="None").
tests/test_gexf.py checks the output against the RELAX NG grammar with jing.
"""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from .timeline import RelationEdge, degrees, relation_edges

GEXF_VERSION = "1.3"
GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
ALIAS_SEPARATOR = "; "

# Gephi's default palette, one colour per actor type; grey for actors of unknown type.
TYPE_COLOURS: dict[str | None, tuple[int, int, int]] = {
    "Person": (66, 133, 244),
    "Country": (219, 68, 55),
    "Organization": (244, 180, 0),
    "Group": (15, 157, 88),
    "Role": (171, 71, 188),
    None: (153, 153, 153),
}
NODE_ATTRIBUTES = [("type", "string"), ("state", "string"), ("degree", "integer"), ("aliases", "string")]
EDGE_ATTRIBUTES = [
    ("relation", "string"),
    ("first", "string"),
    ("last", "string"),
    ("modalities", "string"),
    ("places", "string"),
    ("documents", "integer"),
]

ET.register_namespace("", GEXF_NS)
ET.register_namespace("viz", VIZ_NS)


def gexf_tree(view: nx.MultiDiGraph, description: str = "diplomatic actors and events") -> ET.ElementTree:
    edges = relation_edges(view)
    degree = degrees(edges)
    # No xsi:schemaLocation: the 1.3 grammar does not allow it on <gexf>.
    root = ET.Element(f"{{{GEXF_NS}}}gexf", {"version": GEXF_VERSION})
    meta = ET.SubElement(root, _g("meta"), {"lastmodifieddate": dt.date.today().isoformat()})
    ET.SubElement(meta, _g("creator")).text = "diplograph"
    ET.SubElement(meta, _g("description")).text = description
    graph = ET.SubElement(root, _g("graph"), {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date"})
    _declare(graph, "node", NODE_ATTRIBUTES)
    _declare(graph, "edge", EDGE_ATTRIBUTES)

    nodes = ET.SubElement(graph, _g("nodes"), {"count": str(view.number_of_nodes())})
    for node, data in sorted(view.nodes(data=True)):
        element = ET.SubElement(nodes, _g("node"), {"id": node, "label": data["label"]})
        _values(
            element,
            {
                "type": data.get("type"),
                "state": data.get("country"),
                "degree": degree.get(node, 0),
                "aliases": ALIAS_SEPARATOR.join(data.get("aliases", ())),
            },
        )
        red, green, blue = TYPE_COLOURS.get(data.get("type"), TYPE_COLOURS[None])
        ET.SubElement(element, _v("color"), {"r": str(red), "g": str(green), "b": str(blue)})
        ET.SubElement(element, _v("size"), {"value": str(10 + 2 * degree.get(node, 0))})

    edges_element = ET.SubElement(graph, _g("edges"), {"count": str(len(edges))})
    for edge in edges:
        _edge(edges_element, edge)
    ET.indent(root)
    return ET.ElementTree(root)


def _edge(parent: ET.Element, edge: RelationEdge) -> None:
    element = ET.SubElement(
        parent,
        _g("edge"),
        {
            "id": edge.id,
            "source": edge.source,
            "target": edge.target,
            "kind": edge.relation,
            "label": edge.relation,
            "weight": str(float(edge.weight)),
        },
    )
    _values(
        element,
        {
            "relation": edge.relation,
            "first": edge.dates[0] if edge.dates else None,
            "last": edge.dates[-1] if edge.dates else None,
            "modalities": ", ".join(edge.modalities),
            "places": ALIAS_SEPARATOR.join(edge.places),
            "documents": len(edge.documents),
        },
    )
    if edge.dates:  # an edge without spells exists throughout the timeline
        spells = ET.SubElement(element, _g("spells"))
        for date in edge.dates:
            ET.SubElement(spells, _g("spell"), {"start": date, "end": date})
    ET.SubElement(element, _v("thickness"), {"value": str(float(edge.weight))})


def write_gexf(view: nx.MultiDiGraph, path_or_file: str | Path | BinaryIO) -> None:
    gexf_tree(view).write(path_or_file, encoding="utf-8", xml_declaration=True)


def gexf_bytes(view: nx.MultiDiGraph) -> bytes:
    body = io.BytesIO()
    gexf_tree(view).write(body, encoding="utf-8", xml_declaration=True)
    return body.getvalue()


def _declare(graph: ET.Element, kind: str, attributes: list[tuple[str, str]]) -> None:
    declared = ET.SubElement(graph, _g("attributes"), {"class": kind, "mode": "static"})
    for name, attribute_type in attributes:
        ET.SubElement(declared, _g("attribute"), {"id": name, "title": name, "type": attribute_type})


def _values(element: ET.Element, values: dict[str, object]) -> None:
    present = {name: value for name, value in values.items() if value is not None and value != ""}
    if not present:
        return
    attvalues = ET.SubElement(element, _g("attvalues"))
    for name, value in present.items():
        ET.SubElement(attvalues, _g("attvalue"), {"for": name, "value": str(value)})


def _g(tag: str) -> str:
    return f"{{{GEXF_NS}}}{tag}"


def _v(tag: str) -> str:
    return f"{{{VIZ_NS}}}{tag}"
