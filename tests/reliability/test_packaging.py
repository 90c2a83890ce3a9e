"""`sql/` (migrations and views) ships inside the installed package: a worker installed from the wheel, with no
checkout around it, migrates a warehouse to the same tables and views."""
from __future__ import annotations

import os
import subprocess
import zipfile

import pytest

from tests.reliability.conftest import PYTHON, ROOT

SCRIPT = """
import sys
from pathlib import Path
from sqlalchemy import inspect
from seizure_stats.warehouse import db
assert Path(db.__file__).is_relative_to(Path(sys.argv[1])), db.__file__
assert db.MIGRATIONS.is_relative_to(Path(sys.argv[1])), db.MIGRATIONS
engine = db.make_engine(sys.argv[2])
applied = db.migrate(engine)
insp = inspect(engine)
print(len(applied), ",".join(sorted(insp.get_table_names())), ",".join(sorted(insp.get_view_names())))
"""


@pytest.mark.timeout(300)
def test_a_worker_installed_from_the_wheel_can_migrate(tmp_path):
    out = subprocess.run([PYTHON, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
                          "-w", str(tmp_path / "dist"), str(ROOT)], capture_output=True, text=True, timeout=240,
                         check=False, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    (wheel,) = (tmp_path / "dist").glob("seizure_stats-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(n for n in names if n.startswith("seizure_stats/sql/"))
    expected = sorted(f"seizure_stats/sql/{p.relative_to(ROOT / 'sql').as_posix()}"
                      for p in (ROOT / "sql").rglob("*.sql"))
    assert shipped == expected

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEIZURE_STATS_")}
    env["PYTHONPATH"] = str(site)  # before the editable install of the checkout
    run = subprocess.run([PYTHON, "-c", SCRIPT, str(site), f"sqlite:///{tmp_path / 'w.db'}"], capture_output=True,
                         text=True, timeout=120, check=False, cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    applied, tables, views = run.stdout.split()
    assert int(applied) == len(list((ROOT / "sql" / "migrations").glob("*.sql")))
    assert {"document", "figure", "quarantine", "run", "source_state"} <= set(tables.split(","))
    assert set(views.split(",")) == {p.stem for p in (ROOT / "sql" / "views").glob("*.sql")}
