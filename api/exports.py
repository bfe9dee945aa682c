"""The graph as files for other tools."""

from __future__ import annotations

import io
from typing import Annotated

import networkx as nx
from fastapi import APIRouter, Depends, Response

from diplograph.graph.gexf import write_gexf

from .dependencies import current_view

router = APIRouter(tags=["exports"])
GEXF_MEDIA_TYPE = "application/gexf+xml"


@router.get(
    "/export/graph.gexf",
    response_class=Response,
    responses={200: {"content": {GEXF_MEDIA_TYPE: {}}}},
    summary="The actor graph as GEXF, for Gephi",
)
def export_gexf(view: Annotated[nx.MultiDiGraph, Depends(current_view)]) -> Response:
    buffer = io.BytesIO()
    write_gexf(view, buffer)
    return Response(
        buffer.getvalue(),
        media_type=GEXF_MEDIA_TYPE,
        headers={"Content-Disposition": 'attachment; filename="graph.gexf"'},
    )
