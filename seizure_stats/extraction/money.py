"""Money as each country writes it: the sign or word beside a number, read in the document's home country.

"$" is the peso in Bogotá and Mexico City, "R" the rand in Durban, "N" the naira in Lagos, "Rs" the rupee of
India, Pakistan or Sri Lanka, "FCFA" the franc of West or Central Africa. The language file knows the
universal signs and its own currency words; the world's currency table (world/currencies.yaml) knows which
code a local sign or word means in a given country. A local sign counts only where it is a currency: "R10,000"
is money in a South African text and nothing in a German one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from seizure_stats.extraction import world
from seizure_stats.extraction.lexicon import load

_GAP = r"[ \u00a0\u202f]"
# what ends a sign or code written before a number: "€", "$", "US$", "EUR"
_SIGN_OR_CODE_LAST = frozenset("€$£¥ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def without_sign_or_code_end(rx: re.Pattern, window: str) -> str:
    """`window` without the currency sign or code that ends it (`rx`: a sign or code, then spaces, then the end),
    removed only when its last character before the spaces can end one: most windows end with a word."""
    last = window.rstrip()[-1:]
    return rx.sub("", window) if last and last in _SIGN_OR_CODE_LAST else window


_GROUPED = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)")  # "6,800,000": an amount, not a label "P 10"


def _before_parts(language: str) -> tuple[list[str], list[str]]:
    # "$U 5.000.000" (Uruguay): a sign that opens with "$" and goes on is local too ("$" alone is read everywhere)
    signs = sorted({s for s in world.currency_signs()
                    if not s.isascii() or s[:1].isalpha() or "/" in s or (s[:1] == "$" and len(s) > 1)},
                   key=len, reverse=True)
    return signs, sorted(world.currency_words(language), key=len, reverse=True)


@lru_cache(maxsize=16)
def _before_re(language: str) -> re.Pattern | None:
    """A local sign glued to the number ("R10,800", "N4.4", "RM3.86", "S/. 6") or a currency word written before
    it ("rupees 47,389", "Malaysian ringgit 2,000")."""
    signs, words = _before_parts(language)
    parts = []
    if signs:
        parts.append("(?P<sign>" + "|".join(re.escape(s) for s in signs) + rf")\.?{_GAP}?")
    if words:
        parts.append("(?P<word>(?i:" + "|".join(re.escape(w) for w in words) + rf")){_GAP}+")
    if not parts:
        return None
    return re.compile(r"(?<![\w$€£])(?:" + "|".join(parts) + r")$")


@lru_cache(maxsize=16)
def _before_tail_re(language: str) -> re.Pattern | None:
    """`_before_re` read backwards: whether the text right before a number can end with a sign or a word at all.
    One match on the reversed window; the search for where the sign or word starts (which tries each of its 40
    positions with every alternative) runs only then, for the few numbers that have one."""
    signs, words = _before_parts(language)
    parts = []
    if signs:
        parts.append(rf"{_GAP}?\.?(?:" + "|".join(re.escape(s[::-1]) for s in signs) + ")")
    if words:
        backwards = [w[::-1] for w in words]
        body = _longest_first(backwards) if all(map(_lower_is_same, backwards)) else "|".join(map(re.escape, backwards))
        parts.append(rf"{_GAP}+(?i:{body})")
    # "$" also matches before a final line break
    return re.compile(r"\n?(?:" + "|".join(parts) + ")") if parts else None


def _longest_first(alternatives: list[str]) -> str:
    """A case-insensitive alternation of literal strings that tries the longer ones first, as a trie ("dollar(?:s
    (?:\\ canadiens)?)?"): the regex engine tries each alternative of a flat alternation in turn, at ~100 currency
    words per number. Same matches as the flat alternation sorted longest first."""
    trie: dict = {}
    for a in alternatives:
        node = trie
        for ch in a.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(trie)


def _lower_is_same(s: str) -> bool:
    """Whether `s` in lower case matches the same texts case-insensitively (not so for a few letters: "İ")."""
    low = s.lower()
    return len(low) == len(s) and all(
        re.fullmatch(re.escape(a), b, re.IGNORECASE) and re.fullmatch(re.escape(b), a, re.IGNORECASE)
        for a, b in zip(s, low))


def _after_re(language: str) -> re.Pattern | None:
    return _after_re_with(language, tuple(load(language).currency_links))


@lru_cache(maxsize=16)
def _after_re_with(language: str, currency_links: tuple[str, ...]) -> re.Pattern | None:
    """A currency word or sign after the number, behind at most one of the language's `currency_links`."""
    words = sorted(world.currency_words(language), key=len, reverse=True)
    signs = sorted({s for s in world.currency_signs() if len(s) >= 2 and (s[:1].isalpha() or not s.isascii())},
                   key=len, reverse=True)
    alts = words + signs
    if not alts:
        return None
    body = _longest_first(alts) if all(_lower_is_same(a) for a in alts) else "|".join(re.escape(a) for a in alts)
    links = "|".join(currency_links) or "(?!x)x"  # "millions of dollars", "milhões em reais"
    return re.compile(rf"{_GAP}*(?:(?:{links})\s*)?(?P<c>" + body + r")(?![\w])", re.IGNORECASE)


def glued_sign(text: str, start: int, language: str) -> re.Match | None:
    """The local sign or currency word right before the number at `start` ("R|10,800", "rupees |47,389"): its
    match in the 40 characters before the number (`m.string`), or None. Read once per number (`Context.glued_sign`)
    for both the currency it means (`before`) and where the words before the amount end."""
    rx = _before_re(language)
    if rx is None:
        return None
    window = text[max(0, start - 40):start]
    if not _before_tail_re(language).match(window[::-1]):
        return None
    return rx.search(window)


def before(m: re.Match | None, text: str, start: int, language: str, home: str | None) -> str | None:
    """The currency that the local sign or word `m` (`glued_sign`) right before the number at `start` means in
    `home`, or None."""
    if not m:
        return None
    if m.group("sign"):
        sign = m.group("sign")
        if m.string[m.end("sign"):].startswith(".") and text[start:start + 1].isupper():
            return None  # "... 42.250.000 Frw. Deux voitures": the sign ends a sentence, a spelled number opens one
        glued = m.end("sign") == len(m.string) or m.string[m.end("sign"):].strip(" \u00a0\u202f") == "."
        if sign.isascii() and len(sign) == 1 and not glued and not (home and _GROUPED.match(text, start)):
            return None  # "R 10" may be anything; "R10" or "P 6,800,000" in a South African or Philippine text is money
        code = world.currency_for(sign, home, language)
        return code if code and (home or not sign.isalpha()) else None
    return world.currency_for(m.group("word"), home, language)


def after(text: str, pos: int, language: str, home: str | None) -> tuple[str, int] | None:
    """The currency a word right after `pos` means in `home` ("3,825 milliards de DA", "4,2 millions de dollars
    canadiens"), with the position after it."""
    rx = _after_re(language)
    if rx is None:
        return None
    m = rx.match(text, pos)
    if not m:
        return None
    code = world.currency_for(m.group("c"), home, language)
    return (code, m.end()) if code else None


def dollar(home: str | None) -> str:
    """A bare "$": the home country's dollar or peso, the US dollar when the country is unknown or has none."""
    return (world.currency_for("$", home) if home else None) or "USD"


def home_currency(home: str | None) -> str | None:
    """The currency of the home country: what "worth 2 million" counts in when the text names none."""
    return world.currency_of_country(home) if home else None


def currency_word_at(text: str, pos: int, language: str) -> bool:
    """Whether a currency word starts at `pos` ("Swiss| francs", "Norwegian| krone"): the country adjective
    before it names a currency, not a place."""
    rx = _after_re(language)
    return bool(rx and rx.match(text, pos))
