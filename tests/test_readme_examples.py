"""The outputs the README shows are produced here again, so they cannot go stale: the examples are ingested as
`make run` does (the real CLI in its own process, with its temporary Prefect server) into a fresh warehouse, then
every README block that starts with `$ .venv/bin/seizure-stats ...` is run and its output compared line by line
with the lines shown under it. The task names the README gives are the ones Prefect shows."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLI = Path(sys.executable).with_name("seizure-stats")
PROMPT = "$ .venv/bin/seizure-stats "


def shown_examples() -> list[tuple[str, list[str]]]:
    """(command line, output lines) of each README block that shows a seizure-stats command and its output."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```[a-z]*\n(.*?)```", readme, re.S):
        lines = block.rstrip("\n").splitlines()
        if lines and lines[0].startswith(PROMPT):
            out.append((lines[0][len(PROMPT):], lines[1:]))
    return out


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("readme")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SEIZURE_STATS_"))}
    # what the Makefile sets for `make run`
    env.update(SEIZURE_STATS_DATA_DIR=str(tmp / "data"), PREFECT_HOME=str(tmp / "data" / "prefect"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    proc = subprocess.run([str(CLI), "run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return env


def test_the_readme_shows_examples_with_their_output():
    examples = shown_examples()
    assert len(examples) >= 2 and all(lines for _, lines in examples)


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("command", [c for c, _ in shown_examples()])
def test_readme_example_output_is_what_the_command_prints(data_dir, command):
    shown = dict(shown_examples())[command]
    proc = subprocess.run([str(CLI), *shlex.split(command)], cwd=ROOT, env=data_dir, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == shown, "\n" + proc.stdout


def test_the_task_names_the_readme_gives_are_the_ones_prefect_shows():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tasks = (ROOT / "flows" / "tasks.py").read_text(encoding="utf-8")
    declared = dict(re.findall(r'name="([a-z-]+)".*?task_run_name="([^"]+)"', tasks, re.S))
    assert declared["ingest-batch"] == "batch-{source.name}-{number}"
    assert "`batch-<source>-<n>`" in readme and "`plan-<source>`" in readme
