"""`--store` given as the current directory (or any path without a name of its own) is a store like any."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.settings import Settings


def test_stats_on_the_current_directory_prints_the_totals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--store", ".", "stats"])
    assert result.exit_code == 0, result.output
    assert "documents: 0" in result.output
    assert Settings(store=".").view_snapshot_path == tmp_path.resolve().with_name(tmp_path.name + ".view")
