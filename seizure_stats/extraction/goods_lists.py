"""Lists of goods seized or checked that go on: the next item of a list whose first item a verb resolved, the item
of a list after a seizure verb or a colon, the next goods in brackets. Kept apart from `rules/counted.py` because
an item far from its verb takes what it counts from the list it stands in, not from its own words; the rules
`listed_goods` and `resolved_by_verb` ask these."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate
from seizure_stats.extraction.context import Context, ends_with, next_list_item, without_qualifier
from seizure_stats.extraction.evidence import figure_words

_LIST_OPENER = re.compile(r"(?:[,;:]|\s[-–•]|^)\s*(?:\w+\s+){0,1}$")


_NOUN_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]{3,}")


IN_BRACKETS = re.compile(r"[ \u00a0]*\)")


def seized_list_goes_on(ctx: Context, c: Candidate, previous: Candidate | None) -> bool:
    """The number is the next item of a list of things seized in its sentence (the previous figure was seized and
    only commas, conjunctions and the previous item's words come between, no other verb)."""
    if previous is None or previous.metric not in ("items", "mass", "volume", "value") or previous.resolved_from:
        return False
    gap_start, gap_end = previous.number.end, c.number.start
    if re.search(r"[;:.()\[\]!?]", ctx.text[gap_start:gap_end]):
        return False
    verbs = ctx.sentence_verbs(c.sentence)
    if any(gap_start <= a < gap_end for k in verbs for a, _ in verbs[k]):
        return False
    return any(b <= previous.number.start for a, b in verbs.get("seize", []))


def checked_list_goes_on(ctx: Context, c: Candidate, previous: Candidate | None) -> None:
    """The number is the next item of a list of people or things checked ("checked 5,000 people, 600 vehicles and
    99 premises"): the previous figure counts checks its verb resolved, and only commas, conjunctions and the
    previous item's words come between, no verb; far from the verb, the last items are checked too."""
    if previous is None or previous.sentence != c.sentence or previous.metric != "checks" \
            or previous.resolved_from not in ("container", "person"):
        return
    gap_start, gap_end = previous.number.end, c.number.start
    if re.search(r"[;:.()\[\]!?]", ctx.text[gap_start:gap_end]):
        return
    verbs = ctx.sentence_verbs(c.sentence)
    if not any(gap_start <= a < gap_end for k in verbs for a, _ in verbs[k]):
        c.metric = "checks"
        c.because("metric", "checked_list_goes_on", f"after {figure_words(ctx, previous)} -> checks", add=True)


def in_seized_list(ctx: Context, c: Candidate, previous: Candidate | None) -> bool:
    """The number opens or continues a list after a seizure verb of its sentence ("seized: 3336 packets of shirts,
    2981 packets of t-shirts, ...")."""
    n = c.number
    s = ctx.sents[c.sentence]
    before = ctx.text[s.start:n.start]
    if not (_LIST_OPENER.search(before) or (ctx.lang.conjunction_re and ends_with(ctx.lang.conjunction_re, before))):
        return False
    seize = ctx.sentence_verbs(c.sentence).get("seize", [])
    other = [a for k, v in ctx.sentence_verbs(c.sentence).items() if k != "seize" for a, _ in v]
    last_seize = max((b for _, b in seize if b <= n.start), default=None)
    return last_seize is not None and not any(last_seize <= a < n.start for a in other) and (
        previous is None or previous.metric in ("items", "mass", "volume", "value"))


def in_list_of_goods(ctx: Context, c: Candidate, previous: Candidate | None) -> bool:
    """An integer followed by a noun the lexicon does not know, as an item of a list of things seized: after a
    comma or a colon, with a seizure verb before it in the sentence and nothing else counted in between."""
    n, pos, lang = c.number, c.end_pos, ctx.lang
    if not n.integer_text or c.unit != "count" or not _NOUN_AFTER.match(ctx.text, pos):
        return False
    word = _NOUN_AFTER.match(ctx.text, pos).group(0).strip()
    if lang.function_re.match(word) or lang.stop_re.match(word) or lang.verb_any_re.match(word):
        return False
    if list_of_goods_goes_on(ctx, c, previous) or _seized_participle_closes(ctx, c):
        return True
    s = ctx.sents[c.sentence]
    before = ctx.text[s.start:n.start]
    seize = ctx.verbs_of(c.sentence, "seize")
    right_after_verb = any(_only_a_modifier(ctx, ctx.text[b:n.start]) or _seizure_link(lang, ctx.text[b:n.start])
                           for _, b in seize if b <= n.start)
    if not (right_after_verb or _LIST_OPENER.search(before)
            or (lang.conjunction_re and ends_with(lang.conjunction_re, before))):
        return False
    return any(b <= n.start for _, b in seize) and (previous is None or previous.metric in ("items", "mass", "volume", "value"))


_NOUN_PHRASES = [re.compile(rf"(?:[ \u00a0]+[^\W\d_][\w'’-]*){{{k}}}[ \u00a0]+") for k in (1, 2, 3)]


_PHRASE_END = re.compile(r"[ \u00a0]*(?:[;,.:]|$)")


def _seized_participle_closes(ctx: Context, c: Candidate) -> bool:
    """"233 attrezzi da pesca sequestrati;": a seizure participle after a noun phrase of one to three words closes
    the clause of the number (the goods it counts were seized, whatever the lexicon knows of them); not in a
    language whose clause ends with its verb, nor after a pronoun."""
    lang = ctx.lang
    rx = lang.verb_re.get("seize")
    s = ctx.sents[c.sentence]
    first = _NOUN_AFTER.match(ctx.text, c.end_pos)
    if lang.verb_final or not rx or not first or lang.function_re.match(first.group(0).strip()) \
            or lang.stop_re.match(first.group(0).strip()):
        return False  # "im Rahmen von zwei Operationen sichergestellt", "1572 quelli scoperti"
    for words in _NOUN_PHRASES:
        m = words.match(ctx.text, c.end_pos, s.end)
        v = rx.match(ctx.text, m.end(), s.end) if m else None
        if v and _PHRASE_END.match(ctx.text, v.end(), s.end):
            return True
    return False


def list_of_goods_goes_on(ctx: Context, c: Candidate, previous: Candidate | None, qualified: bool = False) -> bool:
    """"two revolvers, 11 pistols, 12 rifles and 29 magazines", "1382 hennepplanten, 42.564 hennepstekken": the
    next item of a list whose previous item is goods of a kind counted or weighed, whatever verb the list has; only
    the previous item's words and a comma or a conjunction come between, no verb."""
    if previous is None or previous.sentence != c.sentence or previous.metric not in ("items", "mass", "volume") \
            or previous.resolved_from in ("person", "case") or not (previous.category or previous.object):
        return False
    gap_start, n = previous.end_pos, c.number
    # `qualified`: a qualifier may open the item ("1200kg, 80 litres, and more than 15,000 items")
    gap_end = gap_start + len(without_qualifier(ctx.lang, ctx.text[gap_start:n.start])) if qualified else n.start
    if not next_list_item(ctx, gap_start, gap_end):
        return False
    verbs = ctx.sentence_verbs(c.sentence)
    return not any(gap_start <= a < n.start for k in verbs for a, _ in verbs[k])


_BRACKET_ITEM = re.compile(r"[ \u00a0]*\)[ \u00a0]*,?[^\d();:.!?\[\]]{2,80}\([ \u00a0]*")


def bracketed_list_goes_on(ctx: Context, c: Candidate, previous: Candidate | None) -> bool:
    """"fake watches (2 400 pieces), sunglasses of a brand (1 150), drones (87)": a number alone in
    brackets after the words of a list item, the previous item's number in brackets too, goods of a kind counted or
    weighed; no verb between."""
    n, text = c.number, ctx.text
    if previous is None or previous.sentence != c.sentence or previous.metric not in ("items", "mass", "volume") \
            or previous.resolved_from in ("person", "case") or not (previous.category or previous.object) \
            or not IN_BRACKETS.match(text, c.end_pos) or not text[:previous.number.start].rstrip(" \u00a0").endswith("("):
        return False
    close = text.find(")", previous.number.end, n.start)
    if close < 0 or not _BRACKET_ITEM.fullmatch(text, close, n.start):
        return False
    gap = text[close:n.start]
    if not (gap.lstrip(" \u00a0)").startswith(",") or (ctx.lang.conjunction_re and ctx.lang.conjunction_re.search(gap))):
        return False
    verbs = ctx.sentence_verbs(c.sentence)
    return not any(close <= a < n.start for k in verbs for a, _ in verbs[k])


def _seizure_link(lang, gap: str) -> bool:
    """Only a seizure link between a seizure noun and the number ("il sequestro di 40 reti", "the seizure of 40 nets")."""
    gap = gap.strip(" \u00a0")
    return bool(gap) and any(re.fullmatch(p, gap, re.IGNORECASE) for p in lang.seizure_links)


def _only_a_modifier(ctx: Context, gap: str) -> bool:
    """Nothing, or one word that is no preposition, between a verb and the number ("seized 324", "seized some
    324", not "seized in two ports")."""
    word = gap.strip(" \u00a0")
    if not word:
        return True
    lang = ctx.lang
    return bool(re.fullmatch(r"[^\W\d_]+", word)) and not (lang.stop_re.match(word) or lang.of_re.match(word)
                                                           or lang.function_re.match(word))
