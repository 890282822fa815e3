"""Documents for tests, made here rather than stored: a PDF writer small enough to read,
an HTML page with boilerplate around its article, WebVTT and SRT transcripts, and hostile
documents (PDF content shared by every page, compressed text, a .docx that unzips to a lot)."""

from __future__ import annotations

import io
import zipfile
import zlib


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A PDF with one line of Helvetica text per string (WinAnsi encoding, so “curly” quotes work)."""

    def literal(text: str) -> bytes:
        raw = text.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    objects: list[bytes] = []
    page_ids = [4 + 2 * n for n in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids)
                   + b"] /Count %d >>" % len(pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for n, lines in enumerate(pages):
        stream = b"BT /F1 11 Tf 14 TL 72 770 Td " + b" T* ".join(literal(line) + b" Tj" for line in lines) + b" ET"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % (page_ids[n] + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info = None
    if title:
        objects.append(b"<< /Title " + literal(title) + b" >>")
        info = len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    out += (b" /Info %d 0 R" % info if info else b"") + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


ARTICLE_HTML = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Gubernur: tidak ada kenaikan tarif | Harian Contoh</title>
<meta name="author" content="Rina Wulandari">
<meta property="og:site_name" content="Harian Contoh">
<meta property="article:published_time" content="2025-10-24T09:30:00+07:00">
</head><body>
<header><nav><a href="/">Beranda</a> | <a href="/politik">Politik</a> | <a href="/ekonomi">Ekonomi</a> | Langganan sekarang</nav></header>
<main><article>
<h1>Gubernur: tidak ada kenaikan tarif</h1>
<p>SERANG – Gubernur Banten Andra Soni memastikan tarif air bersih tidak naik tahun ini, dalam keterangan kepada wartawan di Serang, Jumat (24/10/2025).</p>
<p>“Kami tidak akan menaikkan tarif air tahun ini, karena daya beli masyarakat harus dijaga,” kata Andra Soni.</p>
<p>Menurut dia, subsidi sebesar Rp20.000 per keluarga akan tetap diberikan hingga akhir tahun sesuai rencana anggaran daerah.</p>
<p>“Program ini untuk 70.000 keluarga di seluruh Banten,” ujarnya.</p>
</article></main>
<aside class="related"><h3>Baca juga</h3><ul><li><a href="/a">Harga beras turun di pasar induk</a></li><li><a href="/b">Banjir di Lebak</a></li></ul></aside>
<footer><p>Hak cipta © 2025 Harian Contoh. Dilarang mengutip tanpa izin.</p><p>Kirim komentar Anda di kolom bawah ini</p></footer>
</body></html>
"""

INTERVIEW_VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.500
<v Rina Wulandari>Apa tujuan kunjungan Bapak ke Banten?</v>

2
00:00:05.000 --> 00:00:09.250
<v Helmi Hasan>Kami datang untuk belajar dari program pembangunan
Pemprov Banten, terutama (ph) sekolah gratis.</v>

3
00:00:09.500 --> 00:00:12.000
<v Helmi Hasan>Bengkulu tidak hanya ingin meniru [inaudible] tetapi juga
mengembangkan program sendiri.</v>

4
00:01:02.040 --> 00:01:05.000
<v Andra Soni>Kami senang sekali menerima kunjungan ini.</v>
"""

INTERVIEW_SRT = """1
00:00:01,000 --> 00:00:04,000
INTERVIEWER: How many families will receive the subsidy?

2
00:00:04,500 --> 00:00:08,000
ANDRA SONI: Seventy thousand families across Banten,
(crosstalk) starting in January.

3
00:00:08,500 --> 00:00:11,000
We will not raise the water tariff this year.
"""


# -- hostile documents (issue 17; bench/worst_case.py makes them big) ---------------------------
def shared_stream_pdf(pages: int) -> bytes:
    """A PDF whose every page's /Contents is the same stream of many short text operations."""
    ops = b"BT /F1 9 Tf 10 TL 20 780 Td " + b" ".join(b"(kata nomor %d dan) Tj T*" % n for n in range(2000)) + b" ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
               + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                b"/Contents 4 0 R >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def compressed_pdf(pages: int, chars: int) -> bytes:
    """A PDF of `pages` pages, each drawing about `chars` characters of text from its own
    Flate-compressed content stream."""
    line = b"(Kalimat panjang tentang anggaran daerah dan pembangunan jalan desa nomor %d.) Tj T*"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + 2 * n) for n in range(pages))
               + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for n in range(pages):
        ops = b"BT /F1 9 Tf 10 TL 20 780 Td " + b" ".join(line % (n * 100_000 + k) for k in range(chars // 70)) + b" ET"
        data = zlib.compress(ops, 9)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
                       b">> /Contents %d 0 R >>" % (5 + 2 * n))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def docx_bomb(xml_bytes: int) -> bytes:
    """A minimal .docx whose document.xml is `xml_bytes` of one repeated run (compresses ~300×)."""
    run = b"<w:p><w:r><w:t>kata kata kata kata kata kata kata kata</w:t></w:r></w:p>"
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    tail = b"</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                   '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        with z.open("word/document.xml", "w") as doc:
            doc.write(head)
            block = run * 10_000
            for _ in range(xml_bytes // len(block)):
                doc.write(block)
            doc.write(tail)
    return buffer.getvalue()
