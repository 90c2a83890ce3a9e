"""No labelled true figure is quarantined: the extractor's figures of the labelled dev documents
(`../shared/eval/dev`, or SEIZURE_STATS_EVAL_DIR/dev) go through validation, and every quarantined figure is
compared with the gold figures as the shared scorer compares them. A check that quarantines a true figure is a bug
of that check (benchmarks/warehouse_quality.py measures the same through the whole pipeline)."""
from __future__ import annotations

import importlib.util
import json
import os
from datetime import date
from pathlib import Path

import pytest

from seizure_stats.extraction import extract
from seizure_stats.model import Document
from seizure_stats.validation import validate

ROOT = Path(__file__).resolve().parents[2]
EVAL = Path(os.environ.get("SEIZURE_STATS_EVAL_DIR") or ROOT.parent / "shared" / "eval")
pytestmark = pytest.mark.skipif(not (EVAL / "dev").is_dir() or not (EVAL / "score.py").is_file(),
                                reason="the labelled dev documents are absent")


def scorer():
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_no_labelled_true_figure_is_quarantined():
    score = scorer()
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((EVAL / "dev").glob("*.json"))]
    documents = []
    for g in golds:
        r = extract(g["text"], title=g.get("title"), published=g.get("published"))
        documents.append(Document(source="dev", kind="text", url=None, text=g["text"], title=r.title,
                                  published=r.published, language=r.language, period_start=r.period_start,
                                  period_end=r.period_end, figures=r.figures))
    v = validate(documents, now=date.today())
    by_doc = {d.id: g for d, g in zip(documents, golds, strict=True)}
    kept = {d.id: d.figures for d in v.documents}
    wrongly = []
    for q in v.quarantine:
        if "metric" not in q.record:
            continue  # a document-level row
        loaded = kept[q.document_id]
        free = [x for x in by_doc[q.document_id]["figures"] if not any(score.figure_matches(x, f.as_dict())
                                                                       for f in loaded)]
        if any(score.figure_matches(x, q.record) for x in free):
            wrongly.append((by_doc[q.document_id]["id"], q.check, q.record["metric"], q.record["value"]))
    assert wrongly == []
    assert sum(len(d.figures) for d in documents) > 300  # the documents did give figures to check
