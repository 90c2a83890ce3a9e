"""Prefect flows: they wire the plain functions of `seizure_stats.pipeline` into tasks with retries,
concurrency, logging and artifacts. Nothing outside this package imports Prefect."""
