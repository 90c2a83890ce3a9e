"""Known documents for the warehouse tests: the numbers the views must give are worked out in test_views.py."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import text

from seizure_stats.model import Document, Figure

YEAR_2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}


@dataclass
class Src:
    name: str
    kind: str
    url: str
    authority: str
    language: str | None = None
    country: str | None = None


SOURCES = [
    Src("customs-fr", "feed", "https://douane.example/rss", "agency", "fr", "FR"),
    Src("press-a", "feed", "https://press-a.example/rss", "press", "en"),
    Src("press-b", "page", "https://press-b.example/", "press", "en"),
    Src("cbp", "dataset", "https://cbp.example/data.csv", "agency", "en", "US"),
]


def fig_in(text_: str, needle: str, metric: str, value: float, unit: str, *, context: str | None = None,
           **kw) -> Figure:
    """A figure whose offsets point at `needle` (inside `context` when given) in `text_` and whose quote is the
    sentence around it."""
    start = text_.index(context) + context.index(needle) if context else text_.index(needle)
    s0 = text_.rfind(".", 0, start) + 1
    s1 = text_.find(".", start)
    quote = text_[s0: s1 if s1 >= 0 else len(text_)].strip()
    return Figure(metric=metric, value=value, unit=unit, quote=quote, start=start, end=start + len(needle), **kw)


def doc_a() -> Document:
    t = ("Operation Pangea XIV: French customs made 2 320 seizures in 2021. Of these, 1 500 seizures concerned "
         "medicines. Another 800 seizures concerned counterfeit goods. Officers seized 500 kg of cocaine.")
    return Document(
        source="customs-fr", kind="text", url="https://douane.example/pangea-xiv", text=t, title="Pangea XIV",
        published="2021-06-01", language="en", country="FR", operation="Pangea XIV", **YEAR_2021,
        figures=[
            fig_in(t, "2 320", "seizures", 2320, "count", country="FR", **YEAR_2021),
            fig_in(t, "1 500", "seizures", 1500, "count", country="FR", category="medicines", **YEAR_2021),
            fig_in(t, "800", "seizures", 800, "count", country="FR", category="counterfeit", **YEAR_2021),
            fig_in(t, "500", "mass", 500, "kg", context="500 kg", country="FR", category="drugs", object="cocaine", **YEAR_2021),
        ])


def doc_b() -> Document:
    t = ("In the Pangea XIV operation, more than 2 300 seizures were made in France. Police seized 550 kg of "
         "cocaine. 25 people were arrested. About 100 checks were carried out.")
    return Document(
        source="press-a", kind="text", url="https://press-a.example/pangea", text=t, title="Pangea: 2 300 seizures",
        published="2021-06-03", language="en", operation="pangea xiv", **YEAR_2021,
        figures=[
            fig_in(t, "2 300", "seizures", 2300, "count", country="FR", qualifier="at_least", **YEAR_2021),
            fig_in(t, "550", "mass", 550, "kg", country="FR", category="drugs", object="cocaine", **YEAR_2021),
            fig_in(t, "25", "arrests", 25, "count", country="FR", object="person", **YEAR_2021),
            fig_in(t, "100", "checks", 100, "count", country="FR", qualifier="approximate", **YEAR_2021),
        ])


def doc_e() -> Document:
    t = "Pangea XIV in France: 30 people were arrested after 98 checks."
    return Document(
        source="press-b", kind="text", url="https://press-b.example/pangea", text=t, title="Arrests in Pangea",
        published="2021-06-02", language="en", operation="Pangea XIV", **YEAR_2021,
        figures=[
            fig_in(t, "30", "arrests", 30, "count", country="FR", object="person", **YEAR_2021),
            fig_in(t, "98", "checks", 98, "count", country="FR", **YEAR_2021),
        ])


def doc_c() -> Document:
    t = "Border Force arrested 12 people in 2020. They seized 1 000 kg of tobacco and 200 kg of cannabis."
    p = {"period_start": "2020-01-01", "period_end": "2020-12-31"}
    return Document(
        source="press-b", kind="text", url="https://press-b.example/border", text=t, title="Border Force 2020",
        published="2020-03-01", language="en", **p,
        figures=[
            fig_in(t, "12", "arrests", 12, "count", country="GB", object="person"),
            fig_in(t, "1 000", "mass", 1000, "kg", country="GB", category="tobacco", object="tobacco"),
            fig_in(t, "200", "mass", 200, "kg", country="GB", category="drugs", object="cannabis"),
        ])


def doc_d() -> Document:
    p = {"period_start": "2022-01-01", "period_end": "2022-01-31"}
    return Document(
        source="cbp", kind="dataset", url="https://cbp.example/data.csv", partition="2022-01", title="CBP 2022-01",
        published="2022-02-10", country="US", **p,
        figures=[
            Figure("seizures", 10, "count", category="drugs", country="US", quote="CBP drug seizures, 2022-01", **p),
            Figure("mass", 300.5, "kg", category="drugs", country="US", quote="CBP drug seizures, 2022-01", **p),
        ])


def known_documents() -> list[Document]:
    return [doc_a(), doc_b(), doc_e(), doc_c(), doc_d()]


@pytest.fixture
def documents() -> list[Document]:
    return known_documents()


def rows(engine, sql: str, **params) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql), params)]


def scalar(engine, sql: str, **params):
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()
