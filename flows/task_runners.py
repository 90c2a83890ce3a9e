"""Where tasks run: threads in the flow's process by default, or Dask worker processes (a local cluster, or
an existing scheduler at SEIZURE_STATS_DASK_ADDRESS) when extraction needs more than one core."""
from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

from seizure_stats.settings import get_settings


def from_settings():
    settings = get_settings()
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": settings.task_workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    return ThreadPoolTaskRunner(max_workers=settings.task_workers)
