"""Which verb governs a counted noun: the one right before the number, the one closing its own clause, a check
participle naming the people checked, or the nearest of the classes its kind of noun takes (`VERB_CHOICES`).
Kept apart from `rules/counted` (what a number counts) because the choice of verb is a question of its own: a wrong
arrest count points here."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate
from seizure_stats.extraction.context import Context, without_qualifier
from seizure_stats.extraction.reasons import quoted

VERB_CHOICES = {
    "person": ("arrest", "identify"),
    "container": ("seize", "check", "detect"),
    "goods": ("seize", "check", "detect"),
    "case": ("open", "seize", "detect"),
}
VERB_TO_METRIC = {
    "person": {"arrest": "arrests", "identify": "suspects", "check": "checks"},
    "container": {"seize": "items", "check": "checks", "detect": "items"},
    "goods": {"seize": "items", "check": "checks", "detect": "items"},
    "case": {"open": "cases_opened", "seize": "seizures", "detect": "detections"},
}
_SET_OFF = re.compile(r"^[ \u00a0]*[,:]")  # "i delitti scoperti, 2.345": a comma or colon sets the number off
_ONE_ADVERB = re.compile(r"[a-zà-ÿ]{2,10}[ \u00a0]*$")  # "sono state invece 393": a word before the number
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
_LABEL_GAP = re.compile(r"[ \u00a0]*:[ \u00a0]*")


def resolve(ctx: Context, c: Candidate, kind: str, inside: tuple[int, int, int] | None = None) -> str | None:
    """The metric a person, container, case or goods noun takes from its verb (`VERB_TO_METRIC`), or None; each
    way of finding the verb records its reason on `c`."""
    action = _action_noun_before(ctx, c, kind)
    if action is not None:
        return action
    if _arrested_and_charged(ctx, c, kind):
        return "arrests"
    cls = _verb_right_after(ctx, c, kind) or _verb_right_before(ctx, c, kind, set_off=inside is None) \
        or _people_checked(ctx, c, kind, inside) or _checked_first_in_clause(ctx, c, kind) \
        or _verb_before_a_verb_noun(ctx, c, kind, inside)
    if cls is None and c.bare:
        # "500 suspects were identified and 190 of them arrested": the verb after a bare number is its own
        after = [(a, k) for k in VERB_CHOICES[kind] for a, _ in ctx.verbs_of(c.sentence, k)
                 if c.number.end <= a <= c.number.end + 40]
        if after:
            cls = min(after)[1]
    cls = cls or _verb_of_own_clause(ctx, c, kind) or _nearest_free(ctx, c, kind, inside=inside)
    if cls and inside and kind == "person":
        cls = _past_the_description(ctx, c, cls, inside[2])
    cases = [a for a, _, t in ctx.sentence_terms(c.sentence) if t.metric == "cases_opened"]
    if cls is None and kind == "person" and cases and ctx.nearest_verb(c, ("open",), window=120) and not any(
            re.search(r"\d\S*\s*(?:\w+\s+)?$", ctx.text[max(0, a - 20):a]) for a in cases):
        # "proceedings were opened against five travellers" (unless the proceedings are counted themselves)
        c.because("metric", "proceedings_against", f"{ctx.verb_words(c, 'open')} -> cases_opened", add=True)
        return "cases_opened"
    if kind == "case" and cls in (None, "detect"):
        seized = _cases_of_seizures(ctx, c)
        if seized is not None:
            c.because("metric", "cases_of_seizures", f"{seized} before -> seizures", add=True)
            return "seizures"
    if cls is None:
        if kind == "person":
            cls = _nearest_free(ctx, c, kind, window=400, inside=inside) or _checked_in_clause(ctx, c)
            if cls is None:
                if c.object == "person" and ctx.lang.suspect_after_re.match(
                        ctx.text[c.number.end:c.number.end + 40].lower()):
                    c.because("metric", "suspect_word", "-> suspects", add=True)
                    return "suspects"
                return None
        elif kind == "case":
            # "Insgesamt waren es 7136 Fälle", "80 casos de transporte ilegal", "les cas de consommation : 78": cases
            # no verb opens are offences the service found (a file opened says so: "ouvrir 50 dossiers")
            c.because("metric", "case_without_verb", "-> detections", add=True)
            return "detections"
        elif ctx.in_seized_bullets(c.sentence):
            c.because("metric", "seized_bullets", "-> items", add=True)
            return "items"
        else:
            return _subject_of_a_seizure(ctx, c) or _after_a_seizure_sentence(ctx, c)
    metric = VERB_TO_METRIC[kind].get(cls)
    if metric:
        c.because("metric", "verb_resolves", f"{ctx.verb_words(c, cls)}: {kind} -> {metric}", add=True)
    return metric


def _cases_of_seizures(ctx: Context, c: Candidate) -> str | None:
    """"a Alfândega contou 18 casos de apreensão de divisas ... 7 casos no porto", "recorded 12 cases of seizure
    ... 9 cases at the airport": cases named as cases of seizure, and the later cases of a text that named them so,
    are seizures, not offences found, when no verb (or only a verb of finding or recording) resolves them; the words
    that named them, or None."""
    for si in range(c.sentence + 1):
        seize = ctx.verbs_of(si, "seize")
        if not seize:
            continue
        for a, b, t in ctx.sentence_terms(si):
            if t.metric != "case" or a > c.number.end + 20:  # named before, or its own noun ("12 cases of seizure")
                continue
            for x, y in seize:
                if b <= x and ctx.of_between(b, x) and ctx.lang.of_re.match(ctx.text[b:x].lstrip(" \u00a0")):
                    return quoted(ctx.text[a:y])
    return None


def _arrested_and_charged(ctx: Context, c: Candidate, kind: str) -> bool:
    """"Ficaram detidos e constituídos arguidos quatro homens", "arrested and charged three men", "fermati e denunciati
    due giovani": a verb of arrest and a verb of identification joined by a conjunction, right before the people
    counted, both say what was done to them; the arrest is the stronger fact (an arrested person is a suspect too)."""
    if kind != "person":
        return False
    n, text = c.number, ctx.text
    idents = [(a, b) for a, b in ctx.verbs_of(c.sentence, "identify") if b <= n.start]
    for a, b in ctx.verbs_of(c.sentence, "arrest"):
        for x, y in idents:
            first, second = ((a, b), (x, y)) if b <= x else ((x, y), (a, b))
            joint = _SHORT_WORD_GAP.fullmatch(text, first[1], second[0])
            if joint is None or not joint.group(1) or not ctx.lang.conjunction_re.fullmatch(joint.group(1)):
                continue
            gap = text[second[1]:n.start]
            if ctx.lang.auxiliary_re.fullmatch(gap) or _object_marker(ctx, gap) or not gap.strip(" \u00a0"):
                c.because("metric", "arrested_and_charged", f"{quoted(text[first[0]:second[1]])} -> arrests", add=True)
                return True
    return False


_SUBJECT_LEAD = 3  # words allowed before the subject ("Also,", "En tout,", "In totaal")
_SUBJECT_REACH = 250  # characters from the number to the verb of its clause


def _subject_of_a_seizure(ctx: Context, c: Candidate) -> str | None:
    """"Also, 139 bags and 176 blocks of cannabis loaded in A and heading to B were seized by ...": containers or
    goods counted at the head of their sentence, whose first verb, far after a long description, is a verb of
    seizure (no verb of any class before it nor before the number): the things counted are what was seized."""
    n, s = c.number, ctx.sents[c.sentence]
    if c.object == "premises":
        return None  # places searched, not things seized
    lead = without_qualifier(ctx.lang, ctx.text[s.start:n.start])
    if len(_WORD.findall(lead)) > _SUBJECT_LEAD:
        return None
    verbs = sorted((a, k) for k, spans in ctx.sentence_verbs(c.sentence).items() for a, _ in spans)
    if any(a < n.start for a, _ in verbs):
        return None
    first = next(((a, k) for a, k in verbs if a >= n.end), None)
    if first is None or first[1] != "seize" or first[0] - n.end > _SUBJECT_REACH:
        return None
    c.because("metric", "subject_of_a_seizure", f"{ctx.verb_words(c, 'seize')} -> items", add=True)
    return "items"


def _after_a_seizure_sentence(ctx: Context, c: Candidate) -> str | None:
    """"The customs intercepted 755,000 fakes last year. It concerned more than 227,000 packets.": a sentence with
    no verb of any class that opens with its count (a few words before it at most), right after one of its
    paragraph whose verb seized or found goods, goes on about them: the containers or goods it counts are what was
    seized."""
    si = c.sentence
    if si == 0 or c.object == "premises" or any(ctx.sentence_verbs(si).values()):
        return None
    lead = without_qualifier(ctx.lang, ctx.text[ctx.sents[si].start:c.number.start])
    if len(_WORD.findall(lead)) > _SUBJECT_LEAD:
        return None  # "Im Vorjahr seien 250 Millionen Pakete abgefertigt worden": a sentence of its own
    prev = ctx.sents[si - 1]
    if ctx.paragraph_of(prev.start).start != ctx.paragraph_of(c.number.start).start:
        return None
    verbs = ctx.sentence_verbs(si - 1)
    if not (verbs.get("seize") or verbs.get("detect")):
        return None
    a, b = max(verbs.get("seize", []) + verbs.get("detect", []))
    c.because("metric", "after_a_seizure_sentence", f"{quoted(ctx.text[a:b])} -> items", add=True)
    return "items"


def _nearest_free(ctx: Context, c: Candidate, kind: str, **kw) -> str | None:
    """The class of the nearest verb (`Context.nearest_verb`), unless every verb of that class in the sentence comes
    after the number and has its own count of people right after it: "the factory employs 300 workers; police arrested 5 people" (the
    arrest is the 5's, not the 300's)."""
    cls = ctx.nearest_verb(c, VERB_CHOICES[kind], **kw)
    if cls is None or kind != "person":
        return cls
    spans = ctx.verbs_of(c.sentence, cls)  # a verb before the number may govern a list ("arrested 7 men and 24 women")
    return None if spans and all(a > c.number.end and _own_people_after(ctx, c, b) for a, b in spans) else cls


_CONJ_BEFORE = re.compile(r"([^\W\d_]{1,2})[ \u00a0]+$")
_OBJECT_NUMBER = re.compile(r"[ \u00a0]+(?:[^\W\d_]{1,2}[ \u00a0]+)?(\d[\d.,]*|[^\W\d_]+)")


def _own_people_after(ctx: Context, c: Candidate, pos: int) -> bool:
    """Another number than `c`'s right after a verb (a short word between: "detuvieron a tres"), a person noun
    after it: the verb's own object."""
    m = _OBJECT_NUMBER.match(ctx.text, pos)
    conj = _CONJ_BEFORE.search(ctx.text, pos, m.start(1)) if m else None
    if m is None or m.start(1) == c.number.start or (conj and ctx.lang.conjunction_re.fullmatch(conj.group(1))):
        return False  # "5 persone arrestate e 9 denunciate": a list of counts, each with its verb
    word = m.group(1)
    if not (word[0].isdigit() or ctx.lang.numwords.get(word.lower(), ("", 0))[0] == "units"):
        return False
    return any(t.object == "person" for _, _, t in ctx.terms_in(m.end(1), min(len(ctx.text), m.end(1) + 30)))


def _action_noun_before(ctx: Context, c: Candidate, kind: str) -> str | None:
    """"huiszoekingen in vier loodsen", "searches of five vehicles", "irregolarità in 382 strutture": premises or
    vehicles named after a noun of checking or of an offence found, and its preposition, are what was checked or
    where offences were found (a few words may come between: "doorzoekingen verricht in vier woningen",
    "irregolarità più o meno gravi in 10mila strutture")."""
    if kind != "container" or ctx.lang.action_gap_re is None:
        return None
    n, lang = c.number, ctx.lang
    before = ctx.text[max(ctx.sents[c.sentence].start, n.start - 80):n.start]
    end = n.start - len(before) + len(without_qualifier(ctx.lang, before))  # "in oltre 10mila strutture"
    actions = [(a, b, t) for a, b, t in ctx.terms_in(end - 60, end) if t.metric in ("checks", "detections")]
    if not actions or lang.action_gap_re.fullmatch(ctx.text, actions[-1][1], end) is None:
        return None
    a, b, t = actions[-1]
    c.because("metric", "action_noun_before", f"{quoted(ctx.text[a:end])} -> {t.metric}", add=True)
    return t.metric


def _verb_right_before(ctx: Context, c: Candidate, kind: str, set_off: bool) -> str | None:
    """"Le persone arrestate sono state 393, quelle denunciate 1.200": a verb right before the number (only an
    auxiliary between) is the number's own, whatever verb of the next clause is nearer; so is a verb a comma sets
    off from a number with no noun after it ("le persone arrestate, 210", not "festgenommen, 30 Personen")."""
    n = c.number
    for cls in VERB_CHOICES[kind] + (("check",) if kind == "person" else ()):
        for a, b in ctx.verbs_of(c.sentence, cls):
            gap = _SET_OFF.sub("", ctx.text[b:n.start], count=1) if set_off else ctx.text[b:n.start]
            if b > n.start:
                continue
            # "arrested five occupants", "detuvieron a cuatro hombres", "checked 5 000 people": a verb with the
            # people counted as its object
            taken = kind == "person" and not set_off and (not gap.strip(" \u00a0") or _object_marker(ctx, gap))
            if (ctx.lang.auxiliary_re.fullmatch(gap) or _aux_and_adverb(ctx, gap) or taken) and (
                    cls != "check" or kind != "person" or taken or _people_right_before(ctx, c, a)):
                return cls
    return None


def _object_marker(ctx: Context, gap: str) -> bool:
    """"detuvieron a cuatro hombres en posesión de ...", "l'arrestation de deux passeurs": the people a verb of
    arrest takes as its object, one short word (the Spanish personal "a", "de", "of") between, are that verb's,
    whatever participle or phrase describes them after (no conjunction: "arrestati e 5 denunciati")."""
    m = _SHORT_WORD_GAP.fullmatch(gap)
    return m is not None and bool(m.group(1)) and not ctx.lang.conjunction_re.fullmatch(m.group(1))


_SHORT_WORD_GAP = re.compile(r"[ \u00a0]+(?:([^\W\d_]{1,2})[ \u00a0]+)?")


def _verb_before_a_verb_noun(ctx: Context, c: Candidate, kind: str, inside: tuple[int, int, int] | None) -> str | None:
    """"detuvieron a cuatro imputados": people named by a noun that is also a participle of another class
    ("imputados", "indagati") take the verb right before their number, a short word ("a") between, not the class
    of their own noun (a conjunction between, "12 arrestati e 5 denunciati", leaves the noun its own)."""
    if kind != "person" or inside is None:
        return None
    own = [cls for cls in VERB_CHOICES[kind] if any(a == inside[1] for a, _ in ctx.verbs_of(c.sentence, cls))]
    if not own:
        return None
    for cls in VERB_CHOICES[kind]:
        if cls in own:
            continue
        for a, b in ctx.verbs_of(c.sentence, cls):
            m = _SHORT_WORD_GAP.fullmatch(ctx.text, b, c.number.start) if b <= c.number.start else None
            if m and not (m.group(1) and ctx.lang.conjunction_re.fullmatch(m.group(1))):
                c.because("metric", "verb_before_a_verb_noun", quoted(ctx.text[a:b]), add=True)
                return cls
    return None


def _verb_right_after(ctx: Context, c: Candidate, kind: str) -> str | None:
    """"Sur les 1 400 voyageurs contrôlés, 35 ont été arrêtés": a bare number with only auxiliaries before its own
    verb is that verb's, not the previous clause's participle the comma sets off."""
    if not c.bare:
        return None
    n = c.number
    after = [(a, k) for k in VERB_CHOICES[kind] for a, _ in ctx.verbs_of(c.sentence, k)
             if n.end <= a and ctx.lang.auxiliary_re.fullmatch(ctx.text[n.end:a])]
    return min(after)[1] if after else None


def _people_right_before(ctx: Context, c: Candidate, pos: int) -> bool:
    """People checked only as "le persone controllate, 144.700": the people named right before the participle (not
    "Bei den Kontrollen wurden 5 Personen angezeigt", where the check is the occasion)."""
    return any(t.object == "person" and 0 <= pos - b <= 2
               for _, b, t in ctx.terms_in(max(ctx.sents[c.sentence].start, pos - 40), pos))


_CLAUSE_BREAK = re.compile(r"[,;:]")


def _verb_of_own_clause(ctx: Context, c: Candidate, kind: str) -> str | None:
    """"Zwölf Personen wurden festgenommen, 30 Personen wegen Drogenhandels angezeigt": after a comma, a verb
    closing the number's own clause is its verb, though the previous clause's verb is nearer."""
    n = c.number
    if not _CLAUSE_BREAK.search(ctx.text[max(ctx.sents[c.sentence].start, n.start - 3):n.start]) \
            and not _conjunction_opens_clause(ctx, c):
        return None
    end = _clause_end(ctx, c)
    after = [(a, k) for k in VERB_CHOICES[kind] for a, _ in ctx.verbs_of(c.sentence, k) if n.end <= a < end]
    return min(after)[1] if after else None


_LAST_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _conjunction_opens_clause(ctx: Context, c: Candidate) -> bool:
    """"150 Sendungen kontrolliert und 52 Sendungen sichergestellt", "... gecontroleerd en 12 pakketten in beslag
    genomen": where a participle closes its clause (`verb_final`), a conjunction right after a verb before the
    number opens the number's own clause, whose closing verb is the number's."""
    if not ctx.lang.verb_final:
        return False
    m = _LAST_WORD.search(ctx.text, max(ctx.sents[c.sentence].start, c.number.start - 20), c.number.start)
    if m is None or not ctx.lang.conjunction_re.fullmatch(m.group(1)):
        return False
    return any(0 <= m.start() - b <= 2 for k in ("seize", "check", "detect", "arrest", "identify")
               for _, b in ctx.verbs_of(c.sentence, k))


def _clause_end(ctx: Context, c: Candidate) -> int:
    """Where the number's clause ends: the next comma, semicolon or colon, or the end of its sentence."""
    s = ctx.sents[c.sentence]
    brk = _CLAUSE_BREAK.search(ctx.text, c.number.end, s.end)
    return brk.start() if brk else s.end


def _people_checked(ctx: Context, c: Candidate, kind: str, inside: tuple[int, int, int] | None) -> str | None:
    """"1 313 gecontroleerde personen", "aantal gecontroleerde personen: 1 313", "102 kontrollierten Personen": a
    check participle right before the people counted says they were checked; so does one right after them
    ("2 000 personnes contrôlées", "800 persone controllate"), whatever verb the clause goes on with. Vehicles,
    parcels or premises with a check participle between the number and their noun ("zes gecontroleerde voertuigen",
    "30 kontrollierte Lkw", "12 inspected containers") were checked too."""
    if kind == "container" and inside is not None:
        return "check" if any(inside[0] <= a and b <= inside[1] for a, b in ctx.verbs_of(c.sentence, "check")) \
            else None
    if kind != "person":
        return None
    if inside is not None:
        noun_start = inside[1]
        if any(0 <= a - inside[2] <= 1 for a, _ in ctx.verbs_of(c.sentence, "check")):
            return "check"
    else:
        people = [(a, b) for a, b, t in ctx.terms_in(max(ctx.sents[c.sentence].start, c.number.start - 40),
                                                    c.number.start) if t.object == "person"]
        if not people or not _LABEL_GAP.fullmatch(ctx.text, people[-1][1], c.number.start):
            return None  # only a label's noun ("personen: 1 313"), not "Von 102 kontrollierten Personen wurden 86"
        noun_start = people[-1][0]
    return "check" if any(0 <= noun_start - b <= 2 for _, b in ctx.verbs_of(c.sentence, "check")) else None


def _checked_first_in_clause(ctx: Context, c: Candidate, kind: str) -> str | None:
    """"Oltre 350 persone e 120 veicoli controllati, due arresti", "1 200 personnes et 300 véhicules contrôlés, deux
    interpellations": people and other things counted together, one check participle closing their clause before
    any verb of arrest or identification, were checked (the arrests of the next clause are counted there)."""
    if kind != "person":
        return None
    end = _clause_end(ctx, c)
    first = min(((a, k) for k in ("arrest", "identify", "check") for a, _ in ctx.verbs_of(c.sentence, k)
                 if c.number.end <= a < end), default=None)
    if first is None or first[1] != "check":
        return None
    words = ctx.text[c.number.end:first[0]].split()
    at = next((i for i, w in enumerate(words) if w[:1].isdigit()), None)
    return "check" if at and any(ctx.lang.conjunction_re.fullmatch(w) for w in words[max(0, at - 2):at]) else None


def _checked_in_clause(ctx: Context, c: Candidate) -> str | None:
    """"80.000 Personen und knapp 50.000 Fahrzeuge kontrolliert": with no verb of arrest or identification in the
    sentence, a check verb closing the people's own clause says they were checked."""
    end = _clause_end(ctx, c)
    return "check" if any(c.number.end <= a < end for a, _ in ctx.verbs_of(c.sentence, "check")) else None


def _aux_and_adverb(ctx: Context, gap: str) -> bool:
    """An auxiliary and one adverb ("sono state invece"), the adverb no conjunction ("kontrolliert und zwei")."""
    m = _ONE_ADVERB.search(gap)
    lang = ctx.lang
    return bool(m) and not lang.conjunction_re.match(m.group(0)) \
        and lang.auxiliary_re.fullmatch(gap[:m.start()]) is not None


_CLOSES_CLAUSE = re.compile(r"[ \u00a0]*(?:[,;:.]|$|([^\W\d_]+))")


def _closes_clause(ctx: Context, pos: int) -> bool:
    """A clause mark, the end, or a conjunction right after `pos` (the end of a participle)."""
    m = _CLOSES_CLAUSE.match(ctx.text, pos)
    return m is not None and (m.group(1) is None or ctx.lang.conjunction_re.fullmatch(m.group(1)) is not None)


def _past_the_description(ctx: Context, c: Candidate, cls: str, noun_end: int) -> str:
    """"five people suspected of smuggling were arrested": a participle right after the noun describes the people;
    a verb of the other class later in the sentence says what was done to them."""
    follows = [b for a, b in ctx.verbs_of(c.sentence, cls) if noun_end <= a <= noun_end + 2]
    if not follows or _closes_clause(ctx, follows[0]):
        return cls  # "zwei Männer festgenommen und drei weitere gesucht": a participle closing its clause is its verb
    # ... unless another number comes first: "5 persone arrestate e 9 denunciate" (the verb is the 12's)
    later = [(a, k) for k in VERB_CHOICES["person"] if k != cls for a, _ in ctx.verbs_of(c.sentence, k)
             if follows[0] < a <= follows[0] + 90 and not _DIGIT.search(ctx.text, follows[0], a)]
    return min(later)[1] if later else cls
