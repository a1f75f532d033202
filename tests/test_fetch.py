"""socreport fetch against a local HTTP server on 127.0.0.1 (started and stopped by the tests)."""

from __future__ import annotations

import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pandas as pd
import pytest

import docgen
from socreport import fetch
from socreport.cli import main

WEB = Path(__file__).parent / "data" / "web"
PAGE = (WEB / "novads_zinas.html").read_bytes()
PAGE2 = (WEB / "pagasts_projekts.html").read_bytes()
SLOW_SECONDS = 1.5


class _Handler(BaseHTTPRequestHandler):
    server_version = "TestServer/1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(headers.pop("length", len(body))))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:  # noqa: N802
        srv = self.server
        srv.log.append((self.path, dict(self.headers)))
        path = self.path
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/projekti/a.html":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            self._send(200, PAGE, ETag='"v1"')
        elif path == "/old-address":
            self._send(301, b"", Location="/projekti/b.html")
        elif path == "/projekti/b.html":
            self._send(200, PAGE2)
        elif path == "/busy":
            srv.busy += 1
            if srv.busy == 1:
                self._send(429, b"slow down", "text/plain", Retry_After="7")
            else:
                self._send(200, PAGE2)
        elif path == "/down":
            self._send(503, b"maintenance", "text/plain")
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, PAGE)
        elif path == "/private/secret.html":
            self._send(200, PAGE)
        elif path == "/atskaite.pdf":
            self._send(200, srv.pdf, "application/pdf")
        elif path == "/download?id=7":
            self._send(200, srv.pdf, "application/octet-stream")
        elif path == "/logo.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"0" * 100, "image/png")
        elif path == "/huge":
            self._send(200, b"x" * 5000, "text/html")
        else:
            self._send(404, b"not found", "text/plain")


@pytest.fixture()
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    srv.log, srv.busy = [], 0
    srv.pdf = docgen.text_pdf([["Projekta kopējās izmaksas ir 742 118,00 EUR, projekts “Dienas centrs senioriem”."]])
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    try:
        yield srv, f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()
        t.join(timeout=5)


class FakeTime:
    """A clock that moves only when slept on, recording every wait."""

    def __init__(self) -> None:
        self.now, self.waits = 1000.0, []

    def sleep(self, s: float) -> None:
        self.waits.append(round(s, 3))
        self.now += s

    def clock(self) -> float:
        return self.now


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(urls, into, **opts):
    fake = FakeTime()
    options = fetch.Options(**{"delay": 0.0, "timeout": 0.5, "retries": 1, "backoff": 0.01, **opts})
    f = fetch.Fetcher(options, sleep=fake.sleep, clock=fake.clock)
    return fetch.fetch_urls(urls, into, options, fetcher=f), fake


EXPECT = [  # path, saved, status, error contains
    ("/projekti/a.html", True, "200", ""),
    ("/old-address", True, "200", ""),
    ("/missing", False, "404", "HTTP 404"),
    ("/busy", True, "200", ""),
    ("/down", False, "503", "HTTP 503"),
    ("/slow", False, "", "timed out"),
    ("/private/secret.html", False, "", "robots.txt"),
    ("/atskaite.pdf", True, "200", ""),
    ("/download?id=7", True, "200", ""),
    ("/logo.png", False, "200", "content type image/png"),
]


def test_every_address_gets_a_manifest_row(server, tmp_path: Path) -> None:
    srv, base = server
    refused = f"http://127.0.0.1:{_closed_port()}/"
    entries, fake = _fetch([base + p for p, *_ in EXPECT] + ["ftp://example.org/x", refused], tmp_path)
    rows = {e.url: e for e in fetch.read_manifest(tmp_path)}
    assert len(rows) == len(EXPECT) + 2
    for path, saved, status, error in EXPECT:
        e = rows[base + path]
        assert e.ok == saved, (path, e.error)
        assert e.status == status, path
        assert error in e.error, path
        assert e.retrieved_at.endswith("Z") and e.retrieved_at[:2] == "20"
        if saved:
            data = (tmp_path / e.file).read_bytes()
            assert hashlib.sha256(data).hexdigest() == e.sha256
    assert rows[base + "/projekti/a.html"].sha256 == hashlib.sha256(PAGE).hexdigest()  # bytes unmodified
    assert rows[base + "/old-address"].final_url == base + "/projekti/b.html"
    assert rows[base + "/atskaite.pdf"].file.endswith(".pdf")
    assert rows[base + "/download?id=7"].file.endswith(".pdf")  # sniffed: the server said octet-stream
    assert "not an http(s) address" in rows["ftp://example.org/x"].error
    assert "cannot connect" in rows[refused].error
    assert 7.0 in fake.waits  # Retry-After honoured
    agents = {h.get("User-Agent", "") for _, h in srv.log}
    assert agents and all(a.startswith("socreport/") for a in agents)
    assert not any(p.startswith("/private/") for p, _ in srv.log)  # robots.txt forbids it


def test_rerun_skips_saved_pages_and_refresh_asks_again(server, tmp_path: Path) -> None:
    srv, base = server
    url = base + "/projekti/a.html"
    _fetch([url], tmp_path)
    n = len(srv.log)
    again, _ = _fetch([url], tmp_path)
    assert len(srv.log) == n and again[0].ok  # nothing requested
    refreshed, _ = _fetch([url], tmp_path, refresh=True)
    assert refreshed[0].status == "304" and refreshed[0].ok
    assert srv.log[-1][1].get("If-None-Match") == '"v1"'


def test_delay_between_requests_to_one_host(server, tmp_path: Path) -> None:
    srv, base = server
    _, fake = _fetch([base + "/projekti/a.html", base + "/projekti/b.html"], tmp_path, delay=3.0)
    # robots.txt, page a, page b: two waits of the whole delay (the fake clock does not move otherwise)
    assert fake.waits.count(3.0) == 2


def test_size_limit(server, tmp_path: Path) -> None:
    srv, base = server
    entries, _ = _fetch([base + "/huge"], tmp_path, max_bytes=1000)
    assert not entries[0].ok and "too large" in entries[0].error


def test_retry_after_longer_than_the_longest_wait_gives_up(server, tmp_path: Path) -> None:
    srv, base = server
    entries, fake = _fetch([base + "/busy"], tmp_path, max_wait=5.0)
    assert entries[0].status == "429" and not entries[0].ok
    assert 7.0 not in fake.waits


@pytest.mark.parametrize("text,urls", [
    ("# projekti\nhttps://a.lv/1\n\nhttps://a.lv/2  # otrais\nhttps://a.lv/1\n", ["https://a.lv/1", "https://a.lv/2"]),
    ("name,url\nA,https://a.lv/1\nB,https://b.lt/x?id=1\n", ["https://a.lv/1", "https://b.lt/x?id=1"]),
    ("url;note\nhttps://a.lv/1;pirmais\n", ["https://a.lv/1"]),
])
def test_url_list_formats(tmp_path: Path, text: str, urls: list[str]) -> None:
    p = tmp_path / ("list.csv" if "," in text.split("\n", 1)[0] else "list.txt")
    p.write_text(text, encoding="utf-8")
    assert fetch.read_url_list(p) == urls


@pytest.mark.parametrize("value,seconds", [("7", 7.0), ("0", 0.0), ("Wed, 21 Oct 2015 07:28:10 GMT", 10.0),
                                           ("soon", None), ("", None)])
def test_retry_after_values(value: str, seconds) -> None:
    now = pd.Timestamp("2015-10-21 07:28:00", tz="UTC").timestamp()
    assert fetch.retry_after(value, now=now) == seconds


def test_file_names_are_stable_readable_and_distinct() -> None:
    a = fetch.file_name("https://www.jelgava.lv/lv/projekti/riskchildren.html", "html")
    assert a.startswith("www-jelgava-lv-lv-projekti-riskchildren-") and a.endswith(".html")
    assert a == fetch.file_name("https://www.jelgava.lv/lv/projekti/riskchildren.html", "html")
    assert a != fetch.file_name("https://www.jelgava.lv/lv/projekti/riskchildren.html?p=2", "html")


def test_cli_fetch_then_extract_gives_documents_their_address(server, tmp_path: Path) -> None:
    srv, base = server
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# test\n{base}/projekti/a.html\n{base}/atskaite.pdf\n{base}/missing\n", encoding="utf-8")
    web = tmp_path / "raw" / "web"
    status = main(["fetch", str(urls), "--into", str(web), "--delay", "0", "--timeout", "2", "--retries", "0", "-q"])
    assert status == 1  # one address failed
    out = tmp_path / "clean"
    assert main(["extract", str(tmp_path / "raw"), "--out", str(out), "-q"]) == 0
    docs = pd.read_csv(out / "documents.csv")
    assert sorted(docs["url"]) == sorted([f"{base}/projekti/a.html", f"{base}/atskaite.pdf"])
    assert docs["retrieved_at"].str.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$").all()
    assert set(docs["extraction"]) == {"main-content", "pdf-text"}
    facts = pd.read_csv(out / "facts.csv")
    pdf_doc = docs.loc[docs["extraction"] == "pdf-text", "doc_id"].iloc[0]
    assert (facts.loc[facts["doc_id"] == pdf_doc, "page"] == 1).all()
    for furniture in ("98 400", "1 250 000", "555 555", "300 000"):
        assert not facts["raw"].astype(str).str.contains(furniture).any()
    # the workbook links each figure's document to its web address
    import openpyxl

    wb_path = tmp_path / "wb.xlsx"
    assert main(["report", "--tables", str(out), "--out", str(wb_path), "-q"]) == 0
    ws = openpyxl.load_workbook(wb_path)["Sources"]
    col = [c.value for c in ws[1]].index("Document") + 1
    targets = {ws.cell(row=r, column=col).hyperlink.target for r in range(2, ws.max_row + 1)
               if ws.cell(row=r, column=col).hyperlink is not None}
    assert targets and targets <= {f"{base}/projekti/a.html", f"{base}/atskaite.pdf"}


def test_cli_fetch_exit_status_when_nothing_is_saved(server, tmp_path: Path) -> None:
    srv, base = server
    urls = tmp_path / "urls.csv"
    urls.write_text(f"url\n{base}/missing\n", encoding="utf-8")
    assert main(["fetch", str(urls), "--into", str(tmp_path / "w"), "--delay", "0", "-q"]) == 3
    assert main(["fetch", str(tmp_path / "nope.txt"), "--into", str(tmp_path / "w"), "-q"]) == 2
