"""Which figures state the same claim, across sources and languages."""
from seizure_stats.model import Document, Figure
from seizure_stats.warehouse.loader import cluster_key


def doc(text: str, operation: str | None = "Harbour Lights") -> Document:
    return Document(source="s", kind="text", url=None, text=text, operation=operation)


def key(metric: str, obj: str | None, *, d: Document | None = None, **kw) -> str:
    unit = kw.pop("unit", "count")
    return cluster_key(d or doc("a"), Figure(metric=metric, value=50, unit=unit, object=obj, **kw), None, None)


def test_implied_objects_do_not_split_a_claim():
    # an English "50 cases" and a French "50 dossiers" of the same operation are one claim
    assert key("cases_opened", "case", d=doc("en")) == key("cases_opened", "investigation", d=doc("fr"))
    assert key("arrests", "person") == key("arrests", None)


def test_seized_objects_keep_claims_apart():
    assert key("seizures", "cocaine") != key("seizures", "fentanyl")
    assert key("mass", "cocaine", unit="kg") != key("mass", "heroin", unit="kg")
    assert key("seizures", "cocaine", country="BE") != key("seizures", "cocaine", country="IT")


def test_without_an_operation_each_document_is_its_own_scope():
    assert key("arrests", None, d=doc("one", None)) != key("arrests", None, d=doc("two", None))
