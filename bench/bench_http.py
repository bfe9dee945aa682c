"""The HTTP API under load: /actors/{id}/met and /paths at a fixed request rate from a separate process.

`diplograph --store DIR serve` runs on a free 127.0.0.1 port (a subprocess); its view is built by one
warm-up request (bounded by --warm-timeout) before any load. The load comes from another process
(this script with --loadgen): asyncio, open loop, requests started at a fixed --rate for --duration
seconds whatever the server's pace, each bounded by --request-timeout, at most --max-in-flight
outstanding (a request that would exceed it is counted as an error, not sent). The client is a few
lines over keep-alive sockets, as wrk is (--client raw, the default): httpx (--client httpx) spends
several times the server's CPU per request, so on two shared cores it measured itself. Each loaded
run prints the client's CPU per request and the load average, since other work shares the machine.
Latency is from the request's scheduled start to its last byte, so a server that falls behind shows
it in the percentiles. Actors are drawn uniformly from the population (seeded); pairs for /paths too.
The requests use each route's defaults: one page of /met (50 counterparts, 5 events each), /paths
with 10 events per hop; the first request for an actor (or the first search on a view) is cold.

Targets (issue #6): /paths p50 < 20 ms; /actors/{id}/met p99 < 50 ms at 200 requests/s, no errors.
The store's revision() is timed on its own too: a server reads it once at start, then remembers it.

    .venv/bin/python bench/bench_http.py --events 200000 [--rate 200] [--duration 20] [--client raw|httpx]

The server runs with its access log off (DIPLOGRAPH_ACCESS_LOG=false; ~0.5 ms a request on this machine).
All traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    DEFAULT_EVENTS,
    Result,
    add_results_argument,
    load_manifest,
    running_server,
    store_dir,
    store_root,
    write_results,
)

PATHS_P50_TARGET_MS = 20.0
MET_P99_TARGET_MS = 50.0


# ---------------------------------------------------------------- the load generator (its own process)


class KeepAliveConnections:
    """HTTP/1.1 GETs over keep-alive connections to one host, each connection carrying one request at a time.

    The load generator's own cost per request must stay far below the server's: httpx's AsyncClient spent
    ~16 ms of CPU per request here (8.3 s for 505 answers, while the server used 9% of a core), so at 200
    requests/s on two shared cores the client, not the server, fell behind. This is what wrk does: write the
    request, read the head, read Content-Length bytes (or the chunks).
    """

    def __init__(self, base: str) -> None:
        address = base.removeprefix("http://").rstrip("/")
        self.host, _, port = address.partition(":")
        self.port = int(port or 80)
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.request_head = f"Host: {address}\r\nAccept: application/json\r\n\r\n".encode()

    async def get(self, path: str) -> int:
        """The status of GET path; the body is read in full and dropped."""
        if self.idle:
            try:
                return await self._get(path, *self.idle.pop())
            except (ConnectionError, asyncio.IncompleteReadError):
                pass  # the server closed the idle connection (keep-alive timeout): once more on a new one
        return await self._get(path, *await asyncio.open_connection(self.host, self.port))

    async def _get(self, path: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> int:
        try:
            writer.write(b"GET " + path.encode() + b" HTTP/1.1\r\n" + self.request_head)
            head = (await reader.readuntil(b"\r\n\r\n")).lower()
            length, chunked = 0, False
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name == b"content-length":
                    length = int(value)
                elif name == b"transfer-encoding" and b"chunked" in value:
                    chunked = True
            if chunked:
                while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                    await reader.readexactly(size + 2)
                await reader.readuntil(b"\r\n")
            else:
                await reader.readexactly(length)
        except BaseException:
            writer.close()
            raise
        if b"connection: close" in head:
            writer.close()
        else:
            self.idle.append((reader, writer))
        return int(head[9:12])

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()


async def generate_load(base: str, paths: list[str], rate: float, duration: float, timeout: float,
                        max_in_flight: int, client_kind: str = "raw") -> dict[str, float]:
    assert base.startswith("http://127.0.0.1:"), "the load generator only talks to 127.0.0.1"
    latencies: list[float] = []
    errors: dict[str, int] = {}
    in_flight = 0
    raw = KeepAliveConnections(base)
    limits = httpx.Limits(max_connections=max_in_flight, max_keepalive_connections=max_in_flight)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:

        async def status_of(path: str) -> int:
            if client_kind == "raw":
                return await asyncio.wait_for(raw.get(path), timeout)
            response = await client.get(path)
            await response.aread()
            return response.status_code

        async def one(path: str, scheduled: float) -> None:
            nonlocal in_flight
            try:
                status = await status_of(path)
                if status == 200:
                    latencies.append(time.perf_counter() - scheduled)
                else:
                    errors[f"HTTP {status}"] = errors.get(f"HTTP {status}", 0) + 1
            except (TimeoutError, httpx.HTTPError, OSError, asyncio.IncompleteReadError, ValueError) as error:
                kind = "ReadTimeout" if isinstance(error, TimeoutError) else type(error).__name__
                errors[kind] = errors.get(kind, 0) + 1
            finally:
                in_flight -= 1

        tasks = []
        start, cpu_start = time.perf_counter(), time.process_time()
        total = int(rate * duration)
        for index in range(total):
            scheduled = start + index / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            if in_flight >= max_in_flight:
                errors["not sent: too many in flight"] = errors.get("not sent: too many in flight", 0) + 1
                continue
            in_flight += 1
            tasks.append(asyncio.create_task(one(paths[index % len(paths)], scheduled)))
        await asyncio.wait(tasks, timeout=timeout + 5) if tasks else None
        elapsed = time.perf_counter() - start
        client_cpu = time.process_time() - cpu_start
    raw.close()
    ordered = sorted(latencies)

    def percentile(fraction: float) -> float:
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1e3 if ordered else float("nan")

    return {"scheduled": total, "ok": len(ordered), "errors": sum(errors.values()), "error_kinds": errors,
            "seconds": elapsed, "rps": len(ordered) / elapsed, "p50_ms": percentile(0.50),
            "p99_ms": percentile(0.99), "max_ms": ordered[-1] * 1e3 if ordered else float("nan"),
            "client_cpu_ms_per_request": 1e3 * client_cpu / max(1, len(tasks))}


def run_loadgen(args: argparse.Namespace) -> None:
    paths = json.loads(Path(args.loadgen).read_text(encoding="utf-8"))
    summary = asyncio.run(generate_load(args.base, paths, args.rate, args.duration, args.request_timeout,
                                        args.max_in_flight, args.client))
    print(json.dumps(summary))


def load_from_another_process(args: argparse.Namespace, base: str, paths: list[str], name: str) -> dict:
    path_file = store_root(args.events) / f"load-{name}.json"
    path_file.write_text(json.dumps(paths), encoding="utf-8")
    command = [sys.executable, __file__, "--loadgen", str(path_file), "--base", base, "--rate", str(args.rate),
               "--duration", str(args.duration), "--request-timeout", str(args.request_timeout),
               "--max-in-flight", str(args.max_in_flight), "--client", args.client]
    output = subprocess.run(command, check=True, capture_output=True, text=True,
                            timeout=args.duration + args.request_timeout + 60).stdout
    summary: dict = json.loads(output.strip().splitlines()[-1])
    return summary


# ---------------------------------------------------------------- the benchmark


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS, help="the synthetic store")
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of load per route")
    parser.add_argument("--request-timeout", type=float, default=10.0, help="seconds one request may take")
    parser.add_argument("--max-in-flight", type=int, default=256, help="most outstanding requests")
    parser.add_argument("--client", choices=["raw", "httpx"], default="raw",
                        help="the load generator's HTTP client: raw keep-alive sockets (like wrk; default) or httpx, "
                        "whose own CPU per request is several times the server's")
    parser.add_argument("--warm-timeout", type=float, default=300.0, help="seconds the first (view-building) "
                        "request may take")
    parser.add_argument("--sequential", type=int, default=10, help="unloaded requests per route first")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--loadgen", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    add_results_argument(parser)
    args = parser.parse_args()
    if args.loadgen:
        run_loadgen(args)
        return

    manifest = load_manifest(args.events)
    rng = random.Random(args.seed)
    actors = sorted(manifest["degree"])
    met_paths = [f"/actors/{rng.choice(actors)}/met" for _ in range(500)]
    path_paths = [f"/paths?{urlencode(dict(zip(('source', 'target'), rng.sample(actors, 2), strict=True)))}"
                  for _ in range(500)]
    print(f"store: {manifest['events']:,} events; {args.rate:.0f} requests/s for "
          f"{args.duration:.0f} s per route from a separate process; actors drawn uniformly")
    results: list[Result] = []

    # What a server pays once at start (then remembers, as the only writer): the catalogue's digest.
    from diplograph.graph.store import open_store
    from diplograph.settings import Settings

    times = []
    for _ in range(3):  # a fresh store object each time: it remembers its revision after the first read
        store = open_store(Settings(store=str(store_dir(args.events))), read_only=True)
        start = time.perf_counter()
        store.revision()
        times.append(time.perf_counter() - start)
        store.close()
    revision_ms = statistics.median(times) * 1e3
    print(f"store.revision(): {revision_ms:.1f} ms (median of 3), read once when the server starts")
    results.append(Result("http", "store.revision() uncached", revision_ms, "ms",
                          note=f"{manifest['documents']:,} documents in the catalogue"))

    try:
        with running_server(store_dir(args.events), warm_path=met_paths[0], ready_timeout=args.warm_timeout,
                            log=store_root(args.events) / "serve-http.log") as base:
            # Unloaded: one request at a time, so a route that cannot keep up with the rate still has a figure.
            with httpx.Client(base_url=base, timeout=args.request_timeout * 6) as client:
                for name, paths in (("/actors/{id}/met", met_paths), ("/paths", path_paths)):
                    times, statuses = [], []
                    for path in paths[:args.sequential]:
                        start = time.perf_counter()
                        statuses.append(client.get(path).status_code)
                        times.append(time.perf_counter() - start)
                    median_ms = statistics.median(times) * 1e3
                    print(f"{name:<18} unloaded: median {median_ms:8.1f} ms over {len(times)} sequential requests "
                          f"(statuses {sorted(set(statuses))})")
                    results.append(Result("http", f"{name} unloaded latency", median_ms, "ms",
                                          note=f"median of {len(times)} sequential requests"))
            for name, paths, measure, target, check in (
                ("/actors/{id}/met", met_paths, "p99_ms", f"p99 < {MET_P99_TARGET_MS:.0f} ms, 0 errors",
                 lambda s: s["p99_ms"] < MET_P99_TARGET_MS and s["errors"] == 0),
                ("/paths", path_paths, "p50_ms", f"p50 < {PATHS_P50_TARGET_MS:.0f} ms",
                 lambda s: s["p50_ms"] < PATHS_P50_TARGET_MS),
            ):
                load_before = os.getloadavg()[0]
                summary = load_from_another_process(args, base, paths, name.strip("/").replace("/", "-"))
                load = f"load average {load_before:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
                kinds = ", ".join(f"{kind}: {count}" for kind, count in summary["error_kinds"].items()) or "none"
                print(f"{name:<18} {summary['rps']:7.1f} req/s  p50 {summary['p50_ms']:8.1f} ms  "
                      f"p99 {summary['p99_ms']:8.1f} ms  max {summary['max_ms']:8.1f} ms  "
                      f"ok {summary['ok']}/{summary['scheduled']}  errors {summary['errors']} ({kinds}); "
                      f"{args.client} client {summary['client_cpu_ms_per_request']:.2f} ms CPU per request; {load}")
                results.extend([
                    Result("http", f"{name} throughput", summary["rps"], "req/s",
                           note=f"offered {args.rate:.0f}/s; {load}"),
                    Result("http", f"{name} p50", summary["p50_ms"], "ms",
                           *((target, check(summary)) if measure == "p50_ms" else ())),
                    Result("http", f"{name} p99", summary["p99_ms"], "ms",
                           *((target, check(summary)) if measure == "p99_ms" else ())),
                    Result("http", f"{name} errors", summary["errors"], "", note=kinds),
                ])
    except TimeoutError as error:
        print(f"the server's first request did not finish: {error}; no load was offered")
        for name, target in (("/actors/{id}/met p99", f"p99 < {MET_P99_TARGET_MS:.0f} ms"),
                             ("/paths p50", f"p50 < {PATHS_P50_TARGET_MS:.0f} ms")):
            results.append(Result("http", name, args.warm_timeout * 1e3, "ms", target, False,
                                  note=f"first request (view build) did not answer within {args.warm_timeout:.0f} s"))
    write_results(args.results_json, results)


if __name__ == "__main__":
    main()
