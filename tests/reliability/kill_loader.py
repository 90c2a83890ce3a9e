"""Load many generated documents through the plain pipeline (validate_and_load, one transaction per document),
in batches, as a run of the pipeline would. Run by test_faults.py in a subprocess that it SIGKILLs.

    python tests/reliability/kill_loader.py URL N_DOCUMENTS [--hang-in-transaction K]

With --hang-in-transaction K the K-th write transaction of the loader prints IN-TRANSACTION <figure rows it sees> once
its figures are written but before it commits, then sleeps: the test kills the process at that exact point."""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from seizure_stats.model import Document, Figure

COUNTRIES = ("FR", "BE", "DE", "IT", "ES", "NL", "PT")


def documents(n: int) -> list[Document]:
    """n documents, document i with 5 + i % 60 figures (50 and more take PostgreSQL's COPY path), each figure
    pointing at its own sentence."""
    out = []
    for i in range(n):
        sentences, figures = [], []
        pos = 0
        for j in range(5 + i % 60):
            value = 10 + i * 100 + j
            s = f"Bulletin {i}: customs officers seized {value} kg of cocaine in operation {j}. "
            at = s.index(str(value))
            figures.append(Figure("mass", float(value), "kg", category="drugs", object="cocaine",
                                  country=COUNTRIES[(i + j) % len(COUNTRIES)], quote=s.strip(),
                                  start=pos + at, end=pos + at + len(str(value)),
                                  period_start="2021-01-01", period_end="2021-12-31"))
            sentences.append(s)
            pos += len(s)
        text = "".join(sentences)
        out.append(Document(source="kill-test", kind="text", url=f"https://customs.example/b/{i}", text=text,
                            title=f"Bulletin {i}", published="2021-06-01", language="en", country="FR",
                            figures=figures))
    return out


def expected_figures(n: int) -> dict[str, int]:
    return {d.id: len(d.figures) for d in documents(n)}


def run(url: str, n: int, hang: int | None = None) -> None:
    from seizure_stats import pipeline
    from seizure_stats.warehouse import loader
    from seizure_stats.warehouse.db import make_engine, migrate

    engine = make_engine(url)
    migrate(engine)
    if hang is not None:
        original = loader.transaction
        seen = [0]

        @contextmanager
        def transaction(eng):
            with original(eng) as conn:
                yield conn
                seen[0] += 1
                if seen[0] == hang:
                    from sqlalchemy import text

                    inside = conn.execute(text("SELECT COUNT(*) FROM figure")).scalar()
                    print(f"IN-TRANSACTION {inside}", flush=True)
                    time.sleep(600)

        loader.transaction = transaction
    docs = documents(n)
    for k, batch in enumerate(pipeline.batches(docs, 10)):
        pipeline.validate_and_load(batch, engine=engine, source="kill-test", run_id=f"run-{k}")
        print(f"BATCH {k}", flush=True)
    print("DONE", flush=True)
    engine.dispose()


def main() -> None:
    url, n = sys.argv[1], int(sys.argv[2])
    hang = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--hang-in-transaction" else None
    run(url, n, hang)


if __name__ == "__main__":
    main()
