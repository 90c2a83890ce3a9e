"""Large alternations matched fast: the alternatives are bucketed by the characters they can start with, and
only the bucket of the character at a word start is tried. Python's `re` tries every alternative at every
position otherwise, which is what made a lexicon of a few hundred phrases slow."""
from __future__ import annotations

import re
from re import _constants as C  # noqa: PLC2701
from re import _parser  # noqa: PLC2701

_REPEATS = tuple(getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, n))
_WORD_START = re.compile(r"(?<![\w])\w", re.UNICODE)


def _first(items, flags) -> tuple[set[str] | None, bool]:
    """Possible first characters of a parsed sequence (None: any) and whether it can match empty."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is C.IN:
            for sop, sav in av:
                if sop is C.LITERAL:
                    chars.add(chr(sav))
                elif sop is C.RANGE and sav[1] - sav[0] < 400:
                    chars.update(chr(c) for c in range(sav[0], sav[1] + 1))
                else:
                    return None, False
            return chars, False
        if op is C.BRANCH:
            nullable = False
            for sub in av[1]:
                c, n = _first(sub, flags)
                if c is None:
                    return None, False
                chars |= c
                nullable |= n
            if not nullable:
                return chars, False
            continue
        if op is C.SUBPATTERN:
            c, n = _first(av[3], flags)
            if c is None:
                return None, False
            chars |= c
            if not n:
                return chars, False
            continue
        if op in _REPEATS:
            c, n = _first(av[2], flags)
            if c is None:
                return None, False
            chars |= c
            if av[0] > 0 and not n:
                return chars, False
            continue
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        return None, False
    return chars, True


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    try:
        c, nullable = _first(_parser.parse(pattern, flags), flags)
    except Exception:  # noqa: BLE001
        return None
    if c is None or nullable:
        return None
    if flags & re.IGNORECASE:
        c = {x for ch in c for x in (ch.lower(), ch.upper())}
    return c


class WordStartIndex:
    """`alternatives`: list of regex strings; `wrap(i, pat)` gives the text of alternative i (with its group).
    `finditer(text)` yields the leftmost-longest-first matches at word starts, like one big alternation would."""

    def __init__(self, alternatives: list[str], flags: int, wrap, suffix: str = "", order: list[int] | None = None):
        buckets: dict[str, list[int]] = {}
        anywhere: list[int] = []
        for i, pat in enumerate(alternatives):
            fc = first_chars(pat, flags)
            if fc is None:
                anywhere.append(i)
            else:
                for ch in fc:
                    buckets.setdefault(ch, []).append(i)
        self._compiled: dict[str, re.Pattern] = {}
        self._flags = flags
        order = {i: k for k, i in enumerate(order if order is not None else range(len(alternatives)))}
        for ch, idx in buckets.items():
            idx = sorted(set(idx) | set(anywhere), key=order.get)
            self._compiled[ch] = re.compile("(?:" + "|".join(wrap(i, alternatives[i]) for i in idx) + ")" + suffix, flags)
        self._any = re.compile("(?:" + "|".join(wrap(i, alternatives[i]) for i in anywhere) + ")" + suffix, flags) \
            if anywhere else None
        if anywhere:
            self._starts = re.compile(r"(?<![\w])[^\s\d]", re.UNICODE)
        else:
            # only the positions whose first character some alternative can start with
            chars = "".join(sorted(re.escape(ch) for ch in self._compiled))
            self._starts = re.compile(rf"(?<![\w])[{chars}]", re.UNICODE) if chars else re.compile(r"(?!x)x")

    def finditer(self, text: str):
        pos = 0
        get = self._compiled.get
        anyre = self._any
        for m in self._starts.finditer(text):
            p = m.start()
            if p < pos:
                continue
            rx = get(text[p]) or anyre
            if rx is None:
                continue
            mm = rx.match(text, p)
            if mm and mm.end() > p:
                yield mm
                pos = mm.end()

    def search(self, text: str):
        for m in self.finditer(text):
            return m
        return None
