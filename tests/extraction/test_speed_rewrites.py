"""What was rewritten for speed finds what it found before: the word lists read through the shared word starts
find what their own starter regexes find; the sentence-end pattern matches as its first form did."""
from __future__ import annotations

import random
import re

from seizure_stats.extraction import fastre, text as text_module
from seizure_stats.extraction.lexicon import available_languages, load


def _word_lists(lang):
    """Every prefiltered regex and word index of a language, by name."""
    for name, value in vars(lang).items():
        for key, rx in (value.items() if isinstance(value, dict) else [(None, value)]):
            if isinstance(rx, (fastre.Prefiltered, fastre.WordStartIndex)) and rx._starts is not None:
                yield f"{name}.{key}" if key else name, rx


def test_uncased_capitals_are_those_of_this_python():
    """Capitals whose lower case does not upper-case back to them (Kelvin sign, "ẞ", "ǅ"): the list in fastre is
    Python's Unicode tables at the time of writing; a newer Python may add some."""
    found = "".join(chr(cp) for cp in range(128, 0x110000)
                    if chr(cp).lower() != chr(cp) and (len(chr(cp).lower()) != 1
                                                       or chr(cp).lower().upper() != chr(cp)))
    assert found == fastre.UNCASED_CAPITALS


def _starter_positions(index, text: str) -> list[int]:
    return [m.start() for m in index._starts.finditer(text)]


def test_shared_word_starts_give_the_starter_positions():
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 12
    texts = [
        filler + "Customs seized 3 kg of cocaine from Colombia at the port of Rotterdam, Netherlands; EU and UE.",
        filler + "La Guardia di Finanza ha sequestrato 2 tonnellate di cocaina provenienti dalla Colombia.",
        filler + "Der Zoll stellte in Deutschland 120 Kilogramm Kokain aus Südamerika sicher. ÜBER ÖSTERREICH",
        filler + "La douane française a saisi du cannabis en provenance du Maroc. L'Espagne, l’Europe",
        filler + "KOKAIN Kokain kokain ſtraße İstanbul Kelvin \u212a ΣΟΦΙΑ στην Ελλάδα 12_000 a_b",
        filler + "(EU) «Europe» 'Africa' -Asia- _Latin ¿Colombia? ¡México! 3Colombia",
        filler + "a vessel -registered in Panama, a Panama-registered ship, -Registered; --registered (-regis)",
        filler + "ÉTÉ ÇA ÀS AÇÃO SEQUESTRO DE COCAÍNA, DOUANE, ZOLL UND POLIZEI NAHMEN 12 VERDÄCHTIGE FEST",
    ]
    import json
    from pathlib import Path
    dev = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(Path("/work/shared/eval/dev").glob("*.json"))]
    texts += [t for t in dev[::5] if len(t) >= fastre.SHARED_MIN_CHARS]
    texts += [t.upper() for t in texts] + [t.title() for t in texts]
    assert all(len(t) >= fastre.SHARED_MIN_CHARS for t in texts)  # read through the shared word starts
    shared = 0
    for code in available_languages():
        for name, index in _word_lists(load(code)):
            shared += index._key_test is not None
            for text in texts:
                found = index.candidates(text) if isinstance(index, fastre.WordStartIndex) \
                    else index._candidates(text, 0, len(text))
                assert list(found) == _starter_positions(index, text), (code, name, text[-60:])
    assert shared > 100


def test_prefiltered_lists_find_what_their_regex_finds():
    """Every list read through fastre.Prefiltered (the verbs, "both", count marks, totals...) finds on whole texts
    (the shared word starts) and on sentences (the starter's scan) what its plain regex finds."""
    import json
    from pathlib import Path
    dev = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(Path("/work/shared/eval/dev").glob("*.json"))]
    texts = dev[::4] + [t.upper() for t in dev[::9]]
    texts += [s for t in texts for s in t.split(". ")[:6]]
    texts += ["Both suspects and both the drivers; die beiden Männer, beide Täter; entrambi gli uomini; tous deux. "
              "Legge n. 689, Ufficio n. 2, n. 45 persone"]
    checked = 0
    for code in available_languages():
        lang = load(code)
        lists = [rx for _, rx in _word_lists(lang) if isinstance(rx, fastre.Prefiltered)]
        lists += [rx for rx in (lang.both_re, lang.count_mark_re) if rx is not None]
        for rx in lists:
            checked += 1
            for t in texts:
                assert [m.span() for m in rx.finditer(t)] == [m.span() for m in rx.rx.finditer(t)], (code, rx.pattern[:50])
                got, want = rx.search(t), rx.rx.search(t)
                assert (got and got.span()) == (want and want.span()), (code, rx.pattern[:50])
    assert checked > 100


def test_compound_ends_found_as_before():
    """`WordStartIndex.match_end` (a term ending a compound: "Schmuggelzigaretten") finds the inner positions by a
    plain trie on the lower-cased word (`_inner_lower`); it replaced the case-insensitive starter (`_inner`)."""
    import json
    from pathlib import Path
    dev = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(Path("/work/shared/eval/dev").glob("*.json"))]
    words = sorted({w for t in dev for w in re.findall(r"\w{8,}", t)})
    words += [w.upper() for w in words[::3]] + [w.title() for w in words[::5]]
    words += ["Schmuggelzigaretten", "KOKAINFUNDE", "Straßenverkaufswert", "ſchmuggelkokain", "ZIGARETTENſTANGEN"]
    checked = 0
    for code in available_languages():
        for rx in (load(code).term_re,):
            if rx._inner_lower is None:
                continue
            for w in words:
                hi = len(w) - 2
                before = [m.start() for m in rx._inner.finditer(w, 1, hi + 8)]
                low = w.lower()
                if len(low) == len(w) and not fastre._CASE_ODD_RE.search(w):
                    checked += 1
                    assert [m.start() for m in rx._inner_lower.finditer(low, 1, hi + 8)] == before, (code, w)
    assert checked > 1000


def test_odd_case_texts_fall_back_to_the_starter():
    assert fastre.WordStarts("x" * 10 + " ſtraße and more words " * 20).keys() is None
    starts, keys, distinct, low = fastre.WordStarts("Word " * 50).keys()
    assert starts[:2] == [0, 5] and keys[:2] == ["wor", "wor"] and distinct == {"wor"} and low.startswith("word")
    assert re.fullmatch(r"\w+", "_a")  # "_" is a word character: word starts include it


def test_word_starts_read_from_the_tokens_are_those_of_a_scan():
    """`fastre._word_starts` takes the starts from the gazetteer's tokens (world/_match.tokens_of); it replaced
    `[m.start() for m in re.finditer(r"\\w+", text)]`."""
    rng = random.Random(2)
    alphabet = ["a", "B", "é", "É", "1", "²", "_", "ʼ", "’", "'", "`", "´", " ", "\n", "\u00a0", ".", "-", "(", "€",
                "e\u0301", "ß", "Σ", "ς", "ı", "İ", "ǅ", "\u212a", "中", "\t"]
    checked = 0
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        if len(text.lower()) != len(text):
            continue  # read by each list's starter (`WordStarts.keys` is None)
        checked += 1
        assert fastre._word_starts(text) == [m.start() for m in re.finditer(r"\w+", text)], text
    assert checked > 2000


def test_no_verb_opens_after_the_first_word_when_no_word_does():
    """`Context.head_term` reads the verb lists on the words before a noun only when a word opens after the first
    one: every verb list matches at a word start, from a word character."""
    from seizure_stats.extraction.context import WORD, _WORD_START
    rng = random.Random(6)
    pieces = ["kg", "of", "de", "the", " ", " ", "\u00a0", "-", "'", "’", "3", ",", "(", "seized", "saisi", "arrested",
              "sichergestellt", "sequestrati", "incautó", "apreendidos", "inbeslaggenomen", "été", "ont"]
    for code in available_languages():
        lang = load(code)
        for rx in lang.verb_re.values():
            assert fastre._starts_at_word_start(rx.pattern, rx.flags)
            assert all(re.match(r"\w", q) for q in fastre.prefixes(rx.pattern, rx.flags))
        for _ in range(300):
            lead = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
            first_word = WORD.search(lead)
            if first_word is None or _WORD_START.search(lead, first_word.start() + 1):
                continue
            assert not any(m.start() > first_word.start() for rx in lang.verb_re.values() for m in rx.finditer(lead))


def test_listed_articles_found_as_before():
    """`numbers._add_listed_articles` finds the numbers before and after an article by bisection; it replaced two
    list comprehensions over every number."""
    from seizure_stats.extraction import numbers

    def as_it_was(text, lang, out, articles):
        starts = sorted(out, key=lambda x: x.start)
        for m in articles:
            if any(x.start <= m.start() < x.end for x in out):
                continue
            before = [x for x in starts if x.end <= m.start()]
            after = [x for x in starts if x.start >= m.end()]
            if before and after and numbers._LIST_BEFORE.fullmatch(text[before[-1].end:m.start()]) \
                    and numbers._list_after_re(lang).fullmatch(text[m.end():after[0].start]):
                out.append(numbers.Number(m.start(), m.end(), 1.0, words=True))

    rng = random.Random(8)
    items = {"de": (["zwei", "300", "12", "eine", "ein", "drei"], ["Pistolen", "Maschinenpistole", "Schuss"],
                    [", ", " und ", " sowie ", " "]),
             "fr": (["deux", "300", "12", "une", "un", "trois"], ["pistolets", "kalachnikov", "cartouches"],
                    [", ", " et ", " ainsi que ", " "])}
    added = 0
    for code, (heads, nouns, joints) in items.items():
        lang = load(code)
        for _ in range(400):
            text = "".join(rng.choice(heads) + " " + rng.choice(nouns) + rng.choice(joints)
                           for _ in range(rng.randint(1, 5)))
            articles = list(numbers._article_re(lang).finditer(text))
            found = numbers._digit_numbers(text, lang, None) + numbers._word_numbers(text, lang)
            old, new = list(found), list(found)
            as_it_was(text, lang, old, articles)
            numbers._add_listed_articles(text, lang, new, articles)
            assert [(x.start, x.end, x.value) for x in new] == [(x.start, x.end, x.value) for x in old], text
            added += len(new) > len(found)
    assert added > 10  # lists where an article is one more item


def test_a_pair_before_a_number_has_digits():
    """`skip` searches the pair pattern ("41 and ") only in a window with a digit: every language builds it from
    digits."""
    rng = random.Random(9)
    alphabet = "ab e t,-–\u00a0and or to the y e et und of "
    for code in available_languages():
        rx = load(code).pair_before_re
        assert rx.pattern.startswith(r"(?:\d+")
        for _ in range(500):
            window = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
            assert rx.search(window) is None


# the sentence-end pattern as it was written first (an alternative opening with a look-behind)
_END_BEFORE = re.compile(r"[.!?…]+[\"'”»’)\]]*[ \t\u00a0]+(?=[\"'“«‘(\[]?[A-ZÀ-ÖØ-Þ0-9•*\-–])|\n+(?![ \t]*[a-zà-öø-ÿ])"
                         r"|(?<=[a-zà-öø-ÿ]{3})[.!?](?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


def test_sentence_ends_as_before():
    rng = random.Random(1)
    alphabet = "ab cA.!?…\n\t\u00a0\"'”»’)]“«‘([0•*-–éÉxyz"
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
        assert [m.span() for m in text_module._END.finditer(s)] == [m.span() for m in _END_BEFORE.finditer(s)], s



def test_end_anchored_searches_find_what_the_regex_finds():
    """A window that does not end (spaces aside) with one of the strings that end a match (fastre.end_strings),
    or whose last character cannot end one (fastre.end_chars), is not searched."""
    import json
    from pathlib import Path

    from seizure_stats.extraction import document
    dev = sorted(Path("/work/shared/eval/dev").glob("*.json"))
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in dev[:20]] or ["Officers seized 3 kg."]
    texts.append("Art. 12, aged 41, n° 5, § 3, about 40, mehr als 20, más de 30, tel. 5, ſ 2, K 3, İ 4, approx.\n7")
    rng = random.Random(3)
    windows = []
    for t in texts:
        for _ in range(150):
            end = rng.randrange(len(t) + 1)
            windows.append(t[max(0, end - 40):end] + rng.choice(["", " ", "\n", " \u00a0"]))
    checked = tails = 0
    for code in available_languages():
        lang = load(code)
        lists = [lang.skip_before_re, lang.qualifier_re, lang.month_before_re, lang.weekday_bracket_re,
                 *lang.skip_before_re._parts, *document._year_res(lang)[1:2], document._compared_before_re(lang),
                 *[rx for rx in (lang.count_mark_re,) if rx is not None]]
        for rx in lists:
            plain = re.compile(rx.pattern, rx.flags if isinstance(rx, fastre.Prefiltered) else re.IGNORECASE)
            checked += rx._ends is not None
            tails += rx._tails is not None
            ends = list(rx._tails or ()) + ["of", "ſ", "K", "İ", "ß"]
            near = [w[:rng.randrange(len(w) + 1)] + rng.choice([" ", ""]) + rng.choice(ends) for w in windows]
            for w in windows + near + [w.upper() for w in near] + [w.title() for w in near]:
                w += rng.choice(["", " ", "\n", " \u00a0"])
                got, want = rx.search(w), plain.search(w)
                assert (got.span() if got else None) == (want.span() if want else None), (code, rx.pattern[:40], w)
    assert checked >= 40 and tails >= 40


def test_currency_ends_removed_as_before():
    from seizure_stats.extraction import context, money
    rng = random.Random(4)
    pieces = ["€", "$", "£", "¥", "US$", "EUR", "USD", "Eur", "ab", " ", "\n", "\u00a0", "x1", "R", "KSh", "."]
    for _ in range(5000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        rx = context.CURRENCY_END  # the one pattern the skip, qualifier and category rules read
        assert money.without_sign_or_code_end(rx, s) == rx.sub("", s), (rx.pattern, s)


def test_glued_sign_read_once_answers_as_before():
    """`money.glued_sign` (read once per number by `Context.glued_sign`) replaced two searches of the same window:
    `money.before` (the currency) and `money.sign_start` (where the words before the amount end)."""
    from seizure_stats.extraction import money

    def before_as_it_was(text, start, language, home):
        rx = money._before_re(language)
        if rx is None:
            return None
        window = text[max(0, start - 40):start]
        if not money._before_tail_re(language).match(window[::-1]):
            return None
        return money.before(rx.search(window), text, start, language, home)

    def sign_start_as_it_was(text, start, language):
        rx = money._before_re(language)
        window = text[max(0, start - 40):start]
        if rx is None or not money._before_tail_re(language).match(window[::-1]):
            return start
        m = rx.search(window)
        return start - len(window) + m.start() if m else start

    rng = random.Random(7)
    pieces = ["R", "N", "Rs", "Ksh", "RM", "S/.", "P", "$", "US$", "€", "rupees ", "ringgit ", "dollars ", "worth ",
              "valued at ", " ", "\u00a0", ".", "about ", "Tk ", "FCFA ", "x"]
    for _ in range(3000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        text, start = before + rng.choice(["10,800", "6 800 000", "3"]), len(before)
        for language in ("en", "fr", "pt"):
            m = money.glued_sign(text, start, language)
            for home in (None, "ZA", "NG", "IN", "MY", "PE", "PH"):
                assert money.before(m, text, start, language, home) == before_as_it_was(text, start, language, home)
            assert (start - len(m.string) + m.start() if m else start) == sign_start_as_it_was(text, start, language)


def test_language_identifier_laid_out_for_the_cache_answers_as_the_library():
    from pathlib import Path as _Path

    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier, visit_counts

    from seizure_stats.extraction import _identifier, visit_counts as visit_counts_laid_out
    plain = LanguageIdentifier.from_modelpath(_Path(MODEL_DIR) / MODEL_FILE, norm_probs=True)
    plain.set_languages(available_languages())
    rng = random.Random(5)
    words = ("the police seized kilos de cocaína la douane a saisi die Polizei hat beschlagnahmt "
             "la guardia di finanza ha sequestrato a polícia apreendeu de politie heeft in beslag genomen").split()
    samples = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    samples += ["", "\u00a0", "€€€", "ΣΟΦΙΑ στην Ελλάδα", "ſtraße"]
    for sample in samples:
        assert _identifier().classify(sample) == plain.classify(sample), sample
    # the automaton walked through the interleaved rows reaches the same outputs, for any bytes
    laid_out = _identifier()
    for _ in range(300):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 60)))
        assert visit_counts_laid_out(laid_out.tk_nextmove, laid_out._rows, data) == visit_counts(
            plain.tk_nextmove, plain._rowbase, plain.tk_output, data)


def test_end_anchored_searches_start_within_their_reach():
    """A search of a string whose matches end it (spaces aside) tries no position farther before its last
    character than the longest match (fastre.reach): the same matches as the regex, in long windows (the words of a
    sentence before a number) and in windows given by position."""
    rng = random.Random(7)
    words = ("officers seized more than about some nearly over up to près de plus de mehr als rund más de cerca de "
             "oltre circa bijna ruim mais de cerca de in March am 3. März le 12 juin , ( \u00a0 ſ K").split(" ")
    checked = 0
    for code in available_languages():
        lang = load(code)
        lists = [lang.qualifier_re.rx, lang.month_before_re, *[p for p in lang.skip_before_re._parts]]
        for rx in [x for x in lists if isinstance(x, fastre.Prefiltered) and x._reach is not None]:
            checked += 1
            plain = re.compile(rx.pattern, rx.flags)
            for _ in range(400):
                text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30))) + rng.choice(["", " ", "  ", "\n"])
                a = rng.randrange(len(text) + 1)
                b = rng.randrange(a, len(text) + 1)
                for got, want in ((rx.search(text), plain.search(text)), (rx.search(text, a, b), plain.search(text, a, b))):
                    assert (got.span(), got.lastgroup) == (want.span(), want.lastgroup) if want else got is None, \
                        (code, text, a, b)
    assert checked >= 7


def test_remembered_searches_answer_as_the_regex():
    """The qualifier before a number is searched once per string (fastre.Remembered): the same answers when a string
    comes again, after the memory is full and forgotten, and for searches by position."""
    lang = load("en")
    plain = re.compile(lang.qualifier_re.pattern, lang.qualifier_re.flags)
    remembered = fastre.Remembered(lang.qualifier_re.rx, size=8)
    rng = random.Random(11)
    strings = [f"seized {w} " for w in ("about", "more than", "some", "up to", "nearly", "at least", "a total of")]
    strings += [f"{n} boxes, " for n in range(20)]
    for _ in range(300):
        s = rng.choice(strings)
        for got, want in ((remembered.search(s), plain.search(s)), (remembered.search(s, 3), plain.search(s, 3))):
            assert (got.span(), got.lastgroup) == (want.span(), want.lastgroup) if want else got is None
        assert len(remembered._found) <= 8
