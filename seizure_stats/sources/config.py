"""The sources file (TOML): one [[source]] table per source. Real deployments point the same file at real
URLs; relative paths are resolved against the file's own folder."""
from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

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


COMMON_KEYS = tuple(k for k in SourceConfig.__dataclass_fields__ if k != "options")


#: keys a [[source]] table may have besides the fields of SourceConfig, per kind (read by collect.py / datasets.py)
_TEXT_FILTERS = ("include", "exclude", "max_items", "dedupe_pattern")
OPTION_KEYS: dict[str, tuple[str, ...]] = {
    "feed": ("urls", *_TEXT_FILTERS),
    "page": (),
    "listing": ("link_pattern", *_TEXT_FILTERS),
    "files": ("glob",),
    "dataset": ("format", "sheet", "header_row", "encoding", "delimiter", "records_path", "link_pattern",
                "pick", "mapping"),
}
#: URL schemes each kind can read; a path without a scheme is a local file (file://)
SCHEMES: dict[str, tuple[str, ...]] = {
    "feed": ("http", "https", "file"), "page": ("http", "https", "file"), "listing": ("http", "https", "file"),
    "files": ("file",), "dataset": ("http", "https", "file"),
}
_TYPES: dict[str, tuple[type, ...]] = {
    "name": (str,), "kind": (str,), "url": (str,), "language": (str,), "country": (str,), "currency": (str,),
    "authority": (str,), "warn_after_days": (int, float), "allow_private": (bool,), "enabled": (bool,),
    "urls": (list,), "include": (str,), "exclude": (str,), "max_items": (int,), "dedupe_pattern": (str,),
    "link_pattern": (str,), "glob": (str,), "format": (str,), "sheet": (str,), "header_row": (int,),
    "encoding": (str,), "delimiter": (str,), "records_path": (str,), "pick": (str,), "mapping": (dict,),
}
#: what people write for a kind, and the kind it is
_KIND_WORDS = {"rss": "feed", "atom": "feed", "html": "page", "web": "page", "csv": "dataset", "json": "dataset",
               "xlsx": "dataset", "folder": "files", "file": "files", "dir": "files", "directory": "files"}
_TYPE_WORDS = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list",
               dict: "a table"}
_PATTERNS = ("include", "exclude", "dedupe_pattern", "link_pattern")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def _closest(word: str, choices) -> str:
    near = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean {near[0]!r}?)" if near else ""


def _resolve(url: str, base: Path) -> str:
    if "://" in url:
        return url
    return (base / url).resolve().as_uri()


def check_url(url: str, kind: str) -> str | None:
    """Why a configured URL cannot be read by a source of this kind, or None. A string with a scheme must have
    one the kind reads (`htp:/x` is a typo, not a relative path); http(s) URLs need a host."""
    m = _SCHEME.match(url)
    if m is None or (len(m.group(1)) == 1 and url[1:3] in (":\\", ":/")):  # a path (or a Windows drive letter)
        return None
    scheme, allowed = m.group(1).lower(), SCHEMES[kind]
    if scheme not in allowed:
        return (f"url {url!r} has the scheme {scheme!r}, which a {kind} source cannot read; "
                f"use {' or '.join(f'{s}://' for s in allowed)} (or a path relative to the sources file)"
                f"{_closest(scheme, allowed)}")
    parts = urlsplit(url)
    if scheme in ("http", "https") and (not url.lower().startswith(f"{scheme}://") or not parts.hostname):
        return f"url {url!r} has no host: write {scheme}://host/path"
    if scheme == "file" and not url.lower().startswith("file://"):
        return f"url {url!r} is not a file URL: write file:///absolute/path, or a path relative to the sources file"
    return None


def _check_table(table: dict, where: str) -> None:
    """Every key known for its kind and of the right type: a typo is an error, not a silently ignored line."""
    for key in ("name", "kind", "url"):
        if not table.get(key):
            typo = difflib.get_close_matches(key, [k for k in table if k not in _TYPES], n=1, cutoff=0.6)
            hint = f" (found {typo[0]!r}: did you mean {key!r}?)" if typo else ""
            raise SourceConfigError(f"{where}: the key {key!r} is required{hint}")
    kind = table["kind"]
    if kind not in KINDS:
        near = _KIND_WORDS.get(str(kind).lower())
        hint = f" (did you mean {near!r}?)" if near else _closest(kind, KINDS)
        raise SourceConfigError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}{hint}")
    allowed = (*COMMON_KEYS, *OPTION_KEYS[kind])
    for key, value in table.items():
        if key not in allowed:
            other = [k for k, keys in OPTION_KEYS.items() if key in keys]
            why = f"only {'/'.join(other)} sources take it" if other else "it is not a source key"
            raise SourceConfigError(f"{where}: unknown key {key!r} for a {kind} source ({why}){_closest(key, allowed)}")
        types = _TYPES.get(key, ())
        if types and (not isinstance(value, types) or (bool not in types and isinstance(value, bool))):
            raise SourceConfigError(f"{where}: {key} = {value!r} should be {_TYPE_WORDS[types[-1]]}")
    if table.get("authority", "press") not in AUTHORITIES:
        raise SourceConfigError(f"{where}: authority {table['authority']!r} is not one of {', '.join(AUTHORITIES)}"
                                f"{_closest(table['authority'], AUTHORITIES)}")
    if table.get("country") is not None and not re.fullmatch(r"[A-Z]{2}", table["country"]):
        raise SourceConfigError(f"{where}: country {table['country']!r} should be an ISO 3166-1 alpha-2 code "
                                f"such as 'FR'")
    if table.get("currency") is not None and not re.fullmatch(r"[A-Z]{3}", table["currency"]):
        raise SourceConfigError(f"{where}: currency {table['currency']!r} should be an ISO 4217 code such as 'EUR'")
    if table.get("language") is not None and not re.fullmatch(r"[a-z]{2}", table["language"]):
        raise SourceConfigError(f"{where}: language {table['language']!r} should be an ISO 639-1 code such as 'fr'")
    for key in ("warn_after_days", "max_items", "header_row"):
        if key in table and table[key] <= 0:
            raise SourceConfigError(f"{where}: {key} = {table[key]!r} should be above 0")
    for key in _PATTERNS:
        if key in table:
            try:
                re.compile(table[key])
            except re.error as e:
                raise SourceConfigError(f"{where}: {key} is not a valid regular expression: {e}") from e
    for url in [table["url"], *table.get("urls", [])]:
        problem = check_url(url, kind) if isinstance(url, str) else f"urls holds {url!r}, not a URL"
        if problem:
            raise SourceConfigError(f"{where}: {problem}")


def parse_sources(data: dict, base: Path, *, origin: str | None = None) -> list[SourceConfig]:
    """The sources of a parsed sources file; `origin` (the file) prefixes every error."""
    known = set(SourceConfig.__dataclass_fields__) - {"options"}
    out: list[SourceConfig] = []
    names: set[str] = set()
    prefix = f"{origin}: " if origin else ""
    top = [k for k in data if k != "source"]
    if top:
        raise SourceConfigError(f"{prefix}unknown top-level key {top[0]!r}: sources are [[source]] tables"
                                f"{_closest(top[0], ['source'])}")
    tables = data.get("source", [])
    if not isinstance(tables, list):
        raise SourceConfigError(f"{prefix}write each source as a [[source]] table (double brackets)")
    for i, table in enumerate(tables):
        where = f"{prefix}source #{i + 1} ({table.get('name', 'unnamed')!r})"
        _check_table(table, where)
        if table["name"] in names:
            raise SourceConfigError(f"{where}: the name {table['name']!r} is used twice")
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
        raise SourceConfigError(f"sources file not found: {path} (set SEIZURE_STATS_SOURCES_FILE or "
                                f"--sources-file)") from e
    except IsADirectoryError as e:
        raise SourceConfigError(f"{path}: is a folder, not a sources file") from e
    except (OSError, UnicodeDecodeError) as e:
        raise SourceConfigError(f"{path}: cannot be read: {getattr(e, 'strerror', None) or e}") from e
    except tomllib.TOMLDecodeError as e:
        raise SourceConfigError(f"{path}: not valid TOML: {e}") from e
    return parse_sources(data, path.resolve().parent, origin=str(path))


def select(sources: list[SourceConfig], names: list[str] | None) -> list[SourceConfig]:
    if not names:
        return [s for s in sources if s.enabled]
    by_name = {s.name: s for s in sources}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise SourceConfigError(f"unknown source {unknown[0]!r}{_closest(unknown[0], by_name)}; "
                                f"the sources file has: {', '.join(by_name)}")
    return [by_name[n] for n in names]
