"""Shared fixtures: hand-built extractions (no spaCy), a real store on a temporary directory."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import diplograph_server, free_port  # noqa: F401 (free_port: for the tests)
from virtuoso_server import MISSING, running_virtuoso, virtuoso_command

from diplograph.graph.identity_graphs import refresh_identity
from diplograph.graph.store import EmbeddedStore
from diplograph.model import Actor, ActorType, Document, Event, Evidence, Extraction, Modality

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

SCHOLZ_SENTENCE = (
    "German Chancellor Olaf Scholz planned to meet with Russian President Vladimir Putin in Moscow, "
    "a day after he sat down with Ukraine's leader in Kyiv."
)
RAU_SENTENCE = "Foreign Minister Zbigniew Rau of Poland was also in Moscow on Tuesday to meet Lavrov."
DENIAL_SENTENCE = "Russia denies it has any plans to invade Ukraine."
TUESDAY = dt.date(2022, 2, 15)


def make_extraction(document_id: str = "moscow", text_suffix: str = "") -> Extraction:
    """A small, hand-built version of what the extractor finds in the seed article."""
    text = f"{SCHOLZ_SENTENCE} {RAU_SENTENCE} {DENIAL_SENTENCE}{text_suffix}"
    scholz_start = 0
    rau_start = len(SCHOLZ_SENTENCE) + 1
    denial_start = rau_start + len(RAU_SENTENCE) + 1
    document = Document(id=document_id, text=text, date=TUESDAY, source="seed", title="Moscow diplomacy")
    actors = (
        Actor(
            "Olaf Scholz",
            ActorType.PERSON,
            frozenset({"Scholz", "Olaf Scholz"}),
            "Germany",
            frozenset({"chancellor"}),
        ),
        Actor("Vladimir Putin", ActorType.PERSON, frozenset({"Putin"}), "Russia", frozenset({"president"})),
        Actor(
            "Zbigniew Rau", ActorType.PERSON, frozenset({"Rau"}), "Poland", frozenset({"foreign minister"})
        ),
        Actor(
            "Sergey Lavrov",
            ActorType.PERSON,
            frozenset({"Lavrov"}),
            "Russia",
            frozenset({"foreign minister"}),
        ),
        Actor("Russia", ActorType.COUNTRY, frozenset({"Moscow", "the Kremlin"})),
        Actor("Ukraine", ActorType.COUNTRY),
    )
    events = (
        Event(
            "meet",
            "Olaf Scholz",
            "Vladimir Putin",
            Modality.PLANNED,
            Evidence(SCHOLZ_SENTENCE, scholz_start, scholz_start + len(SCHOLZ_SENTENCE)),
            date=TUESDAY,
            place="Moscow",
            confidence=0.87,
        ),
        Event(
            "meet",
            "Zbigniew Rau",
            "Sergey Lavrov",
            Modality.ASSERTED,
            Evidence(RAU_SENTENCE, rau_start, rau_start + len(RAU_SENTENCE)),
            date=TUESDAY,
            place="Moscow",
            confidence=0.8,
        ),
        Event(
            "attack",
            "Russia",
            "Ukraine",
            Modality.NEGATED,
            Evidence(DENIAL_SENTENCE, denial_start, denial_start + len(DENIAL_SENTENCE)),
            confidence=0.6,
        ),
    )
    return Extraction(document=document, actors=actors, events=events)


def lavrov_meets_putin(document_id: str = "talks") -> Extraction:
    """A second document that links the two meetings: Lavrov met Putin (no date, no place)."""
    sentence = "Lavrov's comments came at a made-for-TV meeting with Putin."
    document = Document(id=document_id, text=sentence, date=dt.date(2022, 2, 14))
    actors = (
        Actor("Sergey Lavrov", ActorType.PERSON, frozenset({"Lavrov"}), "Russia"),
        Actor("Vladimir Putin", ActorType.PERSON, frozenset({"Putin"}), "Russia"),
    )
    events = (
        Event(
            "meet",
            "Sergey Lavrov",
            "Vladimir Putin",
            Modality.ASSERTED,
            Evidence(sentence, 0, len(sentence)),
            confidence=0.7,
        ),
    )
    return Extraction(document=document, actors=actors, events=events)


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(tmp_path / "store")
    yield opened
    opened.close()


def fill(store_path: Path) -> Path:
    """The two hand-built documents put into the embedded store at store_path (closed again), with the
    knowledge graph and the ontology's graph, as the front door leaves a store it wrote to."""
    with EmbeddedStore(store_path) as store:
        store.put(make_extraction())
        store.put(lavrov_meets_putin())
        refresh_identity(store)  # as the front door does after its writes
        store.keep_ontology_current()
    return store_path


@pytest.fixture
def filled_store(store: EmbeddedStore) -> EmbeddedStore:
    store.put(make_extraction())
    store.put(lavrov_meets_putin())
    return store


# ---------------------------------------------------------------- a Virtuoso, once per session


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Virtuoso Open Source on a throw-away database, shared by the session's tests (it takes ~15 s to
    start); skipped where it is not installed. Each test clears what it wrote (virtuoso_server.clear)."""
    if virtuoso_command() is None:
        pytest.skip(MISSING)
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as url:
        yield url


# ---------------------------------------------------------------- the real server


class RunningServer:
    def __init__(self, url: str, store_path: Path, snapshot_path: Path) -> None:
        self.url = url
        self.store_path = store_path
        # A copy of the store as served: tests query it directly while the server holds the original.
        self.snapshot_path = snapshot_path


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """`diplograph serve` in a subprocess on a free port over a store filled beforehand."""
    directory = tmp_path_factory.mktemp("served")
    store_path = fill(directory / "store")
    snapshot_path = directory / "snapshot"
    shutil.copytree(store_path, snapshot_path)
    with diplograph_server(store_path, directory) as url:
        yield RunningServer(url, store_path, snapshot_path)

