"""Argument types shared by the commands: a wrong value is named with what is expected (argparse turns the
ArgumentTypeError into the one-line message of `cli.Parser`)."""
from __future__ import annotations

import argparse
from datetime import date


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD ({e})") from e


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return n


def wide_output() -> bool:
    """Tables fit their content when the output is not a terminal (a file, a pipe): nothing is cut."""
    import sys

    return not sys.stdout.isatty()
