"""Runs the shared scorer over the dev gold set and fails below the dev targets (skipped without it)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CLI = ROOT / ".venv" / "bin" / "seizure-stats"

pytestmark = pytest.mark.skipif(not DEV.is_dir() or not SCORER.is_file(), reason="shared/eval/dev is absent")


@pytest.fixture(scope="module")
def summary() -> str:
    cmd = f"{CLI if CLI.exists() else sys.executable + ' -m seizure_stats.cli'} extract --json {{files}}"
    proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(DEV), "--cmd", cmd, "--quiet"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_figures_f1(summary):
    p, r, f = map(float, re.search(r"figures\s+precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)", summary).groups())
    assert f >= 0.90, summary


def test_numbers(summary):
    p, r = map(float, re.search(r"numbers\s+precision ([\d.]+)\s+recall ([\d.]+)", summary).groups())
    assert r >= 0.97 and p >= 0.90, summary


def test_every_language(summary):
    line = re.search(r"F1 by language: (.*)", summary).group(1)
    scores = dict((m[0], float(m[1])) for m in re.findall(r"(\w+) ([\d.]+)", line))
    assert len(scores) == 7 and min(scores.values()) >= 0.80, line
