"""`diplograph ingest --dask`: a LocalCluster of 2 worker processes writes into a real Oxigraph server, and
the store holds the same graph as a plain ingest into another one."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, SEEDS
from oxigraph_server import oxigraph_command, running_oxigraph
from rdflib import Graph
from rdflib.compare import to_isomorphic

from diplograph.cli import cli
from diplograph.graph.store.remote import RemoteStore
from diplograph.ontology.terms import CATALOGUE, DIPL

distributed = pytest.importorskip("distributed")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(oxigraph_command() is None, reason="the oxigraph server is not installed"),
]

PROBE = REPO / "tests" / "data" / "probe" / "docs.jsonl"


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """Two worker processes of one thread each; stopped whatever the test did."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, memory_limit=0, dashboard_address=None
    ) as local:
        yield local.scheduler_address


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    """The seed, a few probe documents and a line that is not a document."""
    lines = PROBE.read_text(encoding="utf-8").splitlines()[:7]
    lines.insert(3, '{"id": "broken", "date": "2022-02-15"}')
    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [SEEDS, news]


def ingest(store_url: str, *arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--store", store_url, "ingest", *arguments])
    return result.exit_code, result.output


def document_graphs(url: str) -> dict[str, Graph]:
    """Each document's graph, and the catalogue without ingest times (they differ between the runs)."""
    with RemoteStore(f"{url}/query", f"{url}/update", f"{url}/store") as store:
        graphs = {}
        for name in store.graph_names():
            graph = Graph()
            graph.parse(data=store.graph_ntriples(name).decode("utf-8"), format="nt")
            if name == str(CATALOGUE):
                graph.remove((None, DIPL.ingestedAt, None))
            graphs[name] = graph
        return graphs


def test_ingest_on_two_dask_workers_stores_the_same_graph_as_a_plain_ingest(
    tmp_path: Path, cluster: str, corpus: list[Path]
) -> None:
    (tmp_path / "dask").mkdir()
    (tmp_path / "plain").mkdir()
    files = [str(path) for path in corpus]
    with running_oxigraph(tmp_path / "dask") as dask_url, running_oxigraph(tmp_path / "plain") as plain_url:
        code, output = ingest(dask_url, "--dask", cluster, "--workers", "2", "--task-size", "2", *files)
        assert code == 1, output  # the broken line
        assert "line 4 of" in output and "missing field 'text'" in output
        assert "8 documents stored, 0 skipped (unchanged), 1 failed" in output

        code, plain_output = ingest(plain_url, *files)
        assert "8 documents stored" in plain_output

        on_dask, plain = document_graphs(dask_url), document_graphs(plain_url)
        assert sorted(on_dask) == sorted(plain)
        assert len(on_dask) == 12  # eight documents, the catalogue, the ontology, the actors and the events
        for name in plain:
            assert to_isomorphic(on_dask[name]) == to_isomorphic(plain[name]), name
        assert sum(len(set(graph.subjects(DIPL.relation, None))) for graph in on_dask.values()) > 10  # events

        with distributed.Client(cluster) as client:  # both workers worked, each with one pipeline loaded
            pipelines = client.run(lambda: len(sys.modules["diplograph.distributed"]._worker_state))
        assert sorted(pipelines.values()) == [1, 1]

        code, again = ingest(dask_url, "--dask", cluster, *files)
        assert "0 documents stored, 8 skipped (unchanged), 1 failed" in again


def test_dask_refuses_an_embedded_store_and_says_why(tmp_path: Path) -> None:
    code, output = ingest(str(tmp_path / "store"), "--dask", "local", str(SEEDS))
    assert code != 0
    assert "remote store" in output and "RocksDB" in output
    assert not (tmp_path / "store").exists()
