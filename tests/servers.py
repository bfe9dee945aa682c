"""Real servers for the tests: started on a free port on 127.0.0.1, waited for, always stopped."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running(argv: list[str], *, log_path: Path, ready: Callable[[], bool], name: str,
            env: dict[str, str] | None = None, timeout: float = 30.0) -> Iterator[None]:
    """Run ``argv`` until the block ends; ``ready`` is polled until the server answers."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_until(ready, process, log_path, name, timeout)
            yield
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until(ready: Callable[[], bool], process: subprocess.Popen[bytes], log: Path, name: str,
                timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            if ready():
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{name} did not answer within {timeout} seconds")


@contextmanager
def diplograph_server(store_path: Path, directory: Path, **settings: object) -> Iterator[str]:
    """`diplograph serve` over ``store_path``; ``settings`` become DIPLOGRAPH_* variables. Yields its URL."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("DIPLOGRAPH_")}
    env.update({"DIPLOGRAPH_STORE": str(store_path), "DIPLOGRAPH_PORT": str(port)})
    env.update({f"DIPLOGRAPH_{key.upper()}": str(value) for key, value in settings.items()})
    url = f"http://127.0.0.1:{port}"
    with running([sys.executable, "-m", "diplograph.cli", "serve", "--port", str(port)], env=env,
                 log_path=directory / "server.log", name=f"diplograph serve at {url}",
                 ready=lambda: httpx.get(f"{url}/stats", timeout=1.0).status_code == 200):
        yield url
