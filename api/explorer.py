"""The explorer at `/`: a page over the API's own routes (web/ is its source, api/static/explorer/ its
bundle), and the two small JSON routes it needs besides the others: the relation vocabulary (to colour
events by class) and a document's sentences (to show an event's sentence in its document)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel, Field

from diplograph.graph.sentences import document_sentences
from diplograph.ontology.terms import relation_terms

from .assets import EXPLORER_INDEX, built, not_built
from .dependencies import FrontDoor
from .problems import problem_responses

router = APIRouter()


@router.get("/", include_in_schema=False, response_model=None)
async def explorer() -> FileResponse | HTMLResponse:
    if not built(EXPLORER_INDEX):
        return not_built("The explorer")
    return FileResponse(EXPLORER_INDEX, media_type="text/html", headers={"Cache-Control": "no-cache"})


class RelationTerm(BaseModel):
    name: str = Field(description="the relation's name, as in `relation=` filters and events")
    plover: str = Field(description="its event class after PLOVER: CONSULT, COOPERATE, THREATEN ...")
    cameo: str = Field(description="the nearest CAMEO code")
    symmetric: bool = Field(description="'A rel B' also means 'B rel A'")


@router.get("/vocabulary", response_model=list[RelationTerm], tags=["actors"],
            summary="The relations events can have, with their PLOVER class and CAMEO code")
async def vocabulary() -> list[RelationTerm]:
    return [RelationTerm(name=term.name, plover=term.plover_class, cameo=term.cameo_code, symmetric=term.symmetric)
            for term in sorted(relation_terms().values(), key=lambda term: term.name)]


class Sentence(BaseModel):
    model_config = {"from_attributes": True}

    start: int = Field(description="character offset of the sentence in its document")
    end: int
    text: str


@router.get("/sentences", response_model=list[Sentence], tags=["catalogue"],
            summary="A document's sentences that state events, in the order of its text",
            responses=problem_responses(404))
def sentences(
    app: FrontDoor,
    document: Annotated[str, Query(description="the document's id, as listed by GET /documents")],
) -> list[Sentence]:
    return [Sentence.model_validate(sentence) for sentence in document_sentences(app.store, document)]
