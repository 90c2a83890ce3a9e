"""Document-level fields: title, published date, operation name, period of the figures."""
from __future__ import annotations

import calendar
import re
from collections import Counter
from functools import lru_cache

from seizure_stats.extraction.fastre import Prefiltered
from seizure_stats.extraction.lexicon import Language
from seizure_stats.extraction.text import Span

YEAR = r"(?:19[5-9]\d|20[0-9]\d)"
_YEAR_RE = re.compile(rf"{YEAR}(?<!\d{{5}})(?!\d)")  # a year not inside a longer number
_ANY_YEAR = re.compile(YEAR)  # every "month year" has one: sentences without it need no further look
_DIGIT = re.compile(r"\d")  # every date has one


def guess_title(text: str) -> str | None:
    lines = text.strip().splitlines()
    if len(lines) < 2:
        return None
    first = lines[0].strip()
    if 3 <= len(first) <= 200 and not first.endswith((".", ":", ";", ",")) and len(first.split()) >= 2:
        return first
    return None


def _month_year_date(day, month, year) -> str | None:
    try:
        d, m, y = int(day), int(month), int(year)
        if y < 100:
            y += 2000
        if not (1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]):
            return None
        return f"{y:04d}-{m:02d}-{d:02d}"
    except (TypeError, ValueError):
        return None


def _alt(words: list[str]) -> str:
    """An alternation of a language's word list; one that matches nothing when the list is empty."""
    return "|".join(f"(?:{w})" for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!x)x"


@lru_cache(maxsize=None)
def _date_res(lang: Language):
    mon = lang.month_re
    ordinal = _alt(lang.ordinal_suffixes)  # "1er", "3rd"; ".", "º" and "°" in any language
    of = rf"(?:(?:{_alt(lang.date_of_words)})\s+)?"  # "5 de junio del 2020", "5th of June"
    to = _alt(lang.date_range_words)  # "du 5 au 12 octobre"; dashes in any language
    # a digit first (the look-behind after it): the regex engine then skips to digits in C
    day_month_year = re.compile(rf"(\d(?<!\d\d)\d?)(?:\.|º|°|{ordinal})?\s+{of}({mon})\.?\s+{of}({YEAR})(?!\d)",
                                re.IGNORECASE)
    # opening with a month name: searched from the word starts where a month name starts (fastre), not tried at
    # every character ("(?<!\w)" is "\b" before a month name, which starts with a letter)
    month_day_year = Prefiltered(re.compile(rf"(?<!\w)({mon})\.?\s+(\d{{1,2}})(?:{ordinal})?,?\s+({YEAR})(?!\d)",
                                            re.IGNORECASE))
    numeric = re.compile(rf"(\d(?<![\d/.]\d)\d?)[./](\d{{1,2}})[./]({YEAR}|\d{{2}})(?![\d/.])")
    iso = re.compile(rf"({YEAR})(?<!\d{{5}})-(\d{{2}})-(\d{{2}})(?!\d)")
    rng = re.compile(
        rf"(\d(?<!\d\d)\d?)(?:\.|º|{ordinal})?\s*(?:({mon})\.?\s*)?(?:-|–|—|{to})\s*"
        rf"(\d{{1,2}})(?:\.|º|{ordinal})?\s+{of}({mon})\.?(?:,?\s+{of}({YEAR}))?(?!\w)", re.IGNORECASE)
    month_year = Prefiltered(re.compile(rf"(?<!\w)({mon})\.?\s+{of}({YEAR})(?!\d)", re.IGNORECASE))
    return day_month_year, month_day_year, numeric, iso, rng, month_year


def find_published(text: str, lang: Language) -> str | None:
    head = "\n".join(text.strip().splitlines()[:4])[:600]
    dmy, mdy, numeric, iso, _, _ = _date_res(lang)
    for rx, order in ((iso, "ymd"), (dmy, "dmy"), (mdy, "mdy"), (numeric, "dmy_num")):
        m = rx.search(head)
        if not m:
            continue
        if order == "ymd":
            d = _month_year_date(m.group(3), m.group(2), m.group(1))
        elif order == "dmy":
            d = _month_year_date(m.group(1), lang.month_map.get(m.group(2).lower().rstrip(".")), m.group(3))
        elif order == "mdy":
            d = _month_year_date(m.group(2), lang.month_map.get(m.group(1).lower().rstrip(".")), m.group(3))
        else:
            d = _month_year_date(m.group(1), m.group(2), m.group(3))
        if d:
            return d
    return None


def own_published(text: str, language: str | None = None) -> str | None:
    """The date a text gives itself (its dateline), whatever its feed says: the text's own date wins over the
    feed's, and relative dates ("last year") are resolved against it. `language` as `extract` takes it."""
    from seizure_stats.extraction import detect_language
    from seizure_stats.extraction.lexicon import available_languages, load

    if not text or not text.strip():
        return None
    code = language.lower()[:2] if language and language.lower()[:2] in available_languages() else None
    return find_published(text, load(code or detect_language(text)))


@lru_cache(maxsize=None)
def _operation_name_res(lang: Language) -> tuple[re.Pattern, re.Pattern]:
    """An operation's name in quotes or in capitals (with the language's particles: "Tormenta del Desierto"), and
    the particles that cannot end it."""
    particles = _alt(lang.name_particles)
    name_re = re.compile(
        r"(?:[\"'‘’“”«„]\s*([^\"'’”»\n]{2,40}?)\s*[\"'’”»‘“])"
        rf"|((?:[A-Z][\w\-&]*|[IVXLC]+\b)(?:[ \u00a0](?:[A-Z][\w\-&]*|[IVXLCDM]+\b|\d{{1,4}}\b|(?:{particles})\b))*)")
    return name_re, re.compile(rf"(?:\s+(?:{particles}))+$")


_NAME_GAP = re.compile(r"[\s,:\u00a0]*")  # between the operation word and its name


def find_operation(text: str, lang: Language) -> str | None:
    name_re, particles_end = _operation_name_res(lang)
    bad_first = lang.operation_not_first
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for m in lang.operation_re.finditer(text):
        pos = m.end()
        while True:
            pos = _NAME_GAP.match(text, pos).end()
            lm = lang.operation_lead_re.match(text, pos)
            if lm and lm.end() > pos and text[pos:pos + 1].islower():
                pos = lm.end()
                continue
            break
        nm = name_re.match(text, pos)
        if not nm:
            continue
        name = (nm.group(1) or nm.group(2) or "").strip(" -,")
        # 'Operation RapTor' in quotes
        name = lang.operation_re.sub("", name, count=1).strip() if lang.operation_re.match(name) else name
        name = particles_end.sub("", name)
        if not name or len(name) < 2 or name.split()[0].lower() in bad_first:
            continue
        if nm.group(2) and lang.nouns_capitalised and " " not in name and not re.search(r"[A-Z].*[A-Z]|\d", name[1:]):
            # German capitalises every noun: a single ordinary noun after "Operation" is not a name
            continue
        if len(name.split()) > 5:
            continue
        counts[name] += 1
        first.setdefault(name, m.start())
    if not counts:
        return None
    # "Pangea" and "Pangea III": the longer one is the same operation, named more precisely
    names = list(counts)
    merged: Counter = Counter()
    for n in names:
        longer = [o for o in names if o != n and o.lower().startswith(n.lower() + " ")]
        target = max(longer, key=lambda o: counts[o]) if longer else n
        merged[target] += counts[n]
    best = max(merged, key=lambda n: (merged[n], -first.get(n, 0)))
    return best


def _year_span(year: int) -> tuple[str, str]:
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def _month_span(year: int, month: int) -> tuple[str, str]:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"


Period = tuple[str | None, str | None]


def find_period(text: str, lang: Language, sents: list[Span], title: str | None,
                published: str | None) -> Period:
    """The period of the figures: the first of these that the text has, in this order of trust."""
    years = Counter(int(y) for y in _YEAR_RE.findall(text))
    pub_year = int(published[:4]) if published else None
    lead = [title or ""] + [text[s.start:s.end] for s in sents[:3]]
    return (_day_range(text, lang, years, pub_year)
            or _operation_month(text, lang, sents)
            or _part_of_year(lead, lang, published)
            or _lead_year(lead, lang, pub_year)
            or _seizure_dates(text, lang, sents, published)
            or _this_year(lead, lang, pub_year)
            or _last_year(text, lang, pub_year)
            or (None, None))


def _day_range(text: str, lang: Language, years: Counter, pub_year: int | None) -> Period | None:
    """An explicit range of days: "9 – 16 June", "du 5 au 12 octobre 2010", "vom 3. bis 10. Mai"."""
    rng = _date_res(lang)[4]
    for m in rng.finditer(text):
        d1, mon1, d2, mon2, y = m.groups()
        month2 = lang.month_map.get(mon2.lower().rstrip("."))
        month1 = lang.month_map.get(mon1.lower().rstrip(".")) if mon1 else month2
        # a range without its year: the one year the text states (its own date) before the publication's
        year = int(y) if y else (years.most_common(1)[0][0] if len(years) == 1 else None) or pub_year
        if not year or not month1 or not month2:
            continue
        a = _month_year_date(d1, month1, year)
        b = _month_year_date(d2, month2, year)
        if a and b and a <= b:
            return a, b
    return None


# the short words between a part of a year and its year: "of", "de l'année", "des Jahres", "do ano de"
_TO_YEAR = rf"[^\d.;:!?\n]{{0,24}}?({YEAR})(?!\d)"


@lru_cache(maxsize=None)
def _part_res(lang: Language) -> tuple[Prefiltered, Prefiltered, dict[str, int], list[str]]:
    """Parts of a year ("the first half of 2024", "primi 5 mesi del 2019"; the language's `year_parts` and
    `first_months`) and ranges of months ("March to May 2019", "entre enero y agosto"), each with the year that
    follows it when the text gives one there. Also the month counts in words and the parts in pattern order,
    built once per language like the patterns."""
    parts = sorted(lang.year_parts, key=len, reverse=True)
    counts = {w: int(v) for w, (kind, v) in lang.numwords.items() if kind == "units" and 2 <= v <= 12 and v == int(v)}
    n = rf"(?P<n>\d{{1,2}}|{_alt(list(counts))})"
    first = [f.replace("{n}", n, 1) for f in lang.first_months]
    named = "|".join(f"(?P<p{i}>{w})" for i, w in enumerate(parts)) or "(?!x)x"
    firsts = "|".join(f"(?:{f})" for f in first) or "(?!x)x"
    part_re = Prefiltered(re.compile(rf"(?<!\w)(?:{named}|{firsts})(?!\w)(?:{_TO_YEAR})?", re.IGNORECASE))
    mon, to = lang.month_re, _alt(lang.date_range_words)
    months_re = Prefiltered(re.compile(
        rf"(?<!\d )(?<!\d\. )(?<!\w)({mon})\.?\s*(?:-|–|—|\s(?:{to})\s)\s*({mon})\.?(?!\w)(?:{_TO_YEAR})?", re.IGNORECASE))
    return part_re, months_re, counts, parts


def _part_of_year(lead: list[str], lang: Language, published: str | None) -> Period | None:
    """A part of a year in the title or the lead: its months, in the year stated after it, else in the year of the
    document's date (the year before when that part had not ended by then). The text's other years are no guide:
    they are the years compared with, or of a law ("the Customs Act 1967")."""
    part_re, months_re, counts, parts = _part_res(lang)
    for chunk in lead:
        for m in part_re.finditer(chunk):
            if m.group("n"):
                raw = m.group("n").lower()
                first, last = 1, int(raw) if raw.isdigit() else counts.get(raw, 0)
            else:
                name = next(k for k, v in m.groupdict().items() if v is not None)
                first, last = lang.year_parts[parts[int(name[1:])]]
            span = _months_of_year(first, last, m.groups()[-1], published)
            if span:
                return span
        for m in months_re.finditer(chunk):
            first = lang.month_map.get(m.group(1).lower().rstrip("."))
            last = lang.month_map.get(m.group(2).lower().rstrip("."))
            span = _months_of_year(first or 0, last or 0, m.group(3), published)
            if span:
                return span
    return None


def _months_of_year(first: int, last: int, stated: str | None, published: str | None) -> Period | None:
    if not (1 <= first <= last <= 12):
        return None
    if stated:
        year = int(stated)
    elif published:
        year = int(published[:4]) - (last > int(published[5:7]))
    else:
        return None
    return _month_span(year, first)[0], _month_span(year, last)[1]


def _operation_month(text: str, lang: Language, sents: list[Span]) -> Period | None:
    """"in March 2019" in a sentence about the operation."""
    month_year = _date_res(lang)[5]
    for s in sents:
        st = text[s.start:s.end]
        if not _ANY_YEAR.search(st) or not lang.operation_re.search(st):
            continue
        for m in month_year.finditer(st):
            before = st[max(0, m.start() - 25):m.start()]
            if re.search(r"\d\s*\.?\s*$", before):
                continue  # a full date, not a month
            month = lang.month_map.get(m.group(1).lower().rstrip("."))
            if month:
                return _month_span(int(m.group(2)), month)
    return None


def _lead_year(lead: list[str], lang: Language, pub_year: int | None) -> Period | None:
    """"in 2018" in the title or the lead, unless it is the year compared with."""
    prep_re, comp_re, _, _ = _year_res(lang)
    for chunk in lead:
        for m in prep_re.finditer(chunk):
            if comp_re.search(chunk[max(0, m.start() - 30):m.start()]) or \
                    comp_re.search(chunk[max(0, m.start() - 30):m.start(1)]) or _compared_number(chunk, m.start(), lang):
                continue
            year = int(m.group(1))
            if pub_year and year > pub_year:
                continue
            return _year_span(year)
    return None


def _compared_number(chunk: str, pos: int, lang: Language) -> bool:
    """"passées à 2 315 contre 1 870 en 2021", "2,315 against 1,870 in 2021": the year said right after the number
    of a comparison (its unit between) dates that earlier figure, not the text's own."""
    rx = lang.compared_number_re
    return rx is not None and rx.search(chunk, max(0, pos - 60), pos) is not None


def _seizure_dates(text: str, lang: Language, sents: list[Span], published: str | None) -> Period | None:
    """The dates of the seizures themselves: "On Friday (08/09/17), officers seized ...", "on June 28". The text's
    own dates win over any publication date (a feed's pubDate may be a re-publication or a placeholder); a period
    after the publication date is flagged by validation, not dropped here. A date without its year takes the year
    of the document's date (the year before when the day comes after it)."""
    dates = []
    seize = lang.verb_re.get("seize")
    for s in sents:
        st = text[s.start:s.end]
        if not seize or not _DIGIT.search(st):
            continue
        found = _full_dates(st, lang)
        if not found and published:  # a day without its year needs the document's date
            found = [d for d in (_yearless_date(day, month, published)
                                 for day, month in _yearless_dates(st, lang)) if d]
        if found and seize.search(st):  # the verb looked for only in a sentence with a date (most have none)
            dates += found
    return (min(dates), max(dates)) if dates else None


def _full_dates(sentence: str, lang: Language) -> list[str]:
    dmy, mdy, numeric, _, _, _ = _date_res(lang)
    found = [_month_year_date(m.group(1), m.group(2), m.group(3)) for m in numeric.finditer(sentence)]
    found += [_month_year_date(m.group(1), lang.month_map.get(m.group(2).lower().rstrip(".")), m.group(3))
              for m in dmy.finditer(sentence)]
    found += [_month_year_date(m.group(2), lang.month_map.get(m.group(1).lower().rstrip(".")), m.group(3))
              for m in mdy.finditer(sentence)]
    return [d for d in found if d]


@lru_cache(maxsize=None)
def _yearless_res(lang: Language) -> tuple[re.Pattern, Prefiltered]:
    """"le 22 septembre", "am 5. Mai"; "on June 28" with the month written as a name with its capital."""
    mon = lang.month_re
    ordinal = _alt(lang.ordinal_suffixes)
    of = rf"(?:(?:{_alt(lang.date_of_words)})\s+)?"
    day_month = re.compile(rf"(?<![\d.,])(\d(?<!\d\d)\d?)(?:\.|º|°|{ordinal})?\s+{of}({mon})(?!\w)", re.IGNORECASE)
    month_day = Prefiltered(re.compile(rf"(?<!\w)({mon})\.?\s+(\d{{1,2}})(?:{ordinal})?(?![\d.,]*\d|\w)", re.IGNORECASE))
    return day_month, month_day


def _yearless_dates(sentence: str, lang: Language) -> list[tuple[str, int | None]]:
    day_month, month_day = _yearless_res(lang)
    out = [(m.group(1), lang.month_map.get(m.group(2).lower().rstrip("."))) for m in day_month.finditer(sentence)]
    out += [(m.group(2), lang.month_map.get(m.group(1).lower().rstrip("."))) for m in month_day.finditer(sentence)
            if m.group(1)[0].isupper()]
    return out


def _yearless_date(day: str, month: int | None, published: str | None) -> str | None:
    if not month or not published:
        return None
    date = _month_year_date(day, month, published[:4])
    if date and date > published:
        date = _month_year_date(day, month, int(published[:4]) - 1)
    return date


def _this_year(lead: list[str], lang: Language, pub_year: int | None) -> Period | None:
    """"this year" (the language's `this_year` phrases, when it has them) in the title or the lead: the year of
    the document's date; an undated document leaves it unresolved rather than guessing a year."""
    this_year_re = _this_year_re(lang)
    if this_year_re is not None and any(this_year_re.search(chunk) for chunk in lead):
        return _year_span(pub_year) if pub_year else (None, None)
    return None


def _last_year(text: str, lang: Language, pub_year: int | None) -> Period | None:
    """"last year": the year before publication, or the year after the years it is compared with. A "last year"
    that a figure is compared with ("compared with the same period last year") dates the comparison, not the
    document: the year before would replace the document's own period."""
    _, _, last_year_re, compared_re = _year_res(lang)
    if any(not _compared(text, m.start(), lang) for m in last_year_re.finditer(text)):
        if pub_year:
            return _year_span(pub_year - 1)
        compared = [int(m.group(1)) for m in compared_re.finditer(text)]
        if compared:
            return _year_span(max(compared) + 1)
    return None


@lru_cache(maxsize=None)
def _year_res(lang: Language):
    prep = lang.year_prepositions
    comps = lang.year_comparisons or ["(?!x)x"]
    # word lists first: searched from where one of their words starts (fastre)
    prep_re = Prefiltered(re.compile(rf"(?<!\w)(?:{'|'.join(f'(?:{p})' for p in prep)})\s+({YEAR})(?!\d)",
                                     re.IGNORECASE))
    comp_re = Prefiltered(re.compile(rf"(?:{'|'.join(f'(?:{c})' for c in comps)})\s*$", re.IGNORECASE))
    last_year_re = Prefiltered(re.compile(rf"(?<!\w)(?:{'|'.join(lang.last_year or ['(?!x)x'])})(?!\w)",
                                          re.IGNORECASE))
    compared_re = Prefiltered(re.compile(
        rf"(?:{'|'.join(f'(?:{c})' for c in comps)})\s+(?:(?:\w+\s+){{0,2}})?({YEAR})(?!\d)", re.IGNORECASE))
    return prep_re, comp_re, last_year_re, compared_re


@lru_cache(maxsize=None)
def _compared_before_re(lang: Language) -> re.Pattern:
    comps = lang.year_comparisons or ["(?!x)x"]
    return Prefiltered(re.compile(rf"(?<!\w)(?:{'|'.join(f'(?:{c})' for c in comps)})(?:\s+[^\W\d]+['’]?){{0,6}}\s*$",
                                  re.IGNORECASE))


def _compared(text: str, pos: int, lang: Language) -> bool:
    """Is the phrase at `pos` the term of a comparison ("than", "compared with the same period" just before it,
    with no number between: "more than 2 000 kg last year" states last year's figure)?"""
    head = text[max(0, pos - 60):pos]
    head = re.split(r"[.!?;\n]", head)[-1]
    return bool(_compared_before_re(lang).search(head))


@lru_cache(maxsize=None)
def _this_year_re(lang: Language) -> re.Pattern | None:
    words = lang.this_year
    if not words:
        return None
    return Prefiltered(re.compile(rf"(?<!\w)(?:{'|'.join(f'(?:{w})' for w in words)})(?!\w)", re.IGNORECASE))


def year_of_sentence(sentence: str, lang: Language) -> int | None:
    if not _ANY_YEAR.search(sentence):
        return None
    ys = set(_year_res(lang)[0].findall(sentence))
    return int(ys.pop()) if len(ys) == 1 else None
