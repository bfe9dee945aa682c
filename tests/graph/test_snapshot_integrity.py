"""A damaged view snapshot is never served: any changed byte, even one that keeps the file well formed (an
actor id, a date, the revision), fails its digest, and the view is built from the store instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import fill
from test_view_patching import assert_same_view

from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import ViewCache, build_view


@pytest.mark.parametrize(("before", "after"), [(b"sergey-lavrov", b"sergey-lavrow"), (b"2022-02-15", b"2022-02-16")])
def test_a_same_length_change_in_the_snapshot_rebuilds_from_the_store(
    tmp_path: Path, before: bytes, after: bytes
) -> None:
    with EmbeddedStore(fill(tmp_path / "store")) as store:
        snapshot = tmp_path / "store.view"
        ViewCache(store, snapshot=snapshot).get()
        data = snapshot.read_bytes()
        assert before in data
        snapshot.write_bytes(data.replace(before, after, 1))
        restarted = ViewCache(store, snapshot=snapshot)
        view = restarted.get()
        assert (restarted.stats.restores, restarted.stats.full_builds) == (0, 1)
        assert_same_view(view, build_view(store))
        assert "sergey-lavrow" not in view


def test_the_revision_in_the_snapshot_is_covered_too(tmp_path: Path) -> None:
    with EmbeddedStore(fill(tmp_path / "store")) as store:
        snapshot = tmp_path / "store.view"
        ViewCache(store, snapshot=snapshot).get()
        revision = store.revision().encode()
        data = snapshot.read_bytes()
        assert revision in data
        snapshot.write_bytes(data.replace(revision, bytes(reversed(revision)), 1))
        restarted = ViewCache(store, snapshot=snapshot)
        restarted.get()
        assert (restarted.stats.restores, restarted.stats.full_builds) == (0, 1)
