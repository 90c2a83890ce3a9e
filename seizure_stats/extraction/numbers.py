"""Numbers as people write them: "2 320", "2,320", "2.320", "19,5", "15'000", "1,5 million", "100mila",
"dois mil e trezentos". `find_numbers` returns every numeric span of a text with its value and the offsets
of its own text; what the number counts is decided elsewhere."""
from __future__ import annotations

import re
from dataclasses import dataclass

from seizure_stats.extraction.fastre import Prefiltered
from seizure_stats.extraction.lexicon import Language

SPACES = " \u00a0\u202f"
# a digit first, the look-behinds after it (the same as before it): the regex engine then skips to digits in C
DIGIT_RUN = re.compile(
    r"\d(?<![\w.,'’/\\-]\d)(?<![\w][.,]\d)\d*(?:(?:[.,'’\u00a0\u202f]|,?[ ](?=\d{3}(?!\d)))\d+)*")
_GROUP_SPLIT = re.compile(r",?[ \u00a0\u202f]")


@dataclass
class Number:
    start: int            # offsets of the number as written (digits or words, scale word included)
    end: int
    value: float
    ambiguous: float | None = None  # the other reading of "2,320" / "2.320" (decimal vs thousands)
    words: bool = False   # spelled out
    integer_text: bool = True  # written without decimals
    scaled: bool = False  # a scale word (million, Mio., mila) applied
    plain_digits: str = ""  # the digits when written without any separator (years, codes)


def _parse_group(s: str, lang: Language) -> tuple[float, float | None, bool] | None:
    """One run without spaces: value, alternative reading, written as an integer."""
    s = s.replace("’", "'")
    if "'" in s:
        parts = s.split("'")
        if not all(len(p) == 3 for p in parts[1:-1]):
            return None
        last = parts[-1]
        m = re.match(r"^(\d{3})(?:[.,](\d+))?$", last)
        if not m:
            return None
        whole = "".join(parts[:-1]) + m.group(1)
        return float(f"{whole}.{m.group(2)}" if m.group(2) else whole), None, not m.group(2)
    dots, commas = s.count("."), s.count(",")
    if dots == 0 and commas == 0:
        return float(s), None, True
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        th = "," if dec == "." else "."
        head, _, frac = s.rpartition(dec)
        groups = head.split(th)
        if any(len(g) != 3 for g in groups[1:]) or th in frac:
            return None
        return float("".join(groups) + "." + frac), None, False
    sep = "." if dots else ","
    parts = s.split(sep)
    if len(parts) > 2:
        if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            return float("".join(parts)), None, True
        return None
    whole, frac = parts
    if not whole or not frac:
        return None
    as_decimal = float(f"{whole}.{frac}")
    if sep == "," and lang.decimal == "." and len(frac) != 3:
        return None  # "26,00 pounds" in English: a typo, not a decimal
    if len(frac) != 3 or whole == "0" or len(whole) > 3:
        return as_decimal, None, False
    as_thousands = float(whole + frac)
    if sep != lang.decimal:
        return as_thousands, None, True
    # the language's decimal mark followed by exactly three digits: both readings are possible
    return as_decimal, as_thousands, False


def parse_digits(run: str, lang: Language) -> list[tuple[int, int, float, float | None, bool]]:
    """A digit run -> [(rel_start, rel_end, value, alternative, integer_text)]; [] for phone-like runs."""
    seps = list(_GROUP_SPLIT.finditer(run))
    if seps:
        groups, pos = [], 0
        for m in seps:
            groups.append((pos, m.start()))
            pos = m.end()
        groups.append((pos, len(run)))
        texts = [run[a:b] for a, b in groups]
        ok = (re.fullmatch(r"\d{1,3}", texts[0]) and all(re.fullmatch(r"\d{3}", t) for t in texts[1:-1])
              and re.fullmatch(r"\d{3}(?:[.,]\d+)?", texts[-1]))
        if ok:
            last = texts[-1]
            frac = ""
            if len(last) > 3:
                frac = last[4:]
                last = last[:3]
            digits = "".join(texts[:-1]) + last
            v = float(f"{digits}.{frac}" if frac else digits)
            return [(0, len(run), v, None, not frac)]
        if len(groups) >= 3 or any(len(t) >= 4 and t.isdigit() for t in texts[1:]):
            return []  # phone numbers, codes
        out = []
        for a, b in groups:
            p = _parse_group(run[a:b], lang)
            if p:
                out.append((a, b, *p))
        return out
    p = _parse_group(run, lang)
    return [(0, len(run), *p)] if p else []


def parse_number_words(phrase: str, lang: Language) -> float | None:
    total = current = 0.0
    seen = False
    for tok in lang.morpheme_re.findall(phrase.lower()):
        if tok not in lang.numwords:
            continue  # connector
        kind, v = lang.numwords[tok]
        seen = True
        if kind == "units":
            current += v
        elif kind == "hundreds":
            current = (current or 1) * v
        else:
            total += (current or 1) * v
            current = 0
    return total + current if seen else None


def find_numbers(text: str, lang: Language) -> list[Number]:
    out: list[Number] = []
    for m in DIGIT_RUN.finditer(text):
        run = m.group(0)
        for a, b, v, alt, integer in parse_digits(run, lang):
            start, end = m.start() + a, m.start() + b
            plain = run[a:b] if run[a:b].isdigit() else ""
            n = Number(start, end, v, alt, integer_text=integer, plain_digits=plain)
            _apply_scale(text, n, lang)
            out.append(n)
    for m in lang.numword_re.finditer(text):
        phrase = m.group(0)
        if phrase.lower() in lang.articles:
            continue
        v = parse_number_words(phrase, lang)
        if v is None:
            continue
        # a phrase ending on a connector ("two and") -> trim
        start, end = m.start(), m.end()
        n = Number(start, end, v, words=True, scaled=v >= 1000)
        _apply_scale(text, n, lang)
        out.append(n)
    # "a ton", "un million", "eine Million": indefinite article before a scale word or a unit
    if lang.articles:
        art = _article_re(lang)
        for m in art.finditer(text):
            if re.search(r"[\d€$£¥]", text[max(0, m.start() - 12):m.start()]):
                continue  # "£40 a gram": a rate, not an amount
            n = Number(m.start(), m.end(), 1.0, words=True)
            if _apply_scale(text, n, lang) or _unit_follows(text, n.end, lang):
                out.append(n)
    # "zwei Pistolen, eine Maschinenpistole und 300 Schuss": an indefinite article between two counted items of a list
    if lang.articles and out:
        art = _article_re(lang)
        starts = sorted(out, key=lambda x: x.start)
        for m in art.finditer(text):
            if any(x.start <= m.start() < x.end for x in out):
                continue
            before = [x for x in starts if x.end <= m.start()]
            after = [x for x in starts if x.start >= m.end()]
            if before and after and _LIST_BEFORE.fullmatch(text[before[-1].end:m.start()]) \
                    and _LIST_AFTER.fullmatch(text[m.end():after[0].start]):
                out.append(Number(m.start(), m.end(), 1.0, words=True))
    # "une demi-tonne", "eine halbe Tonne", "half a million": one half of a unit or a scale word
    half = _half_re(lang)
    if half is not None:
        for m in half.finditer(text):
            n = Number(m.start(), m.end(), 0.5, words=True)
            if _apply_scale(text, n, lang) or _unit_follows(text, n.end, lang):
                out.append(n)
    out.sort(key=lambda n: (n.start, -n.end))
    # drop overlaps (keep the longest, earliest)
    kept: list[Number] = []
    for n in out:
        if kept and n.start < kept[-1].end:
            continue
        kept.append(n)
    return kept


_WORD = r"[^\W\d_][\w-]*"
_LIST_BEFORE = re.compile(rf"[ \u00a0]+{_WORD}(?:[ \u00a0]+{_WORD}){{0,2}}[ \u00a0]*,[ \u00a0]*")
_LIST_AFTER = re.compile(rf"[ \u00a0]+{_WORD}(?:[ \u00a0]+{_WORD}){{0,2}}?"
                         rf"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:und|and|et|e|y|en|o|sowie)[ \u00a0]+)"
                         rf"(?:{_WORD}[ \u00a0]+)?")
_ART_CACHE: dict[str, Prefiltered] = {}
_HALF_CACHE: dict[str, Prefiltered | None] = {}


def _half_re(lang: Language) -> Prefiltered | None:
    if lang.code not in _HALF_CACHE:
        words = lang.data.get("half_words") or []
        alts = "|".join(f"(?:{w})" for w in sorted(words, key=len, reverse=True))
        _HALF_CACHE[lang.code] = Prefiltered(re.compile(rf"(?<![\w'’-])(?:{alts})(?:(?<=-)|(?!\w))", re.IGNORECASE)) \
            if words else None
    return _HALF_CACHE[lang.code]


def _article_re(lang: Language) -> Prefiltered:
    if lang.code not in _ART_CACHE:
        arts = "|".join(sorted((re.escape(a) for a in lang.articles), key=len, reverse=True))
        _ART_CACHE[lang.code] = Prefiltered(re.compile(rf"(?<![\w'’-])(?:{arts})(?=[ \u00a0]+\w)", re.IGNORECASE))
    return _ART_CACHE[lang.code]


def _unit_follows(text: str, pos: int, lang: Language) -> bool:
    m = lang.unit_re.match(text, pos)
    return bool(m) and len(m.group(0).strip()) > 2


def _apply_scale(text: str, n: Number, lang: Language) -> bool:
    """Multiply by a scale word right after the number ("1,5 million", "100mila", "$1.2m"); True when one was."""
    m = lang.scale_re.match(text, n.end)
    if not m:
        return False
    word = m.group(0).strip(SPACES).rstrip(".").lower()
    mult = lang.scales.get(word)
    if mult is None:
        return False
    attached = not m.group(0)[:1] in SPACES
    if len(word) <= 2:
        # "m", "k", "bn": only glued to a number that carries a currency sign before it
        before = text[max(0, n.start - 4):n.start]
        after = text[m.end():m.end() + 4]
        if not (attached and re.search(r"[€$£¥]|[A-Z]{3} ?$", before)) and not re.match(r" ?(?:[€$£¥]|[A-Z]{3}\b)", after):
            return False  # "M€", "k€", "Mio. EUR" say money; a lone "m" is metres
    if n.words and mult <= 1000 and n.value >= 1000:
        return False
    if n.ambiguous is not None:
        # "1,500 million" reads as 1.5 million in every language; "1.500 Mio" as 1 500 Mio
        pass
    if m.group(0).endswith(".") and len(word) > 4:
        end = m.end() - 1  # "£3.2 million." ends the sentence
    else:
        end = m.end()
    n.value *= mult
    if n.ambiguous is not None:
        n.ambiguous *= mult
    n.end = end
    n.scaled = True
    return True
