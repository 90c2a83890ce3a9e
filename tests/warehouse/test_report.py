"""`seizure-stats report`: one self-contained HTML page, opened in headless Chromium to check that the charts
render; scraped text is escaped."""
from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from seizure_stats.cli import main
from seizure_stats.model import Figure
from seizure_stats.report import bar_chart, build_report, safe_url
from seizure_stats.validation import validate
from seizure_stats.warehouse.loader import load
from tests.warehouse.conftest import SOURCES, known_documents

XSS = "<script>alert(1)</script>"
_chromium: list[str | None] = []


def chromium() -> str:
    """Debian's chromium; installed once (apt-get) when missing; the test is skipped only if that fails."""
    if not _chromium:
        found = shutil.which("chromium") or shutil.which("chromium-browser")
        if not found and shutil.which("apt-get"):
            try:
                subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], capture_output=True, timeout=600,
                               check=False)
            except (OSError, subprocess.TimeoutExpired):
                pass
            found = shutil.which("chromium")
        _chromium.append(found)
    if not _chromium[0]:
        pytest.skip("chromium is not installed and could not be installed")
    return _chromium[0]


def dump_dom(path: Path, tmp_path: Path) -> str:
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-extensions", "--no-first-run", f"--user-data-dir={tmp_path / 'chromium-profile'}",
           "--dump-dom", path.resolve().as_uri()]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def load_known(engine, documents=None):
    v = validate(documents or known_documents(), now=date(2026, 1, 1))
    load(engine, v.documents, v.quarantine, run_id="r", extractor_version="t", sources=SOURCES)


def test_report_renders_charts_in_chromium(engine, db_url, tmp_path, capsys):
    load_known(engine)
    out = tmp_path / "report.html"
    assert main(["report", "-o", str(out), "--url", db_url]) == 0
    html = out.read_text(encoding="utf-8")
    # self-contained: no script, no external resource
    assert "<script" not in html.lower()
    assert not re.search(r'(src|href)="(?!https?://(douane|press-a|press-b|cbp)\.example)', html)
    assert "<link" not in html.lower()
    dom = dump_dom(out, tmp_path)
    assert dom.count("<svg") == 7
    assert dom.count("<rect") >= 15
    for title in ("Seizures by country", "Mass seized by country (kg)", "Seizures by category",
                  "Seizures per year", "Top operations (figures reported)"):
        assert title in dom
    # links back to each source and its quote
    assert 'href="https://douane.example/pangea-xiv"' in dom and "Officers seized 500 kg of cocaine" in dom
    assert 'href="https://cbp.example/data.csv"' in dom
    assert "Pangea XIV" in dom


def test_report_screenshot_is_not_blank(engine, db_url, tmp_path):
    load_known(engine)
    out = tmp_path / "report.html"
    main(["report", "-o", str(out), "--url", db_url])
    shot = tmp_path / "shot.png"
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,1600",
           out.resolve().as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    assert shot.exists() and shot.stat().st_size > 20_000  # a blank page compresses to a few kB


def test_scraped_text_is_escaped(engine, db_url, tmp_path):
    docs = known_documents()
    a = docs[0]
    evil_quote = f'{a.text[:0]}"><img src=x onerror=alert(2)> {XSS}'
    text_ = a.text + " " + evil_quote + " 7 seizures."
    start = text_.rindex("7")
    evil = dataclasses.replace(
        a, text=text_, id="", title=XSS, url="javascript:alert(3)", operation=f"Op {XSS}",
        figures=[*a.figures, Figure("arrests", 7, "count", country="FR", quote=evil_quote + " 7 seizures.",
                                    start=start, end=start + 1, period_start="2021-01-01",
                                    period_end="2021-12-31")])
    load_known(engine, [evil, *docs[1:]])
    out = tmp_path / "report.html"
    assert main(["report", "-o", str(out), "--url", db_url]) == 0
    html = out.read_text(encoding="utf-8")
    assert XSS not in html and "<img" not in html and "javascript:" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    dom = dump_dom(out, tmp_path)
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom


def test_empty_warehouse_report(engine):
    html = build_report(engine)
    assert "No data." in html and html.count("<svg") == 0


def test_chart_and_url_helpers():
    svg = bar_chart([("FR", 2320), ("<b>", 10), ("zero", 0)], title="T & <T>")
    assert svg.count("<rect") == 2 and "&lt;b&gt;" in svg and "T &amp; &lt;T&gt;" in svg
    assert safe_url("https://x.example/a") == "https://x.example/a"
    assert safe_url(" JavaScript:alert(1)") is None and safe_url("data:text/html,x") is None
    assert safe_url(None) is None


def test_report_lists_the_disagreeing_claims_first_and_says_how_many_are_left(engine):
    load_known(engine)
    html = build_report(engine, max_rows=2)
    assert "Showing 2 of 11 claims" in html
    table = html.split('class="claims"', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr>") == 3  # header + 2 claims
    assert "Officers seized 500 kg of cocaine" in table and "25 people were arrested" in table  # both disagree
    assert "Border Force" not in table
