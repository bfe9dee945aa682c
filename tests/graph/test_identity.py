"""Identity across documents: one actor is one node, one event is one event, SPARQL counts right.

tests/data/identity/corpus.jsonl is 16 short reports written for this (2023-2025): the same people under
full names and surnames, the same events told two or three times, a month-precise retelling, and a surname
two people share. The counts below were made by hand from the texts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.graph.event_identity import CombinedEvent, combine_reports, reports_of
from diplograph.graph.event_table import csv_text, event_rows, event_table_query, parquet_bytes, row_from_bindings
from diplograph.graph.identity_rdf import event_triples, ontology_nquads
from diplograph.graph.rdf import catalogue_triples, document_triples, nquads
from diplograph.graph.registry import Corrections, Registry, build_registry, registry_triples
from diplograph.ingest.extract import Extractor
from diplograph.ingest.read import read_documents
from diplograph.model import DatePrecision, Extraction
from diplograph.ontology.terms import (
    ACTORS_GRAPH,
    CATALOGUE,
    EVENTS_GRAPH,
    KNOWLEDGE_GRAPHS,
    ONTOLOGY_GRAPH,
    actor_iri,
    document_graph_iri,
)
from diplograph.settings import Settings

CORPUS = Path(__file__).parent.parent / "data" / "identity" / "corpus.jsonl"

PEOPLE = {
    "Andrzej Duda", "Anna Kowalczyk", "Antony Blinken", "Dmitry Peskov", "Donald Trump", "Kim Jong Un",
    "Kowalczyk", "Narendra Modi", "Piotr Kowalczyk", "Sergey Lavrov", "Viktor Orban", "Vladimir Putin",
    "Volodymyr Zelensky", "Wang Yi", "Xi Jinping",
}
# (relation, one actor, the other, date, reports)
EVENTS = {
    ("meet", "Antony Blinken", "Xi Jinping", "2023-06-19", 1),
    ("meet", "Antony Blinken", "Wang Yi", "2023-06-19", 1),
    ("meet", "Kim Jong Un", "Vladimir Putin", "2023-09-13", 2),
    ("criticize", "Dmitry Peskov", "NATO", "2024-03-10", 2),
    ("meet", "Volodymyr Zelensky", "Narendra Modi", "2024-06-14", 2),
    ("meet", "Wang Yi", "Sergey Lavrov", "2024-07-03", 3),
    ("meet", "Anna Kowalczyk", "Andrzej Duda", "2024-09-05", 1),
    ("meet", "Piotr Kowalczyk", "Viktor Orban", "2024-09-20", 1),
    ("criticize", "Kowalczyk", "Hungary", "2024-10-01", 1),
    ("call", "Donald Trump", "Vladimir Putin", "2025-02-12", 3),
    # a meeting in the other side's state is a visit to it: "met Xi in Beijing", "met Putin in Russia"
    ("visit", "Antony Blinken", "China", "2023-06-19", 1),
    ("visit", "Kim Jong Un", "Russia", "2023-09-13", 1),
    ("visit", "Piotr Kowalczyk", "Hungary", "2024-09-20", 1),  # a Polish lawmaker in Budapest
    # and a leader who meets a visiting leader at home hosts him: "Kim Jong Un met Putin in Russia"
    ("host", "Vladimir Putin", "Kim Jong Un", "2023-09-13", 1),
}
MEETINGS = sum(1 for event in EVENTS if event[0] == "meet")
VISITS = sum(1 for event in EVENTS if event[0] == "visit")
HOSTINGS = sum(1 for event in EVENTS if event[0] == "host")


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    documents = list(read_documents([CORPUS]))
    assert len(documents) == 16
    return list(Extractor(Settings()).extract_all(documents))


@pytest.fixture(scope="module")
def registry(extractions: list[Extraction]) -> Registry:
    return build_registry(extractions)


@pytest.fixture(scope="module")
def events(extractions: list[Extraction], registry: Registry) -> list[CombinedEvent]:
    return combine_reports(reports_of(extractions, registry))


def _label(registry: Registry, iri: str) -> str:
    return registry.actors[iri].label


def _as_written(registry: Registry, events: list[CombinedEvent]) -> set[tuple[str, str, str, str, int]]:
    return {(e.relation, _label(registry, e.source), _label(registry, e.target), e.date_text or "", len(e.reports))
            for e in events}


def _normalised(rows: set[tuple[str, str, str, str, int]]) -> set[tuple[str, frozenset[str], str, int]]:
    return {(relation, frozenset({a, b}), date, reports) for relation, a, b, date, reports in rows}


def test_every_person_is_one_actor_however_the_documents_name_them(registry: Registry) -> None:
    people = {a.label for a in registry.actors.values() if a.type.value == "Person"}
    assert people == PEOPLE


@pytest.mark.parametrize(("surface", "label"), [
    ("Putin", "Vladimir Putin"), ("Zelensky", "Volodymyr Zelensky"), ("Modi", "Narendra Modi"),
    ("Lavrov", "Sergey Lavrov"), ("Peskov", "Dmitry Peskov"), ("Trump", "Donald Trump"),
])
def test_a_surname_alone_joins_its_full_name(registry: Registry, surface: str, label: str) -> None:
    actor = registry.lookup(surface)
    assert actor is not None and actor.label == label
    assert actor.iri == str(actor_iri(label))


def test_people_have_their_state_iso3_sector_and_dated_roles(registry: Registry) -> None:
    for label, state, iso3 in [("Kim Jong Un", "North Korea", "PRK"), ("Donald Trump", "United States", "USA"),
                               ("Wang Yi", "China", "CHN"), ("Vladimir Putin", "Russia", "RUS")]:
        actor = registry.lookup(label)
        assert actor is not None and (actor.state, actor.iso3, actor.sector) == (state, iso3, "GOV")
        assert actor.roles and all(role.start is not None for role in actor.roles)
    russia, nato = registry.lookup("Russia"), registry.lookup("NATO")
    assert russia is not None and russia.iso3 == "RUS"
    assert nato is not None and nato.sector == "IGO"


def test_a_surname_two_people_share_stays_apart_and_is_listed(registry: Registry) -> None:
    [ambiguity] = registry.ambiguous
    assert ambiguity.surface == "Kowalczyk"
    assert ambiguity.candidates == (str(actor_iri("Anna Kowalczyk")), str(actor_iri("Piotr Kowalczyk")))
    assert ambiguity.documents == {"kowalczyk-c-2024-10-01"}
    assert registry.iri_of("kowalczyk-c-2024-10-01", "Kowalczyk") == str(actor_iri("Kowalczyk"))


def test_events_reported_several_times_are_one_event_each(registry: Registry, events: list[CombinedEvent]) -> None:
    assert len(events) == len(EVENTS)
    assert _normalised(_as_written(registry, events)) == _normalised(EVENTS)


def test_an_event_keeps_every_report_and_when_it_was_reported(events: list[CombinedEvent]) -> None:
    [call] = [e for e in events if e.relation == "call"]
    assert call.documents == ("call-wh-2025-02-12", "call-recap-2025-02-13", "call-kremlin-2025-02-14")
    assert (str(call.date), str(call.first_reported), str(call.last_reported)) == (
        "2025-02-12", "2025-02-12", "2025-02-14")


def test_a_month_precise_report_joins_the_one_meeting_of_its_month(events: list[CombinedEvent]) -> None:
    [astana] = [e for e in events if e.date_text == "2024-07-03"]
    precisions = [r.event.date_precision for r in astana.reports]
    assert precisions.count(DatePrecision.MONTH) == 1 and astana.date_precision is DatePrecision.DAY


def test_who_met_whom_finds_every_encounter_whichever_name_is_asked(
        registry: Registry, events: list[CombinedEvent]) -> None:
    def met(name: str) -> set[str]:
        actor = registry.lookup(name)
        assert actor is not None
        return {_label(registry, e.target if e.source == actor.iri else e.source) for e in events
                if e.relation in ("meet", "call") and actor.iri in (e.source, e.target)}

    assert met("Putin") == met("Vladimir Putin") == {"Kim Jong Un", "Donald Trump"}
    assert met("Zelensky") == met("Volodymyr Zelensky") == {"Narendra Modi"}
    assert met("Lavrov") == {"Wang Yi"} and met("Wang Yi") == {"Antony Blinken", "Sergey Lavrov"}


def test_deleting_a_document_removes_its_reports_and_only_events_left_without(
        extractions: list[Extraction]) -> None:
    kept = [x for x in extractions if x.document.id not in {"call-wh-2025-02-12", "peskov-2024-03-10",
                                                            "peskov-recap-2024-03-12"}]
    registry = build_registry(kept)
    events = combine_reports(reports_of(kept, registry))
    full = combine_reports(reports_of(extractions, build_registry(extractions)))
    [call] = [e for e in events if e.relation == "call"]
    assert len(call.reports) == 2 and call.iri == next(e.iri for e in full if e.relation == "call")
    assert len(events) == len(EVENTS) - 1  # Peskov's criticism had no other report
    assert registry.lookup("Dmitry Peskov") is None and registry.lookup("Peskov") is None


def test_an_analysts_merge_and_split_survive_a_rebuild(extractions: list[Extraction]) -> None:
    short, anna = str(actor_iri("Kowalczyk")), str(actor_iri("Anna Kowalczyk"))
    merged = Corrections().merged(short, anna)
    registry = build_registry(extractions, merged)
    assert registry.iri_of("kowalczyk-c-2024-10-01", "Kowalczyk") == anna
    assert registry.lookup("Kowalczyk") == registry.actors[anna] and short not in registry.actors
    assert not registry.ambiguous
    assert build_registry(extractions, merged) == registry  # the same on every rebuild

    putin = str(actor_iri("Vladimir Putin"))
    apart = build_registry(extractions, Corrections().split("Putin", putin))
    assert apart.iri_of("call-recap-2025-02-13", "Vladimir Putin") == putin  # the full name stays
    assert apart.iri_of("vostochny-2023-09-13", "Vladimir Putin") == putin


# ---------------------------------------------------------------- SPARQL over the registry's model


@pytest.fixture(scope="module")
def store(extractions: list[Extraction], registry: Registry, events: list[CombinedEvent]) -> ox.Store:
    """The layout the front door keeps: each document's own graph as it said it, the computed actors and
    events graphs, the ontology and the catalogue."""
    store = ox.Store()
    parts = [nquads(registry_triples(registry), ACTORS_GRAPH), nquads(event_triples(events), EVENTS_GRAPH),
             ontology_nquads()]
    for extraction in extractions:
        graph = str(document_graph_iri(extraction.document.id))
        parts.append(nquads(document_triples(extraction), graph))
        parts.append(nquads(catalogue_triples(extraction.document), str(CATALOGUE)))
    store.load("".join(parts).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


PREFIXES = """PREFIX dipl: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def _select(store: ox.Store, query: str) -> list[dict[str, str]]:
    """As /sparql answers a query that names no graph: the knowledge graph is the default graph."""
    default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [ox.NamedNode(g) for g in KNOWLEDGE_GRAPHS]
    result = store.query(PREFIXES + query, default_graph=default)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{name: row[name].value for name in names if row[name] is not None} for row in result]


def test_the_meeting_query_returns_one_row_per_meeting(store: ox.Store) -> None:
    rows = _select(store, """SELECT ?a ?b ?date ?text WHERE {
      ?e a dipl:Meeting ; dipl:source/rdfs:label ?a ; dipl:target/rdfs:label ?b ; dipl:date ?date ;
         dipl:sentence/dipl:text ?text }""")
    assert len(rows) == MEETINGS
    [count] = _select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a dipl:Meeting }")
    assert int(count["n"]) == MEETINGS


def test_the_readme_query_for_one_pair_returns_the_one_meeting(store: ox.Store) -> None:
    rows = _select(store, """SELECT ?date ?place ?text WHERE {
      ?e a dipl:Meeting ; dipl:source ?s ; dipl:target ?t ; dipl:date ?date ; dipl:sentence/dipl:text ?text .
      ?s rdfs:label "Wang Yi" . ?t rdfs:label "Sergey Lavrov" .
      OPTIONAL { ?e dipl:place/rdfs:label ?place } }""")
    assert [(r["date"], r["place"]) for r in rows] == [("2024-07-03", "Astana")]
    [reports] = _select(store, """SELECT (COUNT(?r) AS ?n) WHERE {
      ?e a dipl:Meeting ; dipl:source/rdfs:label "Wang Yi" ; dipl:report ?r }""")
    assert int(reports["n"]) == 3


def test_direct_triples_and_actor_labels_come_once(store: ox.Store) -> None:
    assert len(_select(store, "SELECT ?b WHERE { ?a rdfs:label \"Vladimir Putin\" ; dipl:calls|^dipl:calls ?b }")) \
        == 1
    assert len(_select(store, "SELECT ?l WHERE { ?a rdfs:label ?l ; a dipl:Person }")) == len(PEOPLE)


def test_class_hierarchy_cameo_and_plover_queries_answer(store: ox.Store) -> None:
    consult = _select(store, "SELECT ?e WHERE { ?e a/rdfs:subClassOf* dipl:Consult }")
    assert len(consult) == MEETINGS + VISITS + HOSTINGS + 1  # and the call
    by_class_code = _select(store, "SELECT ?e WHERE { ?e a ?class . ?class dipl:cameoCode \"041\" }")
    assert len(by_class_code) == 1
    by_event_code = _select(store, "SELECT ?e WHERE { ?e a/rdfs:subClassOf* dipl:Event ; dipl:cameoCode \"111\" }")
    assert len(by_event_code) == 2
    accuse = _select(store, "SELECT ?e WHERE { ?e a ?class . ?class dipl:ploverClass \"ACCUSE\" }")
    assert len(accuse) == 2
    [conflict] = _select(store, "SELECT (COUNT(?e) AS ?n) (SUM(?g) AS ?total) WHERE { "
                                "?e dipl:quadClass 3 ; dipl:goldstein ?g }")
    assert (int(conflict["n"]), float(conflict["total"])) == (2, -4.0)


def test_the_ontology_is_in_its_own_graph(store: ox.Store) -> None:
    rows = _select(store, f"SELECT ?c WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?c rdfs:subClassOf dipl:Consult }} }}")
    assert len(rows) >= 6


# ---------------------------------------------------------------- the event table


def test_the_event_table_is_one_row_per_event_from_memory_and_from_sparql(
        store: ox.Store, registry: Registry, events: list[CombinedEvent]) -> None:
    rows = event_rows(events, registry)
    assert len(rows) == len(EVENTS)
    result = store.query(event_table_query(), use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    from_store = [row_from_bindings({n: s[n].value for n in names if s[n] is not None}) for s in result]
    assert sorted(from_store, key=lambda r: r.event_id) == sorted(rows, key=lambda r: r.event_id)
    [call] = [r for r in rows if r.relation == "call"]
    assert dataclasses.astuple(call)[1:] == (
        "2025-02-12", "day", "Donald Trump", str(actor_iri("Donald Trump")), "USA", "GOV",
        "Vladimir Putin", str(actor_iri("Vladimir Putin")), "RUS", "GOV", "call", "041", "CONSULT", 1, 1.0,
        "reported", None, 3, "2025-02-12", "2025-02-14", "https://news.example.org/2025/02/12/trump-putin-call",
        "US President Donald Trump spoke by phone with Russian President Vladimir Putin on Wednesday, "
        "the White House said.")


def test_pandas_reads_the_event_table_back_as_csv_and_parquet(
        registry: Registry, events: list[CombinedEvent], tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    rows = event_rows(events, registry)
    (tmp_path / "events.csv").write_text(csv_text(rows), encoding="utf-8")
    (tmp_path / "events.parquet").write_bytes(parquet_bytes(rows))
    for frame in (pandas.read_csv(tmp_path / "events.csv", dtype={"cameo_code": str}),
                  pandas.read_parquet(tmp_path / "events.parquet")):
        assert len(frame) == len(EVENTS) and frame["event_id"].is_unique
        assert frame["report_count"].sum() == sum(e[4] for e in EVENTS)
        assert set(frame["cameo_code"]) == {"040", "041", "042", "043", "111"}
        assert sorted(frame["quad_class"].unique().tolist()) == [1, 3]
