"""Numbers as people write them: "2 320", "2,320", "2.320", "19,5", "15'000", "1,5 million", "100mila",
"dois mil e trezentos", Colombian "3.125'400.010", Indian "42,24,000" and "3.5 crore", "₦9.6bn", "R3,6 million".
`find_numbers` returns every numeric span of a text with its value and the offsets of its own text; what the
number counts is decided elsewhere.

Any run of digits and separators is read or rejected, never an error: values go through Decimal (8,2 miliardi is
8200000000, not 8199999999.999999). The language gives the decimal mark; an optional country gives the way that
language is written there (world/number_formats.yaml, generated from CLDR: South African English writes a decimal
comma, Mexican Spanish a decimal point) and decides what the digits leave open."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import yaml

from seizure_stats.extraction.fastre import Prefiltered
from seizure_stats.extraction.lexicon import Language, term_of, unit_of

SPACES = " \u00a0\u202f\u2009"
# a digit first, the look-behinds after it (the same as before it): the regex engine then skips to digits in C.
# Currency letters glued before the digits ("R3,6 million", "N9.6bn", "RM3.8m", "USD1 M") are allowed (1-3 letters,
# a capital first); so is a letter and a comma right before the digits (a missing space: "operation,516 grams");
# `find_numbers` keeps such a number only when the letters name a currency (`_currency_glued`).
DIGIT_RUN = re.compile(
    r"\d(?:(?<![\w.,'’‘‚/\\\u2212-]\d)|(?<=[^\W\d_],\d)|(?<=(?<![A-Za-z])[A-Z]\d)|(?<=(?<![A-Za-z])[A-Z][A-Za-z]\d)"
    r"|(?<=(?<![A-Za-z])[A-Z][A-Za-z]{2}\d))(?<![\d_][.,]\d)(?<![^\W\d_]\.\d)\d*(?:(?:[.,'’‘‚\u00a0\u202f\u2009]|,?[ ](?=\d{3}(?!\d)))\d+)*")
_GROUP_SPLIT = re.compile(r",?[ \u00a0\u202f\u2009]")
_MARK = re.compile(r"[.,']")
_FORMATS_FILE = Path(__file__).with_name("world") / "number_formats.yaml"


@dataclass(frozen=True)
class Convention:
    """How a text writes numbers: its decimal mark, and whether it groups digits the Indian way (12,34,567)."""
    decimal: str = "."
    group: str = ","
    indian: bool = False


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
    form: str = ""  # the rule that read an unusual way of writing it ("spaced_decimal", "year_glued"), for reasons


@lru_cache(maxsize=1)
def _number_formats() -> dict:
    with _FORMATS_FILE.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["territories"]


@lru_cache(maxsize=512)
def _currency_letters_re(country: str | None) -> re.Pattern | None:
    letters = (_number_formats().get(country.upper()) or {}).get("currency_letters") if country else None
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, letters))})\.?$") if letters else None


@lru_cache(maxsize=512)
def _convention(lang_code: str, decimal: str, country: str | None) -> Convention:
    """The language's convention, unless CLDR has the language as written in the country and says otherwise:
    English in South Africa writes a decimal comma, Spanish in Mexico a decimal point, French in Switzerland groups
    with an apostrophe. Only languages official in the country count: English from Italy keeps English numbers,
    and the country's own language never decides how a text in another language writes them."""
    own = Convention(decimal, "," if decimal == "." else ".")
    fmt = ((_number_formats().get(country.upper()) or {}).get("languages") or {}).get(lang_code) if country else None
    return Convention(fmt["decimal"], fmt["group"], bool(fmt.get("indian"))) if fmt else own


def convention(lang: Language, country: str | None = None) -> Convention:
    return _convention(lang.code, lang.decimal, country or None)


def _value(whole: str, frac: str = "") -> float:
    """Digits -> float through Decimal, so "8,2" is exactly the float of 8.2 (never a sum of binary fractions)."""
    return float(Decimal(f"{whole}.{frac}" if frac else whole))


def _grouped(groups: list[str], indian: bool) -> bool:
    """Digit groups between thousands separators: 1-3 digits then threes; or the Indian 1-2, twos, then three."""
    if len(groups) < 2 or not 1 <= len(groups[0]) <= 3 or groups[0][0] == "0":
        return False  # "0'000.1", "01.234": no leading zero before a group
    if all(len(g) == 3 for g in groups[1:]):
        return True
    return indian and len(groups) >= 3 and len(groups[0]) <= 2 and len(groups[-1]) == 3 \
        and all(len(g) == 2 for g in groups[1:-1])


# typographic look-alikes of the group marks: "25‘000" (a left quote for the Swiss apostrophe), "R700‚000" (a low
# quote for the comma)
_MARK_STAND_INS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‚": ","})


def _parse_group(s: str, lang: Language, conv: Convention | None = None
                 ) -> tuple[float, float | None, bool] | None:
    """One run without spaces -> (value, thousands reading when the digits allow both, written as an integer), or
    None when it is no number (a code, a date, a typo). Total: any string gives a result or None, never an error."""
    conv = conv or convention(lang)
    s = s.translate(_MARK_STAND_INS)
    groups = _MARK.split(s)
    if not all(g.isdecimal() for g in groups) or len(s) > _MAX_CHARS:
        return None  # separators in a row, other characters; or a code too long to be an amount
    if len(groups) == 1:
        return _value(s), None, True
    marks = _MARK.findall(s)
    last, head, frac = marks[-1], set(marks[:-1]), groups[-1]
    if last == "'" or last in head:
        # every mark groups: "1'200", "1.250.000", "42,24,000", Colombian "3.125'400.010" (an apostrophe before
        # the millions, dots elsewhere)
        if len(head | {last}) > 1 and "'" not in head | {last}:
            return None  # "1.234,567,890": two different marks cannot both group
        if _grouped(groups, marks == [","] * len(marks)):
            return _value("".join(groups)), None, True
        if last != "'" and len(frac) == 2 and len(groups) >= 3 and _grouped(groups[:-1], False):
            return _value("".join(groups[:-1]), frac), None, False  # "US$ 95.921.38": one mark for groups and cents
        return None
    whole_groups = groups[:-1]
    whole = "".join(whole_groups)
    if head:
        # a different mark before the last: the last is the decimal mark ("1,234.5", "1.234,5", "1'234.50")
        if not _grouped(whole_groups, head == {","}):
            return None
        if head == {conv.decimal} and conv.decimal == lang.decimal and len(frac) == 3 and _grouped(groups, False):
            # "7,202.419 Zigaretten", "2,933.592 Stück" in a language of decimal commas: its decimal mark never
            # stands before a group mark, so both marks group (an agency's English-style millions mark)
            return _value(whole + frac), None, True
        if head == {"'"} and len(frac) == 3 and last != conv.decimal and _grouped(groups, False):
            return _value(whole + frac), None, True  # Colombian "1'234.567": the dot groups thousands
        if head == {"'"} and len(frac) == 3 and _grouped(groups, False):
            return _value(whole, frac), _value(whole + frac), False
        return _value(whole, frac), None, False
    # one mark, once: "2,320", "2.320", "19,5", "0.6"
    if len(frac) != 3:
        if last == "," and conv.decimal == "." and lang.decimal == ".":
            return None  # "26,00 pounds" in English: a typo, not a decimal (a scale word after it decides elsewhere)
        return _value(whole, frac), None, False
    if whole == "0" or len(whole) > 3:
        return _value(whole, frac), None, False
    as_thousands = _value(whole + frac)
    if last != conv.decimal and last == lang.decimal and conv.group not in ".,":
        # "6.945 kg" in South African English: the country groups with spaces, so the point is the language's decimal
        return _value(whole, frac), as_thousands, False
    if last != conv.decimal:
        return as_thousands, None, True
    # the decimal mark followed by exactly three digits: both readings are possible
    return _value(whole, frac), as_thousands, False


def parse_digits(run: str, lang: Language, country: str | None = None, conv: Convention | None = None
                 ) -> list[tuple[int, int, float, float | None, bool]]:
    """A digit run -> [(rel_start, rel_end, value, alternative, integer_text)]; [] for phone-like runs.
    `country` (ISO 3166) makes that country's way of writing numbers decide what the digits leave open; `conv`, the
    way the document itself writes them (`written_convention`), overrides it."""
    conv = conv or convention(lang, country)
    seps = list(_GROUP_SPLIT.finditer(run))
    if seps:
        groups, pos = [], 0
        for m in seps:
            groups.append((pos, m.start()))
            pos = m.end()
        groups.append((pos, len(run)))
        texts = [run[a:b] for a, b in groups]
        ok = (_UP_TO_3.fullmatch(texts[0]) and all(_THREE.fullmatch(t) for t in texts[1:-1])
              and _LAST_SPACED.fullmatch(texts[-1]))
        if ok and len(run) <= _MAX_CHARS:
            last = texts[-1]
            frac = ""
            if len(last) > 3:
                frac = last[4:]
                last = last[:3]
            return [(0, len(run), _value("".join(texts[:-1]) + last, frac), None, not frac)]
        if len(groups) >= 3 or any(len(t) >= 4 and t.isdigit() for t in texts[1:]):
            return []  # phone numbers, codes
        out = []
        for a, b in groups:
            p = _parse_group(run[a:b], lang, conv)
            if p:
                out.append((a, b, *p))
        return out
    p = _parse_group(run, lang, conv)
    return [(0, len(run), *p)] if p else []


_NEGATIVE_BEFORE = re.compile(r"[-\u2212]\d{1,3}[ \u00a0\u202f\u2009]$")
_MORE_DIGITS = re.compile(r"[.,']?\d")
_MAX_CHARS = 24  # "999,999,999,999,999.99": longer runs are codes, and a float could not hold them
_ONE_MARK = re.compile(r"\d{1,3},\d{1,2}")
_UP_TO_3 = re.compile(r"\d{1,3}")
_THREE = re.compile(r"\d{3}")
_LAST_SPACED = re.compile(r"\d{3}(?:[.,]\d+)?")


def _currency_glued(text: str, start: int, lang: Language, country: str | None, bare: bool) -> bool:
    """Letters glued before digits name a currency: the language's currency codes, or the letters of the country's
    currency ("R" in South Africa, "N" in Nigeria); a bare integer after a country's letter is still no amount
    ("the R59"), unless a word of worth comes right before it ("earphones valued at R250")."""
    base = max(0, start - 6)
    before = text[base:start]
    if lang.currency_before_re.search(before) or _world_sign_end().search(before):
        return True
    rx = _currency_letters_re(country.upper() if country else None)
    hit = rx.search(before) if rx else None
    if hit is None:
        return False
    return not bare or bool(lang.worth_before_re and lang.worth_before_re.search(text[max(0, start - 60):base + hit.start()]))


@lru_cache(maxsize=1)
def _world_sign_end() -> re.Pattern:
    """The currency signs made of letters that world/currencies.yaml knows ("Rwf", "ZWG", "Ksh", "RM", "$U"), glued to
    the digits: "Rwf21 million" is money wherever the text comes from."""
    from seizure_stats.extraction import world
    signs = sorted((s for s in world.currency_signs() if (s[:1].isalpha() or s[:1] == "$") and len(s) >= 2),
                   key=len, reverse=True)  # "$U1.200.000" (Uruguay) too
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, signs)) + r")\.?$") if signs else re.compile(r"(?!x)x")


_BROKEN_HYPHEN = re.compile(r"-[ \u00a0]")


def parse_number_words(phrase: str, lang: Language) -> float | None:
    total = current = last_scale = 0.0
    seen = False
    for tok in lang.morpheme_re.findall(_BROKEN_HYPHEN.sub("-", phrase.lower())):  # "quatre- vingt"
        if tok not in lang.numwords:
            continue  # connector
        kind, v = lang.numwords[tok]
        seen = True
        if kind == "units":
            current += v
        elif kind == "hundreds":
            # "milleduecento": a unit word of a thousand or more ("mille") before the hundreds is no multiplier of
            # them; only what is below a thousand is (1200, not 100200)
            high = current - current % 1000
            current = high + ((current - high) or 1) * v
        elif not current and total and v > last_scale:
            total *= v  # "two thousand million": a larger scale multiplies what came before
            last_scale = v
        else:
            total += (current or 1) * v
            current = 0
            last_scale = v
    if last_scale >= 1_000_000 and current < 1000 and current % 100 == 0:
        # "um milhão e quatrocentos", "dois milhões e quinhentos": hundreds right after millions are hundreds of
        # thousands (nobody says a million and four hundred units)
        current *= last_scale / 1000
    return total + current if seen else None


def find_numbers(text: str, lang: Language, country: str | None = None) -> list[Number]:
    """Every number of `text`. `country` (ISO 3166, optional) is where the text comes from: its way of writing
    numbers (CLDR) decides the digits that the language alone leaves open ("2,320" in South African English)."""
    out = _digit_numbers(text, lang, country) + _word_numbers(text, lang)
    if lang.articles:
        articles = list(_article_re(lang).finditer(text))  # read once for both uses
        out += _article_numbers(text, lang, articles)
        if out:
            _add_listed_articles(text, lang, out, articles)
    out += _half_numbers(text, lang) + _both_numbers(text, lang) + _one_person_numbers(text, lang)
    out.sort(key=lambda n: (n.start, -n.end))
    numbers = [_open_brackets(text, n, lang) for n in _words_with_digits(text, _without_overlaps(text, out, lang))]
    _restated_decimals(text, numbers, lang)
    return numbers


_MARK_THREE = re.compile(r"(\d{1,3})[.,](\d{3})")


def _restated_decimals(text: str, numbers: list[Number], lang: Language) -> None:
    """"14 quilogramas de cocaína ... com o peso de 14.392 kg": a weight read as thousands whose whole part the
    document also states as a weight in the same unit is that weight to the gram ("12 toneladas" beside
    "12.388 kilos" restates thousands of kilos), a decimal (rule `rounded_restatement`;
    a round "2.500 kg" beside "2 kg" stays thousands). Changes `numbers` in place."""
    candidates = [n for n in numbers if n.ambiguous is None and n.integer_text and not n.words and not n.scaled
                  and n.value >= 1000 and _MARK_THREE.fullmatch(text, n.start, n.end)]
    if not candidates:
        return
    wholes = {(n.value, unit_of(lang, um)) for n in numbers if n.value < 1000 and n.value == int(n.value)
              and (um := lang.unit_re.match(text, n.end))}
    for n in candidates:
        m = _MARK_THREE.fullmatch(text, n.start, n.end)
        um = lang.unit_re.match(text, n.end)
        if um and (float(m.group(1)), unit_of(lang, um)) in wholes and not m.group(2).endswith("00"):
            n.ambiguous, n.value, n.integer_text, n.form = n.value, _value(m.group(1), m.group(2)), False, \
                "rounded_restatement"


_DIGITS_IN_BRACKETS = re.compile(r"[ \u00a0]*\([ \u00a0]*$")


def _words_with_digits(text: str, numbers: list[Number]) -> list[Number]:
    """"vingt (20) tonnes", "cinco (5) detenidos", "two (2) suspects": digits in brackets that restate the number
    words before them make one number with them, so that the unit or noun after the bracket is the words' own."""
    out: list[Number] = []
    for n in numbers:
        w = out[-1] if out else None
        if (w is not None and w.words and not n.words and n.value == w.value and text[n.end:n.end + 1] == ")"
                and _DIGITS_IN_BRACKETS.fullmatch(text, w.end, n.start)):
            out[-1] = Number(w.start, n.end + 1, w.value, None, True, w.integer_text, w.scaled, "")
            continue
        out.append(n)
    return out


_BRACKETED = re.compile(r"\)[ \u00a0]+([^\W\d_][\w'’-]*)")
_ENDS_WITH_NUMBER = re.compile(r"(?:\d|[^\W\d_]+)[ \u00a0]*\($")


def _open_brackets(text: str, n: Number, lang: Language) -> Number:
    """"ont saisi (24) quintaux et arrêté (12) narcotrafiquants": a number some releases put in brackets is read
    with the brackets, so that its unit or noun follows it. Not a restatement ("six (06) suspects") nor a count
    after its noun ("médicaments (250), ..."): there the word after the bracket is no unit or noun of it."""
    if n.words or n.start == 0 or text[n.start - 1] != "(":
        return n
    m = _BRACKETED.match(text, n.end)
    if m is None or lang.function_re.match(m.group(1)) or lang.conjunction_re.match(m.group(1)):
        return n
    before = text[max(0, n.start - 30):n.start]
    words = _ENDS_WITH_NUMBER.search(before)
    if words and (words.group(0)[0].isdigit() or lang.numword_re.fullmatch(words.group(0).rstrip(" \u00a0(").lower())):
        return n  # "six (06) suspects": the digits restate the words
    return Number(n.start - 1, n.end + 1, n.value, n.ambiguous, n.words, n.integer_text, n.scaled, n.plain_digits)


def _digit_numbers(text: str, lang: Language, country: str | None) -> list[Number]:
    """Numbers written in digits, with a scale word after them applied."""
    out: list[Number] = []
    conv = written_convention(text, lang, country)
    own_form = "written_convention" if conv != convention(lang, country) else ""
    for m in DIGIT_RUN.finditer(text):
        run = m.group(0)
        if _NEGATIVE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # the groups after "-1 200": part of a negative number
        glued = m.start() > 0 and text[m.start() - 1].isalpha()  # "R3,6 million", "N9.6bn"
        form = "spaced_decimal"
        parsed = _spaced_decimal(text, m, lang, conv)
        if not parsed:
            form = "stray_group_space"
            parsed = _stray_group_space(text, m, lang, conv)
        if not parsed:
            form = "year_glued"
            parsed = _year_then_number(text, m, lang)
        if not parsed:
            form = own_form if _MARK.search(run) else ""
            parsed = parse_digits(run, lang, country, conv)
        if not parsed and _ONE_MARK.fullmatch(run) and lang.scale_re.match(text, m.end()):
            # "R3,6 million" in English: a decimal comma before a scale word is a decimal, whatever the language
            whole, frac = run.split(",")
            parsed = [(0, len(run), _value(whole, frac), None, None)]
        for a, b, v, alt, integer in parsed:
            start, end = m.start() + a, m.start() + b
            plain = run[a:b] if run[a:b].isdigit() else ""
            n = Number(start, end, v, alt, integer_text=bool(integer), plain_digits=plain, form=form)
            scaled = _apply_scale(text, n, lang, run[a:b])
            if integer is None and not scaled:
                continue
            if glued and not a and not _currency_glued(text, m.start(), lang, country, plain and not scaled):
                continue  # "N2", "R250": a road or a code, unless written as an amount of a currency
            out.append(n)
    return out


_SPACED_DECIMAL = re.compile(r"(\d{1,3}),[ \u00a0](\d{3})")
_YEAR_GLUED = re.compile(r"((?:19|20)\d\d),(\d{1,3})")


def _spaced_decimal(text: str, m: re.Match, lang: Language, conv: Convention
                    ) -> list[tuple[int, int, float, float | None, bool]]:
    """"7, 792 Kg", "109, 123 tonnes": a decimal comma that a stray space follows, where the comma is the decimal
    mark and a unit comes right after (rule `spaced_decimal`); the thousands reading stays the alternative."""
    sm = _SPACED_DECIMAL.fullmatch(m.group(0))
    if sm is None or conv.decimal != "," or not lang.unit_re.match(text, m.end()):
        return []
    whole, frac = sm.groups()
    return [(0, len(m.group(0)), _value(whole, frac), _value(whole + frac), False)]


_COMMA_SPACE = re.compile(r",[ \u00a0]")


def _stray_group_space(text: str, m: re.Match, lang: Language, conv: Convention
                       ) -> list[tuple[int, int, float, float | None, bool]]:
    """"4,996, 200 capsules", "N3, 155,667,500.00": a thousands comma that a stray space follows, where the comma
    groups thousands (rule `stray_group_space`): one number when the digits, the space taken out, are grouped by
    commas throughout, in three groups at least (two are read as such by `parse_digits` already)."""
    run = m.group(0)
    if conv.decimal != "." or not _COMMA_SPACE.search(run):
        return []
    left, _, right = run.partition(_COMMA_SPACE.search(run).group(0))
    joined = _COMMA_SPACE.sub(",", run)
    whole = joined.split(".")[0].split(",")
    if len(whole) < 3 or not _grouped(whole, False):
        return []  # "5, 200" is read by the groups of `parse_digits`; "2019, 300" are two numbers
    lefts, rights = left.count(",") + 1, right.split(".")[0].count(",") + 1
    glued = m.start() > 0 and (text[m.start() - 1].isalpha() or text[m.start() - 1] in "$€£¥")
    if not ((lefts == 1 and rights >= 2) or (lefts == 2 and rights == 1 and not glued)):
        return []  # "R52,000, 300 bags valued at ...", "R7,500,000, 640 belts": a list of an amount and a count
    p = _parse_group(joined, lang, conv)
    if p is None or p[1] is not None:
        return []
    return [(0, len(run), p[0], None, p[2])]


def _year_then_number(text: str, m: re.Match, lang: Language) -> list[tuple[int, int, float, float | None, bool]]:
    """"En 2022,137 kilos": a year after a year preposition, its comma and the number after it with no space
    between (rule `year_glued`): two numbers, the year and the amount."""
    ym = _YEAR_GLUED.fullmatch(m.group(0))
    if ym is None or not lang.year_prep_re.search(text, max(0, m.start() - 25), m.start()):
        return []
    year, amount = ym.groups()
    return [(0, 4, float(year), None, True), (5, len(m.group(0)), float(amount), None, True)]


# runs of digits with a mark: "12,8", "1.234.567", "2,5", "3.000"; what the document shows of its own convention
_MARKED = re.compile(r"(?<![\d.,'])\d{1,3}(?:([.,])\d+)(?:([.,])\d+)*(?![\d'])(?![.,]\d)")


def written_convention(text: str, lang: Language, country: str | None) -> Convention:
    """Where CLDR has the country write the language with the other decimal mark than the language's own (Spanish
    in Guatemala or Mexico writes "5,177.5"; English in South Africa "6,9"), the document's own numbers decide
    (rule `written_convention`): two or more numbers that only one reading allows ("12,8", "97,6", "1.234.567")
    and none that allows only the other. Otherwise the country's convention stands."""
    conv = convention(lang, country)
    if conv.decimal == lang.decimal or not country:
        return conv
    votes = {".": 0, ",": 0}  # for the decimal mark
    for mm in _MARKED.finditer(text):
        s = mm.group(0)
        marks = _MARK.findall(s)
        groups = _MARK.split(s)
        if len(marks) == 1:
            if groups[1] == "000":
                votes["," if marks[0] == "." else "."] += 1  # "3.000": the mark groups
            elif len(groups[1]) in (1, 2):
                votes[marks[0]] += 1  # "12,8": the mark is the decimal
        elif len(set(marks)) == 1 and all(len(g) == 3 for g in groups[1:]):
            votes["," if marks[0] == "." else "."] += 1  # "1.234.567"
        elif len(set(marks)) == 2 and marks[-1] not in marks[:-1]:
            votes[marks[-1]] += 1  # "1.234,5"
    own = lang.decimal
    if votes[own] >= 2 and not votes[conv.decimal]:
        return Convention(own, "," if own == "." else ".")
    return conv


def _word_numbers(text: str, lang: Language) -> list[Number]:
    """Numbers written in words ("dois mil e trezentos"), a lone indefinite article excepted."""
    out: list[Number] = []
    for m in lang.numword_re.finditer(text):
        phrase = m.group(0)
        if phrase.lower() in lang.articles or _tail_of_skipped_phrase(text, m, lang):
            continue
        v = parse_number_words(phrase, lang)
        if v is None or ((v >= 1_000_000 or v < 1000) and _scale_alone(phrase, lang)):
            continue  # "vários milhões", "several million": no amount ("un million" is read as an article number);
            # "decenas de cajas", "dezenas de munições": tens or dozens of an unstated number, no amount either
        n = Number(m.start(), m.end(), v, words=True, scaled=v >= 1000)
        _apply_scale(text, n, lang)
        out.append(n)
    return out


_WORD_BEFORE = re.compile(r"[^\W\d_]+[ \u00a0]*$")


def _tail_of_skipped_phrase(text: str, m: re.Match, lang: Language) -> bool:
    """"97 per cento", "20 por cento", "15 pour cent": a number word that ends a phrase of the words that mark no
    figure after a number (a percentage) is that phrase's word, no hundred of its own."""
    w = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if w is None:
        return False
    hit = lang.skip_after_re.match(text, w.start())
    return hit is not None and hit.end() == m.end()


def _scale_alone(phrase: str, lang: Language) -> bool:
    tokens = [t for t in lang.morpheme_re.findall(phrase.lower()) if t in lang.numwords]
    return len(tokens) == 1 and lang.numwords[tokens[0]][0] == "scales"


_DIGIT_OR_SIGN = re.compile(r"[\d€$£¥]")


def _article_numbers(text: str, lang: Language, articles: list[re.Match]) -> list[Number]:
    """"a ton", "un million", "eine Million": an indefinite article before a scale word or a unit."""
    out: list[Number] = []
    for m in articles:
        if _DIGIT_OR_SIGN.search(text, max(0, m.start() - 12), m.start()):
            continue  # "£40 a gram": a rate, not an amount
        n = Number(m.start(), m.end(), 1.0, words=True)
        if _apply_scale(text, n, lang) or _unit_follows(text, n.end, lang):
            out.append(n)
    return out


def _add_listed_articles(text: str, lang: Language, out: list[Number], articles: list[re.Match]) -> None:
    """"zwei Pistolen, eine Maschinenpistole und 300 Schuss": an indefinite article between two counted items of a
    list is one more item (added to `out`)."""
    starts = sorted(out, key=lambda x: x.start)
    begins = [x.start for x in starts]
    for m in articles:
        if any(x.start <= m.start() < x.end for x in out):
            continue
        after = bisect_left(begins, m.end())  # the first number that starts after the article
        before = bisect_left(begins, m.start()) - 1  # the last one (in order of starts) that ends before it
        while before >= 0 and starts[before].end > m.start():
            before -= 1
        if before >= 0 and after < len(starts) and _LIST_BEFORE.fullmatch(text[starts[before].end:m.start()]) \
                and _list_after_re(lang).fullmatch(text[m.end():starts[after].start]):
            out.append(Number(m.start(), m.end(), 1.0, words=True))


def _both_numbers(text: str, lang: Language) -> list[Number]:
    """"both drivers were arrested", "die beiden Männer": two people (only before a person noun of the lexicon);
    "both were arrested", "wurden die beiden vorläufig festgenommen", "ambos fueron detenidos": standing alone
    with a verb of arrest in its clause, two people too (rule `both_of_them` gives the metric)."""
    if lang.both_re is None:
        return []
    out = []
    arrest = lang.verb_re.get("arrest")
    for m in lang.both_re.finditer(text):
        t = lang.term_re.search(text[m.end():m.end() + 40])
        if t is not None and t.start() == 0 and term_of(lang, t).object == "person":
            out.append(Number(m.start(), m.end("both"), 2.0, words=True))
        elif arrest is not None and (t is None or t.start() > 0):
            v = arrest.search(text, m.end(), m.end() + 60)  # "both were arrested", "die beiden vorläufig festgenommen"
            if v is not None and _TWO_WORDS.fullmatch(text, m.end("both"), v.start()):
                out.append(Number(m.start(), m.end("both"), 2.0, words=True))
    return out


_TWO_WORDS = re.compile(r"(?:[ \u00a0]+[^\W\d_][\w-]*){0,2}[ \u00a0]+")
_ONE_WORD = re.compile(r"[ \u00a0]+(?:[^\W\d_][\w-]*[ \u00a0]+)?")
_CLAUSE_STOP = re.compile(r"[,;:.!?()]")


def _one_person_numbers(text: str, lang: Language) -> list[Number]:
    """"One person was arrested", "one Indian national was also detained": the numeral that is also read as an
    article ("one ton") is a count of one before a person noun of the lexicon (a word may come between) whose own
    clause has a verb of arrest or identification; "one of the suspects", "one man's car" stay no number."""
    if lang.one_person_re is None:
        return []
    out = []
    verbs = [lang.verb_re[k] for k in ("arrest", "identify") if k in lang.verb_re]
    for m in lang.one_person_re.finditer(text):
        first = m.end() + len(text[m.end():m.end() + 3]) - len(text[m.end():m.end() + 3].lstrip(" \u00a0"))
        for start in dict.fromkeys((first, _ONE_WORD.match(text, m.end()).end())):
            t = lang.term_re.search(text[start:start + 40])
            if t is None or t.start() != 0 or term_of(lang, t).object != "person":
                continue
            end = start + t.end()
            stop = _CLAUSE_STOP.search(text, end, end + 80)
            clause = text[end:stop.start() if stop else end + 80]
            if not clause.startswith(("'", "’")) and any(v.search(clause) for v in verbs):
                out.append(Number(m.start(), m.end(), 1.0, words=True))
            break
    return out


def _half_numbers(text: str, lang: Language) -> list[Number]:
    """"une demi-tonne", "eine halbe Tonne", "half a million": one half of a unit or a scale word; "ein Viertel
    Kilogramm", "a quarter of a tonne", "un quart de kilo": a quarter of a unit (rule `quarter_of_unit`)."""
    out: list[Number] = []
    for rx, part in ((lang.half_re, 0.5), (lang.quarter_re, 0.25)):
        for m in (rx.finditer(text) if rx is not None else ()):
            n = Number(m.start(), m.end(), part, words=True, form="quarter_of_unit" if part == 0.25 else "")
            if (part == 0.5 and _apply_scale(text, n, lang)) or _unit_follows(text, n.end, lang):
                out.append(n)
    return out


def _without_overlaps(text: str, ordered: list[Number], lang: Language) -> list[Number]:
    """The longest, earliest of overlapping numbers; "2 mil 500" joined into one."""
    kept: list[Number] = []
    for n in ordered:
        if kept and n.start < kept[-1].end:
            continue
        if kept and _scale_then_smaller(text, kept[-1], n, lang):
            # "mil 354 kilogramos", "2 mil 500", "un millón 583 mil 820 dólares": Latin American press writes
            # the thousands and millions in words, the rest in digits
            kept[-1].value += n.value
            kept[-1].end = n.end
            kept[-1].integer_text = True
            continue
        kept.append(n)
    return kept


def _scale_then_smaller(text: str, before: Number, n: Number, lang: Language) -> bool:
    """A number that ends with a scale word, a space, then a smaller number: one number in two parts; so is one
    whose scale word the list's "and" joins to a smaller scaled number ("1milione e 500mila euro", "un millón y
    200 mil pesos", "2 millions et 300 000 euros" is no such: the part after "and" must carry its own scale)."""
    gap = text[before.end:n.start]
    joined = gap != " " and _AND_GAP.fullmatch(gap) is not None and gap.strip().lower() in lang.list_conjunctions
    if (gap != " " and not joined) or n.ambiguous is not None:
        return False
    last = _LAST_WORD.search(text, before.start, before.end)
    scale = lang.scales.get(last.group(0).lower(), 0) if last else 0
    if scale < 1000 or before.value % scale or (joined and not (n.scaled and n.value < scale)):
        return False
    if n.scaled:
        return n.value < scale  # "un millón 583 mil"
    return scale == 1000 and bool(n.plain_digits) and len(n.plain_digits) <= 3 and not _MORE_DIGITS.match(text, n.end)


_AND_GAP = re.compile(r" [^\W\d_]{1,4} ")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_WORD = r"[^\W\d_][\w-]*"
_LIST_BEFORE = re.compile(rf"[ \u00a0]+{_WORD}(?:[ \u00a0]+{_WORD}){{0,2}}[ \u00a0]*,[ \u00a0]*")


@lru_cache(maxsize=None)
def _list_after_re(lang: Language) -> re.Pattern:
    """From an article to the next item of a list: a few words, then a comma or the language's "and"."""
    conj = "|".join(lang.list_conjunctions) or "(?!x)x"
    return re.compile(rf"[ \u00a0]+{_WORD}(?:[ \u00a0]+{_WORD}){{0,2}}?"
                      rf"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:{conj})[ \u00a0]+)"
                      rf"(?:{_WORD}[ \u00a0]+)?")


_ART_CACHE: dict[str, Prefiltered] = {}


def _article_re(lang: Language) -> Prefiltered:
    if lang.code not in _ART_CACHE:
        arts = "|".join(sorted((re.escape(a) for a in lang.articles), key=len, reverse=True))
        _ART_CACHE[lang.code] = Prefiltered(re.compile(rf"(?<![\w'’-])(?:{arts})(?=[ \u00a0]+\w)", re.IGNORECASE))
    return _ART_CACHE[lang.code]


def _unit_follows(text: str, pos: int, lang: Language) -> bool:
    m = lang.unit_re.match(text, pos)
    return bool(m) and len(m.group(0).strip()) > 1  # "one kg"; not "a t", "a l"


_ONE_SPACE = re.compile(r"[ \u00a0]")


def _goods_after_scale(text: str, pos: int, lang: Language) -> bool:
    """"2.9m cigarettes", "1.2m tablets": a short scale glued to the number, then goods of a kind (no vehicle, no
    container: "a 12m container" is long) counted in millions; a lone "m" is metres otherwise."""
    if not _ONE_SPACE.match(text, pos):
        return False
    t = lang.term_re.search(text[pos + 1:pos + 40])
    if t is None or t.start() != 0:
        return False
    term = term_of(lang, t)
    return bool(term.category or term.object) and term.metric in (None, "goods") \
        and term.object not in ("vehicle", "boat", "person")


def _apply_scale(text: str, n: Number, lang: Language, digits: str = "") -> bool:
    """Multiply by a scale word right after the number ("1,5 million", "100mila", "$1.2m"); True when one was.
    `digits` is the number as written, for "1.041 milliard": one mark and three digits before a scale word."""
    m = lang.scale_re.match(text, n.end)
    if not m:
        return False
    word = m.group(0).strip(SPACES).rstrip(".").lower()
    mult = lang.scales.get(word)
    if mult is None:
        return False
    attached = m.group(0)[:1] not in SPACES
    written = m.group(0).strip(SPACES)
    if len(word) <= 2 and word not in lang.unambiguous_short_scales \
            and not (written[:1].isupper() and word not in lang.tonne_like_scales):
        # "m", "k", "b": only glued to a number that carries a currency before or after it, or written with a
        # capital ("1.2M", "1,2 M", "3,45 Md": CLDR's short forms; metres and grams are lower case)
        before = text[max(0, n.start - 5):n.start]
        after = text[m.end():m.end() + 4]
        if not (attached and _CURRENCY_BEFORE.search(before)) and not _CURRENCY_AFTER.match(after) \
                and not (attached and _goods_after_scale(text, m.end(), lang)):
            return False  # "M€", "k€", "Mio. EUR" say money; a lone "m" is metres
    if n.words and mult <= 1000 and n.value >= 1000:
        return False
    if m.group(0).endswith(".") and len(word) > 4:
        end = m.end() - 1  # "£3.2 million." ends the sentence
    else:
        end = m.end()
    one_mark = _ONE_MARK_THREE.fullmatch(digits) if digits else None
    if one_mark and n.ambiguous is None and mult >= 1e6 and not one_mark.group(2).endswith("0"):
        # "1.041 milliard", "P34.204 million": a point and three digits before millions is a decimal in any
        # language ("3.000 millones" keeps its thousands: a decimal has no trailing zero; an English "2,375
        # million" too: a comma is a decimal only where the language or the country says so, handled above)
        n.ambiguous = n.value
        n.value = _value(one_mark.group(1), one_mark.group(2))
        n.integer_text = False
    n.value = _times(n.value, mult)
    if n.ambiguous is not None:
        n.ambiguous = _times(n.ambiguous, mult)
    n.end = end
    n.scaled = True
    m2 = lang.scale_re.match(text, end)
    if m2 and mult < lang.scales.get(m2.group(0).strip(SPACES).rstrip(".").lower(), 0) and m2.group(0)[:1] in SPACES:
        # "1.2 lakh crore", "two thousand million": a larger scale word after the first multiplies again
        mult2 = lang.scales[m2.group(0).strip(SPACES).rstrip(".").lower()]
        n.value = _times(n.value, mult2)
        if n.ambiguous is not None:
            n.ambiguous = _times(n.ambiguous, mult2)
        n.end = m2.end() - 1 if m2.group(0).endswith(".") and len(m2.group(0).strip()) > 5 else m2.end()
    half = lang.half_after_re.match(text, n.end) if lang.half_after_re and n.integer_text else None
    if half and n.ambiguous is None:  # "10 milioni e mezzo", "dos millones y medio": half of the scale more
        n.value += mult / 2
        n.end = half.end()
    return True


def _times(value: float, mult: float) -> float:
    """value x scale in decimal arithmetic: "8,2 miliardi" is 8200000000, not 8199999999.999999."""
    return float(Decimal(repr(value)) * Decimal(repr(mult)))


_CURRENCY_SIGNS = "".join(chr(i) for i in range(0x20, 0x10000) if unicodedata.category(chr(i)) == "Sc")
# a sign, an ISO code or "Rs", "Ksh" (a space may follow), or currency letters glued to the digits ("RM3.8m",
# "N4.4bn": find_numbers drops a number glued to letters that name no currency)
_CURRENCY_BEFORE = re.compile(
    rf"(?:(?:[{re.escape(_CURRENCY_SIGNS)}]|(?<![A-Za-z])(?:[A-Z]{{3}}|Rs\.?|K[Ss]h))[ \u00a0]?|(?<![A-Za-z])[A-Z][A-Za-z]{{0,2}})$")
_CURRENCY_AFTER = re.compile(rf" ?(?:[{re.escape(_CURRENCY_SIGNS)}]|[A-Z]{{3}}\b)")
_ONE_MARK_THREE = re.compile(r"(\d{1,3})\.(\d{3})")


# ---- the data file of number conventions per country, derived from CLDR -----------------------------------
def derive_number_formats(languages: tuple[str, ...] | None = None) -> dict:
    """Each territory's way of writing numbers from CLDR through babel: the Latin-digit decimal and group symbols
    and whether the decimal pattern groups the Indian way (#,##,##0), for the territory's main language
    (`und_XX` likely subtags, for reference) and for each extraction language written there when CLDR has that
    locale and the language is official there (`languages`, what the parser reads: CLDR's en_IT describes English
    written by Italians, but an English text about Italy writes English numbers)."""
    import babel
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages
    from babel.localedata import locale_identifiers

    from seizure_stats.extraction.lexicon import available_languages
    languages = languages or tuple(available_languages())

    def fmt(loc: Locale) -> dict:
        sym = loc.number_symbols["latn"]
        return {"decimal": sym["decimal"], "group": sym["group"],
                "indian": "#,##,##0" in loc.decimal_formats[None].pattern, "locale": str(loc)}

    ids = set(locale_identifiers())
    territories: dict[str, dict] = {}
    for code in sorted({i.rsplit("_", 1)[1] for i in ids if re.fullmatch(r".+_[A-Z]{2}", i)}):
        try:
            main = fmt(Locale.parse(f"und_{code}"))
        except UnknownLocaleError:
            continue  # BQ: CLDR has no likely language for it
        langs = {}
        official = get_official_languages(code, regional=True, de_facto=True)
        for lang in languages:
            if f"{lang}_{code}" in ids and lang in official:
                langs[lang] = fmt(Locale.parse(f"{lang}_{code}"))
        letters = _currency_letters(code, [i for i in ids if i.endswith(f"_{code}")])
        territories[code] = {**main, **({"languages": langs} if langs else {}),
                             **({"currency_letters": letters} if letters else {})}
    return {"source": f"Unicode CLDR {babel.core.get_cldr_version()}"
                      f" through babel {babel.__version__}: Locale.number_symbols['latn'] (decimal, group) and "
                      "decimal_formats (#,##,##0 = Indian grouping); languages: locales of official languages "
                      "(babel.languages.get_official_languages, regional and de facto); currency_letters: "
                      "Locale.currency_symbols of the territory's currency made of Latin letters, plus N for ₦ and P for ₱ (typed so in the press)",
            "territories": territories}


def _currency_letters(territory: str, locales: list[str]) -> list[str]:
    """Letters written glued before an amount of the territory's currency: its CLDR symbols made of Latin letters
    ("R", "Ksh", "Rs"), and the letter typed for a sign a keyboard lacks ("₦" -> "N9.6 billion")."""
    from babel import Locale
    from babel.numbers import get_territory_currencies
    codes = get_territory_currencies(territory)
    if not codes:
        return []
    code, out = codes[0], set()
    for loc in locales:
        sym = Locale.parse(loc).currency_symbols.get(code, "").rstrip(".")
        if re.fullmatch(r"[A-Za-z]{1,3}", sym) and sym.upper() != code:
            out.add(sym)
        elif sym in _ASCII_STAND_INS:
            out.add(_ASCII_STAND_INS[sym])
    return sorted(out)


# Not CLDR: the letter the press of the country types for a sign keyboards lack (Nigerian and Philippine news)
_ASCII_STAND_INS = {"₦": "N", "₱": "P"}


def write_number_formats(path: Path = _FORMATS_FILE) -> None:
    data = derive_number_formats()
    header = ("# Number conventions per territory, generated from CLDR (see `source`); do not edit by hand.\n"
              "# Regenerate: python -c 'from seizure_stats.extraction.numbers import write_number_formats as w; w()'\n")
    path.write_text(header + yaml.safe_dump(data, allow_unicode=False, sort_keys=False, width=120), encoding="utf-8")
