"""Only to ship `sql/` (migrations and views) inside the installed package, as `seizure_stats/sql/`: a Dask or
Prefect worker installed from a wheel, without a checkout, can then migrate and load. Everything else is in
pyproject.toml. The folder stays at the top of the repository, where people look for it."""
from pathlib import Path
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithSql(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "sql"
        target = Path(self.build_lib) / "seizure_stats" / "sql"
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True,
                            ignore=lambda _d, names: [n for n in names if not (n.endswith(".sql") or
                                                                              n in ("migrations", "views"))])


setup(cmdclass={"build_py": BuildPyWithSql})
