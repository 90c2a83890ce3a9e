"""In-process progress events. The CLI subscribes to draw a bar on a terminal (or log lines elsewhere); on a
Prefect worker nobody subscribes and the events cost nothing."""
from __future__ import annotations

from collections.abc import Callable

_listeners: list[Callable[..., None]] = []


def subscribe(listener: Callable[..., None]) -> Callable[[], None]:
    _listeners.append(listener)
    return lambda: _listeners.remove(listener)


def emit(event: str, **data) -> None:
    for listener in list(_listeners):
        try:
            listener(event, **data)
        except Exception:  # noqa: BLE001 - a display problem must never stop a load
            pass
