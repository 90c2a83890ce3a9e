"""Text the warehouse can store, the same on both backends. PostgreSQL refuses NUL in text and every driver
refuses lone surrogates (they are not UTF-8); SQLite would store the NUL and cut the text at it in some clients.
Each such code point becomes U+FFFD, one for one, so a figure's offsets into the text stay right."""
from __future__ import annotations

import re

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def storable(s: str) -> str:
    """`s` with NUL and lone surrogates replaced by U+FFFD (the same length)."""
    if s.isascii():
        return s.replace("\x00", REPLACEMENT) if "\x00" in s else s
    return _UNSTORABLE.sub(REPLACEMENT, s)


def needs_cleaning(s: str) -> bool:
    return _UNSTORABLE.search(s) is not None
