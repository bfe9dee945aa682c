"""The shared evaluation runs `diplograph extract` and prints its scores; #3's targets hold on the dev set."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCORE = REPO.parent / "shared" / "eval" / "score.py"
DEV = REPO.parent / "shared" / "eval" / "dev"

pytestmark = pytest.mark.skipif(not SCORE.is_file(), reason=f"the shared evaluation is not beside the repo ({SCORE})")


@pytest.fixture(scope="module")
def report() -> str:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    done = subprocess.run([sys.executable, str(SCORE), str(DEV)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def summary(report: str) -> dict[str, float]:
    last = report.strip().splitlines()[-1]
    values = dict(re.findall(r"(exact|lenient) P=[\d.]+ R=[\d.]+ F1=([\d.]+)", last))
    violations = re.search(r"forbidden asserted=(\d+)", last)
    assert violations, last
    return {"exact": float(values["exact"]), "lenient": float(values["lenient"]),
            "violations": float(violations[1])}


def test_the_evaluation_prints_its_summary_line(report: str) -> None:
    assert report.strip().splitlines()[-1].startswith("exact P=")


def test_exact_f1_is_at_least_0_80_and_lenient_at_least_0_90(report: str) -> None:
    scores = summary(report)
    assert scores["exact"] >= 0.80, report
    assert scores["lenient"] >= 0.90, report


def test_no_forbidden_triple_is_asserted(report: str) -> None:
    assert summary(report)["violations"] == 0, report


def test_dates_are_right_on_at_least_nine_in_ten_matched_triples(report: str) -> None:
    exact = report.split("== lenient")[0]
    right, total = map(int, re.search(r"date right on (\d+)/(\d+)", exact).groups())
    assert right / total >= 0.9, exact


def test_our_own_probe_set_keeps_its_precision_and_recall() -> None:
    """tests/data/probe: 41 documents written for this repo (not the dev set), a guard against regressions."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    done = subprocess.run([sys.executable, str(SCORE), str(REPO / "tests" / "data" / "probe"), "--quiet"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    scores = summary(done.stdout)
    assert scores["exact"] >= 0.85, done.stdout
    assert scores["violations"] == 0, done.stdout
