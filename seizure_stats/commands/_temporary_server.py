"""The temporary Prefect server of a CLI run dies with the CLI. Without PREFECT_API_URL, Prefect starts a server
subprocess for the run and stops it at exit; a CLI killed with SIGKILL never reaches its exit handlers, and the
server used to live on. Started here instead, before the flow, with the kernel's parent-death signal (Linux
prctl PR_SET_PDEATHSIG): when the CLI dies, however, the server gets SIGTERM. Prefect then finds this server
(it keeps one per process) and uses it as it would its own."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import types

PR_SET_PDEATHSIG = 1


def _die_with(parent: int):
    def preexec() -> None:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)
    return preexec


def start_tied_to_this_process() -> str | None:
    """Start Prefect's temporary server bound to this process's life; returns its API URL, or None when a server is
    configured (PREFECT_API_URL) or the platform has no parent-death signal."""
    import prefect.main  # noqa: F401 - sets up Prefect's logging: the server's start is logged
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value() or not sys.platform.startswith(
            "linux"):
        return None
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    if server.running:
        return server.api_url
    parent = os.getpid()

    def run_uvicorn_command(self):
        popen = subprocess.Popen

        def tied(*args, **kwargs):
            kwargs["preexec_fn"] = _die_with(parent)
            return popen(*args, **kwargs)

        subprocess.Popen = tied
        try:
            return SubprocessASGIServer._run_uvicorn_command(self)
        finally:
            subprocess.Popen = popen

    server._run_uvicorn_command = types.MethodType(run_uvicorn_command, server)
    server.start()
    return server.api_url
