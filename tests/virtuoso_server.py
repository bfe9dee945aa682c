"""A real Virtuoso Open Source 7 (Debian's `virtuoso-opensource`) on free ports, for the remote store's tests.

Started once per test session (it takes 10 to 20 s) on a throw-away database directory; `make test`
installs the package where it runs as root, as it does jing. Tests clear what they wrote between them.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from servers import free_port, running

from diplograph.settings import Settings

# The user the updates authenticate as on /sparql-auth (digest): made at the start as docs/scaling.md says
# a deployment makes its own, granted SPARQL_UPDATE and nothing else, by the administrator of the fresh
# database (dba, password dba).
USER, PASSWORD = "diplograph", "test-only"
GRANT = f"DB.DBA.USER_CREATE('{USER}', '{PASSWORD}'); GRANT SPARQL_UPDATE TO \"{USER}\";"
MISSING = "Virtuoso is not installed (apt-get install virtuoso-opensource; `make test` does so as root)"

# Everything in the throw-away directory; ResultSetMaxRows above any answer the tests ask for (Debian's
# 10,000 would cut the view's scans short), no query time limit, and the [URIQA] host that names the
# service-description graph as the profile expects.
INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
CaseMode = 2
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = .
[HTTPServer]
ServerPort = {http_port}
ServerRoot = {dir}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8
[URIQA]
DefaultHost = localhost:8890
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


def virtuoso_command() -> str | None:
    return shutil.which("virtuoso-t")


@contextmanager
def running_virtuoso(directory: Path, *, timeout: float = 90.0) -> Iterator[str]:
    """`virtuoso-t +foreground` on a fresh database in ``directory``; yields its HTTP base URL."""
    command = virtuoso_command()
    if command is None:
        raise RuntimeError(MISSING)
    http_port, sql_port = free_port(), free_port()
    config = directory / "virtuoso.ini"
    config.write_text(INI.format(dir=directory, http_port=http_port, sql_port=sql_port), encoding="utf-8")
    url = f"http://127.0.0.1:{http_port}"
    with running([command, "+configfile", str(config), "+foreground"], log_path=directory / "stdout.log",
                 name=f"Virtuoso at {url}", timeout=timeout,
                 ready=lambda: httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=2.0).status_code == 200):
        subprocess.run([shutil.which("isql-vt") or "isql-vt", str(sql_port), "dba", "dba", f"exec={GRANT}"],
                       check=True, capture_output=True, timeout=60)
        yield url


def virtuoso_settings(url: str, **more: object) -> Settings:
    return Settings(store=url, store_profile="virtuoso", store_user=USER, store_password=PASSWORD, **more)  # type: ignore[arg-type]


def clear(url: str) -> None:
    """Drop every graph but Virtuoso's own (CLEAR ALL would drop its quad-map schema too)."""
    from diplograph.graph.store.remote import RemoteStore

    with RemoteStore.from_settings(virtuoso_settings(url)) as store:
        for graph in store.graph_names():
            store.update(f"DROP SILENT GRAPH <{graph}>")
