"""Main text of an HTML page (trafilatura), with a decoding step that does not trust charset declarations
blindly: a page that says UTF-8 but is cp1252 (or says nothing) still decodes to the right characters."""
from __future__ import annotations

import codecs
import html as html_lib
import re
from dataclasses import dataclass

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.I)
    return _codec(m.group(1)) if m else None


def decode(data: bytes | str, declared: str | None = None) -> str:
    """Bytes to text. Order: BOM, then the declared charset (HTTP header, then <meta>) if the bytes really
    decode with it, then UTF-8, then UTF-8 with its invalid bytes replaced by U+FFFD when the text is mostly
    UTF-8 (`mostly_utf8`; the document is then flagged, see pipeline.document_flags), then charset detection,
    then cp1252 (which maps almost every byte).
    A page declared as latin-1/ascii is read as cp1252, its superset on the web (WHATWG)."""
    if isinstance(data, str):
        return data
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    candidates: list[str] = []
    for name in (declared, *(m.decode("ascii", "ignore") for m in _META_CHARSET.findall(data[:4096]))):
        enc = _codec(name)
        if enc in ("latin-1", "iso8859-1", "ascii"):
            enc = "cp1252"
        if enc and enc not in candidates:
            candidates.append(enc)
    for enc in (*candidates, "utf-8"):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    if mostly_utf8(data):  # a few bad bytes in a UTF-8 text: replace them rather than re-read it all as cp1252
        return data.decode("utf-8", errors="replace")
    try:
        from charset_normalizer import from_bytes

        results = from_bytes(data[:200_000])
        best = results.best()
        if best is not None and best.encoding:
            # Western pages are cp1252 far more often than cp1250/cp1257: prefer it when it reads as well.
            for match in results:
                if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.02:
                    return data.decode("cp1252", errors="replace")
            return data.decode(best.encoding, errors="replace")
    except Exception:  # noqa: BLE001 - detection is best effort
        pass
    return data.decode("cp1252", errors="replace")


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def mostly_utf8(data: bytes) -> bool:
    """True when the bytes hold well-formed UTF-8 multi-byte sequences and at most as many invalid bytes: a UTF-8
    text with a few bad bytes, which a legacy code page would turn into mojibake everywhere ("Ã©"). A text with
    no multi-byte sequence at all is left to charset detection (cp1252 and friends)."""
    sample = data[:200_000]
    valid = len(_UTF8_MULTIBYTE.findall(sample))
    if not valid:
        return False
    invalid = sample.decode("utf-8", errors="replace").count("\ufffd") - sample.decode(
        "utf-8", errors="ignore").count("\ufffd")
    return invalid <= valid


@dataclass
class PageText:
    text: str
    title: str | None = None
    date: str | None = None       # ISO date found in the page's metadata
    language: str | None = None   # <html lang>, as declared (not trusted for much)


def _plain_text(markup: str) -> str:
    """A rendering of an HTML page as plain text when trafilatura finds no main text."""
    try:
        import lxml.html

        root = lxml.html.fromstring(markup)
        for bad in root.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        for br in root.xpath("//br"):
            br.tail = "\n" + (br.tail or "")
        blocks = root.xpath("//p|//h1|//h2|//h3|//h4|//li|//td|//div[not(.//p|.//div)]")
        text = "\n".join(" ".join(b.text_content().split()) for b in blocks) if blocks else root.text_content()
    except Exception:  # noqa: BLE001 - not even parseable as HTML: strip tags
        text = html_lib.unescape(re.sub(r"<[^>]+>", " ", markup))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def extract_page(data: bytes | str, *, declared_charset: str | None = None, url: str | None = None) -> PageText:
    """Main text, title and date of an HTML page."""
    markup = _XML_DECL.sub("", decode(data, declared_charset), count=1)
    text, title, date, lang = "", None, None, None
    m = re.search(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", markup[:5000], re.I)
    if m:
        lang = m.group(1).lower()
    if markup.strip():
        try:
            import trafilatura

            # dates from metadata and markup only: no guessing from a copyright line or the text
            doc = trafilatura.bare_extraction(markup, url=url, with_metadata=True, include_comments=False,
                                              include_tables=True,
                                              date_extraction_params={"extensive_search": False,
                                                                      "original_date": True})
        except Exception:  # noqa: BLE001 - trafilatura may fail on odd markup; the fallback takes over
            doc = None
        if doc is not None:
            text = (doc.text or "").strip()
            title = (doc.title or "").strip() or None
            date = doc.date or None
    if not text:
        text = _plain_text(markup) if markup.strip() else ""
    if title is None:
        t = re.search(r"<title[^>]*>(.*?)</title>", markup, re.I | re.S)
        if t:
            title = " ".join(html_lib.unescape(t.group(1)).split()) or None
    return PageText(text=text, title=title, date=date, language=lang)


def html_to_text(data: bytes | str) -> str:
    """The main text of an HTML page (trafilatura), or a plain-text rendering when it finds nothing."""
    return extract_page(data).text
