"""/sparql reads the store's revision in the event loop only when the store can give it without reading."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from diplograph.api.sparql import remembered_revision, store_revision


def request_with_generation(generation: int) -> Any:
    return SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(update_generation=generation)))


class Remembering:
    def __init__(self, remembered: str | None) -> None:
        self.remembered = remembered

    def remembered_revision(self) -> str | None:
        return self.remembered

    def revision(self) -> str:
        return "read-from-the-store"


def test_a_remembered_revision_is_used_as_is_with_the_update_generation() -> None:
    app: Any = SimpleNamespace(store=Remembering("abc"))
    assert remembered_revision(request_with_generation(3), app) == "abc:3"


def test_it_matches_what_the_thread_would_have_read() -> None:
    app: Any = SimpleNamespace(store=Remembering("read-from-the-store"))
    request = request_with_generation(1)
    assert remembered_revision(request, app) == store_revision(request, app)


def test_a_store_that_forgot_or_cannot_tell_sends_the_request_to_the_thread() -> None:
    assert remembered_revision(request_with_generation(0), SimpleNamespace(store=Remembering(None))) is None
