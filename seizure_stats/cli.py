"""`seizure-stats`: one sub-command per public module in `seizure_stats.commands` (each defines `HELP`,
`add_arguments(parser)` and `run(args) -> int`), so adding a command touches no other file."""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from seizure_stats import __version__, commands
from seizure_stats.settings import get_settings


def _prefect_defaults() -> None:
    """Keep Prefect's home inside the data folder and its telemetry off, unless the operator said otherwise."""
    settings = get_settings()
    os.environ.setdefault("PREFECT_HOME", str((settings.data_dir / "prefect").resolve()))
    os.makedirs(os.environ["PREFECT_HOME"], exist_ok=True)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # the temporary server of an in-process run starts slowly on a busy 2-core machine (default: 20 s)
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seizure-stats", description="Seizure statistics from press releases, bulletins and datasets.")
    parser.add_argument("--version", action="version", version=f"seizure-stats {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        name = getattr(module, "NAME", info.name.replace("_", "-"))
        p = sub.add_parser(name, help=module.HELP, description=module.__doc__ or module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    _prefect_defaults()
    args = build_parser().parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
