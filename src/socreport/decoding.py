"""Bytes to text: which encoding a file is in, whether it is binary, whether its text is text.

Decoding, in order:

1. a UTF-16/UTF-32 byte-order mark → that encoding (status ``ok``);
2. strict UTF-8 (a UTF-8 byte-order mark is allowed) → status ``ok``;
3. text that is UTF-8 except for a few broken bytes (at most 1 per 20 valid multi-byte
   characters and at most 1 % of the bytes) → UTF-8 with U+FFFD replacements, status ``fallback``;
4. the Baltic legacy encodings Windows-1257 and ISO-8859-13 → status ``fallback``. A candidate
   that needs control characters to decode is implausible; when both remain and differ,
   charset-normalizer chooses between them;
5. otherwise nothing (the caller skips the file).

:func:`binary_kind` names binary formats by their signature; :func:`text_problem` says why a
decoded text is not usable text (too few letters).
"""

from __future__ import annotations

OK, FALLBACK, SKIPPED = "ok", "fallback", "skipped"

#: A document needs at least this many letters to count as text.
MIN_LETTERS: int = 20
#: ... and letters must be at least this share of its non-space characters.
MIN_LETTER_SHARE: float = 0.3

#: Characters of a document looked at to judge whether it is text at all.
_SAMPLE_CHARS: int = 200_000
#: Characters counted at a time by :func:`text_problem` before it checks whether it can stop.
_LETTER_CHUNK: int = 4096

#: File signatures of binary formats: (magic bytes at offset 0, what the file is).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document (docx/xlsx/odt)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office document (doc/xls)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"{\\rtf", "RTF document (not plain text)"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_LEGACY = ("cp1257", "iso8859_13")
_LEGACY_NAMES = {"cp1257": "cp1257", "iso8859_13": "iso-8859-13"}


def binary_kind(data: bytes) -> str:
    """What binary format ``data`` is (a short description), or ``""`` when it may be text.

    Known signatures (:data:`BINARY_SIGNATURES`) and NUL bytes mark binary data; UTF-16/32 text
    with a byte-order mark is text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ""
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic):
            return what
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "WEBP image"
    if b"\x00" in data:
        return "contains NUL bytes"
    return ""


def decode(data: bytes) -> tuple[str, str, str, str] | None:
    """``(text, encoding, status, message)`` for ``data``, or ``None`` when nothing decodes
    plausibly."""
    for bom, enc in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, OK, ""
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8-sig"), "utf-8", OK, ""
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8-sig", errors="replace")
    bad = loose.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in loose if ord(ch) > 0x7F and ch != "\ufffd")
    if bad > 0 and multibyte >= 20 * bad and bad <= len(data) / 100:
        return loose, "utf-8", FALLBACK, f"not valid UTF-8: {bad} broken byte sequence(s) replaced with U+FFFD"
    legacy = _decode_legacy(data)
    if legacy is None:
        return None
    text, codec = legacy
    name = _LEGACY_NAMES[codec]
    return text, name, FALLBACK, f"not valid UTF-8; decoded as {name}"


def _controls(s: str) -> int:
    """Number of control characters other than tab, line feed, carriage return and form feed."""
    return sum(1 for ch in s if (ord(ch) < 0x20 and ch not in "\t\n\r\x0c") or 0x7F <= ord(ch) < 0xA0)


def _decode_legacy(data: bytes) -> tuple[str, str] | None:
    """``(text, codec)`` for Windows-1257 or ISO-8859-13, or ``None`` if neither is plausible.

    Plausible: decodes strictly without control characters (the bytes 0x80–0x9F are printable
    in Windows-1257 but C1 controls in ISO-8859-13, which tells the two apart) and has letters.
    When both are plausible but give different text, charset-normalizer picks one."""
    cands: dict[str, str] = {}
    for codec in _LEGACY:
        try:
            s = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _controls(s) == 0 and any(ch.isalpha() for ch in s):
            cands[codec] = s
    if not cands:
        return None
    if len(cands) == 1 or len(set(cands.values())) == 1:
        codec = next(iter(cands))
        return cands[codec], codec
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
        codec = best.encoding if best is not None and best.encoding in cands else _LEGACY[0]
    except Exception:  # noqa: BLE001 - the detector is an aid; fall back to the common encoding
        codec = _LEGACY[0]
    return cands[codec], codec


def text_problem(text: str) -> str:
    """Why normalised ``text`` is not usable text (``""`` when it is): too few letters, or too
    small a share of letters among its non-space characters (judged on the first
    ``_SAMPLE_CHARS`` characters)."""
    sample = text[:_SAMPLE_CHARS]
    # Letters are counted a chunk at a time; once they reach MIN_LETTERS and the share of the whole
    # sample's length (an upper bound of its visible characters), both tests below pass anyway.
    enough = max(MIN_LETTERS, MIN_LETTER_SHARE * len(sample))
    letters = 0
    for i in range(0, len(sample), _LETTER_CHUNK):
        letters += sum(map(str.isalpha, sample[i : i + _LETTER_CHUNK]))
        if letters >= enough:
            return ""
    return letters_verdict(letters, sample)


def letters_verdict(letters: int, sample: str) -> str:
    """Why a text sample with ``letters`` letters is not recognisable text ("" when it is)."""
    if letters < MIN_LETTERS:
        return f"no recognisable text ({letters} letters)"
    visible = len("".join(sample.split()))
    if letters < MIN_LETTER_SHARE * visible:
        return f"no recognisable text (only {100 * letters // visible}% letters)"
    return ""
