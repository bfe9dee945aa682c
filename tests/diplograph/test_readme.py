"""The README's examples are the tested ones: its Python section, its CLI commands and its curl requests run
against the seed article, in the order the README gives them (datasette tests its documentation this way)."""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from conftest import REPO, SEEDS
from servers import diplograph_server

from diplograph.cli import cli

README = (REPO / "README.md").read_text(encoding="utf-8")
README_URL = "http://127.0.0.1:8000"

# Commands that need what a test run does not have: a shell's venv, a remote SPARQL server, a Dask cluster,
# or the server itself (started below instead).
NOT_HERE = ("--dask", "DIPLOGRAPH_STORE=http", "diplograph serve")
# Files the README's commands name as the reader's own, made here.
READERS_FILES = {
    "more-news.jsonl": '{"id": "more-news-1", "text": "Sergey Lavrov met Wang Yi in Beijing.", "date": "2022-03-01"}\n',
    "changed.jsonl": '{"id": "2022-02-15-moscow-diplomacy", "text": "Olaf Scholz met Vladimir Putin in Moscow.", '
    '"date": "2022-02-15"}\n',
}


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)


def commands(program: str) -> list[list[str]]:
    """Each `program ...` line of the README's sh blocks as arguments, its trailing comment dropped."""
    found = []
    for block in blocks("sh"):
        for line in block.splitlines():
            if line.startswith(f"{program} ") and not any(marker in line for marker in NOT_HERE):
                found.append(shlex.split(line, comments=True)[1:])
    return found


@pytest.fixture
def in_a_reader_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder like the reader's: the seeds beside the files the examples name, and the current directory."""
    (tmp_path / "seeds").symlink_to(SEEDS)
    for name, text in READERS_FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    before = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def test_the_readme_shows_what_these_tests_run() -> None:
    assert len(blocks("python")) >= 2  # the front door, and the extractor as a spaCy component
    assert ["met", "Lavrov", "--since", "2022-01-01"] in commands("diplograph")
    assert len(commands("curl")) >= 5


def test_the_python_section_runs_on_the_seed(in_a_reader_folder: Path) -> None:
    front_door = next(block for block in blocks("python") if "Diplograph.open" in block)
    namespace: dict[str, object] = {}
    exec(compile(front_door, "README.md", "exec"), namespace)  # noqa: S102 - the README's own example
    assert namespace["report"].ingested == 1  # type: ignore[attr-defined]
    assert namespace["meetings"] >= 1  # type: ignore[operator]
    assert b"<gexf" in namespace["gexf"]  # type: ignore[operator]
    assert namespace["graph"].number_of_edges() > 0  # type: ignore[attr-defined]


def test_the_cli_commands_run_on_the_seed(in_a_reader_folder: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(cli, ["--store", "data", "ingest", "seeds/"])
    assert first.exit_code == 0, first.output
    for arguments in commands("diplograph"):
        result = runner.invoke(cli, ["--store", "data", *arguments])
        assert result.exit_code == 0, f"diplograph {shlex.join(arguments)}: {result.output}"
        if arguments[0] in {"met", "path"}:
            assert result.stdout.strip() and "no encounters" not in result.stdout, shlex.join(arguments)
    assert (in_a_reader_folder / "graph.gexf").is_file() and (in_a_reader_folder / "store.trig").is_file()


def test_the_sparql_example_finds_the_meeting(in_a_reader_folder: Path) -> None:
    from diplograph import Diplograph, Settings

    query, *over_the_ontology = blocks("sparql")
    with Diplograph.open(Settings(store="data")) as dg:
        dg.ingest(dg.read(["seeds/"]))
        rows = dg.select(query.replace("PREFIX", "#PREFIX"))  # the prefixes are predeclared too
        meetings = dg.select("SELECT ?e WHERE { ?e a dipl:Meeting }")
        answers = [dg.select(other) for other in over_the_ontology]
    assert {row["date"].isoformat() for row in rows} == {"2022-02-15"}
    # the class hierarchy, CAMEO and PLOVER examples answer over the ontology's graph
    consult, cameo_04, per_plover, told_more_than_once, as_documents_said = answers
    assert len(consult) >= len(meetings) >= 1 and len(cameo_04) == len(consult)
    assert {row["plover"]: row["events"] for row in per_plover}["CONSULT"] == len(consult)
    assert all(row["reports"] > 1 for row in told_more_than_once)
    assert as_documents_said and all("Putin" in row["names"] for row in as_documents_said)
    assert len({row["e"] for row in as_documents_said}) == len(as_documents_said)  # one row per event


@pytest.mark.slow
def test_the_curl_examples_answer_on_the_seed(in_a_reader_folder: Path) -> None:
    assert CliRunner().invoke(cli, ["--store", "data", "ingest", "seeds/"]).exit_code == 0
    with diplograph_server(in_a_reader_folder / "data", in_a_reader_folder) as url, httpx.Client() as client:
        for arguments in commands("curl"):
            (address,) = [argument for argument in arguments if argument.startswith(README_URL)]
            response = client.get(address.replace(README_URL, url), timeout=60)
            assert response.status_code == 200, f"curl {shlex.join(arguments)}: {response.text}"
