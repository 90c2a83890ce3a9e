"""Run the ingest flow once: what is new in every configured source (or the ones named) is fetched, extracted,
validated and loaded into the warehouse. Without a Prefect server configured (PREFECT_API_URL), Prefect starts
a temporary one for the run. The sources file, the names given and the warehouse are checked first: a mistake
is one line and exit 2 (3 for an unreachable warehouse) before Prefect starts."""
from __future__ import annotations

import argparse

from seizure_stats.commands._flowrun import run_flow

HELP = "run the ingest flow once over the configured sources"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="the run's summary as tables (default) or one JSON object (for scripts)")
    p.add_argument("--source", action="append", dest="sources", metavar="NAME",
                   help="only this source (repeatable); default: every enabled source of the sources file")


def run(args: argparse.Namespace) -> int:
    from seizure_stats.cli import prefect_defaults
    from seizure_stats.commands._checks import (
        checked_warehouse_url, selected_sources, writable_data_dir)

    selected_sources(args.sources)
    checked_warehouse_url()
    writable_data_dir()

    def ingest():  # the flow's final state (a run whose every source failed ends Failed)
        prefect_defaults()
        from flows.ingest import ingest
        from seizure_stats.commands._quiet import console_without_tracebacks

        console_without_tracebacks()

        return ingest(sources=args.sources, return_state=True)

    return run_flow("run", "ingest", ingest, args.format)
