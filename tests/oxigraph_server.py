"""A real Oxigraph server (PyPI package `oxigraph`) on a free port, for the remote store's tests."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from servers import free_port, running


def oxigraph_command() -> str | None:
    """The `oxigraph` executable beside this interpreter (the dev extra installs it), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


@contextmanager
def running_oxigraph(directory: Path, *, union_default_graph: bool = True, timeout: float = 20.0) -> Iterator[str]:
    """`oxigraph serve --location DIR --bind 127.0.0.1:PORT --union-default-graph`; yields its base URL.

    The server is always stopped, also when the test fails or the server never answers.
    """
    command = oxigraph_command()
    if command is None:
        raise RuntimeError("the `oxigraph` server is not installed: pip install -e '.[dev]'")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    argv = [command, "serve", "--location", str(directory / "db"), "--bind", f"127.0.0.1:{port}"]
    with running(argv + (["--union-default-graph"] if union_default_graph else []),
                 log_path=directory / "oxigraph.log", name=f"oxigraph at {url}", timeout=timeout,
                 ready=lambda: httpx.post(f"{url}/query", data={"query": "ASK {}"}, timeout=1.0).status_code == 200):
        yield url
