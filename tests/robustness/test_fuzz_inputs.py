"""Random claim files and source bytes through the command line: every case ends with a
report and the contract's exit code, never a traceback, within the hang guard
(fuzzbudget.HANG_GUARD). Example counts scale with FACTCHECK_FUZZ_SCALE."""

import codecs
import json
import string

import pytest
import yaml
from fuzzbudget import fuzz
from hypothesis import given
from hypothesis import strategies as st

from factcheck.sources.readers import MAX_TEXT_CHARS

from helpers import invoke

ODD_CHARACTERS = list(
    "\u0301\u0308\u0323"  # combining marks
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width and soft hyphen
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"  # bidirectional controls
    "مرحبا שלום"  # right-to-left letters
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029"  # control characters, odd line breaks
    "“”„«»…—\n\t\r "
) + list(string.printable)
ODD_TEXT = st.text(alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(ODD_CHARACTERS)),
                   max_size=200)
HUGE_TEXT = st.integers(0, 40_000).map(lambda n: ("kata tidak " * n)[:n])  # around the value limit
SCALAR = st.one_of(ODD_TEXT, HUGE_TEXT, st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())
VALUE = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ODD_TEXT, inner, max_size=4),
                     max_leaves=12)
KEYS = st.sampled_from(["id", "quote", "speaker", "said", "date", "figure", "context", "source", "tolerance",
                        "sha256", "ignore", "reason", "qoute", "x"])
CLAIM = st.dictionaries(KEYS, VALUE, max_size=5)
DOCUMENT = st.one_of(
    st.fixed_dictionaries({"claims": st.lists(CLAIM, max_size=5)},
                          optional={"source": VALUE, "language": VALUE, "sha256": VALUE, "extra": VALUE}),
    st.fixed_dictionaries({"claims": st.lists(st.just({"quote": "Kami tidak hanya bekerja"}), max_size=3000)}),
    VALUE,
)
# YAML written by hand, so it can hold what a YAML library would not write: escapes of lone
# surrogates and control characters, tabs, tags, anchors, unclosed quotes, odd indentation
YAML_PIECES = st.sampled_from([
    "claims:", "\n", "  - ", "    ", "quote: ", "source: ", "speaker: ", "id: ", "date: ", '"', "'", "\\ud800",
    "\\udfff", "\\U0001F600", "\\x00", "\\u202e", "\\t", "\t", "&a ", "*a", "!!str ", "!!python/object ", "[", "]",
    "{", "}", ",", ": ", "- ", "? ", "|", ">", "#", "---", "...", "%YAML 1.1", "kata", "Kami tidak hanya bekerja",
    "s", "2025-10-24", "\u00a0", "\ufeff", "\u0301", "\r\n",
])
YAML_TEXT = st.lists(st.one_of(YAML_PIECES, ODD_TEXT), max_size=40).map("".join)
SOURCE = '“Kami tidak hanya bekerja,” ujarnya. "We did," she said. Harga Rp20.000 pada Jumat (24/10/2025).'


def project(factory, claims: bytes, source: bytes = SOURCE.encode()):
    root = factory.mktemp("p")
    (root / "claims").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s.md").write_bytes(source)
    (root / "claims" / "c.yaml").write_bytes(claims)
    return root


def run_json(root) -> tuple[int, dict]:
    """`factcheck check --format json` in `root`: the exit code and the report."""
    result = invoke("check", str(root / "claims"), "--sources", str(root / "sources"), "--format", "json")
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2)
    return result.exit_code, json.loads(result.stdout)


def assert_exit_code_follows_the_report(code: int, report: dict) -> None:
    statuses = [r["status"] for r in report["results"]]
    if report["errors"] or "error" in statuses:
        assert code == 2
    elif "fail" in statuses:
        assert code == 1
    else:
        assert code == 0
    for error in report["errors"]:  # a problem with the file names it and a line
        assert error["file"].endswith("c.yaml") and error["line"] >= 1 and error["message"]


@fuzz(40)
@given(document=DOCUMENT)
def test_random_claim_structures(tmp_path_factory, document):
    claims = yaml.safe_dump(document, allow_unicode=True).encode("utf-8", "surrogatepass")
    assert_exit_code_follows_the_report(*run_json(project(tmp_path_factory, claims)))


@fuzz(60)
@given(text=YAML_TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1"]))
def test_random_yaml_text(tmp_path_factory, text, encoding):
    claims = text.encode(encoding, "replace")
    assert_exit_code_follows_the_report(*run_json(project(tmp_path_factory, claims)))


def encoded(raw: bytes, encoding: str) -> bytes:
    text = raw.decode("latin-1")
    return {
        "raw": raw,
        "utf-16": text.encode("utf-16"),
        "utf-16-le": text.encode("utf-16-le"),  # no BOM
        "utf-16-be-bom": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf-32": text.encode("utf-32"),
        "utf-8-sig": text.encode("utf-8-sig"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "cr": text.replace("\n", "\r").encode("utf-8"),
        "truncated-utf-8": (SOURCE + text).encode("utf-8")[:-1],
    }[encoding]


@fuzz(60)
@given(raw=st.binary(max_size=400), encoding=st.sampled_from(
    ["raw", "utf-16", "utf-16-le", "utf-16-be-bom", "utf-32", "utf-8-sig", "crlf", "cr", "truncated-utf-8"]),
       extension=st.sampled_from(["md", "txt", "html", "pdf", "vtt", "srt"]))
def test_random_source_bytes(tmp_path_factory, raw, encoding, extension):
    root = project(tmp_path_factory, b"source: s\nclaims:\n  - quote: kami bekerja keras\n")
    (root / "sources" / "s.md").unlink()
    (root / "sources" / f"s.{extension}").write_bytes(encoded(raw, encoding))
    code, report = run_json(root)
    (result,) = report["results"]
    assert result["status"] in ("pass", "warn", "fail", "error")  # bytes may spell the quote, rarely
    if result["status"] == "error":
        assert result["codes"] == ["E005"] and f"s.{extension}" in result["message"]
    assert_exit_code_follows_the_report(code, report)


@pytest.mark.parametrize("kind", ["text", "binary", "legacy"])
def test_a_50_mb_source_is_refused_quickly_with_the_limit(tmp_path_factory, kind):
    line = "Harga beras naik lagi pekan ini, kata pedagang di pasar induk kota.\n".encode()
    body = line * (50 * 1024 * 1024 // len(line))
    body = {"text": body, "binary": b"\x00" + body, "legacy": body.replace(b"a", b"\xe9")}[kind]
    root = project(tmp_path_factory, b"source: s\nclaims:\n  - quote: kata pedagang di pasar\n", body)
    code, report = run_json(root)
    (result,) = report["results"]
    assert code == 2 and result["codes"] == ["E005"] and "sources/s.md" in result["message"]
    if kind != "binary":
        assert f"over the limit of {MAX_TEXT_CHARS:,} characters for a source's text" in result["message"]
