"""Text -> figure records (see shared/contract/figures.md). The one entry point is `extract`.

Pipeline: language (py3langid restricted to the languages that have a data file) -> sentences and paragraphs ->
the document context, built once (context.py: terms, verbs, country mentions, home country) -> numbers
(numbers.py) -> one pass over the numbers (compose.py) applying the named rules of rules/ in a declared order:
what a number measures, whether it is a figure at all, what it counts, lists and breakdowns, category, place,
qualifier, period; each decision carries its rule's name and evidence (reasons.py) -> document fields (document.py).

Speed: word lists are matched through fastre (candidate positions found by the regex engine from the first
characters of the words), language detection reads 300 characters when that is enough.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from pathlib import Path
from functools import lru_cache

from seizure_stats.extraction import compose, document
from seizure_stats.extraction.context import build_context
from seizure_stats.extraction.lexicon import available_languages, load
from seizure_stats.extraction.numbers import find_numbers
from seizure_stats.extraction.text import paragraphs, sentences
from seizure_stats.model import Extraction, Figure

EXTRACTOR_VERSION = "0.43.0"
MAX_CHARS = 2_000_000  # longer texts are cut (a figure table is never that long)


@lru_cache(maxsize=1)
def _identifier():
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, RAW_FLOOR, LanguageIdentifier

    class Identifier(LanguageIdentifier):
        """py3langid's identifier reading its byte automaton from the layout below (`visit_counts`)."""
        __slots__ = ("_rows",)

        def _raw_score(self, text: bytes):
            visits = visit_counts(self.tk_nextmove, self._rows, text)
            if visits:
                return self._sparse_score(visits, self.nb_ptc)
            return np.full(len(self.nb_classes), 0.0 if self._norm_probs else RAW_FLOOR, dtype=np.float32)

    ident = Identifier.from_modelpath(Path(MODEL_DIR) / MODEL_FILE, norm_probs=True)
    ident.set_languages(available_languages())
    # Laid out for the CPU cache, the same numbers: the rest of a document's reading evicts the model between two
    # documents, and each byte of the sample then cost cache misses (language detection took ~3x its warm time).
    # A state's row offset and output side by side in one flat array (one cache line per byte of the sample, not
    # two lines of two arrays; nor Python lists of int objects scattered over memory), the automaton's next
    # states as indexes into it; the feature table of the kept languages row by row (a feature's 7 weights in one
    # cache line, not 7 columns 200 KB apart).
    rows = np.empty((len(ident._rowbase), 2), dtype=np.int64)
    rows[:, 0] = ident._rowbase
    rows[:, 1] = ident.tk_output
    ident._rows = array("q", rows.tobytes())
    next_states = np.frombuffer(ident.tk_nextmove, dtype=np.uint32)  # a view: the array changes in place
    next_states *= 2  # state s -> its index in `_rows`
    ident._rowbase = ident.tk_output = None  # read through `_rows` only
    ident.nb_ptc = np.ascontiguousarray(ident.nb_ptc)
    return ident


def visit_counts(nextmove: array, rows: array, text: bytes) -> Counter | None:
    """py3langid's `visit_counts` (how often each output of the automaton is reached) on this layout: `rows` holds
    each state's row offset and output side by side, `nextmove` the index in `rows` of the next state."""
    i, outputs = 0, []
    append = outputs.append
    for byte in text:
        i = nextmove[rows[i] + byte]
        f = rows[i + 1]
        if f >= 0:
            append(f)
    return Counter(outputs) if outputs else None


_DIGITS = re.compile(r"\d+")


def detect_language(text: str) -> str:
    """The language of the first 700 characters; the first 300 when they already leave no doubt (the model
    reads byte by byte in Python: the shorter sample is most of the saving)."""
    if len(text) > 300:
        sample = _DIGITS.sub(" ", text[:300]).strip()
        if len(sample) >= 3:
            lang, conf = _identifier().classify(sample)
            if conf >= 0.999:
                return lang
    sample = _DIGITS.sub(" ", text[:700]).strip()
    if len(sample) < 3:
        return "en"
    lang, _ = _identifier().classify(sample)
    return lang


def extract(text: str, *, language: str | None = None, country: str | None = None, url: str | None = None,
            title: str | None = None, published: str | None = None, currency: str | None = None) -> Extraction:
    """Every figure `text` states. `language` / `country` are the source's (detected / weighed from the text when
    None); `url` is where the text was found (its country-code domain is evidence of the country); `title` and
    `published` come from the feed or page when known; `currency` is what a bare "$" means."""
    country_hint = country.upper() if country else None
    if not isinstance(text, str):
        text = str(text or "")
    original = text[:MAX_CHARS]
    # line breaks normalised without changing the length: offsets stay those of the caller's text
    text = original.replace("\r\n", " \n").replace("\r", "\n")
    langs = available_languages()
    lang_code = language.lower()[:2] if language and language.lower()[:2] in langs else detect_language(text)
    lang = load(lang_code)
    title = title or document.guess_title(text)
    published = published or document.find_published(text, lang)
    result = Extraction(language=lang_code, title=title, published=published)
    if not text.strip():
        return result
    sents = sentences(text)
    paras = paragraphs(text)
    result.operation = document.find_operation(text, lang)
    result.period_start, result.period_end = document.find_period(text, lang, sents, title, published)
    ctx = build_context(text, lang, sents, paras, title=title, url=url, country_hint=country_hint,
                        currency=currency, period=(result.period_start, result.period_end))
    result.figures = compose.figures(ctx, find_numbers(text, lang, ctx.default_country))
    if text is not original and "\r" in original:
        _quote_verbatim(result.figures, text, original)
    return result


def _quote_verbatim(figures: list[Figure], text: str, original: str) -> None:
    """Quotes as the caller's text has them (its "\\r\\n" line breaks were read as " \\n")."""
    for f in figures:
        at = text.find(f.quote, max(0, (f.end or 0) - len(f.quote)))
        if 0 <= at <= (f.start or 0):
            f.quote = original[at:at + len(f.quote)]
