"""The view is saved beside the store and restored at the next start, then patched with what changed since."""

from __future__ import annotations

from pathlib import Path

from conftest import lavrov_meets_putin
from test_view_patching import assert_same_view, kyiv_visit

from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import ViewCache, build_view
from diplograph.settings import Settings


def test_a_new_cache_restores_the_saved_view_instead_of_building_it(
    filled_store: EmbeddedStore, tmp_path: Path
) -> None:
    snapshot = tmp_path / "store.view"
    ViewCache(filled_store, snapshot=snapshot).get()
    assert snapshot.is_file()
    restarted = ViewCache(filled_store, snapshot=snapshot)
    view = restarted.get()
    stats = restarted.stats
    assert (stats.restores, stats.full_builds, stats.last_mode) == (1, 0, "reuse")
    assert_same_view(view, build_view(filled_store))


def test_documents_changed_since_the_snapshot_are_patched_in(filled_store: EmbeddedStore, tmp_path: Path) -> None:
    snapshot = tmp_path / "store.view"
    ViewCache(filled_store, snapshot=snapshot).get()
    filled_store.put(kyiv_visit())
    filled_store.delete("talks")
    restarted = ViewCache(filled_store, snapshot=snapshot, rebuild_fraction=1.0)
    view = restarted.get()
    assert (restarted.stats.restores, restarted.stats.full_builds, restarted.stats.last_mode) == (1, 0, "incremental")
    assert_same_view(view, build_view(filled_store))


def test_closing_saves_a_view_patched_since_the_last_save(filled_store: EmbeddedStore, tmp_path: Path) -> None:
    snapshot = tmp_path / "store.view"
    cache = ViewCache(filled_store, snapshot=snapshot)
    cache.get()
    filled_store.put(kyiv_visit())
    cache.get()
    cache.close()
    filled_store.delete("kyiv")  # restored, then patched: the snapshot must have had the Kyiv visit in it
    restarted = ViewCache(filled_store, snapshot=snapshot)
    view = restarted.get()
    assert (restarted.stats.restores, restarted.stats.last_mode) == (1, "incremental")
    assert_same_view(view, build_view(filled_store))


def test_a_damaged_snapshot_is_ignored_and_the_view_built_from_the_store(
    filled_store: EmbeddedStore, tmp_path: Path
) -> None:
    snapshot = tmp_path / "store.view"
    ViewCache(filled_store, snapshot=snapshot).get()
    snapshot.write_bytes(snapshot.read_bytes()[:-40])
    restarted = ViewCache(filled_store, snapshot=snapshot)
    view = restarted.get()
    assert (restarted.stats.restores, restarted.stats.full_builds) == (0, 1)
    assert_same_view(view, build_view(filled_store))


def test_a_file_that_is_not_a_snapshot_is_ignored(filled_store: EmbeddedStore, tmp_path: Path) -> None:
    snapshot = tmp_path / "store.view"
    snapshot.write_text("not a snapshot")
    cache = ViewCache(filled_store, snapshot=snapshot)
    assert_same_view(cache.get(), build_view(filled_store))
    assert cache.stats.full_builds == 1


def test_invalidating_the_view_removes_the_snapshot_that_would_bring_it_back(
    filled_store: EmbeddedStore, tmp_path: Path
) -> None:
    snapshot = tmp_path / "store.view"
    cache = ViewCache(filled_store, snapshot=snapshot)
    cache.get()
    cache.invalidate()
    assert not snapshot.exists()


def test_the_snapshot_sits_beside_an_embedded_store_and_can_be_turned_off() -> None:
    assert Settings(store="/srv/news/store").view_snapshot_path == Path("/srv/news/store.view")
    assert Settings(store="/srv/news/store", view_snapshot="none").view_snapshot_path is None
    assert Settings(store="http://127.0.0.1:7878").view_snapshot_path is None
    assert Settings(store="data", view_snapshot="/tmp/v").view_snapshot_path == Path("/tmp/v")


def test_a_snapshot_of_another_store_state_is_never_trusted_blindly(store: EmbeddedStore, tmp_path: Path) -> None:
    """Restored views are always checked against the catalogue's hashes: a snapshot of an empty store is
    patched up to the documents put since."""
    snapshot = tmp_path / "store.view"
    ViewCache(store, snapshot=snapshot).get()
    store.put(lavrov_meets_putin())
    restarted = ViewCache(store, snapshot=snapshot, rebuild_fraction=1.0)
    assert_same_view(restarted.get(), build_view(store))
