"""Phrase lookup over a text's tokens: a trie of folded tokens, walked only from tokens that start a phrase.

A compiled alternation of ~10,000 names is slow in Python's `re` (every alternative is tried at every
position). Here a text is tokenised once (one findall, shared by every lookup on the document), the tokens
that can start a phrase are found by one set intersection, and the trie is walked from those alone: the time
grows with the text, not with the gazetteer.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})




def fold(s: str) -> str:
    """Lower case, apostrophes as "'": the key of the phrase trie, for texts and phrases alike. Accents are
    not folded here (that would cost a pass over every text); each phrase is entered in the trie both as
    written and without its accents instead, so "Policia Nacional" finds every "Policía/Polícia Nacional"
    while "Policía Nacional" finds the Spanish ones only."""
    s = s.lower()
    if "`" in s:
        s = s.replace("`", "'")
    if not s.isascii():
        for c in "’ʼ‘´":               # str.replace is a C loop; str.translate with a dict is ~20x slower
            if c in s:
                s = s.replace(c, "'")
    return s


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Phrase:
    """One spelling of a name, tokenised: what the matcher compares with the text."""
    tokens: tuple[str, ...]        # as written (apostrophes normalised), compared when case_sensitive
    folded: tuple[str, ...]        # folded, compared otherwise
    gaps: tuple[bool, ...]         # len(tokens) - 1: whether whitespace separates token k and k + 1
    case_sensitive: bool
    payload: object


# A token is a run of word characters or one other visible character ("AGD&A", "U.S." and "R$" are sequences
# of tokens), with the whitespace before it: whether two tokens are spaced apart is compared too.
_GAP_TOKEN = re.compile(r"(\s*)(\w+|[^\w\s])")
_PIECE = re.compile(r"\s*(?:\w+|[^\w\s])")   # the same, as one string: findall returns no tuples to take apart


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text's tokens, folded; piece k is token k with the whitespace before it, ending at ends[k] in the text.
    Where a token starts and whether whitespace precedes it are read from its piece for the few tokens a phrase
    starts at, not computed for every token."""
    folded: list[str]
    pieces: list[str]           # as in the text (in the folded text when folding kept every length)
    ends: list[int]
    kinds: list = field(default_factory=list, compare=False)  # [the set of distinct folded tokens], once asked for (`distinct`)

    def start(self, k: int) -> int:
        p = self.pieces[k]
        return self.ends[k] - len(p) + (len(p) - len(p.lstrip()))

    def spaced(self, k: int) -> bool:
        return self.pieces[k][0].isspace()

    def distinct(self) -> set[str]:
        """The distinct folded tokens, built once for the three gazetteer look-ups (`PhraseIndex.find`)."""
        if not self.kinds:
            self.kinds.append(set(self.folded))
        return self.kinds[0]


@lru_cache(maxsize=8)
def tokens_of(text: str) -> Tokens:
    """Computed once per document for all lookups, without a Python step per token (findall, map, accumulate)."""
    low = fold(text)
    if len(low) != len(text):                   # a rare character changed length when lowered (İ)
        pieces = _PIECE.findall(text)
        folded = [fold(p.lstrip()) for p in pieces]
    else:
        pieces = _PIECE.findall(low)
        folded = list(map(str.lstrip, pieces))
    return Tokens(folded, pieces, list(accumulate(map(len, pieces))))


def tokenize_phrase(name: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Tokens as written (apostrophes normalised) and, between each two, whether whitespace separates them."""
    pairs = _GAP_TOKEN.findall(name)
    tokens = tuple(t.translate(_APOSTROPHES) for _, t in pairs)
    return tokens, tuple(bool(g) for g, _ in pairs[1:])


class PhraseIndex:
    """Leftmost-longest, non-overlapping matches of many phrases, on token boundaries.

    A trie over folded tokens: from each token the walk goes as deep as the text agrees with some phrase
    (one dict probe per level), and only the phrases ending on the way are checked for case and gaps."""

    def __init__(self, phrases: list[Phrase]):
        self._root: dict = {}
        for p in phrases:
            if not p.tokens:
                continue
            for path in {p.folded, tuple(strip_accents(t) for t in p.folded)}:
                node = self._root
                for t in path:
                    node = node.setdefault(t, {})
                ends = node.setdefault(None, [])
                if p not in ends:
                    ends.append(p)
        self.size = len(phrases)
        self._firsts = frozenset(self._root)  # the first tokens: a set's slot holds the hash and the key together

    def find(self, text: str) -> list[tuple[int, int, list[Phrase]]]:
        """(start, end, every phrase of the longest match there): several phrases when a name has several
        entries (one spelling, several countries)."""
        if not isinstance(text, str) or not text:
            return []
        tk = tokens_of(text)
        toks = tk.folded
        root = self._root
        out: list[tuple[int, int, list[Phrase]]] = []
        # the text's distinct tokens that start some phrase: each probed once in the large table (the trie's
        # root: ~25,000 towns, cache misses), the text's tokens then in that small set, without a Python step each
        starting = tk.distinct() & self._firsts
        if not starting:
            return out
        n = len(toks)
        after = -1                            # matches do not overlap: a start inside the last match is skipped
        for i in compress(range(n), map(starting.__contains__, toks)):
            if i <= after:
                continue
            node = root[toks[i]]
            if None not in node and (i + 1 >= n or toks[i + 1] not in node):
                continue                      # "the", "de": the first word of names, not followed by a second
            best_len = 0
            best: list[Phrase] = []
            j = i
            while True:
                ends = node.get(None)
                if ends:
                    ok = [p for p in ends if _matches(text, tk, i, p)]
                    if ok:
                        best_len, best = j - i + 1, ok
                j += 1
                if j >= n:
                    break
                node = node.get(toks[j])
                if node is None:
                    break
            if best_len:
                out.append((tk.start(i), tk.ends[i + best_len - 1], best))
                after = i + best_len - 1
        return out


def _matches(text: str, tk: Tokens, i: int, p: Phrase) -> bool:
    """Case (for case-sensitive phrases) and spacing between tokens; the folded tokens already agree."""
    for j, want in enumerate(p.tokens):
        if j and tk.spaced(i + j) != p.gaps[j - 1]:
            return False
        if p.case_sensitive:
            got = text[tk.start(i + j):tk.ends[i + j]]
            if got != want and got.translate(_APOSTROPHES) != want:
                return False
    return True


def make_phrase(name: str, case_sensitive: bool, payload: object) -> Phrase:
    tokens, gaps = tokenize_phrase(name)
    return Phrase(tokens, tuple(fold(t) for t in tokens), gaps, case_sensitive, payload)
