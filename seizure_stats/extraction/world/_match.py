"""Phrase lookup over a text's tokens: one dict probe per token, candidates tried only where a first token hits.

A compiled alternation of ~20,000 names is slow in Python's `re` (every alternative is tried at every
position); a dict keyed by the folded first token costs one probe per token, so the time grows with the text,
not with the gazetteer.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A token is a run of word characters or one other visible character (so "AGD&A", "U.S." and "R$" are
# sequences of tokens and the characters between tokens, the gaps, can be compared as well).
TOKEN = re.compile(r"\w+|[^\w\s]")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Case and accents removed: the key of the first-token index and of case-insensitive names."""
    t = token.translate(_APOSTROPHES).casefold()
    if t.isascii():
        return t
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def _gap(s: str) -> str:
    """What separates two tokens, normalised: any whitespace run is one space."""
    return " " if s and s.isspace() else s.translate(_APOSTROPHES)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One spelling of a name, tokenised: what the matcher compares with the text."""
    tokens: tuple[str, ...]        # as written (apostrophes normalised), compared when case_sensitive
    folded: tuple[str, ...]        # folded, compared otherwise
    gaps: tuple[str, ...]          # len(tokens) - 1 normalised separators
    case_sensitive: bool
    payload: object


def tokenize_phrase(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(name)]
    tokens = tuple(name[a:b].translate(_APOSTROPHES) for a, b in spans)
    gaps = tuple(_gap(name[spans[i][1]:spans[i + 1][0]]) for i in range(len(spans) - 1))
    return tokens, gaps


class PhraseIndex:
    """Leftmost-longest, non-overlapping matches of many phrases, on token boundaries."""

    def __init__(self, phrases: list[Phrase]):
        self._by_first: dict[str, list[Phrase]] = {}
        for p in phrases:
            if p.tokens:
                self._by_first.setdefault(p.folded[0], []).append(p)
        for lst in self._by_first.values():
            lst.sort(key=lambda p: -len(p.tokens))
        self.size = len(phrases)

    def find(self, text: str) -> list[tuple[int, int, list[Phrase]]]:
        """(start, end, every phrase of the longest match there): several phrases when a name has several
        entries (one spelling, several countries)."""
        if not isinstance(text, str) or not text:
            return []
        spans = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
        out: list[tuple[int, int, list[Phrase]]] = []
        by_first = self._by_first
        n = len(spans)
        i = 0
        while i < n:
            a, b = spans[i]
            cands = by_first.get(fold(text[a:b]))
            if not cands:
                i += 1
                continue
            best_len = 0
            best: list[Phrase] = []
            for p in cands:
                k = len(p.tokens)
                if k < best_len:
                    break
                if i + k > n or not self._matches(text, spans, i, p):
                    continue
                if k > best_len:
                    best_len, best = k, [p]
                else:
                    best.append(p)
            if best_len:
                if len(best) > 1:
                    best = self._closest(text, spans, i, best)
                out.append((a, spans[i + best_len - 1][1], best))
                i += best_len
            else:
                i += 1
        return out

    @staticmethod
    def _closest(text: str, spans, i: int, phrases: list[Phrase]) -> list[Phrase]:
        """Of spellings equal once folded, those whose accents are as written: "Policía Nacional" is the
        Spanish name, "Polícia Nacional" the Portuguese one, "Policia Nacional" either."""
        got = tuple(text[a:b].translate(_APOSTROPHES).casefold() for a, b in spans[i:i + len(phrases[0].tokens)])
        same = [p for p in phrases if tuple(t.casefold() for t in p.tokens) == got]
        return same or phrases

    @staticmethod
    def _matches(text: str, spans, i: int, p: Phrase) -> bool:
        for j, want in enumerate(p.tokens):
            a, b = spans[i + j]
            got = text[a:b]
            if p.case_sensitive:
                if got.translate(_APOSTROPHES) != want:
                    return False
            elif fold(got) != p.folded[j]:
                return False
            if j:
                if _gap(text[spans[i + j - 1][1]:a]) != p.gaps[j - 1]:
                    return False
        return True


def make_phrase(name: str, case_sensitive: bool, payload: object) -> Phrase:
    tokens, gaps = tokenize_phrase(name)
    return Phrase(tokens, tuple(fold(t) for t in tokens), gaps, case_sensitive, payload)
