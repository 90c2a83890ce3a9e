"""Prefect's console log during a CLI run: one line per failed task, without the traceback (the run's summary says
which source failed and why, in words). The traceback still goes to Prefect's API (the UI keeps it), and
`--debug` prints it on the console too."""
from __future__ import annotations

import logging

from seizure_stats.commands import _errors


class _WithoutTraceback(logging.Formatter):
    """Formats a record with the handler's own formatter, minus its exception (restored for other handlers)."""

    def __init__(self, inner: logging.Formatter | None):
        super().__init__()
        self.inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return self.inner.format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def console_without_tracebacks() -> None:
    """Call after Prefect is imported (its logging is set up then). Only console (stream) handlers change."""
    if _errors.DEBUG:
        return
    loggers = [logging.getLogger(), *(lg for name, lg in logging.Logger.manager.loggerDict.items()
                                      if name.startswith("prefect") and isinstance(lg, logging.Logger))]
    for logger in loggers:
        for handler in logger.handlers:
            if isinstance(handler, logging.StreamHandler) and not isinstance(handler.formatter, _WithoutTraceback):
                handler.setFormatter(_WithoutTraceback(handler.formatter))
