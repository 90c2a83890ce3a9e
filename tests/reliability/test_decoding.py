"""A UTF-8 text with one invalid byte is read as UTF-8 with that byte replaced, not re-read as a legacy code page
(mojibake); a legacy-encoded text still goes to detection. Either way a document whose stored text holds
replacement characters, or that is longer than the extractor reads, is flagged by a quarantine row of the
document, which itself loads; a second run changes nothing."""
from __future__ import annotations

import json

import pytest

from seizure_stats.sources.text import decode, mostly_utf8
from tests.reliability.conftest import rows, differences, snapshot, write_sources


def test_one_invalid_byte_in_utf8_is_replaced_not_mojibake():
    data = "Die Zollbehörde in München stellte 1.200 kg Kokain sicher. Größte Menge – ".encode() + b"\xff" + b" seit"
    assert mostly_utf8(data)
    got = decode(data)
    assert "Zollbehörde in München" in got and "Größte Menge – \ufffd seit" in got and "Ã" not in got
    declared = decode(data, "utf-8")  # a declared UTF-8 that does not quite decode: the same
    assert declared == got


def test_a_legacy_code_page_text_is_still_detected():
    data = "Les douanes ont saisi 12 kg de cocaïne à Marseille ; la marchandise déclarée était du café.".encode(
        "cp1252")
    assert not mostly_utf8(data)
    assert decode(data) == data.decode("cp1252")


@pytest.mark.timeout(240)
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_invalid_bytes_and_truncated_texts_are_flagged_and_load(tmp_path, fresh_url, use_warehouse, backend):
    from flows.ingest import ingest
    from seizure_stats.extraction import MAX_CHARS

    url = fresh_url(backend)
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "munich.txt").write_bytes("Der Zoll in München stellte 1.200 kg Kokain sicher.".encode()
                                        + b" \xff Die Ermittlungen dauern an.\n")
    long = "Customs seized 75 kg of cocaine in Rotterdam. " + "The port is busy. " * (MAX_CHARS // 18 + 10)
    (folder / "long.txt").write_text(long, encoding="utf-8")
    sources = write_sources(tmp_path / "sources.toml", [{"name": "inbox", "kind": "files", "url": str(folder)}])
    use_warehouse(url, sources)

    assert ingest()["failed_sources"] == []
    munich = rows(url, "SELECT id, content FROM document WHERE content LIKE '%Kokain%'")[0]
    assert munich["content"].startswith("Der Zoll in München stellte") and "\ufffd" in munich["content"]
    assert rows(url, f"SELECT value FROM figure WHERE document_id = '{munich['id']}'") == [{"value": 1200.0}]
    flags = {r["check_name"]: r for r in rows(url, "SELECT * FROM quarantine")}
    assert set(flags) == {"text_has_replacement_characters", "extraction_truncated"}
    assert flags["text_has_replacement_characters"]["document_id"] == munich["id"]
    assert json.loads(flags["text_has_replacement_characters"]["record"])["replaced"] == 1
    truncated = json.loads(flags["extraction_truncated"]["record"])
    assert truncated["characters"] == len(long.strip()) and truncated["read"] == MAX_CHARS
    assert rows(url, "SELECT COUNT(*) AS n FROM figure WHERE value = 75") == [{"n": 1}]  # the document loaded

    once = snapshot(url)
    assert ingest()["failed_sources"] == []
    assert differences(once, snapshot(url)) == {}
