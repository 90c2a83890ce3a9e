"""The sources file (TOML): one [[source]] table per source. Real deployments point the same file at real
URLs; relative paths are resolved against the file's own folder."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("feed", "page", "listing", "files", "dataset")
AUTHORITIES = ("agency", "press")


class SourceConfigError(ValueError):
    pass


@dataclass
class SourceConfig:
    name: str
    kind: str                      # feed (RSS/Atom) | page | listing | files | dataset
    url: str                       # http(s)://, file:// or a path relative to the sources file
    language: str | None = None    # default language of the documents (detected when None)
    country: str | None = None     # ISO 3166-1 alpha-2 of a national agency, used when the text names none
    currency: str | None = None    # ISO 4217 a bare "$" or "dollars" means for this source
    authority: str = "press"       # agency | press: which claim wins in the reconciled view
    warn_after_days: float | None = None
    allow_private: bool = False    # follow links to file://, loopback or private addresses (SSRF guard)
    enabled: bool = True
    options: dict = field(default_factory=dict)  # everything else of the table: format, mapping, link_pattern...


def _resolve(url: str, base: Path) -> str:
    if "://" in url:
        return url
    return (base / url).resolve().as_uri()


def parse_sources(data: dict, base: Path) -> list[SourceConfig]:
    known = set(SourceConfig.__dataclass_fields__) - {"options"}
    out: list[SourceConfig] = []
    names: set[str] = set()
    for i, table in enumerate(data.get("source", [])):
        where = f"source #{i + 1} ({table.get('name', 'unnamed')})"
        for key in ("name", "kind", "url"):
            if not table.get(key):
                raise SourceConfigError(f"{where}: '{key}' is required")
        if table["kind"] not in KINDS:
            raise SourceConfigError(f"{where}: kind '{table['kind']}' is not one of {', '.join(KINDS)}")
        if table.get("authority", "press") not in AUTHORITIES:
            raise SourceConfigError(f"{where}: authority must be one of {', '.join(AUTHORITIES)}")
        if table["name"] in names:
            raise SourceConfigError(f"{where}: the name '{table['name']}' is used twice")
        names.add(table["name"])
        fields = {k: v for k, v in table.items() if k in known}
        fields["url"] = _resolve(fields["url"], base)
        if "://" not in table["url"]:  # a local path in the sources file is the operator's choice
            fields.setdefault("allow_private", True)
        options = {k: v for k, v in table.items() if k not in known}
        out.append(SourceConfig(**fields, options=options))
    return out


def load_sources(path: str | Path) -> list[SourceConfig]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise SourceConfigError(f"sources file not found: {path}") from e
    except tomllib.TOMLDecodeError as e:
        raise SourceConfigError(f"{path}: {e}") from e
    return parse_sources(data, path.resolve().parent)


def select(sources: list[SourceConfig], names: list[str] | None) -> list[SourceConfig]:
    if not names:
        return [s for s in sources if s.enabled]
    by_name = {s.name: s for s in sources}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise SourceConfigError(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(by_name)}")
    return [by_name[n] for n in names]
