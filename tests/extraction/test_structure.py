"""The shape issue 11 gave the extractor, kept: a document context built once, named rules in modules by concern
that never import each other, one pass applying them in a declared order, and functions and classes small enough
to read."""
from __future__ import annotations

import ast
import inspect
from pathlib import Path

from seizure_stats.extraction import compose, rules

EXTRACTION = Path(compose.__file__).parent
RULES = Path(rules.__file__).parent
# the attribution: the pass, its context and its rules (the language, number and world readers are measured apart)
ATTRIBUTION = [EXTRACTION / f for f in ("__init__.py", "candidate.py", "compose.py", "context.py", "evidence.py",
                                        "terms.py")] + sorted(RULES.glob("*.py"))


def test_rules_never_import_each_other():
    for path in sorted(RULES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("seizure_stats.extraction.rules"), (path.name, node.module)
                assert not (node.level and node.module is None), (path.name, "relative import")


def test_every_step_is_a_named_rule_that_says_why():
    assert len(compose.STEPS) == len(set(compose.STEPS))
    for step in compose.STEPS:
        assert step.__module__.startswith("seizure_stats.extraction.rules."), step
        assert not step.__name__.startswith("_") and (step.__doc__ or "").strip(), step.__name__
        assert list(inspect.signature(step).parameters) == ["ctx", "c", "near"], step.__name__


def test_functions_and_classes_stay_small():
    for path in ATTRIBUTION:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            size = getattr(node, "end_lineno", 0) - getattr(node, "lineno", 0) + 1
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert size <= 60, f"{path.name}:{node.name} has {size} lines"
            elif isinstance(node, ast.ClassDef):
                assert size <= 200, f"{path.name}:{node.name} has {size} lines"
