"""`seizure-stats`: one sub-command per public module in `seizure_stats.commands` (each defines `HELP`,
`add_arguments(parser)` and `run(args) -> int`), so adding a command touches no other file.

Every mistake a user can make ends here as one line on stderr and an exit code (see `commands/_errors.py`),
before Prefect starts or the warehouse is touched; `--debug` adds the traceback."""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import traceback

from seizure_stats import __version__, commands
from seizure_stats.commands import _errors
from seizure_stats.commands._errors import UNEXPECTED, USAGE, CommandError, closest, did_you_mean, one_line

PROG = "seizure-stats"


def prefect_defaults() -> None:
    """Keep Prefect's home inside the data folder and its telemetry off, unless the operator said otherwise.
    Called by the commands that run a flow, before they import Prefect (importing it writes to PREFECT_HOME)."""
    from seizure_stats.settings import get_settings

    settings = get_settings()
    os.environ.setdefault("PREFECT_HOME", str((settings.data_dir / "prefect").resolve()))
    os.makedirs(os.environ["PREFECT_HOME"], exist_ok=True)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # the temporary server of an in-process run starts slowly on a busy 2-core machine (default: 20 s)
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


class Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line (with the nearest valid choice) instead of the usage block."""

    def error(self, message: str):
        hint = ""
        if "invalid choice:" in message:
            wrong = message.split("invalid choice:", 1)[1].split("(choose from", 1)[0].strip().strip("'\"")
            choices = [a for action in self._actions for a in (action.choices or ())]
            hint = did_you_mean(wrong, choices)
        self.exit(USAGE, f"{self.prog}: {one_line(message)}{hint} (see {self.prog} --help)\n")


def build_parser() -> Parser:
    parser = Parser(prog=PROG, description="Seizure statistics from press releases, bulletins and datasets.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show the traceback of an error (also accepted after the command)")
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


def _unrecognized(parser: Parser, command: str | None, extras: list[str]) -> None:
    """Arguments the command does not take: name the first, and the option it was probably meant to be."""
    sub = parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            sub = action.choices[command]
    wrong = extras[0]
    options = [o for a in sub._actions for o in a.option_strings]
    hint = did_you_mean(wrong.split("=", 1)[0], options) if wrong.startswith("-") else ""
    what = "option" if wrong.startswith("-") else "argument"
    sub.exit(USAGE, f"{sub.prog}: unknown {what} {wrong!r}{hint} (see {sub.prog} --help)\n")


def _settings_problem() -> str | None:
    """The environment's settings are read once; a bad SEIZURE_STATS_* value is named with what it should be."""
    from pydantic import ValidationError

    from seizure_stats.settings import get_settings

    from seizure_stats.settings import Settings

    names = [f"SEIZURE_STATS_{f.upper()}" for f in Settings.model_fields]
    for var in sorted(os.environ):
        if var.startswith("SEIZURE_STATS_") and var not in names:
            near = closest(var, names, cutoff=0.85)  # a typo of a setting; other SEIZURE_STATS_* are not ours
            if near:
                return f"{var} is not a setting (did you mean {near}?)"
    try:
        get_settings()
    except ValidationError as e:
        err = e.errors()[0]
        name = "SEIZURE_STATS_" + "_".join(str(p) for p in err["loc"]).upper()
        return f"{name}={err.get('input')!r} is not valid: {one_line(err['msg'])}"
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv or os.environ.get("SEIZURE_STATS_DEBUG", "").lower() in ("1", "true", "yes")
    argv = [a for a in argv if a != "--debug"]
    _errors.DEBUG = debug
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        _unrecognized(parser, args.command, extras)
    prog = f"{PROG} {args.command}"
    problem = _settings_problem()
    if problem:
        sys.stderr.write(f"{prog}: {problem}\n")
        return USAGE
    try:
        return int(args._run(args) or 0)
    except CommandError as e:
        if debug:
            traceback.print_exc()
        sys.stderr.write(f"{prog}: {e}\n")
        return e.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # noqa: BLE001 - whatever it is, the user gets one line (and --debug the rest)
        if debug:
            traceback.print_exc()
        sys.stderr.write(f"{prog}: unexpected error: {type(e).__name__}: {one_line(e) or 'no message'} "
                         f"(run again with --debug for the traceback)\n")
        return UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
