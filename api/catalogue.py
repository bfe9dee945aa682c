"""What is in the store: the documents and the totals."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends

from .dependencies import Services, services
from .schemas import Document, Stats

router = APIRouter(tags=["catalogue"])
App = Annotated[Services, Depends(services)]


@router.get("/documents", response_model=list[Document], summary="The ingested documents")
def list_documents(app: App) -> list[Document]:
    return [Document(**asdict(document)) for document in app.store.documents()]


@router.get("/stats", response_model=Stats, summary="Triples, actors, events and documents in the store")
def stats(app: App) -> Stats:
    view = app.views.get()
    return Stats(
        triples=app.store.triple_count(),
        actors=view.number_of_nodes(),
        events=view.number_of_edges(),
        documents=len(app.store.documents()),
        revision=app.store.revision(),
    )
