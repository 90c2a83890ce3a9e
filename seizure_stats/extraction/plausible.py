"""Figures that cannot be what they claim: 11.6 million participating countries, 1.4 trillion euros seized.

Such a number was read with the wrong metric (a currency amount as a count, a shipment total as a seizure); it is
better not emitted than loaded and quarantined. The bounds live in `plausible.yaml`, with their sources.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

KEYS = {"version", "max", "small_currency_factor", "small_currencies"}


@lru_cache(maxsize=1)
def _limits() -> dict:
    data = yaml.safe_load(Path(__file__).with_name("plausible.yaml").read_text(encoding="utf-8"))
    unknown = set(data) - KEYS
    if unknown:
        raise ValueError(f"plausible.yaml: unknown key(s) {sorted(unknown)}; valid keys are {sorted(KEYS)}")
    return data


def plausible(metric: str, value: float, unit: str) -> bool:
    limits = _limits()
    bound = limits["max"].get(metric)
    if bound is None:
        return True
    if metric == "value" and unit in limits["small_currencies"]:
        bound *= limits["small_currency_factor"]
    return 0 <= value <= bound
