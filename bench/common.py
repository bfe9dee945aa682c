"""What every benchmark shares: timing by medians, the synthetic store's place, the server, the results table.

Each benchmark is a script that prints its own figures and, with --results-json PATH, also writes them
as `Result` rows so that `bench/run_all.py` can print one table over all of them. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DATA = BENCH / ".data"  # gitignored: synthetic stores and their N-Quads
VENV_BIN = Path(sys.executable).parent
DIPLOGRAPH = VENV_BIN / "diplograph"
DEFAULT_EVENTS = 1_000_000


def store_root(events: int) -> Path:
    """Where generate.py puts the synthetic store of this many events (and its manifest)."""
    return DATA / f"events-{events}"


def store_dir(events: int) -> Path:
    return store_root(events) / "store"


def load_manifest(events: int) -> dict[str, Any]:
    path = store_root(events) / "manifest.json"
    if not path.is_file():
        sys.exit(f"no synthetic store of {events} events at {path.parent}; "
                 f"make one with `.venv/bin/python bench/generate.py --events {events}`")
    manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return manifest


# ---------------------------------------------------------------- timing


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = run()
    return time.perf_counter() - start, value


def median_seconds(run: Callable[[], Any], runs: int, warmup: int = 1) -> tuple[float, list[float]]:
    """The median wall time of `runs` calls after `warmup` untimed ones, and every timing."""
    for _ in range(warmup):
        run()
    times = [timed(run)[0] for _ in range(runs)]
    return statistics.median(times), times


def interleaved_medians(runs: int, contenders: dict[str, Callable[[], Any]], warmup: int = 1) -> dict[str, float]:
    """Median seconds of each contender, run in turn so drift in the machine's load hits them alike."""
    for run in contenders.values():
        for _ in range(warmup):
            run()
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(runs):
        for name, run in contenders.items():
            times[name].append(timed(run)[0])
    return {name: statistics.median(found) for name, found in times.items()}


def max_rss_bytes() -> int:
    """This process's peak resident set size so far (Linux reports kilobytes)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def current_rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


# ---------------------------------------------------------------- the server under test


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def running_server(store: Path, *, warm_path: str | None = None, ready_timeout: float = 600.0,
                   log: Path | None = None) -> Iterator[str]:
    """`diplograph --store STORE serve` on a free 127.0.0.1 port; yields its base URL and stops it after.

    With warm_path the server is also asked for it once (e.g. a route that builds the view), so the
    first measured request does not pay for the build; ready_timeout bounds both waits (TimeoutError).
    The server's access log is off (it costs ~0.5 ms a request here, and a benchmark's log is noise).
    """
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_file = open(log or os.devnull, "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [str(DIPLOGRAPH), "--store", str(store), "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
        env={**os.environ, "DIPLOGRAPH_ACCESS_LOG": "false"},
    )
    try:
        deadline = time.monotonic() + ready_timeout
        with httpx.Client(base_url=base, timeout=ready_timeout) as client:
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"the server exited with status {process.returncode}; see {log or 'its log'}")
                try:
                    client.get("/openapi.json", timeout=2.0)
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"the server did not answer within {ready_timeout:.0f} s") from None
                    time.sleep(0.2)
            # The server reads its actor graph and who-met-whom index at start-up: measure it once ready.
            while client.get("/health", timeout=10.0).json().get("view") == "warming":
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the server's view was not ready within {ready_timeout:.0f} s")
                time.sleep(0.5)
            if warm_path is not None:
                try:
                    client.get(warm_path, timeout=max(1.0, deadline - time.monotonic())).raise_for_status()
                except httpx.TimeoutException:
                    raise TimeoutError(f"{warm_path} did not answer within {ready_timeout:.0f} s") from None
        yield base
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)  # uvicorn shuts down cleanly and releases the store's lock
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        log_file.close()


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Result:
    """One line of the final table: a figure, and where it stands against its anchor (if it has one)."""

    benchmark: str
    measure: str
    figure: float
    unit: str
    target: str = ""  # the anchor in words: "<= 1.5x", "< 60 s"
    met: bool | None = None  # None: a figure without a target of its own
    note: str = ""


def add_results_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--results-json", type=Path, help="also write the figures as JSON rows here (run_all.py)")


def write_results(path: Path | None, results: list[Result]) -> None:
    if path is not None:
        path.write_text(json.dumps([asdict(result) for result in results], indent=1), encoding="utf-8")


def format_figure(value: float, unit: str) -> str:
    if unit in ("ms", "s", "x", "GiB", "MiB"):
        return f"{value:,.3g} {unit}" if abs(value) < 100 else f"{value:,.0f} {unit}"
    return f"{value:,.0f} {unit}" if abs(value) >= 10 else f"{value:,.3g} {unit}"


def verdict(met: bool | None) -> str:
    return "" if met is None else ("met" if met else "MISSED")


def print_table(results: list[Result]) -> None:
    rows = [("benchmark", "measure", "figure", "target", "", "note")]
    rows += [(r.benchmark, r.measure, format_figure(r.figure, r.unit), r.target, verdict(r.met), r.note)
             for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[5])
        if index == 0:
            print("  ".join("-" * width for width in widths))
