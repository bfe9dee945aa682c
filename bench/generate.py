"""A synthetic store for the benchmarks: N events among a realistic actor population, bulk-loaded into Oxigraph.

The data is what ingest would write, in the same RDF shape as graph/rdf.py: one named graph per
document (--events-per-document events each) with its actors, places, sentences and events, and one
catalogue entry per document. Actors are states, persons who belong to a state (with a surname
alias and a role) and organisations; who takes part in an event follows a Zipf-like law, so a few
actors are in very many events and most in few. Relations come from the ontology
(ontology.terms.relation_terms()), dates spread over ten years, most events have a place, and
modalities are mostly asserted.

The N-Quads are written directly, not through rdflib: graph.rdf.extraction_to_graph runs at tens of
thousands of triples a second, an hour for a million events. `--verify` checks that the direct writer
gives exactly the quads graph.rdf gives (extraction_to_graph + catalogue_entry) on a sample of
documents, so a change of shape in graph/rdf.py shows up here.

    .venv/bin/python bench/generate.py [--events 1000000] [--actors 2000] [--verify] [--keep-nquads]

The store lands in bench/.data/events-N/store with a manifest.json the other benchmarks read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from itertools import accumulate
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_EVENTS, store_dir, store_root  # noqa: E402

from diplograph.graph.event_identity import combine_reports, reports_of  # noqa: E402
from diplograph.graph.identity_graphs import fingerprint, is_current  # noqa: E402
from diplograph.graph.identity_rdf import event_triples  # noqa: E402
from diplograph.graph.rdf import nquads as rdf_nquads  # noqa: E402
from diplograph.graph.registry import Corrections, build_registry, registry_triples  # noqa: E402
from diplograph.graph.store import EmbeddedStore  # noqa: E402
from diplograph.model import Actor, ActorType, Document, Event, Evidence, Extraction, Modality  # noqa: E402
from diplograph.ontology.terms import (  # noqa: E402
    ACTORS_GRAPH,
    CATALOGUE,
    DIPL,
    EVENTS_GRAPH,
    actor_iri,
    document_graph_iri,
    place_iri,
    relation_terms,
)

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DCTERMS = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
EVENT_BASE = "https://w3id.org/diplograph/event/"
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = 3652  # ten years
ENCOUNTERS = ("meet", "call", "visit", "host")
MODALITY_WEIGHTS = {
    Modality.ASSERTED: 70, Modality.PLANNED: 10, Modality.REPORTED: 12, Modality.NEGATED: 5, Modality.HYPOTHETICAL: 3,
}
ROLES = ("president", "prime minister", "foreign minister", "defence minister", "ambassador", "envoy", "chancellor")
FILLERS = (
    "according to officials familiar with the talks",
    "the ministry said in a statement on its website",
    "in a move that surprised several diplomats in the region",
    "state media reported late in the evening",
    "after weeks of preparation by both delegations",
    "a spokesperson told reporters at a briefing",
)
SYLLABLES = ("ka", "lo", "mi", "ra", "ven", "tor", "sa", "dre", "an", "ol", "mar", "ni", "zek", "bel", "us", "ta",
             "ri", "gor", "ev", "lin", "do", "shi", "pa", "kov", "ter", "ju", "ban", "el", "qua", "sim")


# ---------------------------------------------------------------- the population and the events


def proper_name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def population(rng: random.Random, actors: int) -> list[Actor]:
    """States (about 8%), organisations (about 8%) and persons who belong to a state; names unique by slug."""
    states = max(2, actors * 8 // 100)
    organisations = max(1, actors * 8 // 100)
    persons = max(1, actors - states - organisations)
    seen: set[str] = set()

    def unique(make: Callable[[], str]) -> str:
        while True:
            name = make()
            slug = actor_iri(name)
            if slug not in seen:
                seen.add(slug)
                return name

    population: list[Actor] = []
    suffixes = ("ia", "land", "stan", "")
    state_names = [unique(lambda: proper_name(rng, rng.randint(2, 3)) + rng.choice(suffixes)) for _ in range(states)]
    population += [Actor(name=name, type=ActorType.COUNTRY) for name in state_names]
    kinds = ("Council", "Union", "Alliance", "Organisation", "Bank")
    for _ in range(organisations):
        name = unique(lambda: f"{proper_name(rng, 2)} {rng.choice(kinds)}")
        population.append(Actor(name=name, type=ActorType.ORGANIZATION, aliases=frozenset({name.split()[0]})))
    for _ in range(persons):
        surname = proper_name(rng, rng.randint(2, 3))
        name = unique(lambda s=surname: f"{proper_name(rng, 2)} {s}")
        population.append(Actor(
            name=name, type=ActorType.PERSON, aliases=frozenset({name.split()[-1]}),
            country=rng.choice(state_names), roles=frozenset({rng.choice(ROLES)}),
        ))
    return population


def zipf_cumulative(count: int, exponent: float) -> list[float]:
    return list(accumulate(1.0 / (rank + 1) ** exponent for rank in range(count)))


def extractions(args: argparse.Namespace) -> Iterator[Extraction]:
    """The synthetic documents with their events; deterministic for a seed."""
    rng = random.Random(args.seed)
    actors = population(rng, args.actors)
    by_degree = actors[:]  # the order of popularity: a shuffled population, so hubs are of every type
    rng.shuffle(by_degree)
    weights = zipf_cumulative(len(by_degree), args.zipf)
    by_name = {actor.name: actor for actor in actors}
    places = [f"{proper_name(rng, 2)} City" for _ in range(args.places)]
    relations = sorted(relation_terms())
    relation_weights = [4 if name in ENCOUNTERS else 1 for name in relations]
    modalities, modality_weights = list(MODALITY_WEIGHTS), list(MODALITY_WEIGHTS.values())

    documents = -(-args.events // args.events_per_document)
    made = 0
    for number in range(documents):
        date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        count = min(args.events_per_document, args.events - made)
        events, sentences, offset = [], [], 0
        for _ in range(count):
            source, target = rng.choices(by_degree, cum_weights=weights, k=2)
            while target is source:
                target = rng.choices(by_degree, cum_weights=weights)[0]
            relation = rng.choices(relations, weights=relation_weights)[0]
            place = rng.choice(places) if rng.random() < 0.6 else None
            event_date = date - dt.timedelta(days=rng.randrange(3)) if rng.random() < 0.95 else None
            where = f" in {place}" if place else ""
            sentence = f"{source.name} {relation}s {target.name}{where}, {rng.choice(FILLERS)}."
            sentences.append(sentence)
            events.append(Event(
                relation=relation, source=source.name, target=target.name,
                modality=rng.choices(modalities, weights=modality_weights)[0],
                evidence=Evidence(sentence=sentence, start=offset, end=offset + len(sentence)),
                date=event_date, place=place, confidence=round(rng.uniform(0.3, 0.99), 2),
            ))
            offset += len(sentence) + 1
        made += count
        involved = {name for event in events for name in (event.source, event.target)}
        document = Document(
            id=f"synthetic-{number:07d}", text=" ".join(sentences), date=date, source="bench",
            title=f"Synthetic report {number}",
        )
        yield Extraction(document=document, actors=tuple(by_name[name] for name in sorted(involved)),
                         events=tuple(events))


# ---------------------------------------------------------------- the N-Quads writer (the shape of graph/rdf.py)


def literal(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


class QuadWriter:
    """Writes an Extraction as N-Quads, quad for quad what graph.rdf.extraction_to_graph and catalogue_entry give."""

    ACTOR_CLASSES = {ActorType.PERSON: "Person", ActorType.COUNTRY: "State", ActorType.ORGANIZATION: "Organization",
                     ActorType.GROUP: "Group", ActorType.ROLE: "Role"}
    UNREALISED = frozenset({Modality.NEGATED, Modality.HYPOTHETICAL})

    def __init__(self) -> None:
        self.dipl = str(DIPL)
        self.terms = {name: (f"<{term.event_class}>", f"<{term.direct_property}>")
                      for name, term in relation_terms().items()}
        self.actor_iris: dict[str, str] = {}
        self.place_iris: dict[str, str] = {}

    def actor(self, name: str) -> str:
        found = self.actor_iris.get(name)
        if found is None:
            found = self.actor_iris[name] = f"<{actor_iri(name)}>"
        return found

    def place(self, name: str) -> str:
        found = self.place_iris.get(name)
        if found is None:
            found = self.place_iris[name] = f"<{place_iri(name)}>"
        return found

    def write(self, extraction: Extraction) -> str:
        d, document = self.dipl, extraction.document
        doc = f"<{document_graph_iri(document.id)}>"
        g = f" {doc} .\n"
        lines: list[str] = []
        add = lines.append
        known = {actor.name for actor in extraction.actors}
        for actor in extraction.actors:
            subject = self.actor(actor.name)
            add(f"{subject} <{RDF_TYPE}> <{d}{self.ACTOR_CLASSES[actor.type]}>{g}")
            add(f"{subject} <{RDFS_LABEL}> {literal(actor.name)}{g}")
            for alias in actor.aliases:
                if alias != actor.name:
                    add(f"{subject} <{SKOS_ALT}> {literal(alias)}{g}")
            for role in actor.roles:
                add(f"{subject} <{d}role> {literal(role)}{g}")
            if actor.country:
                state = self.actor(actor.country)
                add(f"{subject} <{d}state> {state}{g}")
                if actor.country not in known:
                    add(f"{state} <{RDF_TYPE}> <{d}State>{g}")
                    add(f"{state} <{RDFS_LABEL}> {literal(actor.country)}{g}")
        for event in extraction.events:
            event_class, direct = self.terms[event.relation]
            key = "\x1f".join([document.id, event.relation, event.source, event.target, str(event.evidence.start)])
            subject = f"<{EVENT_BASE}{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}>"
            source, target = self.actor(event.source), self.actor(event.target)
            add(f"{subject} <{RDF_TYPE}> {event_class}{g}")
            add(f"{subject} <{d}relation> {literal(event.relation)}{g}")
            add(f"{subject} <{d}source> {source}{g}")
            add(f"{subject} <{d}target> {target}{g}")
            if event.date:
                add(f'{subject} <{d}date> "{event.date.isoformat()}"^^<{XSD}date>{g}')
            else:
                add(f'{subject} <{d}dateUnknown> "true"^^<{XSD}boolean>{g}')
            if event.place:
                place = self.place(event.place)
                add(f"{subject} <{d}place> {place}{g}")
                add(f"{place} <{RDF_TYPE}> <{d}Place>{g}")
                add(f"{place} <{RDFS_LABEL}> {literal(event.place)}{g}")
            add(f"{subject} <{d}modality> <{d}{event.modality.value}>{g}")
            confidence = Decimal(str(round(event.confidence, 4)))
            add(f'{subject} <{d}confidence> "{confidence}"^^<{XSD}decimal>{g}')
            evidence = event.evidence
            sentence = f"<{doc[1:-1]}/sentence/{evidence.start}-{evidence.end}>"
            add(f"{sentence} <{RDF_TYPE}> <{d}Sentence>{g}")
            add(f"{sentence} <{d}text> {literal(evidence.sentence)}{g}")
            add(f'{sentence} <{d}start> "{evidence.start}"^^<{XSD}integer>{g}')
            add(f'{sentence} <{d}end> "{evidence.end}"^^<{XSD}integer>{g}')
            add(f"{sentence} <{d}document> {doc}{g}")
            add(f"{subject} <{d}sentence> {sentence}{g}")
            add(f"{subject} <{d}document> {doc}{g}")
            if event.modality not in self.UNREALISED:
                add(f"{source} {direct} {target}{g}")
        c = f" <{CATALOGUE}> .\n"
        add(f"{doc} <{RDF_TYPE}> <{d}Document>{c}")
        add(f"{doc} <{d}documentId> {literal(document.id)}{c}")
        add(f"{doc} <{d}contentHash> {literal(document.content_hash)}{c}")
        if document.title:
            add(f"{doc} <{DCTERMS}title> {literal(document.title)}{c}")
        if document.source:
            add(f"{doc} <{DCTERMS}source> {literal(document.source)}{c}")
        if document.date:
            add(f'{doc} <{DCTERMS}date> "{document.date.isoformat()}"^^<{XSD}date>{c}')
        return "".join(lines)


# ---------------------------------------------------------------- checking the shape against graph/rdf.py


def quads_of(data: str) -> set[ox.Quad]:
    return set(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def rdflib_quads(extraction: Extraction) -> set[ox.Quad]:
    """The quads graph/rdf.py writes for the extraction: its named graph and its catalogue entry."""
    from diplograph.graph.rdf import catalogue_entry, extraction_to_graph

    found: set[ox.Quad] = set()
    for graph in (extraction_to_graph(extraction), catalogue_entry(extraction.document)):
        name = ox.NamedNode(str(graph.identifier))
        for triple in ox.parse(graph.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES):
            found.add(ox.Quad(triple.subject, triple.predicate, triple.object, name))
    return found


def shape(quads: set[ox.Quad]) -> tuple[set[str], set[str]]:
    predicates = {quad.predicate.value for quad in quads}
    classes = {quad.object.value for quad in quads if quad.predicate.value == RDF_TYPE}
    return predicates, classes


def verify(args: argparse.Namespace, documents: int = 40) -> bool:
    """Both writers on the same sample: the same quads exactly (and so the same predicates and classes)."""
    writer = QuadWriter()
    ours: set[ox.Quad] = set()
    theirs: set[ox.Quad] = set()
    for number, extraction in enumerate(extractions(args)):
        if number == documents:
            break
        ours |= quads_of(writer.write(extraction))
        theirs |= rdflib_quads(extraction)
    (our_predicates, our_classes), (their_predicates, their_classes) = shape(ours), shape(theirs)
    print(f"verify: {documents} documents, {len(ours)} quads written directly, {len(theirs)} through graph.rdf")
    print(f"verify: predicates {'the same' if our_predicates == their_predicates else 'DIFFER'} "
          f"({len(our_predicates)}), classes {'the same' if our_classes == their_classes else 'DIFFER'} "
          f"({len(our_classes)}), quads {'identical' if ours == theirs else 'DIFFER'}")
    for label, missing in (("only graph.rdf writes", theirs - ours), ("only the generator writes", ours - theirs)):
        for quad in sorted(missing, key=str)[:5]:
            print(f"  {label}: {quad}")
    return ours == theirs


# ---------------------------------------------------------------- main


class _Revision:
    """What `fingerprint` reads of a store, its revision, known here before the store exists."""

    def __init__(self, value: str) -> None:
        self.value = value

    def revision(self) -> str:
        return self.value


def catalogue_revision(extractions: list[Extraction]) -> str:
    """The revision the store will have (graph/store/contract.py's Store.revision: the catalogue's digest)."""
    digest = hashlib.sha256()
    pairs = sorted((str(document_graph_iri(e.document.id)), e.document.content_hash) for e in extractions)
    for document, content_hash in pairs:
        digest.update(f"{document}\x1f{content_hash}\x1e".encode())
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS, help="events in the store")
    parser.add_argument("--actors", type=int, default=2000, help="actors in the population")
    parser.add_argument("--places", type=int, default=300, help="distinct places")
    parser.add_argument("--events-per-document", type=int, default=10, help="events per document (named graph)")
    parser.add_argument("--zipf", type=float, default=1.0, help="exponent of the actors' popularity law")
    parser.add_argument("--seed", type=int, default=6, help="random seed (the same seed gives the same store)")
    parser.add_argument("--out", type=Path, help="directory for the store, N-Quads and manifest "
                        "(default bench/.data/events-N)")
    parser.add_argument("--verify", action="store_true", help="first check the shape against graph/rdf.py")
    parser.add_argument("--keep-nquads", action="store_true", help="keep data.nq after loading (rdflib reads it)")
    parser.add_argument("--force", action="store_true", help="replace an existing store")
    args = parser.parse_args()

    if args.verify and not verify(args):
        sys.exit("the generator's shape differs from graph/rdf.py: update QuadWriter before benchmarking")
    root = args.out or store_root(args.events)
    store_path = root / "store" if args.out else store_dir(args.events)
    if store_path.exists():
        if not args.force:
            sys.exit(f"{store_path} exists; pass --force to replace it")
        shutil.rmtree(store_path)
    root.mkdir(parents=True, exist_ok=True)
    nquads = root / "data.nq"

    start = time.perf_counter()
    writer = QuadWriter()
    degree: Counter[str] = Counter()
    encounter_degree: Counter[str] = Counter()
    sample_events: list[str] = []
    lines = documents = 0
    kept: list[Extraction] = []  # for the knowledge graph, computed from them after the load
    with open(nquads, "w", encoding="utf-8") as out:
        for extraction in extractions(args):
            kept.append(extraction)
            text = writer.write(extraction)
            out.write(text)
            lines += text.count("\n")
            documents += 1
            for event in extraction.events:
                degree[event.source] += 1
                degree[event.target] += 1
                if event.relation in ENCOUNTERS:
                    encounter_degree[event.source] += 1
                    encounter_degree[event.target] += 1
            if len(sample_events) < 100:
                first = extraction.events[0]
                key = "\x1f".join([extraction.document.id, first.relation, first.source, first.target,
                                   str(first.evidence.start)])
                sample_events.append(EVENT_BASE + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24])
            if documents % 10_000 == 0:
                print(f"  {documents:,} documents, {lines:,} quads, {time.perf_counter() - start:.0f} s", flush=True)
    generated = time.perf_counter() - start
    print(f"generated {args.events:,} events in {documents:,} documents: {lines:,} quads, "
          f"{nquads.stat().st_size / 2**30:.2f} GiB of N-Quads in {generated:.1f} s")

    # The knowledge graph, as the front door computes it after an ingest (graph/identity_graphs.py), from the
    # extractions in hand rather than read back, written into the same N-Quads before the one bulk load (a
    # fresh store: nothing to compare with, and rewriting by difference would hold every quad twice in memory).
    start = time.perf_counter()
    registry = build_registry(kept)
    events = combine_reports(reports_of(kept, registry))
    computed_from = fingerprint(_Revision(catalogue_revision(kept)), Corrections())
    with open(nquads, "a", encoding="utf-8") as out:
        out.write(rdf_nquads(registry_triples(registry), ACTORS_GRAPH))
        out.write(rdf_nquads(event_triples(events), EVENTS_GRAPH))
        out.write(f'<{EVENTS_GRAPH}> <{DIPL}computedFrom> "{computed_from}" <{EVENTS_GRAPH}> .\n')
    computed = time.perf_counter() - start
    print(f"knowledge graph: {len(registry.actors):,} actors, {len(events):,} events from "
          f"{sum(len(e.reports) for e in events):,} reports in {computed:.1f} s")
    del kept, registry, events

    start = time.perf_counter()
    store = ox.Store(str(store_path))
    # lenient: skip IRI validation, the writer's output was checked against graph.rdf (--verify)
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS, lenient=True)
    store.flush()
    loaded = time.perf_counter() - start
    quads = len(store)
    del store
    with EmbeddedStore(store_path) as ours:
        if not is_current(ours):
            sys.exit("the knowledge graph written does not match the store (graph/identity_graphs.py changed?)")
    size = sum(path.stat().st_size for path in store_path.rglob("*") if path.is_file())
    print(f"bulk-loaded {quads:,} quads into {store_path} in {loaded:.1f} s "
          f"({quads / loaded:,.0f} quads/s, {size / 2**30:.2f} GiB on disk)")

    slug = {name: str(actor_iri(name)).rsplit("/", 1)[1] for name in degree}
    ranked = [slug[name] for name, _ in degree.most_common()]
    manifest = {
        "events": args.events, "documents": documents, "quads": quads, "actors": len(degree),
        "seed": args.seed, "zipf": args.zipf, "events_per_document": args.events_per_document,
        "generate_seconds": round(generated, 1), "load_seconds": round(loaded, 1),
        "knowledge_graph_seconds": round(computed, 1),
        "store_bytes": size, "nquads": str(nquads) if args.keep_nquads else None,
        "actors_by_degree": ranked,  # slugs, most events first
        "degree": {slug[name]: count for name, count in degree.items()},
        "encounter_degree": {slug[name]: count for name, count in encounter_degree.items()},
        "sample_events": sample_events,
    }
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    if not args.keep_nquads:
        nquads.unlink()


if __name__ == "__main__":
    main()
