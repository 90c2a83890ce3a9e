"""The words of a failed query: what the user typed wrong, said as such. A misspelt keyword is a syntax error
(with its position and the keyword meant), not a refusal to write; a statement that would write is named as a
write; the driver's syntax errors carry the position where the backend gives it."""
from __future__ import annotations

import difflib
import re

#: statements that change a database or its session: refused by `query` as writes
WRITE_KEYWORDS = frozenset({
    "insert", "update", "delete", "drop", "alter", "create", "truncate", "attach", "detach", "replace", "vacuum",
    "reindex", "analyze", "analyse", "copy", "grant", "revoke", "merge", "call", "do", "begin", "commit",
    "rollback", "savepoint", "release", "set", "reset", "lock", "comment", "cluster", "refresh", "discard",
    "listen", "notify", "unlisten", "prepare", "execute", "deallocate", "import", "load", "upsert", "security",
    "reassign", "end", "start", "abort", "checkpoint",
})
_NEAR = re.compile(r'near "([^"]*)": syntax error')


def refused_statement(keyword: str, allowed: set[str]) -> tuple[bool, str]:
    """(is a write, message) for a statement whose first word is not one that reads."""
    starts = ", ".join(sorted(k.upper() for k in allowed))
    if not keyword:
        return False, f"syntax error at position 1: a query starts with one of {starts}"
    if keyword in WRITE_KEYWORDS:
        return True, (f"refused: {keyword.upper()} would change the warehouse, and `query` only reads; "
                      f"a query starts with one of {starts}")
    near = difflib.get_close_matches(keyword, sorted(allowed), n=1, cutoff=0.6)
    hint = f" (did you mean {near[0].upper()}?)" if near else ""
    return False, (f"syntax error at position 1: {keyword.upper()!r} is not an SQL keyword{hint}; a query starts "
                   f"with one of {starts}")


def driver_message(error: BaseException, sql: str) -> str:
    """The first line of the driver's error, with the position of a syntax error (1-based, in characters)."""
    orig = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    message = lines[0] if lines else type(orig).__name__
    diag = getattr(orig, "diag", None)
    position = getattr(diag, "statement_position", None) if diag is not None else None
    if position:
        pos = int(position)
        return f"{message} (at position {pos}: {sql[pos - 1:pos + 19]!r})"
    m = _NEAR.search(message)
    if m:
        token = m.group(1)
        at = sql.find(token) if token else -1
        where = f" at position {at + 1}" if at >= 0 else " at the end of the statement"
        return f"syntax error{where} near {token!r}" if token else f"syntax error{where} (incomplete statement)"
    if message.startswith("incomplete input"):
        return "syntax error at the end of the statement (incomplete input)"
    return message
