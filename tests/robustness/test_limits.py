"""Hostile claim files: alias bombs, deep nesting, duplicate keys, foreign tags, huge files
and values. Each is refused with a message naming the file, line and the limit, exit 2."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from factcheck.claims.claimfile import MAX_CLAIM_FILE_BYTES, MAX_VALUE_CHARS
from factcheck.yamlstrict import MAX_CHARS, MAX_DEPTH, MAX_NODES, YamlError, load

from conftest import check_json
from helpers import invoke


def billion_laughs(levels: int = 20) -> str:
    """Each level lists the previous one 10 times: 10**levels nodes once expanded."""
    lines = ["a: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]" for n in range(1, levels)]
    return "\n".join(lines) + "\nclaims: []\n"


def test_billion_laughs_is_refused_quickly_in_small_memory():
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(YamlError) as info:
            load(billion_laughs())
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert f"over the limit of {MAX_NODES:,} nodes for a claim file" in info.value.message
    assert elapsed < 5  # a hang guard: 10**20 nodes if it were expanded
    assert peak < 20 * 1024 * 1024  # bytes; the file itself is 2 KB


def test_billion_laughs_through_the_command_line(project):
    (project / "claims" / "bomb.yaml").write_text(billion_laughs(), "utf-8")
    code, report = check_json()
    assert code == 2
    (error,) = report["errors"]
    assert error["file"] == "claims/bomb.yaml" and error["code"] == "E006"
    assert f"over the limit of {MAX_NODES:,} nodes for a claim file" in error["message"]


def test_text_multiplied_by_aliases_is_refused():
    text = f'a: &a "{"x" * 100_000}"\nb: [{", ".join(["*a"] * 100)}]\n'  # 10 million characters expanded
    with pytest.raises(YamlError) as info:
        load(text)
    assert f"over the limit of {MAX_CHARS:,} characters for a claim file" in info.value.message


def test_an_alias_inside_itself_is_refused():
    with pytest.raises(YamlError) as info:
        load("a: &a [x, *a]\n")
    assert f"nesting deeper than the limit of {MAX_DEPTH} levels" in info.value.message


def test_aliases_deep_only_together_are_refused():
    """Each anchor is shallow, but they nest: depth is counted through aliases."""
    lines = ["d0: &d0 [x]"] + [f"d{n}: &d{n} [[[[*d{n - 1}]]]]" for n in range(1, 20)]
    with pytest.raises(YamlError, match=f"the limit of {MAX_DEPTH} levels"):
        load("\n".join(lines) + "\n")


@pytest.mark.parametrize("text", ["[" * 5000 + "]" * 5000, "- " * 3000 + "x\n"])
def test_deep_nesting_is_refused_with_the_limit(text):
    with pytest.raises(YamlError) as info:
        load(text)
    assert f"nesting deeper than the limit of {MAX_DEPTH} levels" in info.value.message


def test_duplicate_keys_are_reported_with_both_lines(project):
    (project / "claims" / "dup.yaml").write_text(
        'claims:\n  - quote: "Kami tidak hanya bekerja"\n    source: s\n    quote: "Kami bekerja"\n', "utf-8")
    result = invoke("check", "--format", "concise")
    assert result.exit_code == 2
    assert "claims/dup.yaml:4:5: duplicate key 'quote' (first on line 2)" in result.stderr


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system ['true']", "!!python/name:os.system",
                                 "!!binary aGVsbG8=", "!custom x", "!!set {a, b}"])
def test_foreign_tags_are_refused(project, tag):
    (project / "claims" / "t.yaml").write_text(f"claims:\n  - quote: {tag}\n", "utf-8")
    code, report = check_json()
    assert code == 2 and "is not allowed" in report["errors"][0]["message"]


def test_claim_file_over_the_size_limit(project):
    path = project / "claims" / "huge.yaml"
    with path.open("wb") as out:
        out.write(b"claims:\n  - quote: a\n")
        out.truncate(MAX_CLAIM_FILE_BYTES + 1)  # sparse: no 8 MB written
    code, report = check_json()
    assert code == 2
    assert report["errors"][0]["message"] == (f"{MAX_CLAIM_FILE_BYTES + 1:,} bytes is over the limit of "
                                              f"{MAX_CLAIM_FILE_BYTES:,} bytes for a claim file")


def test_claim_value_over_the_length_limit(project):
    (project / "claims" / "long.yaml").write_text(
        f'claims:\n  - id: long\n    quote: "{"kata " * (MAX_VALUE_CHARS // 5 + 1)}"\n  - id: fine\n'
        '    quote: "Kami tidak hanya bekerja"\n    source: s\n', "utf-8")
    code, report = check_json()
    assert code == 2
    long, fine = report["results"]
    assert long["status"] == "error" and long["codes"] == ["E002"]
    assert f"over the limit of {MAX_VALUE_CHARS:,} characters for a claim value" in long["message"]
    assert fine["status"] == "pass"  # the file's other claims are still checked


@pytest.mark.parametrize("data", [b"\x00\x01binary", b"claims: \xff\xfe\n", b"\xef\xbb\xbfclaims: []\n\x07",
                                  "claims:\n  - quote: \"\\ud83d lone\"\n".encode()])
def test_unreadable_claim_files_name_the_file(project, data):
    (project / "claims" / "bad.yaml").write_bytes(data)
    result = invoke("check", "--format", "concise")
    assert result.exit_code == 2 and result.stderr.startswith("claims/bad.yaml:")


@pytest.mark.parametrize("config", ["sources = " + "[" * 50_000 + "]" * 50_000 + "\n",
                                    'sources = "sources"\n' + "#" * (1024 * 1024) + "\n"])
def test_hostile_configuration_files_are_refused(project, config):
    (project / "factcheck.toml").write_text(config, "utf-8")
    result = invoke("check")
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: factcheck.toml: ")
    assert "nested too deeply" in result.stderr or "over the limit of 1,048,576 bytes for a configuration file" \
        in result.stderr


def test_a_deeply_nested_baseline_is_refused(project):
    (project / "factcheck.toml").write_text('baseline = "b.json"\n', "utf-8")
    (project / "b.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    result = invoke("check")
    assert result.exit_code == 2 and "b.json: nested too deeply: not a factcheck baseline" in result.stderr
