"""Sources in every format, `factcheck sources add` and sha256 pins, run as a user runs them."""

import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from docmaker import ARTICLE_HTML, INTERVIEW_SRT, INTERVIEW_VTT, make_pdf
from factcheck.sources import ingest

from helpers import invoke

PDF_PAGES = [
    ["LAPORAN TAHUNAN 2025", "“Kami tidak akan menaikkan tarif air,” kata Gubernur.", "Pemba-",
     "ngunan sekolah berjalan baik.", "Halaman 1 dari 2"],
    ["LAPORAN TAHUNAN 2025", "“Program ini menjangkau 70.000 keluarga", "di seluruh Banten,” ujarnya.",
     "Halaman 2 dari 2"],
]


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A working directory with one source in each format."""
    monkeypatch.chdir(tmp_path)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "article.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (sources / "report.pdf").write_bytes(make_pdf(PDF_PAGES, title="Laporan Tahunan"))
    (sources / "interview.vtt").write_text(INTERVIEW_VTT, encoding="utf-8")
    (sources / "call.srt").write_text(INTERVIEW_SRT, encoding="utf-8")
    return tmp_path


def claims(project: Path, text: str) -> str:
    path = project / "claims" / "story.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return "claims/story.yaml"


def by_id(output: str) -> dict:
    return {r["id"]: r for r in json.loads(output)["results"]}


QUOTES = """\
claims:
  - {id: html-ok, source: article, quote: "Kami tidak akan menaikkan tarif air tahun ini"}
  - {id: html-bad, source: article, quote: "Program ini untuk 80.000 keluarga di seluruh Banten"}
  - {id: pdf-ok, source: report, quote: "Program ini menjangkau 70.000 keluarga di seluruh Banten"}
  - {id: pdf-hyphen, source: report, quote: "Kami tidak akan menaikkan tarif air"}
  - {id: pdf-bad, source: report, quote: "Kami akan menaikkan tarif air"}
  - {id: vtt-ok, source: interview, quote: "Kami datang untuk belajar dari program pembangunan Pemprov Banten, terutama sekolah gratis"}
  - {id: vtt-noise, source: interview, quote: "Bengkulu tidak hanya ingin meniru tetapi juga mengembangkan program sendiri"}
  - {id: vtt-bad, source: interview, quote: "Bengkulu hanya ingin meniru"}
  - {id: srt-ok, source: call, quote: "Seventy thousand families across Banten, starting in January"}
  - {id: srt-bad, source: call, quote: "We will raise the water tariff this year"}
"""


def test_quotes_in_every_format_with_locations(project):
    result = invoke("check", claims(project, QUOTES), "--format", "json")
    assert result.exit_code == 1, result.output
    r = by_id(result.stdout)
    status = {k: v["status"] for k, v in r.items()}
    assert status == {"html-ok": "pass", "html-bad": "fail", "pdf-ok": "pass", "pdf-hyphen": "pass", "pdf-bad": "fail",
                      "vtt-ok": "pass", "vtt-noise": "pass", "vtt-bad": "fail", "srt-ok": "pass", "srt-bad": "fail"}
    assert r["html-ok"]["source"]["paragraph"] == 3 and r["html-ok"]["source"]["extracted"] is True
    assert r["html-bad"]["codes"] == ["Q301"]
    assert r["pdf-ok"]["source"]["page"] == 2 and r["pdf-hyphen"]["source"]["page"] == 1
    assert "(page 1)" in r["pdf-bad"]["message"] and r["pdf-bad"]["codes"] == ["Q302"]
    vtt = r["vtt-noise"]["source"]
    assert (vtt["time"], vtt["speaker"], vtt["page"]) == ("00:00:09.500", "Helmi Hasan", None)
    assert "S003" in r["vtt-noise"]["codes"] and "Q203" not in r["vtt-noise"]["codes"]
    assert "(ph)" in next(f["message"] for f in r["vtt-ok"]["findings"] if f["code"] == "S003")
    assert r["vtt-bad"]["codes"] == ["Q302"] and r["vtt-bad"]["source"]["speaker"] == "Helmi Hasan"
    assert (r["srt-ok"]["source"]["time"], r["srt-ok"]["source"]["speaker"]) == ("00:00:04.500", "ANDRA SONI")
    assert r["srt-bad"]["source"]["time"] == "00:00:08.500"
    assert all(v["source"]["line"] >= 1 for v in r.values())  # the existing fields stay


def test_terminal_shows_page_time_and_speaker(project):
    result = invoke("check", claims(project, QUOTES), "--format", "full")
    out = result.stdout
    assert "(sources/report.pdf, page 1)" in out
    assert "(sources/interview.vtt @ 00:00:09.500, Helmi Hasan)" in out
    assert "(sources/call.srt @ 00:00:08.500, ANDRA SONI)" in out
    assert "(sources/article.html, paragraph 5)" in out
    assert "— interview (00:00:09.500, Helmi Hasan)" in out


def test_sources_add_converts_and_checks_the_same(project):
    for name in ("article.html", "report.pdf", "interview.vtt"):
        (project / "sources" / name).rename(project / name)
    (project / "sources" / "call.srt").unlink()
    for name in ("article.html", "report.pdf", "interview.vtt"):
        result = invoke("sources", "add", name)
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(f"added sources/{name.split('.')[0]}.md: ")
    report = (project / "sources" / "report.md").read_text(encoding="utf-8")
    assert report.startswith('---\ntitle: "Laporan Tahunan"\n')
    assert 'format: "pdf"' in report and 'pages: "2"' in report and 'file: "report.pdf"' in report
    assert f'sha256: "{hashlib.sha256((project / "report.pdf").read_bytes()).hexdigest()}"' in report
    assert "retrieved: " in report and "<!-- page 2 -->" in report
    article = (project / "sources" / "article.md").read_text(encoding="utf-8")
    assert 'author: "Rina Wulandari"' in article and 'outlet: "Harian Contoh"' in article
    assert 'published: "2025-10-24"' in article and "Langganan" not in article
    quotes = "\n".join(line for line in QUOTES.splitlines() if "srt-" not in line) + "\n"
    result = invoke("check", claims(project, quotes), "--format", "json")
    r = by_id(result.stdout)
    assert [v["status"] for v in r.values()].count("fail") == 3
    # converted files: lines are the .md's own, and the page, time and speaker are kept
    assert r["pdf-ok"]["source"]["page"] == 2 and r["pdf-ok"]["source"]["extracted"] is False
    line = r["pdf-ok"]["source"]["line"]
    assert "Program ini" in report.splitlines()[line - 1]
    assert (r["vtt-noise"]["source"]["time"], r["vtt-noise"]["source"]["speaker"]) == ("00:00:09.500", "Helmi Hasan")


def test_sources_add_never_overwrites_without_force(project):
    assert invoke("sources", "add", "sources/interview.vtt", "--id", "talk").exit_code == 0
    target = project / "sources" / "talk.md"
    target.write_text("edited by hand\n", encoding="utf-8")
    result = invoke("sources", "add", "sources/interview.vtt", "--id", "talk")
    assert result.exit_code == 2
    assert "sources/talk.md already exists; use --force" in result.stderr
    assert target.read_text(encoding="utf-8") == "edited by hand\n"
    assert invoke("sources", "add", "sources/interview.vtt", "--id", "talk", "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("---\n")
    assert sorted(p.name for p in (project / "sources").iterdir() if p.name.startswith(".")) == []  # no temp files


def test_sources_add_refuses_a_taken_id_and_bad_input(project):
    (project / "other.srt").write_text(INTERVIEW_SRT, encoding="utf-8")
    result = invoke("sources", "add", "other.srt", "--id", "call")
    assert result.exit_code == 2 and "sources/call.srt already has the id 'call'" in result.stderr
    assert invoke("sources", "add", "other.srt", "--id", "../escape").exit_code == 2
    assert not (project / "escape.md").exists()
    (project / "notes.docx").write_bytes(b"PK\x03\x04")
    result = invoke("sources", "add", "notes.docx")
    assert result.exit_code == 2 and "unknown format '.docx'; give one with --format" in result.stderr
    result = invoke("sources", "add", "missing.pdf")
    assert result.exit_code == 2 and "missing.pdf: no such file" in result.stderr
    (project / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    result = invoke("sources", "add", "broken.pdf")
    assert result.exit_code == 2 and "broken.pdf: not a readable PDF" in result.stderr and "Traceback" not in result.output


def test_sources_add_reads_a_typed_transcript(project):
    (project / "wawancara.txt").write_text(
        "[00:00:01] HELMI HASAN: Kami datang untuk belajar (ph) dari Banten.\n"
        "[00:00:04] ANDRA SONI: Selamat datang di Serang.\n", encoding="utf-8")
    result = invoke("sources", "add", "wawancara.txt", "--format", "transcript")
    assert result.exit_code == 0, result.output
    text = claims(project, "source: wawancara\nclaims:\n  - quote: Kami datang untuk belajar dari Banten\n")
    (only,) = by_id(invoke("check", text, "--format", "json").stdout).values()
    assert only["status"] == "pass"
    assert (only["source"]["time"], only["source"]["speaker"]) == ("00:00:01.000", "HELMI HASAN")


def test_legacy_encoding_warns(project):
    (project / "sources" / "old.txt").write_bytes("“Kami tidak akan menaikkan tarif,” kata Gubernur. Café.\n".encode("cp1252"))
    text = claims(project, "source: old\nclaims:\n  - quote: Kami tidak akan menaikkan tarif\n")
    result = invoke("check", text, "--format", "json")
    assert result.exit_code == 0
    (only,) = by_id(result.stdout).values()
    assert only["status"] == "warn" and only["codes"] == ["S002"]
    assert "decoded as cp1252" in only["findings"][0]["message"]


# -- sha256 pins ---------------------------------------------------------------------------------
def test_pins_warn_when_the_source_changed(project):
    vtt = project / "sources" / "interview.vtt"
    digest = hashlib.sha256(vtt.read_bytes()).hexdigest()
    quote = "Kami senang sekali menerima kunjungan ini"
    text = claims(project, f"""\
source: interview
sha256: {digest}
claims:
  - id: file-pin
    quote: {quote}
  - id: claim-pin
    quote: {quote}
    sha256: {digest.upper()}
  - id: other-source
    source: call
    quote: We will not raise the water tariff this year
""")
    result = invoke("check", text, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["summary"]["pass"] == 3
    vtt.write_text(INTERVIEW_VTT.replace("Bengkulu tidak hanya", "Bengkulu hanya"), encoding="utf-8")
    result = invoke("check", text, "--format", "json")
    assert result.exit_code == 0  # warnings alone do not fail
    r = by_id(result.stdout)
    assert r["file-pin"]["status"] == r["claim-pin"]["status"] == "warn"
    assert r["file-pin"]["codes"] == ["S001"]
    assert "sources/interview.vtt changed since it was verified" in r["claim-pin"]["message"]
    assert r["other-source"]["status"] == "pass"  # the file's pin is its own source's


def test_pin_mistakes_are_reported(project):
    text = claims(project, """\
claims:
  - id: short
    source: call
    quote: We will not raise the water tariff
    sha256: abc123
  - id: two-sources
    source: [call, interview]
    quote: We will not raise the water tariff
    sha256: 0000000000000000000000000000000000000000000000000000000000000000
""")
    result = invoke("check", text, "--format", "json")
    assert result.exit_code == 2
    r = by_id(result.stdout)
    assert r["short"]["codes"] == ["E002"] and "64 hexadecimal digits" in r["short"]["message"]
    assert "needs exactly one 'source' (this names 2)" in r["two-sources"]["message"]
    text = claims(project, "sha256: 0000000000000000000000000000000000000000000000000000000000000000\n"
                           "claims:\n  - {source: call, quote: We will not raise}\n")
    result = invoke("check", text)
    assert result.exit_code == 2
    assert "claims/story.yaml:1:9: 'sha256' pins one source file, so it needs exactly one 'source' (this names none)" in result.stderr


def test_pin_the_hash_sources_add_prints(project):
    result = invoke("sources", "add", "sources/call.srt", "--id", "call-md")
    digest = result.stdout.split("sha256 ")[1].strip()
    assert digest == hashlib.sha256((project / "sources" / "call-md.md").read_bytes()).hexdigest()
    text = claims(project, f"claims:\n  - {{source: call-md, sha256: {digest}, quote: We will not raise the water tariff}}\n")
    assert invoke("check", text).exit_code == 0


# -- URLs, against a server on 127.0.0.1 started here ---------------------------------------------
ROUTES = {
    "/news/tarif-air.html": (200, "text/html; charset=utf-8", ARTICLE_HTML.encode()),
    "/files/laporan": (200, "application/octet-stream", make_pdf(PDF_PAGES)),
    "/talk.vtt": (200, "text/vtt", INTERVIEW_VTT.encode()),
    "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n"),
    "/big.html": (200, "text/html", b"<html>" + b"x" * 5000 + b"</html>"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/secret.pdf")
            self.end_headers()
            return
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/talk.vtt")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.5)
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the client giving up on /slow breaks the pipe; that is the point


@pytest.fixture
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_add_from_urls(project, server):
    result = invoke("sources", "add", f"{server}/news/tarif-air.html")
    assert result.exit_code == 0, result.output
    article = (project / "sources" / "tarif-air.md").read_text(encoding="utf-8")
    assert f'url: "{server}/news/tarif-air.html"' in article and 'format: "html"' in article
    assert f'sha256: "{hashlib.sha256(ARTICLE_HTML.encode()).hexdigest()}"' in article
    # untyped bytes without an extension: recognised as a PDF by their content
    result = invoke("sources", "add", f"{server}/files/laporan")
    assert result.exit_code == 0, result.output
    assert "<!-- page 2 -->" in (project / "sources" / "laporan.md").read_text(encoding="utf-8")
    # a redirect within http is followed, and the final URL recorded
    result = invoke("sources", "add", f"{server}/moved", "--id", "moved")
    assert result.exit_code == 0, result.output
    assert f'url: "{server}/talk.vtt"' in (project / "sources" / "moved.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path, message", [
    ("/image.png", "unsupported content type 'image/png'"),
    ("/nothing", "HTTP 404"),
    ("/to-file", "refused a redirect to ftp://127.0.0.1/secret.pdf"),
])
def test_refused_downloads(project, server, path, message):
    result = invoke("sources", "add", server + path, "--id", "x")
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
    assert not (project / "sources" / "x.md").exists()


def test_download_limits(project, server, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_DOWNLOAD_BYTES", 1000)
    result = invoke("sources", "add", f"{server}/big.html")
    assert result.exit_code == 2 and "is over the limit of 1,000 bytes" in result.stderr
    result = invoke("sources", "add", f"{server}/slow", "--timeout", "0.3")
    assert result.exit_code == 2 and "timed out" in result.stderr


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x.pdf", "file:///etc/passwd", "http:///nohost"])
def test_only_http_and_https(project, url):
    result = invoke("sources", "add", url)
    assert result.exit_code == 2 and "only http and https URLs are fetched" in result.stderr
