"""`diplograph ingest --server URL`: documents sent to a running server; plain ingest beside it says so."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from conftest import fill
from servers import diplograph_server

from diplograph.cli import cli

pytestmark = pytest.mark.slow

TOKEN = "cli-token"


class Served:
    def __init__(self, url: str, store: Path) -> None:
        self.url = url
        self.store = store


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    directory = tmp_path_factory.mktemp("cli-server")
    store = fill(directory / "store")
    with diplograph_server(store, directory, admin_token=TOKEN) as url:
        yield Served(url, store)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    records = [
        {"id": "cli-1", "date": "2023-06-19", "text": "Antony Blinken met Xi Jinping in Beijing on Monday."},
        {"id": "cli-2", "date": "2023-06-20", "text": "Wang Yi hosted Antony Blinken in Beijing on Tuesday."},
        {"id": "cli-3"},
    ]
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_ingest_to_a_server_sends_the_documents_and_reports_each_outcome(served: Served, news: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", "--server", served.url, "--token", TOKEN, str(news)])
    assert result.exit_code == 1, result.output  # the unreadable third line is an error
    assert "2 documents added, 0 replaced, 0 unchanged, 1 error" in result.stdout
    assert "line 3" in result.stderr and "missing field 'text'" in result.stderr
    assert [actor["id"] for actor in httpx.get(f"{served.url}/actors", params={"q": "Blinken"}).json()] == [
        "antony-blinken"]
    again = CliRunner().invoke(cli, ["ingest", "--server", served.url, "--token", TOKEN, str(news)])
    assert "0 documents added, 0 replaced, 2 unchanged" in again.stdout


def test_ingest_to_a_server_without_its_token_is_refused(served: Served, news: Path) -> None:
    result = CliRunner(env={"DIPLOGRAPH_ADMIN_TOKEN": ""}).invoke(cli, ["ingest", "--server", served.url, str(news)])
    assert result.exit_code == 1
    assert "admin token" in result.output


def test_plain_ingest_beside_a_running_server_says_to_send_to_it(served: Served, news: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(served.store), "ingest", str(news)])
    assert result.exit_code == 1
    assert "diplograph ingest --server" in result.output
