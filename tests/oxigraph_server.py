"""A real Oxigraph server (PyPI package `oxigraph`) on a free port, for the remote store's tests."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def oxigraph_command() -> str | None:
    """The `oxigraph` executable beside this interpreter (the dev extra installs it), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_oxigraph(directory: Path, *, union_default_graph: bool = True, timeout: float = 20.0) -> Iterator[str]:
    """`oxigraph serve --location DIR --bind 127.0.0.1:PORT --union-default-graph`; yields its base URL.

    The server is always stopped, also when the test fails or the server never answers.
    """
    command = oxigraph_command()
    if command is None:
        raise RuntimeError("the `oxigraph` server is not installed: pip install -e '.[dev]'")
    port = _free_port()
    log_path = directory / "oxigraph.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [command, "serve", "--location", str(directory / "db"), "--bind", f"127.0.0.1:{port}"]
            + (["--union-default-graph"] if union_default_graph else []),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_answering(url, process, log_path, timeout)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_answering(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            if httpx.post(f"{url}/query", data={"query": "ASK {}"}, timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"oxigraph at {url} did not answer within {timeout} seconds")
