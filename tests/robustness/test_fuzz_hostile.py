"""A fuzzer that lands next to real text (issue 17): claims cut from a real source and edited at
either end, quotations at the very start and end of a source, repeats, very long and very
short claims; sources made to stress the readers; hostile repositories.

Oracles: no exception (tests run with FACTCHECK_RAISE_INTERNAL, so an internal error fails
here instead of becoming E008), memory within the budget, the same answer twice, nothing
written outside its place, the contract's exit codes. Time: each example runs under the
hang guard (fuzzbudget.HANG_GUARD); speed itself is measured by bench/worst_case.py.
Example counts scale with FACTCHECK_FUZZ_SCALE."""

from __future__ import annotations

import json
import os
import stat
import tracemalloc
from pathlib import Path

from conftest import tree
from fuzzbudget import fuzz
from hypothesis import assume, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from docmaker import compressed_pdf, shared_stream_pdf
from factcheck.checks.quote import check_quote
from factcheck.cli import app

from helpers import claim as make_claim
from helpers import source as make_source

ROOT = Path(__file__).resolve().parent.parent.parent
ARTICLE = (ROOT / "sources" / "banten-bengkulu.md").read_text("utf-8")
BODY = ARTICLE[ARTICLE.index("\n---\n") + 5 :]
WORDS = BODY.split()
PEOPLE = ["Andra Soni", "Helmi Hasan", "Andra", "Gubernur Bengkulu", "Presiden", "Nobody Here"]
EXTRA = ["tidak", "Rp25.000", "tahun", "depan", "X", "…", "...", "[Banten]", "“", "”", ",", "!", "kata", "2025",
         "\ufdfa", "\u200b", "\u0301", "\x7f"]
runner = CliRunner()


# -- claims cut from a real source -----------------------------------------------------------
@st.composite
def cut_claims(draw) -> str:
    """Words of the article from anywhere (its very start and end included), edited at either
    end and inside, sometimes repeated, sometimes reduced to a word or two."""
    start = draw(st.integers(0, len(WORDS) - 1))
    length = draw(st.one_of(st.integers(1, 3), st.integers(4, 40), st.integers(40, 400)))
    words = WORDS[start : start + length]
    for _ in range(draw(st.integers(0, 3))):  # edits: change, drop or add a word, at the edges or inside
        where = draw(st.sampled_from([0, len(words), draw(st.integers(0, len(words)))]))
        action = draw(st.sampled_from(["add", "drop", "change"]))
        if action == "add":
            words.insert(where, draw(st.sampled_from(EXTRA + WORDS)))
        elif words and where < len(words):
            if action == "drop":
                del words[where]
            else:
                words[where] = draw(st.sampled_from(EXTRA))
    text = " ".join(words) * draw(st.sampled_from([1, 1, 1, 2, 25]))
    return text[: draw(st.sampled_from([10_000, 10_000, 40]))]


@st.composite
def edge_sources(draw) -> str:
    """The article, or a quotation of it standing at the very start and end of a source."""
    kind = draw(st.sampled_from(["article", "quotation", "open", "bare"]))
    if kind == "article":
        return ARTICLE
    quote = " ".join(WORDS[draw(st.integers(0, 200)) :][: draw(st.integers(1, 30))])
    end = draw(st.sampled_from(["", ".", "\n"]))
    return {"quotation": f"“{quote}”", "open": f"“{quote}", "bare": quote}[kind] + end


@fuzz(60)
@given(text=cut_claims(), source_text=edge_sources(), speaker=st.one_of(st.none(), st.sampled_from(PEOPLE)))
def test_claims_cut_from_a_real_source(text, source_text, speaker):
    assume(text.strip())
    source = make_source(source_text)
    source.tokens, source.word_index, source.quotations  # the source's own analysis, measured elsewhere
    fields = {"quote": text} | ({"speaker": speaker} if speaker else {})
    claim = make_claim("quote", fields, sources=("s",))
    tracemalloc.start()
    try:
        verdict = check_quote(claim, [source])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert verdict.status.value in ("pass", "warn", "fail", "error")
    # memory: what judging costs beyond the source's analysis, within the budget of 8 times its
    # text (and a floor for the word tables loaded on first use)
    assert peak < 8 * 2 * len(source_text) + 16 * 1024 * 1024, peak
    again = check_quote(claim, [source])
    assert (again.status, again.message, again.findings) == (verdict.status, verdict.message, verdict.findings)
    evidence = verdict.evidence
    if evidence is not None:
        assert 0 <= evidence.start <= evidence.end <= len(source_text)


# -- sources made to stress the readers ------------------------------------------------------
def dense_quotations(n: int) -> str:
    return "".join(f"“Kami siap {k},” kata dia, ‘kutip’ " for k in range(n))


def many_paragraphs(n: int) -> str:
    return "<html><body>" + "".join(f"<p>Paragraf {k} berisi kata.</p>" for k in range(n)) + "</body></html>"


SOURCES = {
    "shared-stream.pdf": lambda n: shared_stream_pdf(max(1, n // 20)),
    "compressed.pdf": lambda n: compressed_pdf(max(1, n // 50), 2_000),
    "paragraphs.html": lambda n: many_paragraphs(n * 20).encode(),
    "quotations.md": lambda n: dense_quotations(n * 10).encode(),
    "one-line.txt": lambda n: ("a." * (n * 500)).encode(),
}


@fuzz(20)
@given(name=st.sampled_from(sorted(SOURCES)), size=st.integers(1, 400), quote=st.sampled_from(
    ["Kami siap 7", "kata nomor 10 dan", "Paragraf 3 berisi kata", "a.a.a.a", "desa nomor 5", "tidak ada"]))
def test_sources_that_stress_the_readers(tmp_path_factory, monkeypatch, name, size, quote):
    from factcheck.sources.readers import html

    monkeypatch.setattr(html, "MAX_EXTRACTED_ELEMENTS", 500)  # the block-by-block reading, at a small size
    root = tmp_path_factory.mktemp("reader")
    (root / "sources").mkdir()
    (root / "sources" / name).write_bytes(SOURCES[name](size))
    (root / "c.yaml").write_text(f"source: {Path(name).stem}\nclaims:\n  - quote: {json.dumps(quote)}\n", "utf-8")
    result = runner.invoke(app, ["check", str(root / "c.yaml"), "--sources", str(root / "sources"), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    report = json.loads(result.stdout)
    (verdict,) = report["results"]
    assert result.exit_code == {"pass": 0, "warn": 0, "fail": 1, "error": 2}[verdict["status"]]
    if verdict["status"] == "error":
        assert verdict["codes"] == ["E005"], verdict


# -- hostile repositories --------------------------------------------------------------------
SETTINGS = st.sampled_from([
    'format = ["concise:.git/hooks/pre-commit"]', 'format = ["json:../outside/report.json"]',
    'format = ["markdown:.git/config", "json:victim.sh"]', 'format = ["json:link/out.json"]',
    'format = ["json:fifo"]', 'baseline = "fifo"', 'baseline = "link/victim.txt"', 'baseline = "/proc/self/fd/0"',
    'claims = ["link/**"]', 'claims = ["../outside/*.yaml"]', "allow-outside-root = true", 'sources = "link"',
    'sources = ".git"', "claim-timeout = 0.001", "claim-timeout = 5", 'format = ["json:out.json"]', "",
])
LINKS = st.sampled_from(["outside", "git-hooks", "victim", "fifo", "none"])
COMMANDS = st.sampled_from([["check"], ["check", "--format", "json"], ["validate"], ["find", "Kami siap membantu"],
                            ["quotes", "sources"], ["config"], ["check", "--write-baseline", "base.json"],
                            ["sources", "add", "incoming.txt", "--force"]])


@fuzz(40)
@given(settings=st.lists(SETTINGS, max_size=3, unique=True), link=LINKS, where=st.sampled_from(["link", "claims/x.yaml",
       "sources/x.md", ".factcheck"]), command=COMMANDS)
def test_hostile_repositories(tmp_path_factory, monkeypatch, settings, link, where, command):
    base = tmp_path_factory.mktemp("hostile")
    outside, project = base / "outside", base / "project"
    for folder in (outside, project / ".git" / "hooks", project / "claims", project / "sources"):
        folder.mkdir(parents=True)
    (outside / "victim.txt").write_text("someone else's file\n", "utf-8")
    (outside / "c.yaml").write_text("claims:\n  - quote: secret words of another project\n", "utf-8")
    (project / ".git" / "hooks" / "pre-commit").write_text("#!/bin/sh\nexit 0\n", "utf-8")
    (project / ".git" / "hooks" / "pre-commit").chmod(0o755)
    (project / "victim.sh").write_text("#!/bin/sh\necho deploy\n", "utf-8")
    (project / "victim.sh").chmod(0o755)
    (project / "sources" / "s.md").write_text("“Kami siap membantu warga desa,” kata Gubernur.\n", "utf-8")
    (project / "claims" / "c.yaml").write_text('source: s\nclaims:\n  - quote: "Kami siap membantu"\n', "utf-8")
    (project / "incoming.txt").write_text("“Kata baru,” ujarnya.\n", "utf-8")
    (project / "factcheck.toml").write_text("\n".join(settings) + "\n", "utf-8")
    target = {"outside": outside, "git-hooks": project / ".git" / "hooks", "victim": outside / "victim.txt",
              "fifo": None, "none": None}[link]
    if link == "fifo" and hasattr(os, "mkfifo"):
        os.mkfifo(project / "fifo")
    if target is not None and not (project / where).exists():
        (project / where).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, project / where)
    before_outside, before_git = tree(outside), tree(project / ".git")
    monkeypatch.chdir(project)
    result = runner.invoke(app, command)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output
    assert tree(outside) == before_outside  # nothing outside the project written
    assert tree(project / ".git") == before_git  # nor its tooling
    assert stat.S_IMODE((project / "victim.sh").stat().st_mode) == 0o755
    assert (project / "victim.sh").read_text("utf-8") == "#!/bin/sh\necho deploy\n"
    assert "secret words of another project" not in result.output
    for path in project.rglob("*"):  # nothing factcheck wrote is executable
        if path.is_file() and not path.is_symlink() and ".git" not in path.parts and path.name != "victim.sh":
            assert not path.stat().st_mode & 0o111, path
