"""The view as Gephi's spreadsheet import: a nodes table and an edges table (CSV), with a Timeset per edge."""

from __future__ import annotations

import csv
import io

import networkx as nx

from .timeline import degrees, relation_edges

NODE_COLUMNS = ["Id", "Label", "Type", "State", "Degree", "Aliases"]
EDGE_COLUMNS = ["Source", "Target", "Type", "Kind", "Label", "Weight", "Timeset", "Modalities", "Places"]


def nodes_csv(view: nx.MultiDiGraph) -> str:
    degree = degrees(relation_edges(view))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(NODE_COLUMNS)
    for node, data in sorted(view.nodes(data=True)):
        writer.writerow(
            [
                node,
                data["label"],
                data.get("type") or "",
                data.get("country") or "",
                degree.get(node, 0),
                "; ".join(data.get("aliases", ())),
            ]
        )
    return buffer.getvalue()


def edges_csv(view: nx.MultiDiGraph) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EDGE_COLUMNS)
    for edge in relation_edges(view):
        writer.writerow(
            [
                edge.source,
                edge.target,
                "Directed",
                edge.relation,
                edge.relation,
                edge.weight,
                timeset(edge.dates),
                ", ".join(edge.modalities),
                "; ".join(edge.places),
            ]
        )
    return buffer.getvalue()


def timeset(dates: tuple[str, ...]) -> str:
    """Gephi's interval set: each event a one-day interval, '<[2022-02-15, 2022-02-15]; [...]>'; '' if undated."""
    if not dates:
        return ""
    return "<" + "; ".join(f"[{date}, {date}]" for date in dates) + ">"
