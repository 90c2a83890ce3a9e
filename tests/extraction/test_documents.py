"""Our own held-out documents (documents.py), scored like shared/eval/score.py does."""
from __future__ import annotations

import pytest

from seizure_stats.extraction import extract
from tests.extraction.documents import DOCS

KEY = ("metric", "value", "unit", "category", "country")


def _close(a, b):
    return a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b))


def score(doc):
    lang, text, gold = doc
    preds = extract(text).figures
    used = [False] * len(gold)
    tp = fp = 0
    for p in preds:
        hit = None
        for want_optional in (False, True):
            for i, g in enumerate(gold):
                opt = len(g) > 5
                if used[i] or opt != want_optional:
                    continue
                if p.metric == g[0] and _close(p.value, g[1]) and p.unit == g[2] and p.category == g[3] and p.country == g[4]:
                    hit = i
                    break
            if hit is not None:
                break
        if hit is None:
            fp += 1
        else:
            used[hit] = True
            tp += len(gold[hit]) == 5
    fn = sum(1 for i, g in enumerate(gold) if not used[i] and len(g) == 5)
    return tp, fp, fn, preds


def test_held_out_documents_f1():
    tp = fp = fn = 0
    for doc in DOCS:
        a, b, c, _ = score(doc)
        tp, fp, fn = tp + a, fp + b, fn + c
    p = tp / (tp + fp)
    r = tp / (tp + fn)
    f = 2 * p * r / (p + r)
    assert f >= 0.8, (p, r, f)


@pytest.mark.parametrize("doc", DOCS, ids=[d[0] for d in DOCS])
def test_document_offsets(doc):
    _, text, _ = doc
    for f in extract(text).figures:
        assert text[f.start:f.end] in f.quote
