"""Events folded into one edge per (source, target, relation): how many events, and the days they happened on.

Reports of the same relation from one actor to another on the same day are one event (as in the knowledge
graph, graph/event_identity.py): the weight counts events, `reports` every report of them."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx


@dataclass(frozen=True)
class RelationEdge:
    """Every event of one relation from one actor to another: Gephi's edge with kind = relation."""

    source: str
    target: str
    relation: str
    weight: int  # the number of events (`events_in`)
    dates: tuple[str, ...]  # ISO dates of the dated events, sorted, each day once
    modalities: tuple[str, ...]  # distinct, sorted
    places: tuple[str, ...]  # distinct, sorted
    documents: tuple[str, ...]  # distinct, sorted
    reports: int = 0  # every report of these events

    @property
    def id(self) -> str:
        return f"{self.source}|{self.relation}|{self.target}"


def relation_edges(view: nx.MultiDiGraph) -> list[RelationEdge]:
    grouped: dict[tuple[str, str, str], list[dict[str, object]]] = {}
    for source, target, data in view.edges(data=True):
        grouped.setdefault((source, target, str(data["relation"])), []).append(data)
    return [
        RelationEdge(
            source=source,
            target=target,
            relation=relation,
            weight=events_in(events),
            dates=tuple(sorted({str(event["date"]) for event in events if event.get("date")})),
            modalities=tuple(sorted({str(event["modality"]) for event in events})),
            places=tuple(sorted({str(event["place"]) for event in events if event.get("place")})),
            documents=tuple(sorted({str(event["document"]) for event in events})),
            reports=len(events),
        )
        for (source, target, relation), events in sorted(grouped.items())
    ]


def events_in(reports: list[dict[str, object]]) -> int:
    """How many events reports of one relation from one actor to another tell of: the knowledge graph's events
    they are reports of (graph/view/identity.py); for a report without one, one per day, and an undated
    report is one of its own."""
    return (len({report["event"] for report in reports if report.get("event")})
            + len({report["date"] for report in reports if not report.get("event") and report.get("date")})
            + sum(1 for report in reports if not report.get("event") and not report.get("date")))


def degrees(edges: list[RelationEdge]) -> dict[str, int]:
    """Distinct neighbours of each actor over the folded edges, in either direction."""
    neighbours: dict[str, set[str]] = {}
    for edge in edges:
        neighbours.setdefault(edge.source, set()).add(edge.target)
        neighbours.setdefault(edge.target, set()).add(edge.source)
    return {node: len(found) for node, found in neighbours.items()}
