"""A source that cannot be reached is reported in a few words a user understands, not urllib3's nested repr."""
from __future__ import annotations

import socket

import pytest

from seizure_stats.settings import Settings
from seizure_stats.sources.http import HttpClient, HttpError


def test_a_refused_connection_is_said_as_such():
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = HttpClient(Settings(http_retries=0, http_timeout=5))
    with pytest.raises(HttpError) as info:
        client.fetch(f"http://127.0.0.1:{port}/rss", allow_private=True)
    assert str(info.value) == f"http://127.0.0.1:{port}/rss: connection failed (Connection refused) (after 1 attempt)"
