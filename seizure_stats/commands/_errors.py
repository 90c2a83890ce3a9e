"""How a command fails: one line on stderr that names what is wrong (the file, source and key, the closest valid
value), an exit code a script can test, and no traceback unless `--debug` asks for one.

Exit codes: 2 for a mistake in the arguments, settings or sources file (nothing was started), 3 when the
warehouse database cannot be reached or is not a database (nothing was read or written), 1 for anything else.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable

USAGE = 2
DEBUG = False  # set by `cli.main` for --debug / SEIZURE_STATS_DEBUG: tracebacks are shown
WAREHOUSE = 3
UNEXPECTED = 1


class CommandError(Exception):
    """A failure meant for the person who typed the command: `str(error)` is the whole message, one line."""

    def __init__(self, message: str, code: int = USAGE):
        super().__init__(" ".join(str(message).split()))
        self.code = code


def closest(word: str, choices: Iterable[str], *, cutoff: float = 0.6) -> str | None:
    """The valid choice nearest to a misspelt one (difflib), or None when nothing is near."""
    found = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=cutoff)
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str], *, cutoff: float = 0.6) -> str:
    """' (did you mean 'x'?)' or ''."""
    near = closest(word, choices, cutoff=cutoff)
    return f" (did you mean {near!r}?)" if near else ""


def one_line(text: object) -> str:
    """The first non-empty line of a message, whitespace collapsed."""
    for line in str(text).splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""
