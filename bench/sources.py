"""Reading speed per source format, on generated documents; prints figures.

    .venv/bin/python bench/sources.py

For each format: time to read the file into a Source and to judge one quote in it (which
tokenizes the whole text), and the start-up time of `factcheck --version` (the heavy
readers must not be imported there).
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from docmaker import make_pdf  # noqa: E402

from factcheck.checks.evidence import prepare  # noqa: E402
from factcheck.checks.quote import judge  # noqa: E402
from factcheck.sources.library import read_source  # noqa: E402

WORDS = ("pemerintah provinsi akan terus mendukung program pembangunan sekolah jalan desa air bersih "
         "bagi masyarakat di seluruh wilayah dengan anggaran yang tepat sasaran dan efisien").split()
QUOTE = "Kami tidak akan menaikkan tarif air tahun ini"


def sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def documents(folder: Path) -> dict[str, Path]:
    rng = random.Random(6)
    pages = [[f"LAPORAN {n}"] + [sentence(rng, 9) for _ in range(40)] + [f"Halaman {n}"] for n in range(1, 201)]
    pages[150][20] = f"“{QUOTE},” kata Gubernur."
    paragraphs = [sentence(rng, 40) for _ in range(400)]
    paragraphs[300] = f"“{QUOTE},” kata Gubernur."
    html = ("<html><head><title>Bench</title></head><body><nav>Home | News</nav><article>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article><footer>(c)</footer></body></html>")
    cues = []
    for n in range(3000):  # about two hours of speech
        text = QUOTE + "." if n == 2500 else sentence(rng, 10)
        start = n * 2.4
        cues.append(f"{_stamp(start)} --> {_stamp(start + 2.2)}\n<v Speaker {n % 3}>{text}</v>\n")
    files = {
        "pdf (200 pages)": ("report.pdf", make_pdf(pages)),
        "html (400 paragraphs)": ("page.html", html.encode()),
        "vtt (3000 cues)": ("talk.vtt", ("WEBVTT\n\n" + "\n".join(cues)).encode()),
        "txt (1 MB)": ("plain.txt", "\n\n".join(sentence(rng, 30) for _ in range(5000)).encode() + f"\n“{QUOTE}.”\n".encode()),
    }
    out = {}
    for label, (name, data) in files.items():
        (folder / name).write_bytes(data)
        out[label] = folder / name
    return out


def _stamp(seconds: float) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in documents(Path(tmp)).items():
            started = time.perf_counter()
            source = read_source(path)
            read = time.perf_counter() - started
            started = time.perf_counter()
            verdict = judge(prepare(QUOTE), source)
            judged = time.perf_counter() - started
            where = verdict.evidence.location.where() if verdict.evidence else "-"
            print(f"{label:24} {path.stat().st_size / 1e6:6.2f} MB  read {read * 1000:7.0f} ms  "
                  f"first quote {judged * 1000:6.0f} ms  {verdict.status.value} at {where}")
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcheck", "--version"], check=True, capture_output=True)
        runs.append(time.perf_counter() - started)
    print(f"factcheck --version: best of 5 {min(runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
