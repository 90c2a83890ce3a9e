"""The extractor on held-out documents nobody tuned rules on (tests/gold), scored by the shared scorer."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CLI = Path(sys.executable).with_name("seizure-stats")


@pytest.mark.skipif(not SCORER.exists(), reason="shared/eval/score.py not present")
def test_holdout_scores_above_the_unseen_targets():
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(ROOT / "tests" / "gold"), "--quiet",
         "--cmd", f"{CLI} extract --json {{files}}"],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    f1 = float(re.search(r"figures\s+precision \S+\s+recall \S+\s+F1 (\S+)", proc.stdout).group(1))
    recall = float(re.search(r"numbers\s+precision \S+\s+recall (\S+)", proc.stdout).group(1))
    assert f1 >= 0.80, proc.stdout
    assert recall >= 0.90, proc.stdout
