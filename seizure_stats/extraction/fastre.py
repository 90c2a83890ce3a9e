"""Large alternations matched fast: the alternatives are bucketed by the characters they can start with, and
only the bucket of the character at a word start is tried. Python's `re` tries every alternative at every
position otherwise, which is what made a lexicon of a few hundred phrases slow."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import sub
from re import _casefix, _constants as C
from re import _parser

from seizure_stats.extraction.world._match import tokens_of

_REPEATS = tuple(getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, n))
_WORD_START = re.compile(r"(?<![\w])\w", re.UNICODE)


def _class_chars(av, max_range: int) -> set[str] | None:
    """The characters of a parsed character class ([abc], [a-f]); None when it is too wide to list."""
    chars: set[str] = set()
    for sop, sav in av:
        if sop is C.LITERAL:
            chars.add(chr(sav))
        elif sop is C.RANGE and sav[1] - sav[0] < max_range:
            chars.update(chr(c) for c in range(sav[0], sav[1] + 1))
        else:
            return None
    return chars


def _first(items, flags, last: bool = False) -> tuple[set[str] | None, bool]:
    """Possible first characters of a parsed sequence (its last ones when `last`; None: any) and whether it can
    match empty."""
    chars: set[str] = set()
    for op, av in (reversed(list(items)) if last else items):
        if op is C.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is C.IN:
            c = _class_chars(av, 400)
            return (None, False) if c is None else (chars | c, False)
        if op is C.BRANCH:
            nullable = False
            for sub in av[1]:
                c, n = _first(sub, flags, last)
                if c is None:
                    return None, False
                chars |= c
                nullable |= n
            if not nullable:
                return chars, False
            continue
        if op is C.SUBPATTERN:
            c, n = _first(av[3], flags, last)
            if c is None:
                return None, False
            chars |= c
            if not n:
                return chars, False
            continue
        if op in _REPEATS:
            c, n = _first(av[2], flags, last)
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


def _is_spaces(op, av) -> bool:
    r"""A parsed `\s*` or `[\s\u00a0]*`: optional spaces."""
    return op in _REPEATS and av[0] == 0 and len(av[2]) == 1 and av[2][0][0] is C.IN and all(
        (sop is C.CATEGORY and sav in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE))
        or (sop is C.LITERAL and chr(sav).isspace()) for sop, sav in av[2][0][1])


def _before_the_end(pattern: str, flags: int) -> list | None:
    """The parsed items of a pattern that ends the string, without its end anchor and the spaces before it; None
    for a pattern that does not end the string (or does not parse)."""
    try:
        items = list(_parser.parse(pattern, flags))
    except Exception:  # noqa: BLE001
        return None
    if not items or items[-1] != (C.AT, C.AT_END):
        return None
    items.pop()
    while items and _is_spaces(*items[-1]):
        items.pop()
    return items


def end_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""For a pattern whose matches end the string, spaces aside ("(?<!\w)(?:aged|art\.)\s*$"): the characters
    the last one before those spaces can be, lower-cased when it ignores case. None for any other pattern, or
    when that character can be anything or a space. A string whose last character before its spaces is none of
    them has no match (`can_end`): the regex engine would try every position of it to find that out."""
    if not flags & re.IGNORECASE and "(?i" in pattern:
        return None  # letters of a case-insensitive group may come in any case
    items = _before_the_end(pattern, flags)
    if items is None:
        return None
    c, nullable = _first(items, flags, last=True)
    if c is None or nullable or any(ch.isspace() for ch in c):
        return None
    return frozenset(ch.lower() for ch in c) if flags & re.IGNORECASE else frozenset(c)


def reach(pattern: str, flags: int = 0) -> int | None:
    r"""For a pattern whose matches end the string, spaces aside (`end_chars`): the most characters a match has
    before those spaces ("(?<!\w)(?:about|more than)\s*$": 9). A match then starts at most that far before the
    string's last character that is not a space, so a search of a long string (the words of a sentence before a
    number) need not try the positions before. None when the part before the spaces has no bound."""
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001
        return None
    items = _before_the_end(pattern, flags)
    if items is None:
        return None
    _, most = _parser.SubPattern(parsed.state, items).getwidth()
    return most if most < _parser.MAXREPEAT else None


_TAIL_LEN = 6


def end_strings(pattern: str, flags: int = 0, budget: int = _TAIL_LEN) -> tuple[str, ...] | None:
    r"""For a pattern whose matches end the string, spaces aside (`end_chars`): strings of up to `budget`
    characters (fewer when that makes too many), lower-cased when it ignores case, one of which ends every match
    before those spaces ("ged", "art." for "(?<!\w)(?:aged|art\.)\s*$"): a stronger test than the last character
    (`can_end`). None when some match may end with anything, or a string has a character whose case lower case
    does not settle (`_CASE_ODD`)."""
    items = _before_the_end(pattern, flags)
    if items is None:
        return None
    backwards = _reversed(items)
    for b in (budget, 3):
        found = _prefixes(backwards, b, flags)
        if found is not None:
            break
    if found is None or any(not t or t[0].isspace() for t, _ in found):
        return None
    ends = {t[::-1].lower() if flags & re.IGNORECASE else t[::-1] for t, _ in found}
    if any(ch in _CASE_ODD for e in ends for ch in e):
        return None
    return tuple(sorted(ends))


def _reversed(items) -> list:
    """A parsed sequence read backwards, its groups, branches and repeats too (lookarounds are read as empty, as
    `_prefixes` reads them): the strings its matches start with are those the sequence's matches end with."""
    out = []
    for op, av in reversed(list(items)):
        if op is C.BRANCH:
            av = (av[0], [_reversed(sub) for sub in av[1]])
        elif op is C.SUBPATTERN:
            av = (av[0], av[1], av[2], _reversed(av[3]))
        elif op in _REPEATS:
            av = (av[0], av[1], _reversed(av[2]))
        out.append((op, av))
    return out


def can_end(s: str, chars: frozenset[str], ci: bool, tails: tuple[str, ...] | None = None) -> bool:
    """Whether `s` before its trailing spaces ends with one of `tails` (`end_strings`) or, when it does not say
    (no tails; a character not in ASCII among its last ones, whose case may compare otherwise), whether its last
    character is one of `chars` (`end_chars`); with `ci` in any case (a character whose case lower case does
    not settle may be one)."""
    s = s.rstrip()
    if not s:
        return False
    if tails is not None:
        last = s[-_TAIL_LEN:]
        if last.isascii():
            return (last.lower() if ci else last).endswith(tails)
    tail = s[-1]
    return tail.lower() in chars or tail in _CASE_ODD if ci else tail in chars


_MAX_PREFIXES = 4000


def _options(op, av, budget: int, flags: int):
    """The strings one parsed item can start with, as (text, open): open when the item was read to its end and
    what follows it can still be appended. None: anything (no useful prefix)."""
    if op is C.LITERAL:
        return {(chr(av), True)}
    if op is C.IN:
        chars = _class_chars(av, 30)
        return None if chars is None else {(ch, True) for ch in chars}
    if op is C.BRANCH:
        out = set()
        for sub in av[1]:
            o = _prefixes(sub, budget, flags)
            if o is None:
                return None
            out |= o
        return out
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE and not flags & re.IGNORECASE:
            return None  # "(?i:...)" in a case-sensitive pattern: its letters may come in any case
        return _prefixes(av[3], budget, flags)
    if op in _REPEATS:
        lo = av[0]
        one = _prefixes(av[2], budget, flags)
        if one is None:
            return None if lo > 0 else {("", False)}
        # one pass of the repeated item, then stop: shorter prefixes are still necessary conditions
        out = {(t, False) for t, _ in one}
        if lo == 0:
            out.add(("", True))
        return out
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {("", True)}
    return None


def _prefixes(items, budget: int, flags: int):
    """Every string of up to `budget` characters that a match of the parsed sequence must start with."""
    results = {("", True)}
    for op, av in items:
        if not any(o and len(t) < budget for t, o in results):
            break
        new = set()
        for t, o in results:
            if not o or len(t) >= budget:
                new.add((t, False))
                continue
            opts = _options(op, av, budget - len(t), flags)
            if opts is None:
                new.add((t, False))
                continue
            for q, o2 in opts:
                new.add((t + q, o2))
        if len(new) > _MAX_PREFIXES:
            return None
        results = new
    return {(t[:budget], o and len(t) < budget) for t, o in results}


def prefixes(pattern: str, flags: int = 0, budget: int = 6) -> set[str] | None:
    """Strings (up to `budget` characters, fewer when that makes too many) one of which starts every match of
    `pattern`; None when some match may start with anything."""
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001
        return None
    for b in (budget, 3) if budget > 3 else (budget,):
        res = _prefixes(parsed, b, flags)
        if res is not None:
            break
    if res is None or any(not t for t, _ in res):
        return None
    return {t for t, _ in res}


def starter(pref: set[str], flags: int, word_start: bool) -> re.Pattern:
    """A regex that matches (one character long) at every position where one of the strings `pref` starts (at a
    word start only when `word_start`). Its alternatives are one per first character, each opening with a plain
    character class: the regex engine skips an alternative whose class the character is not in without entering
    it (a lookbehind per alternative, as before, was entered every time: ~25 per word start)."""
    ci = bool(flags & re.IGNORECASE)
    if ci:
        pref = {p.lower() for p in pref}
    pref = {p for p in pref if not any(p[:k] in pref for k in range(1, len(p)))}
    by: dict[str, set[str]] = {}
    for p in pref:
        by.setdefault(p[0], set()).add(p[1:])
    # per first character (in its cases), what must follow it
    classes, follows = [], []
    for c, rests in sorted(by.items()):
        firsts = {x for x in ({c, c.upper(), c.lower()} if ci else {c}) if len(x) == 1}
        if ci:  # the regex engine's extra equivalences: "ſ" is an "s", Kelvin "K" a "k"
            firsts |= {chr(o) for x in tuple(firsts) for o in _casefix._EXTRA_CASES.get(ord(x), ())}
        classes.append("[" + "".join(re.escape(x) for x in sorted(firsts)) + "]")
        body = "" if "" in rests else _trie_regex(rests)
        follows.append(f"(?=(?i:{body}))" if ci and body else f"(?={body})" if body else "")
    if len(classes) <= _FEW_FIRST_CHARS:
        return _few_first_chars(classes, follows, word_start)
    ws = r"(?<![\w])" if word_start else ""
    return re.compile(ws + "(?:" + "|".join(cls + f for cls, f in zip(classes, follows)) + ")", re.DOTALL)


_FEW_FIRST_CHARS = 8  # measured: up to ~8 first characters the class-first starter is faster, beyond it slower


def _few_first_chars(classes: list[str], follows: list[str], word_start: bool) -> re.Pattern:
    """The same starter opening with one class of every first character: the regex engine then skips in C to
    the next such character (a regex opening with a lookbehind is tried at every position). The word-start test
    and which first character it was are read behind the character."""
    union = "[" + "".join(cls[1:-1] for cls in classes) + "]"
    ws = r"(?<![\w].)" if word_start else ""
    alts = "|".join(f"(?<={cls}){f}" for cls, f in zip(classes, follows))
    return re.compile(union + ws + "(?:" + alts + ")", re.DOTALL)


def _starts_at_word_start(pattern: str, flags: int) -> bool:
    """Whether `pattern` opens with a lookbehind that rules out a word character before it ("(?<!\\w)",
    "(?<![\\w'’-])"): its matches start at word starts only, so the candidates can be word starts only (in English
    "a" or "an" is at ~1 letter in 15, a word starting with it at one word in 10)."""
    if flags & (re.ASCII | re.LOCALE):
        return False  # another meaning of \w than the starter's
    try:
        op, av = _parser.parse(pattern, flags)[0]
    except Exception:  # noqa: BLE001
        return False
    if op is not C.ASSERT_NOT or av[0] != -1 or len(av[1]) != 1:
        return False
    sop, sav = av[1][0]
    return sop is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in sav and all(o is not C.NEGATE for o, _ in sav)


_WORD = re.compile(r"\w+")
_KEY_LEN = 3  # the first characters of a word a word list's test reads
SHARED_MIN_CHARS = 600  # shorter texts (a sentence) are scanned by each list's own starter (reading the words costs more)
# characters whose case lower case does not settle as the starters and regexes compare it: the regex engine's
# extra equivalences ("ſ" is an "s", "ı" an "i", "µ" a "μ"), "Σ" (lower-cased to "ς" or "σ" by its place in a
# word), and the capitals that are not the upper case of their lower case (Kelvin "K", "ẞ", "ǅ", "İ"; listed as
# Python's Unicode tables give them, checked by tests/extraction/test_speed_rewrites.py). A text with one is read by each
# list's own starter instead.
UNCASED_CAPITALS = ("\u0130\u01c5\u01c8\u01cb\u01f2\u03f4\u1e9e\u1f88\u1f89\u1f8a\u1f8b\u1f8c\u1f8d\u1f8e\u1f8f"
                    "\u1f98\u1f99\u1f9a\u1f9b\u1f9c\u1f9d\u1f9e\u1f9f\u1fa8\u1fa9\u1faa\u1fab\u1fac\u1fad\u1fae"
                    "\u1faf\u1fbc\u1fcc\u1ffc\u2126\u212a\u212b")
_CASE_ODD = frozenset(chr(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v) if c > 127) \
    | {"Σ"} | set(UNCASED_CAPITALS)
_CASE_ODD_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_CASE_ODD)) + "]")


class WordStarts:
    """Where the words of one text start, with their first characters lower-cased: read once per
    text for every word list. Each list then keeps the starts whose first characters can begin one of its words
    (a dictionary look-up per word, in C), instead of scanning the whole text with its own starter regex (~50 µs
    per list and document, most of it the regex engine visiting every character)."""

    __slots__ = ("_text", "_keys")

    def __init__(self, text: str):
        self._text = text
        self._keys: tuple[list[int], list[str], set[str], str] | tuple[()] | None = None

    def keys(self) -> tuple[list[int], list[str], set[str], str] | None:
        """Where every word starts, its first characters lower-cased, the set of them, and the text lower-cased;
        None when lower case does not compare them as the starters and regexes would (a character of
        `_CASE_ODD`, or one that lower-cases to two)."""
        if self._keys is None:
            text = self._text
            low = text.lower()
            if len(low) != len(text) or _CASE_ODD_RE.search(text):
                self._keys = ()
            else:
                starts = _word_starts(text)
                keys = [low[p:p + _KEY_LEN] for p in starts]
                self._keys = starts, keys, set(keys), low
        return self._keys or None


def _word_starts(text: str) -> list[int]:
    """Where the words (runs of word characters) of `text` start, read from its tokens (`tokens_of`, which the world
    gazetteer reads too) rather than from a scan of their own: a token starts at its end less its length, and the
    words are the tokens of word characters (`str.isalnum`: what `\\w` is, but for "_"). A text with "_", or with
    "ʼ" (a letter the tokens' folding turns into an apostrophe), is scanned. For a text whose length lower case
    keeps (`WordStarts.keys`)."""
    if "_" in text or "ʼ" in text:
        return [m.start() for m in _WORD.finditer(text)]
    tokens = tokens_of(text)
    return list(compress(map(sub, tokens.ends, map(len, tokens.folded)), map(str.isalnum, tokens.folded)))


@lru_cache(maxsize=4)
def word_starts(text: str) -> WordStarts:
    """The word starts of a text, shared by the word lists read on it (the terms, countries, regions, cues)."""
    return WordStarts(text)


class _KeyTest(dict):
    """Whether a word's first characters can begin one of a list's words: answered once per distinct key, kept.
    `exact`: every key that can, when all the words are that long. `lower_starts`: for a list that ignores case,
    the starter as a plain trie of its lower-cased strings, matched on the lower-cased text (no look-behind, no
    case-insensitive comparison: ~2x faster at a word start; the same answers where `WordStarts.keys` holds)."""

    def __init__(self, prefixes: set[str], ci: bool = False):
        super().__init__()
        self._prefixes = tuple(prefixes)
        self.exact = frozenset(q[:_KEY_LEN] for q in prefixes) if min(map(len, prefixes)) >= _KEY_LEN else None
        self.lower_starts = re.compile(_trie_regex(prefixes)) if ci else None
        self.others: re.Pattern | None = None  # the starter of the prefixes opening with no word character

    def passing(self, keys: set[str]) -> set[str]:
        """Those of `keys` that can begin one of the words."""
        return keys & self.exact if self.exact is not None else set(filter(self.__getitem__, keys))

    def __missing__(self, key: str) -> bool:
        ok = any(key.startswith(q) if len(q) < _KEY_LEN else q[:_KEY_LEN] == key for q in self._prefixes)
        self[key] = ok
        return ok


def key_test(pref: set[str] | None, flags: int) -> _KeyTest | None:
    """The key test of a list whose matches start with one of `pref` at a word start, or None when word starts
    cannot stand for its starter: no prefix opens with a word character, or one has a character whose case a
    regex compares otherwise than through lower case. The prefixes that open with another character ("-registered")
    are found by a starter of their own (`others`: it skips to that character in C)."""
    if not pref:
        return None
    # the keys are lower-cased for every list: a case-sensitive list's lower-cased words let through what it
    # would (and some more, which its starter then turns down)
    if flags & re.IGNORECASE:
        pref = {p.lower() for p in pref}
        for q in pref:
            c = q[0]
            if any(ch in _CASE_ODD for ch in q) or c.lower() != c or (len(c.upper()) == 1 and c.upper().lower() != c):
                return None
    others = {q for q in pref if not _WORD.match(q)}
    pref = {p.lower() for p in pref - others}
    if not pref:
        return None
    test = _KeyTest({p for p in pref if not any(p[:k] in pref for k in range(1, len(p)))}, bool(flags & re.IGNORECASE))
    test.others = starter(others, flags, word_start=True) if others else None
    return test


def shared_candidates(text: str, test: _KeyTest, starts: re.Pattern):
    """The positions where `starts` (a word-start starter) matches in `text`, read from the text's shared word
    starts: those whose first characters pass `test` (the text's distinct ones tested, the words kept in C), each
    confirmed by the starter at its place (a call from C, no Python step; for a list that ignores case, its plain
    trie on the lower-cased text); with those of the prefixes that open with no word character (`key_test`), in
    order. None when the text's case needs the starter's own scan."""
    words = word_starts(text).keys()
    if words is None:
        return None
    word_at, keys, distinct, low = words
    passing = test.passing(distinct)
    near = list(compress(word_at, map(passing.__contains__, keys))) if passing else []
    if test.lower_starts is not None:
        found = compress(near, map(test.lower_starts.match, repeat(low, len(near)), near))
    else:
        found = compress(near, map(starts.match, repeat(text, len(near)), near))
    if test.others is not None:
        odd = [m.start() for m in test.others.finditer(text)]
        if odd:
            return sorted(chain(found, odd))
    return found


class Prefiltered:
    """A compiled regex whose matches all start with one of a few strings (words of a lexicon): `finditer` and
    `search` try it only where one of those strings is, which the regex engine finds fast. Same results as the
    regex itself; everything else is delegated to it."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.pattern = rx.pattern
        self.flags = rx.flags
        pref = prefixes(rx.pattern, rx.flags)
        word_start = _starts_at_word_start(rx.pattern, rx.flags)
        self._starts = starter(pref, rx.flags, word_start=word_start) if pref else None
        self._key_test = key_test(pref, rx.flags) if word_start else None
        self._ci = bool(rx.flags & re.IGNORECASE)
        self._ends = end_chars(rx.pattern, rx.flags)
        self._tails = end_strings(rx.pattern, rx.flags) if self._ends is not None else None
        self._reach = reach(rx.pattern, rx.flags) if self._ends is not None else None

    def _candidates(self, text: str, pos: int, endpos: int):
        """Where the starter finds a word's first characters: from the shared word starts of a whole long text
        (as `WordStartIndex.candidates`), else from the starter's scan."""
        if self._key_test is not None and pos == 0 and endpos == len(text) >= SHARED_MIN_CHARS:
            shared = shared_candidates(text, self._key_test, self._starts)
            if shared is not None:
                return shared
        return (m.start() for m in self._starts.finditer(text, pos, endpos))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        if self._starts is None:
            yield from self.rx.finditer(text, pos, endpos)
            return
        match = self.rx.match
        last = pos
        if endpos - pos < SHARED_MIN_CHARS:  # a sentence or a window: the starter's scan, read here
            for s in self._starts.finditer(text, pos, endpos):
                p = s.start()
                if p < last:
                    continue
                m = match(text, p, endpos)
                if m:
                    yield m
                    last = m.end() if m.end() > p else p + 1
            return
        for p in self._candidates(text, pos, endpos):
            if p < last:
                continue
            m = match(text, p, endpos)
            if m:
                yield m
                last = m.end() if m.end() > p else p + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        if self._ends is not None and pos == 0 and endpos == len(text) \
                and not can_end(text, self._ends, self._ci, self._tails):
            return None  # it ends (spaces aside) with no string that ends a match (`end_strings`, `end_chars`)
        starts = self._starts
        if starts is None:
            return self.rx.search(text, pos, endpos)
        match = self.rx.match
        if endpos - pos < SHARED_MIN_CHARS:  # a window around a number: the starter's scan, without a generator
            if self._reach is not None:  # no match starts more than `_reach` before the last non-space (`reach`)
                pos = max(pos, pos + len(text[pos:endpos].rstrip()) - self._reach)
            for s in starts.finditer(text, pos, endpos):
                m = match(text, s.start(), endpos)
                if m:
                    return m
            return None
        for p in self._candidates(text, pos, endpos):
            m = match(text, p, endpos)
            if m:
                return m
        return None

    def __getattr__(self, name):
        return getattr(self.rx, name)


class Remembered:
    """A regex searched again and again on the same short strings: the words before a number, which several rules
    read for its qualifier (`context.without_qualifier`, rule `qualifier`; about two searches in five repeat one
    of the same document). The answer for each string searched whole is kept, for up to `size` strings (then all
    are forgotten at once: a document's numbers are read one after the other); a match object does not change."""

    def __init__(self, rx, size: int = 512):
        self.rx = rx
        self.pattern = rx.pattern
        self._found: dict[str, re.Match | None] = {}
        self._size = size

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        if pos or endpos is not None:
            return self.rx.search(text, pos, endpos)
        found = self._found
        if text in found:
            return found[text]
        if len(found) >= self._size:
            found.clear()
        m = found[text] = self.rx.search(text)
        return m

    def __getattr__(self, name):
        return getattr(self.rx, name)


def _trie_regex(words: set[str]) -> str:
    """A regex matching any of `words` (no word is a prefix of another), as a trie of nested groups."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts = []
        for ch in sorted(node):
            if ch == "":
                continue
            child = node[ch]
            rest = "" if list(child) == [""] else emit(child)
            alts.append(re.escape(ch) + rest)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return emit(trie)


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
        pref: set[str] | None = set()
        per_alt: list[set[str]] = []
        for pat in alternatives:
            p = prefixes(pat, flags)
            if p is None:
                pref = None
                break
            pref |= p
            per_alt.append({q.lower() for q in p} if flags & re.IGNORECASE else p)
        # finer buckets: by the first two characters (ASCII), the alternatives that can start there
        self._two: dict[str, re.Pattern | None] = {}
        self._one: dict[str, re.Pattern] = {}
        self._ci = bool(flags & re.IGNORECASE)
        if pref is not None:
            keys = {q[:2] for qs in per_alt for q in qs if len(q) >= 2 and q[:2].isascii()}
            compile_ = lambda idx: re.compile(  # noqa: E731
                "(?:" + "|".join(wrap(i, alternatives[i]) for i in sorted(idx, key=order.get)) + ")" + suffix, flags) \
                if idx else None
            for k in keys:
                self._two[k] = compile_({i for i, qs in enumerate(per_alt)
                                         if any(q[:2] == k or q == k[0] for q in qs)})
            for c in {q for qs in per_alt for q in qs if len(q) == 1 and q.isascii()}:
                self._one[c] = compile_({i for i, qs in enumerate(per_alt) if c in qs})
        self._inner = starter(pref, flags, word_start=False) if pref else None
        self._inner_lower = _lower_trie(pref) if pref and self._ci else None
        self._key_test = key_test(pref, flags)
        if pref:
            # only the word starts where some alternative's first characters are: found by the regex engine
            self._starts = starter(pref, flags, word_start=True)
        elif anywhere:
            self._starts = re.compile(r"(?<![\w])[^\s\d]", re.UNICODE)
        else:
            # only the positions whose first character some alternative can start with
            chars = "".join(sorted(re.escape(ch) for ch in self._compiled))
            self._starts = re.compile(rf"(?<![\w])[{chars}]", re.UNICODE) if chars else re.compile(r"(?!x)x")

    def candidates(self, text: str):
        """The positions where the starter regex finds the first characters of a word, in order. In a long text
        they are read from the shared word starts (`WordStarts`): those whose first characters can begin a word,
        each confirmed by the starter at its place (a call from C, no Python step), instead of the starter's scan
        of every character."""
        if self._key_test is not None and len(text) >= SHARED_MIN_CHARS:
            shared = shared_candidates(text, self._key_test, self._starts)
            if shared is not None:
                return shared
        return (m.start() for m in self._starts.finditer(text))

    def finditer(self, text: str):
        pos = 0
        get = self._compiled.get
        anyre = self._any
        two, one, ci = self._two, self._one, self._ci
        for p in self.candidates(text):
            if p < pos:
                continue
            key = text[p:p + 2]
            if two and key.isascii() and len(key) == 2:
                if ci:
                    key = key.lower()
                rx = two[key] if key in two else one.get(key[0])
            else:
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

    def match_end(self, word: str, lo: int, hi: int):
        """The match of an alternative from the leftmost position k (lo <= k < hi) of `word` to its end (compounds:
        "Schmuggelzigaretten" ends with a term); None when there is none."""
        get = self._compiled.get
        anyre = self._any
        if self._inner_lower is not None and len(low := word.lower()) == len(word) and not _CASE_ODD_RE.search(word):
            positions = (m.start() for m in self._inner_lower.finditer(low, lo, hi + 8))  # ~3x faster
        elif self._inner is not None:
            positions = (m.start() for m in self._inner.finditer(word, lo, hi + 8))
        else:
            positions = range(lo, hi)
        n = len(word)
        for k in positions:
            if k >= hi:
                return None
            rx = get(word[k]) or anyre
            if rx is None:
                continue
            mm = rx.match(word, k)
            if mm and mm.end() == n:
                return mm
        return None


def _lower_trie(pref: set[str]) -> re.Pattern | None:
    """For a list that ignores case: where one of `pref` starts, as a look-ahead over a plain trie of them
    lower-cased, for a lower-cased string (the starter without its look-behind and case-insensitive comparison:
    the same positions in a string whose case lower case settles, `_CASE_ODD`). None when a string has such a
    character."""
    low = {p.lower() for p in pref}
    if any(ch in _CASE_ODD for q in low for ch in q):
        return None
    return re.compile("(?=" + _trie_regex({p for p in low if not any(p[:k] in low for k in range(1, len(p)))}) + ")")


class AnyOf:
    """Several regexes searched as one, for `search` used as a yes / no test: the alternatives that start with
    known strings are prefiltered together, the others searched as they are (each part skipping the windows
    whose last character cannot end one of its own matches: those of "(\\d+|one) out of" end with "f")."""

    def __init__(self, alternatives: list[str], flags: int, wrap):
        fixed = [a for a in alternatives if prefixes(a, flags) is not None]
        loose = [a for a in alternatives if prefixes(a, flags) is None]
        self._parts = [Prefiltered(re.compile(wrap("|".join(f"(?:{a})" for a in part)), flags))
                       for part in (fixed, loose) if part]
        self.pattern = wrap("|".join(f"(?:{a})" for a in alternatives))
        self._ends = end_chars(self.pattern, flags)
        self._tails = end_strings(self.pattern, flags) if self._ends is not None else None
        self._ci = bool(flags & re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        if self._ends is not None and pos == 0 and endpos is None and not can_end(text, self._ends, self._ci, self._tails):
            return None
        endpos = len(text) if endpos is None else endpos
        for rx in self._parts:
            m = rx.search(text, pos, endpos)
            if m:
                return m
        return None
