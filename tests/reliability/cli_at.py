"""Run `seizure-stats ARGS...` once GO_FILE exists: the imports and the Prefect client are warmed up first, so
that two of these started together run their flows at the same time. Used by test_concurrent_runs.py.

    python tests/reliability/cli_at.py GO_FILE run|backfill [ARGS...]"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

if __name__ == "__main__":
    import flows.backfill
    import flows.ingest  # noqa: F401
    from seizure_stats.cli import main
    from seizure_stats.extraction import extract

    extract("Customs seized 12 kg of cocaine in France.")  # warm: lexicons
    print("READY", flush=True)
    go = Path(sys.argv[1])
    deadline = time.monotonic() + 120
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    sys.exit(main(sys.argv[2:]))
