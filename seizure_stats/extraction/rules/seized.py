"""Figures of seizures only: a value or a quantity said in a text about something else, an amount smuggled
rather than seized, websites no verb closes, and numbers too large for what they claim are no figures."""
from __future__ import annotations

import re

from seizure_stats.extraction import money
from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import WORD, Context, cash_named_before, money_carried, without_qualifier
from seizure_stats.extraction.plausible import plausible

_VALUE_IN_PARENS = re.compile(r"\d[^()\d.;]{1,60}\([ \u00a0]*(?:[^\w\s(]{1,3}|[A-Z][A-Za-z]{0,3}\$?)?[ \u00a0]*$")
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]\d]")


def websites_acted_on(ctx: Context, c: Candidate, near: Near) -> bool:
    """Websites count only when a verb near closes, identifies, checks or seizes them, or when they open their
    sentence and its first verb, after their description, closes them (`_subject_closed`)."""
    return c.metric != "websites" or bool(ctx.nearest_verb(c, ("close", "identify", "check", "seize"), window=80)) \
        or _subject_closed(ctx, c)


_SUBJECT_LEAD = 3  # words allowed before the subject ("Also,", "In totaal")
_SUBJECT_REACH = 250  # characters from the number to the verb of its clause


def _subject_closed(ctx: Context, c: Candidate) -> bool:
    """"Some 490 websites, on which steroids were sold to athletes, have been taken offline": websites counted at
    the head of their sentence (a few words before them at most, no verb) whose first verb after them, however long
    their description, is a verb of closing."""
    n, s = c.number, ctx.sents[c.sentence]
    if len(WORD.findall(ctx.text, s.start, n.start)) > _SUBJECT_LEAD:
        return False
    verbs = sorted((a, k) for k, spans in ctx.sentence_verbs(c.sentence).items() for a, _ in spans)
    first = next(((a, k) for a, k in verbs if a >= n.end), None)
    return not any(a < n.start for a, _ in verbs) and first is not None and first[1] == "close" \
        and first[0] - n.end <= _SUBJECT_REACH


def value_of_a_seizure(ctx: Context, c: Candidate, near: Near) -> bool:
    """A value counts only in the context of a seizure."""
    return c.metric != "value" or _seizure_context(ctx, c, near)


def quantity_of_a_seizure(ctx: Context, c: Candidate, near: Near) -> bool:
    """A mass or volume of nothing named counts only in the context of a seizure."""
    if c.metric in ("mass", "volume") and c.category is None and c.object is None:
        return _seizure_context(ctx, c, near)
    return True


def not_smuggled(ctx: Context, c: Candidate, near: Near) -> bool:
    """"The gang smuggled 3 tonnes into Europe before police seized 400 kg": an amount smuggled, not seized -
    unless a seizure verb later in the sentence takes it up ("..., which customs seized") or it was only tried
    (`_attempt_caught`)."""
    return c.metric not in ("mass", "volume", "items", "value") or not _smuggled(ctx, c, near)


def plausible_size(ctx: Context, c: Candidate, near: Near) -> bool:
    """"1,4 Billionen Euro" of goods declared: not a seizure, whatever the words around it (plausible.yaml)."""
    return plausible(c.metric, c.value, c.unit)


def _smuggled(ctx: Context, c: Candidate, near: Near) -> bool:
    lang, text = ctx.lang, ctx.text
    s = ctx.sents[c.sentence]
    n = c.number
    governed = False
    if lang.smuggle_re is not None:
        a = max(s.start, n.start - 80)
        last = None
        for last in lang.smuggle_re.finditer(text, a, n.start):
            pass
        if last is not None:
            gap = text[last.end():n.start]
            seize = lang.verb_re.get("seize")
            # "recovered smuggled goods worth Tk 504 million": a participle describing goods a verb seized
            described = seize is not None and seize.search(text, max(s.start, last.start() - 60), last.start())
            governed = not _CLAUSE_PUNCT.search(gap) and len(WORD.findall(gap)) <= 3 \
                and not (seize and seize.search(gap)) and not described and not _worth_phrase(ctx, last)
    if not governed and lang.smuggle_after_re is not None:
        # verb-final: "hatte 4 Tonnen Kokain nach Europa geschmuggelt"
        m = lang.smuggle_after_re.search(text, c.end_pos, min(s.end, c.end_pos + 80))
        if m:
            gap = text[c.end_pos:m.start()]
            governed = not _CLAUSE_PUNCT.search(gap) and len(WORD.findall(gap)) <= 6 \
                and not any(rx.search(gap) for rx in lang.verb_re.values())
    if not governed:
        return False
    if _attempt_caught(ctx, c, near):
        return False
    # a seizure verb after it that has no amount of its own refers back to it
    for cls in ("seize", "detect"):
        rx = lang.verb_re.get(cls)
        m = rx.search(text, c.end_pos, s.end) if rx else None
        if m and not any(x.start > m.end() for x in near.nums) \
                and not any(c.end_pos <= x.start < m.start() for x in near.nums):
            return False
    return True


_OWN_AMOUNT_REACH = 40  # characters between a seizure verb and an amount of its own


def _attempt_caught(ctx: Context, c: Candidate, near: Near) -> bool:
    """"A passenger tried to smuggle 5 kg of cocaine", "poogde 9.480 gram cocaïne uit te smokkelen": an attempt
    told in a release is one that was stopped, so its amount is the seizure - unless a seizure verb of the sentence
    has an amount of its own ("attempted to smuggle 2 tonnes; officers seized 800 kg": the attempt is the total)."""
    rx, s = ctx.lang.attempt_re, ctx.sents[c.sentence]
    if rx is None or not rx.search(ctx.text, s.start, c.number.start):
        return False
    for cls in ("seize", "detect"):
        for a, b in ctx.verbs_of(c.sentence, cls):
            if any(x.start != c.number.start and (b <= x.start <= b + _OWN_AMOUNT_REACH
                                                  or a - _OWN_AMOUNT_REACH <= x.end <= a) for x in near.nums):
                return False
    return True


def _worth_phrase(ctx: Context, verb: re.Match) -> bool:
    """"could have been sold for $2 million", "avrebbe potuto essere venduto per": the verb of selling is part of a
    phrase that says what the goods were worth (the language's value words), not of a sale that took place."""
    rx = ctx.lang.value_words_re
    if rx is None:
        return False
    return any(m.start() <= verb.start() < m.end()
               for m in rx.finditer(ctx.text, max(0, verb.start() - 40), min(len(ctx.text), verb.end() + 10)))


_RESTATING_LEAD = 3  # words before the amount in a sentence that restates the previous one ("Het ging om")


def _restates_a_seizure(ctx: Context, c: Candidate) -> bool:
    """"The customs found nine gold bars. It concerned 25 kilograms.", "Het ging om 25 kilogram.": a sentence with
    no verb of any class that opens with its amount (a few words before it), right after one of its paragraph
    whose verb seized or found goods, says how much of them there was."""
    si = c.sentence
    if si == 0 or any(ctx.sentence_verbs(si).values()):
        return False
    lead = without_qualifier(ctx.lang, ctx.text[ctx.sents[si].start:c.number.start])
    prev = ctx.sents[si - 1]
    if len(WORD.findall(lead)) > _RESTATING_LEAD \
            or ctx.paragraph_of(prev.start).start != ctx.paragraph_of(c.number.start).start:
        return False
    verbs = ctx.sentence_verbs(si - 1)
    if not (verbs.get("seize") or verbs.get("detect")):
        return False
    c.because("metric", "restates_a_seizure", "after a sentence that seized or found goods", add=True)
    return True


def _seizure_context(ctx: Context, c: Candidate, near: Near) -> bool:
    lang, text = ctx.lang, ctx.text
    if ctx.verbs_of(c.sentence, "seize") or ctx.verbs_of(c.sentence, "detect") or ctx.in_seized_bullets(c.sentence):
        return True
    if c.metric in ("mass", "volume") and _restates_a_seizure(ctx, c):
        return True
    if c.metric != "value" and any(t.category for _, _, t in ctx.sentence_terms(c.sentence)):
        return True
    if c.category == "cash" and any(ctx.verbs_of(c.sentence, k) for k in ("arrest", "check", "identify")):
        return True  # cash found on a person who was arrested / at a check
    if c.category == "cash" and ctx.has_seizure_verb and (_called_cash(ctx, c) or cash_named_before(ctx, c)
                                                             or money_carried(ctx, c)):
        return True  # "there was also 1,000 euros in cash in the car": money found, in a text about a seizure
    s = ctx.sents[c.sentence]
    sentence = text[s.start:s.end]
    if lang.value_words_re and lang.value_words_re.search(sentence):
        return True
    before = text[max(0, c.number.start - 80):c.number.start]
    if "(" in before and _VALUE_IN_PARENS.search(before):  # (most windows have no bracket: no search, ~10 µs)
        return True  # "25 kg de méthamphétamine (2,857 milliards de francs CFA)": the value of what precedes
    # "960 belts valued at R960,000, 52,000 pens valued at R104,000": each value bound to its goods, in a text
    # about a seizure
    near_rx = lang.value_weak_near_re
    if near_rx and ctx.has_seizure_verb and near_rx.search(text[max(0, c.number.start - 40):c.number.start]):
        return True
    prev = near.previous
    if near_rx and prev is not None and prev.metric in ("mass", "volume", "items") and prev.category \
            and near_rx.search(text[max(0, c.number.start - 40):c.number.start]):
        return True  # "horns weighing 42 kilograms, which are worth Sh5 million": the worth of the goods just counted
    # "The value of the goods is estimated at 4 million": a value said on its own, in a text about a seizure
    if lang.value_weak_re and lang.value_weak_re.search(sentence):
        others = [x for x in near.nums if x is not c.number and not x.words and not _money(ctx, x)]
        return not others and ctx.has_seizure_verb
    return False


def _money(ctx: Context, x) -> bool:
    """An amount with its own currency: "the value of the drugs passes R$ 150,000, the other goods R$ 400,000" says
    two values, each of its own goods; a bare number beside the value may be anything (a count, a year, a rate)."""
    home = ctx.default_country
    m = money.glued_sign(ctx.text, x.start, ctx.lang.code)
    return bool(money.before(m, ctx.text, x.start, ctx.lang.code, home) or money.after(ctx.text, x.end, ctx.lang.code, home)
                or money.after(ctx.text, x.end + 1, ctx.lang.code, home))


def _called_cash(ctx: Context, c: Candidate) -> bool:
    """The amount itself is called cash by the words right after it ("20.000 euro in contanti", "in bar")."""
    s = ctx.sents[c.sentence]
    first = next(iter(ctx.terms_in(c.end_pos, min(s.end, c.end_pos + 30))), None)  # the first term after it
    return first is not None and first[2].category == "cash" and len(WORD.findall(ctx.text, c.end_pos, first[0])) <= 1
