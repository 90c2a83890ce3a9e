"""Which process runs a flow run, and whether it still lives: a run row carries the pid, the host and the
process's start time (a pid is reused; pid and start time together are not), so the next run can tell a run
whose process was killed from one still going, without asking the orchestrator."""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass

import psutil


@dataclass(frozen=True)
class ProcessId:
    pid: int
    host: str
    started: float


def current() -> ProcessId:
    return ProcessId(os.getpid(), socket.gethostname(), psutil.Process().create_time())


def is_gone(pid: int | None, host: str | None, started: float | None) -> bool:
    """True only when the process certainly no longer exists: same host, and no process with that pid and start
    time. A process of another host (or an unrecorded one) is never declared gone."""
    if pid is None or host != socket.gethostname():
        return False
    try:
        proc = psutil.Process(int(pid))
        if proc.status() == psutil.STATUS_ZOMBIE:
            return True
        return started is not None and abs(proc.create_time() - float(started)) > 1.0
    except psutil.NoSuchProcess:
        return True
    except psutil.Error:  # access denied: it exists
        return False
