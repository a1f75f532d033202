"""Reading a corpus: discovering files, decoding, HTML, and every kind of bad input."""

from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.sources import (
    Document, Found, InputError, binary_kind, decode, discover, html_to_text, read_document, unique_ids,
)

BAD = Path(__file__).resolve().parent / "data" / "bad_inputs"


def _expected_rows() -> list[dict[str, str]]:
    lines = [ln for ln in (BAD / "expected.csv").read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


# -- crafted bad inputs on disk ------------------------------------------------------------------

@pytest.mark.parametrize("row", _expected_rows(), ids=lambda r: r["file"])
def test_crafted_input(row: dict[str, str]) -> None:
    path = BAD / row["file"]
    doc = read_document(path)
    assert doc.status == row["status"], doc.message
    assert doc.encoding == row["encoding"]
    assert row["message_contains"] in doc.message
    assert "\n" not in doc.message  # one-line reason
    assert doc.doc_id == path.stem
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    if doc.status == "skipped":
        assert doc.text == ""
        assert doc.row()["characters"] is None
        assert doc.message
    else:
        assert row["text_contains"] in doc.text
        assert doc.row()["characters"] == len(doc.text)
    if doc.status == "fallback":
        assert doc.message


def test_every_crafted_file_has_an_expectation() -> None:
    listed = {r["file"] for r in _expected_rows()}
    on_disk = {p.name for p in BAD.iterdir() if p.suffix in (".txt", ".html")}
    assert listed == on_disk


def test_cp1257_letters_are_right() -> None:
    doc = read_document(BAD / "cp1257_page.txt")
    for word in ("sociālā", "iekļaušana", "budžets", "attīstības", "Reģionālā", "jūlija", "īstenošanas"):
        assert word in doc.text
    assert "Ä" not in doc.text and "\ufffd" not in doc.text


def test_iso8859_13_quotes_and_letters() -> None:
    doc = read_document(BAD / "iso8859_13_page.txt")
    assert doc.text.startswith('Saīsinātais nosaukums: "OCTOPUS"')
    for word in ("Vadošais", "Plānošanas", "reģions", "šķērsojot", "ģimeņu", "ūdens", "žogu"):
        assert word in doc.text


def test_html_keeps_only_visible_text_with_block_structure() -> None:
    doc = read_document(BAD / "page_with_scripts.html")
    assert doc.text == ('Projekts "OCTOPUS"\n\n'
                        "Projekta kopējais finansējums: 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)\n\n"
                        "Jelgava\nAuce & Plunge\n\nPirmā rinda\notrā rinda")
    for hidden in ("budzets", "color", "Ignorēt", "JavaScript", "komentārs", "slēpts", "veidne", '"a"'):
        assert hidden not in doc.text


# -- bad inputs made on the fly ------------------------------------------------------------------

def test_file_over_the_size_limit_is_skipped_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text("Projekta kopējais budžets ir 661 092.24 EUR. " * 10, encoding="utf-8")
    doc = read_document(p, max_bytes=100)
    assert doc.status == "skipped"
    assert "too large" in doc.message and "limit 100 bytes" in doc.message
    assert read_document(p, max_bytes=10_000).status == "ok"


def test_file_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    p = tmp_path / "exact.txt"
    data = "Projekta kopējais budžets ir 661 092.24 EUR.".encode("utf-8")
    p.write_bytes(data)
    assert read_document(p, max_bytes=len(data)).status == "ok"
    assert read_document(p, max_bytes=len(data) - 1).status == "skipped"


def test_directory_named_like_a_text_file(tmp_path: Path) -> None:
    d = tmp_path / "x.txt"
    d.mkdir()
    doc = read_document(d)
    assert doc.status == "skipped" and "directory" in doc.message


def test_missing_file_is_skipped_not_raised(tmp_path: Path) -> None:
    doc = read_document(tmp_path / "nav.txt")
    assert doc.status == "skipped" and "not found" in doc.message


def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("Projekta kopējais budžets ir 661 092.24 EUR.", encoding="utf-8")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("permissions are not enforced for this user (root)")
        doc = read_document(p)
        assert doc.status == "skipped"
        assert "permission denied" in doc.message
        assert doc.sha256 == ""
    finally:
        p.chmod(0o644)


def test_permission_error_while_reading_is_a_skip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same branch as chmod 000, reachable also when the tests run as root."""
    import socreport.sources as sources

    p = tmp_path / "secret.txt"
    p.write_text("Projekta kopējais budžets ir 661 092.24 EUR.", encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(sources, "open", denied, raising=False)
    doc = read_document(p)
    assert (doc.status, doc.message) == ("skipped", "cannot read file: permission denied")


def test_other_os_error_while_reading_is_a_skip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socreport.sources as sources

    p = tmp_path / "flaky.txt"
    p.write_text("Projekta kopējais budžets ir 661 092.24 EUR.", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(sources, "open", broken, raising=False)
    doc = read_document(p)
    assert (doc.status, doc.message) == ("skipped", "cannot read file: Input/output error")


def test_fifo_is_not_read(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)
    doc = read_document(p)
    assert doc.status == "skipped" and "regular file" in doc.message


def test_doc_id_given_explicitly(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Projekta kopējais budžets ir 661 092.24 EUR.", encoding="utf-8")
    assert read_document(p, doc_id="sub__a").doc_id == "sub__a"
    assert read_document(p).path == str(p)


def test_crlf_and_nbsp_are_normalised_on_reading(tmp_path: Path) -> None:
    p = tmp_path / "win.txt"
    p.write_bytes("Projekta kopējais budžets ir 661\u00a0092.24\u00a0EUR.\r\n\r\nNr.\u00a0LLI-491\r\n".encode("utf-8"))
    assert read_document(p).text == "Projekta kopējais budžets ir 661 092.24 EUR.\n\nNr. LLI-491"


def test_markdown_is_kept_as_text_without_heading_marks(tmp_path: Path) -> None:
    p = tmp_path / "page.md"
    p.write_text("# Projekts OCTOPUS\n\n**Projekta kopējais finansējums**: 705 573,37 EUR\n", encoding="utf-8")
    assert read_document(p).text == "Projekts OCTOPUS\n\n**Projekta kopējais finansējums**: 705 573,37 EUR"


def test_html_suffix_is_parsed_even_without_html_tags(tmp_path: Path) -> None:
    p = tmp_path / "frag.htm"
    p.write_text("Projekta budžets &ndash; 661&nbsp;092.24 EUR<br>Otrā rinda &amp; vēl", encoding="utf-8")
    assert read_document(p).text == "Projekta budžets – 661 092.24 EUR\nOtrā rinda & vēl"


def test_document_row_and_without_text() -> None:
    doc = Document("a", "data/a.txt", "ff", "Teksts ar burtiem", "utf-8", "ok", "")
    assert doc.row() == {"doc_id": "a", "path": "data/a.txt", "sha256": "ff", "characters": 17,
                         "encoding": "utf-8", "status": "ok", "message": None, "url": None, "retrieved_at": None,
                         "extraction": None, "dropped_chars": None, "unread_chars": None, "pages": None}
    slim = doc.without_text()
    assert slim.text == "" and slim.doc_id == "a" and slim.sha256 == "ff"
    skipped = Document("b", "b.txt", "", "", "", "skipped", "empty file")
    assert skipped.row()["characters"] is None and skipped.row()["sha256"] is None


# -- decoding ------------------------------------------------------------------------------------

LATVIAN = "Projekta kopējais budžets – 661 092.24 EUR; “RiskChildren” šķērso ģimeņu, ūdens un žogu robežas."


LATVIAN_ISO = LATVIAN.replace("–", "-")
LETTERS = "ā ē ī ū š ž č ģ ķ ļ ņ Ā Ē Ī Ū Š Ž"


@pytest.mark.parametrize(
    ("data", "text", "encoding", "status"),
    [
        (LATVIAN.encode("utf-8"), LATVIAN, "utf-8", "ok"),
        (b"\xef\xbb\xbf" + LATVIAN.encode("utf-8"), LATVIAN, "utf-8", "ok"),
        (b"\xff\xfe" + LATVIAN.encode("utf-16-le"), LATVIAN, "utf-16", "ok"),
        (LATVIAN.encode("cp1257"), LATVIAN, "cp1257", "fallback"),
        (LATVIAN_ISO.encode("iso8859_13"), LATVIAN_ISO, "iso-8859-13", "fallback"),
        (LETTERS.encode("cp1257"), LETTERS, "cp1257", "fallback"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1257", "iso-8859-13", "letters-cp1257"],
)
def test_decode(data: bytes, text: str, encoding: str, status: str) -> None:
    out = decode(data)
    assert out is not None
    got, enc, st_, msg = out
    assert (got, enc, st_) == (text, encoding, status)
    assert msg == ("" if status == "ok" else f"not valid UTF-8; decoded as {encoding}")


def test_cp1257_and_iso_differ_only_in_few_bytes_and_ties_pick_one_deterministically() -> None:
    # Only the byte 0xB4 differs: ´ in cp1257, “ in ISO-8859-13. Both decode; the choice is stable.
    data = "Projekta nosaukums ir \u201cOCTOPUS\u201d un tas ir ļoti labs.".encode("iso8859_13")
    first = decode(data)
    assert first is not None and first[1] == "iso-8859-13"  # 0xA1 (”) does not exist in cp1257
    only_b4 = "Projekta nosaukums ir \u201cOCTOPUS un tas ir ļoti labs.".encode("iso8859_13")
    a, b = decode(only_b4), decode(only_b4)
    assert a == b and a is not None and a[1] in ("cp1257", "iso-8859-13")


def test_mostly_utf8_with_many_broken_bytes_is_not_patched() -> None:
    data = ("ā" * 10).encode("utf-8") + b"\xff\xfe\xfd" * 5 + b"\x01\x02"
    assert decode(data) is None


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.4\n", "PDF"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office"),
        (b"\x89PNG\r\n\x1a\nrest", "PNG"),
        (b"\xff\xd8\xff\xe0JFIF", "JPEG"),
        (b"GIF89a....", "GIF"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WEBP"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"{\\rtf1\\ansi", "RTF"),
        (b"Teksts\x00ar NUL", "NUL"),
        (b"Parasts teksts", ""),
        ("Teksts".encode("utf-16"), ""),
    ],
)
def test_binary_kind(data: bytes, kind: str) -> None:
    got = binary_kind(data)
    assert (kind in got) if kind else got == ""


# -- discovering files ---------------------------------------------------------------------------

def _touch(p: Path, text: str = "Projekta kopējais budžets ir 661 092.24 EUR.") -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_discover_walks_folders_recursively_and_sorted(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.HTML", "sub/c.md", "sub/deeper/d.htm", "notes.pdf", "e.csv", ".hidden.txt",
                ".git/f.txt", "sub/.cache/g.txt", "report.DOCX", "x.odt", "fetch.csv", "img.png"):
        _touch(tmp_path / rel)
    found = discover([tmp_path])
    rels = [f.path.relative_to(tmp_path).as_posix() for f in found]
    assert rels == ["a.HTML", "b.txt", "notes.pdf", "report.DOCX", "sub/c.md", "sub/deeper/d.htm", "x.odt"]
    assert [f.doc_id for f in found] == ["a", "b", "notes", "report", "c", "d", "x"]
    assert all(isinstance(f, Found) for f in found)


def test_discover_takes_explicit_files_whatever_their_suffix(tmp_path: Path) -> None:
    p = _touch(tmp_path / "lapa.dat")
    assert discover([p]) == [Found(p, "lapa", "lapa.dat")]


def test_discover_missing_path_raises_input_error_naming_it(tmp_path: Path) -> None:
    _touch(tmp_path / "a.txt")
    with pytest.raises(InputError, match="nav_mapes"):
        discover([tmp_path, tmp_path / "nav_mapes"])


def test_discover_lists_a_file_reached_twice_once(tmp_path: Path) -> None:
    p = _touch(tmp_path / "a.txt")
    found = discover([tmp_path, p])
    assert [f.doc_id for f in found] == ["a"]


def test_discover_duplicate_stems_get_folder_prefixes(tmp_path: Path) -> None:
    _touch(tmp_path / "riga" / "projekts.txt")
    _touch(tmp_path / "jelgava" / "projekts.txt")
    _touch(tmp_path / "jelgava" / "projekts.html")
    _touch(tmp_path / "cits.txt")
    found = discover([tmp_path])
    ids = {f.path.relative_to(tmp_path).as_posix(): f.doc_id for f in found}
    assert ids == {
        "cits.txt": "cits",
        "jelgava/projekts.html": "jelgava__projekts_html",
        "jelgava/projekts.txt": "jelgava__projekts_txt",
        "riga/projekts.txt": "riga__projekts",
    }
    assert len({f.doc_id for f in found}) == len(found)
    assert discover([tmp_path]) == found  # deterministic


def test_unique_ids_same_parent_name_uses_more_folders(tmp_path: Path) -> None:
    paths = [tmp_path / "a" / "lv" / "x.txt", tmp_path / "b" / "lv" / "x.txt"]
    assert unique_ids(paths) == ["a__lv__x", "b__lv__x"]


def test_unique_ids_never_repeat() -> None:
    paths = [Path("/c/a__x.txt"), Path("/c/a/x.txt"), Path("/d/a/x.txt")]
    ids = unique_ids(paths)
    assert len(set(ids)) == 3


def test_discover_seed_corpus(raw_dir: Path) -> None:
    found = discover([raw_dir])
    assert [f.doc_id for f in found] == sorted(p.stem for p in raw_dir.glob("*.txt"))
    docs = [read_document(f.path, doc_id=f.doc_id) for f in found]
    assert all(d.status == "ok" and d.encoding == "utf-8" for d in docs)
    assert all(len(d.sha256) == 64 for d in docs)


def test_seed_texts_are_normalised(raw_dir: Path) -> None:
    for p in sorted(raw_dir.glob("*.txt")):
        text = read_document(p).text
        for ch in ("\u00a0", "\r", "\u201c", "\u201d", "\u201e", "\u00ad", "\u2009"):
            assert ch not in text
        assert "\n\n\n" not in text


# -- never raises --------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_read_document_never_raises_on_any_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    p = tmp_path_factory.mktemp("fuzz") / "x.txt"
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.status in ("ok", "fallback", "skipped")
    assert (doc.text == "") == (doc.status == "skipped")
    assert "\n" not in doc.message


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_html_to_text_never_raises(s: str) -> None:
    assert isinstance(html_to_text(s), str)


def _text_problem_reference(text: str) -> str:
    """text_problem as its docstring states it, counting every letter of the sample."""
    from socreport.decoding import _SAMPLE_CHARS
    from socreport.sources import letters_verdict

    sample = text[:_SAMPLE_CHARS]
    return letters_verdict(sum(map(str.isalpha, sample)), sample)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Projekta kopējās izmaksas ", "661 092.24 ", "0123456789" * 50, "–– ", "\n",
                                 "ā" * 3000, "#" * 5000, " " * 100]), max_size=12).map("".join))
def test_text_problem_equals_the_full_count(text: str) -> None:
    """Stopping the letter count early never changes the verdict."""
    from socreport.sources import text_problem

    assert text_problem(text) == _text_problem_reference(text)


_segment = st.sampled_from(["a", "b", "lv", "Jelgava", "sub dir", "ā"])
_tree = st.lists(st.tuples(st.integers(0, 2), st.lists(_segment, min_size=0, max_size=2),
                           st.sampled_from(["page.txt", "lapa.html", "x.md"])),
                 min_size=1, max_size=8)


@settings(max_examples=30, deadline=None)
@given(_tree)
def test_document_names_do_not_depend_on_where_the_inputs_lie(tmp_path_factory, tree) -> None:
    """The same input folders under two different roots give the same names, every name is unique,
    relative, '/'-separated and names an existing file under its input folder."""
    got = []
    for place in ("one", "two/deeper"):
        root = tmp_path_factory.mktemp("where") / place
        inputs = [root / f"in{i}" for i in range(3)]
        for folder in inputs:
            folder.mkdir(parents=True)
        for i, dirs, name in tree:
            p = inputs[i].joinpath(*dirs, name)
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text("Projekta budžets 100 EUR.", encoding="utf-8")
        found = discover(inputs)
        names = [f.name for f in found]
        assert len(set(names)) == len(names)
        for f in found:
            assert not f.name.startswith("/") and "\\" not in f.name and str(root) not in f.name
            under = [folder for folder in inputs if (folder / f.name).is_file() or (folder.parent / f.name).is_file()]
            assert under, f.name
        got.append(names)
    assert got[0] == got[1]
