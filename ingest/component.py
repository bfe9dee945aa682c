"""The extractor as a spaCy pipeline component: ``nlp.add_pipe("diplograph")``, results on ``doc._``.

Usable outside diplograph: set ``doc._.document_date`` (a datetime.date) before the component
runs, or pass it through ``nlp.pipe`` context, to resolve relative dates ("on Tuesday").
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.ingest.extract import ExtractionRules
from diplograph.ingest.records import extraction_records
from diplograph.model import Document

for _name, _default in (("diplograph", None), ("document_date", None), ("document_id", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Doc.has_extension("diplograph_relations"):
    Doc.set_extension("diplograph_relations",
                      getter=lambda doc: extraction_records(doc._.diplograph) if doc._.diplograph else [])


class DiplographComponent:
    """Attaches an Extraction (actors and events) to each Doc as ``doc._.diplograph``."""

    def __init__(self, nlp: Language, name: str = "diplograph") -> None:
        missing = {"parser", "ner"} - set(nlp.pipe_names)
        if missing:
            raise ValueError(f"the diplograph component needs a pipeline with {', '.join(sorted(missing))}; "
                             f"{nlp.meta.get('name', 'this pipeline')} has {', '.join(nlp.pipe_names)}")
        self.name = name
        self.rules = ExtractionRules.for_pipeline(nlp)

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.document_date
        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        document = Document(id=doc._.document_id or "doc", text=doc.text, date=date)
        doc._.diplograph = self.rules.extract_doc(doc, document)
        return doc


@Language.factory("diplograph")
def create_diplograph_component(nlp: Language, name: str) -> DiplographComponent:
    return DiplographComponent(nlp, name)
