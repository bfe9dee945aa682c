"""Documents as named graphs: list, show, re-ingest (replace) and delete, from the CLI and over HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from conftest import fill, make_extraction
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from servers import diplograph_server

from diplograph.cli import cli
from diplograph.errors import AccessDenied
from diplograph.graph.dump import FORMATS, jsonld_context, store_dataset
from diplograph.graph.store import EmbeddedStore
from diplograph.ontology.terms import CATALOGUE, document_graph_iri

ADMIN_TOKEN = "s3cret-token"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's TriG/JSON-LD internals


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return fill(tmp_path / "store")


def run(store_path: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--store", str(store_path), *args])
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- the CLI


def test_documents_lists_each_document_with_its_events_date_and_title(store_path: Path) -> None:
    code, out, _ = run(store_path, "documents")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["id", "events", "date", "ingested", "title"]
    assert lines[2].split()[:3] == ["moscow", "3", "2022-02-15"] and lines[2].endswith("Moscow diplomacy")
    assert lines[3].split()[:3] == ["talks", "1", "2022-02-14"]
    assert run(store_path, "documents", "list")[1] == out


def test_documents_says_how_to_fill_an_empty_store(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path / "empty").close()
    assert "diplograph ingest" in run(tmp_path / "empty", "documents")[1]


def test_documents_show_prints_the_catalogue_entry(store_path: Path) -> None:
    code, out, _ = run(store_path, "documents", "show", "moscow")
    assert code == 0
    fields = dict(line.split(None, 1) for line in out.replace("content hash", "hash").splitlines())
    assert fields["id"] == "moscow" and fields["events"] == "3" and fields["title"] == "Moscow diplomacy"
    assert fields["graph"] == str(document_graph_iri("moscow"))
    code, out, _ = run(store_path, "documents", "show", "moscow", "--format", "json")
    shown = json.loads(out)
    assert shown["title"] == "Moscow diplomacy" and shown["date"] == "2022-02-15" and "ingested_at" in shown


def test_documents_show_with_an_rdf_format_prints_the_graph_and_entry(store_path: Path) -> None:
    code, out, _ = run(store_path, "documents", "show", "talks", "--format", "trig")
    assert code == 0
    parsed = Dataset().parse(data=out, format="trig")
    graphs = {str(graph.identifier) for graph in parsed.graphs() if len(graph)}
    assert graphs == {str(document_graph_iri("talks")), str(CATALOGUE)}


def test_showing_a_missing_document_names_it_and_says_how_to_list(store_path: Path) -> None:
    code, _, err = run(store_path, "documents", "show", "nowhere")
    assert code == 1 and "no document 'nowhere'" in err and "diplograph documents" in err


def test_documents_delete_removes_the_graph_and_entry_and_nothing_else(store_path: Path) -> None:
    with EmbeddedStore(store_path, read_only=True) as store:
        talks_before = store_dataset(store, "talks")
    code, out, _ = run(store_path, "documents", "delete", "moscow")
    assert code == 0 and out.strip() == "deleted moscow"
    with EmbeddedStore(store_path, read_only=True) as store:
        assert [document.id for document in store.documents()] == ["talks"]
        assert str(document_graph_iri("moscow")) not in store.graph_names()
        talks_after = store_dataset(store, "talks")
    for name in (document_graph_iri("talks"), CATALOGUE):
        assert isomorphic(talks_after.graph(name), talks_before.graph(name))
    code, _, err = run(store_path, "documents", "delete", "moscow")
    assert code == 1 and "no document 'moscow'" in err


def test_reingesting_a_changed_document_replaces_it_and_an_unchanged_one_is_kept(store_path: Path) -> None:
    with EmbeddedStore(store_path) as store:
        before = store.document("moscow")
        assert store.put(make_extraction()) is False
        assert store.document("moscow") == before  # not even the ingest time moves
        assert store.put(make_extraction(text_suffix=" And more.")) is True
        after = store.document("moscow")
    assert after.content_hash != before.content_hash and after.events == before.events


# ---------------------------------------------------------------- HTTP


class Server:
    def __init__(self, url: str, store_path: Path) -> None:
        self.url = url
        self.store_path = store_path


def start_server(directory: Path, admin_token: str | None) -> Iterator[Server]:
    store_path = fill(directory / "store")
    settings = {"admin_token": admin_token} if admin_token else {}
    with diplograph_server(store_path, directory, **settings) as url:
        yield Server(url, store_path)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`diplograph serve` with an admin token, on a free port, over a store with two documents."""
    yield from start_server(tmp_path_factory.mktemp("documents-server"), ADMIN_TOKEN)


def test_get_documents_lists_the_catalogue(server: Server) -> None:
    response = httpx.get(f"{server.url}/documents")
    assert response.status_code == 200
    listed = {document["id"]: document for document in response.json()}
    assert set(listed) >= {"moscow", "talks"}
    assert listed["talks"]["graph"] == str(document_graph_iri("talks"))


def test_get_a_document_gives_its_catalogue_entry_as_json(server: Server) -> None:
    response = httpx.get(f"{server.url}/documents/moscow")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    document = response.json()
    assert (document["id"], document["events"], document["title"]) == ("moscow", 3, "Moscow diplomacy")
    assert document["ingested_at"]


@pytest.mark.parametrize("name", ["trig", "nquads", "jsonld"])
def test_get_a_document_negotiates_its_graph_in_rdf(server: Server, name: str) -> None:
    fmt = FORMATS[name]
    accept = f"{fmt.media_type}, application/json;q=0.5"
    response = httpx.get(f"{server.url}/documents/talks", headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(fmt.media_type)
    parsed = Dataset().parse(data=response.content, format=fmt.rdflib_format)
    graphs = {str(graph.identifier): graph for graph in parsed.graphs() if len(graph)}
    assert set(graphs) == {str(document_graph_iri("talks")), str(CATALOGUE)}


def test_get_a_document_as_turtle_merges_graph_and_entry(server: Server) -> None:
    response = httpx.get(f"{server.url}/documents/talks", headers={"Accept": "text/turtle"})
    merged = Graph().parse(data=response.content, format="turtle")
    assert (document_graph_iri("talks"), None, None) in merged


def test_get_a_missing_document_is_a_404_problem(server: Server) -> None:
    response = httpx.get(f"{server.url}/documents/nowhere")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "no document 'nowhere'" in response.json()["detail"]


@pytest.mark.parametrize("suffix", ["trig", "nq", "ttl", "jsonld"])
def test_the_store_export_parses_back_to_the_stores_graphs(server: Server, suffix: str) -> None:
    fmt = next(fmt for fmt in FORMATS.values() if fmt.suffix == suffix)
    response = httpx.get(f"{server.url}/export/store.{suffix}")
    assert response.status_code == 200 and response.headers["content-type"].startswith(fmt.media_type)
    if fmt.named_graphs:
        parsed = Dataset().parse(data=response.content, format=fmt.rdflib_format)
        assert {str(document_graph_iri("moscow")), str(CATALOGUE)} <= {str(g.identifier) for g in parsed.graphs()}
    else:
        assert len(Graph().parse(data=response.content, format="turtle")) > 50


def test_an_unknown_export_suffix_is_a_404_that_lists_the_known_ones(server: Server) -> None:
    response = httpx.get(f"{server.url}/export/store.rdf")
    assert response.status_code == 404 and "store.trig" in response.json()["detail"]


def test_the_json_ld_context_is_published(server: Server) -> None:
    response = httpx.get(f"{server.url}/context.jsonld")
    assert response.status_code == 200 and response.headers["content-type"] == "application/ld+json"
    assert response.json() == jsonld_context()


def test_delete_needs_the_admin_token_and_then_removes_the_document(server: Server) -> None:
    url = f"{server.url}/documents/talks"
    refused = httpx.delete(url)
    assert refused.status_code == 403 and "admin token" in refused.json()["detail"]
    assert httpx.delete(url, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert httpx.get(url).status_code == 200
    deleted = httpx.delete(url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    assert deleted.status_code == 204
    assert httpx.get(url).status_code == 404
    assert "talks" not in {document["id"] for document in httpx.get(f"{server.url}/documents").json()}
    again = httpx.delete(url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    assert again.status_code == 404


def test_without_a_configured_admin_token_delete_is_disabled(tmp_path: Path) -> None:
    from starlette.requests import Request

    from diplograph.api.catalogue import require_admin
    from diplograph.core import Diplograph
    from diplograph.settings import Settings

    settings = Settings(store=str(tmp_path / "store"), admin_token=None)
    services = Diplograph(settings)  # the store is opened on first use: never, here
    request = Request({"type": "http", "headers": [(b"authorization", b"Bearer anything")]})
    with pytest.raises(AccessDenied, match="DIPLOGRAPH_ADMIN_TOKEN"):
        require_admin(request, services)
