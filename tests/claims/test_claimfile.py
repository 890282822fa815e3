"""Tests for factcheck.claims.claimfile: claim files read into Claims, problems kept per file or per claim."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from factcheck.claims.claimfile import CLAIM_KEYS, FILE_KEYS, nearest, read_claim_file
from factcheck.model import ClaimFile

SHOWN = "claims/story.yaml"


def read(tmp_path: Path, text: str | bytes) -> ClaimFile:
    path = tmp_path / "story.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return read_claim_file(path, SHOWN)


def only_problem(result: ClaimFile):
    assert result.claims == []
    assert len(result.problems) == 1, result.problems
    problem = result.problems[0]
    assert problem.file == SHOWN
    assert problem.code == "E006"
    return problem


def claim_codes(claim) -> list[str]:
    return [f.code for f in claim.problems]


VALID = """\
source: banten-bengkulu
language: id
claims:
  - id: andra
    speaker: Andra Soni
    quote: Kita bisa saling berbagi.

  - said: Banten luar biasa
    speaker: Helmi Hasan
    source: [other, sources/third.md]

  - date: 2025-10-24
    context: the signing

  - figure: 70.000
    context: price of rice
    source: prices
"""


def test_valid_file(tmp_path):
    result = read(tmp_path, VALID)
    assert result.problems == []
    assert result.path == tmp_path / "story.yaml"
    assert result.display == SHOWN
    claims = result.claims
    assert [(c.line, c.column) for c in claims] == [(4, 5), (8, 5), (12, 5), (15, 5)]
    assert [c.id for c in claims] == ["andra", "2", "3", "4"]  # default id: 1-based position
    assert [c.kind for c in claims] == ["quote", "attribution", "date", "figure"]
    assert [c.sources for c in claims] == [
        ("banten-bengkulu",),
        ("other", "sources/third.md"),
        ("banten-bengkulu",),
        ("prices",),
    ]
    assert all(c.problems == () for c in claims)
    assert all(c.file == SHOWN for c in claims)
    assert all(c.base_dir == tmp_path for c in claims)
    assert all(c.language == "id" for c in claims)
    assert claims[0].fields == {"id": "andra", "speaker": "Andra Soni", "quote": "Kita bisa saling berbagi."}
    assert claims[2].fields["date"] == "2025-10-24"
    assert claims[3].fields["figure"] == "70.000"  # not 70.0


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("quote: x", "quote"),
        ("said: x\n    speaker: S", "attribution"),
        ("date: 2024-02-29\n    context: c", "date"),
        ("figure: '12'\n    context: c", "figure"),
    ],
)
def test_kind_mapping(tmp_path, claim, kind):
    (found,) = read(tmp_path, f"claims:\n  - {claim}\n").claims
    assert found.kind == kind
    assert found.problems == ()


def test_no_source_anywhere_means_every_source(tmp_path):
    (claim,) = read(tmp_path, "claims:\n  - quote: x\n").claims
    assert claim.sources == ()
    assert claim.language == "auto"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("70.000", "70.000"), ("no", "no"), ("yes", "yes"), ("1e3", "1e3"), ("'007'", "007"), ("2025-10-24", "2025-10-24")],
)
def test_values_are_kept_as_typed(tmp_path, value, expected):
    (claim,) = read(tmp_path, f"claims:\n  - quote: {value}\n").claims
    assert claim.fields["quote"] == expected


def test_figure_is_read_as_written(tmp_path):
    (claim,) = read(tmp_path, "claims:\n  - figure: 70.000\n    context: rice\n").claims
    assert claim.fields["figure"] == "70.000"
    assert claim.problems == ()


# --- problems that stay with one claim ------------------------------------------------------


def test_unknown_claim_key_names_the_key_and_the_nearest_known_key(tmp_path):
    result = read(tmp_path, "claims:\n  - qoute: hello\n  - quote: fine\n")
    assert result.problems == []
    bad, good = result.claims
    assert claim_codes(bad) == ["E002"]
    message = bad.problems[0].message
    assert "'qoute'" in message
    assert "nearest known key: 'quote'" in message
    assert message.startswith("line 2:")
    assert good.problems == ()  # the other claims are still checked


def test_unknown_key_next_to_a_valid_kind(tmp_path):
    (claim,) = read(tmp_path, "claims:\n  - quote: hi\n    speeker: Bob\n").claims
    assert claim.kind == "quote"
    assert claim_codes(claim) == ["E002"]
    assert "line 3:" in claim.problems[0].message
    assert "'speaker'" in claim.problems[0].message


def test_duplicate_id_is_reported_on_the_second_claim(tmp_path):
    result = read(tmp_path, "claims:\n  - id: a\n    quote: x\n  - id: b\n    quote: y\n  - id: a\n    quote: z\n")
    first, second, third = result.claims
    assert first.problems == () and second.problems == ()
    assert claim_codes(third) == ["E004"]
    assert "'a'" in third.problems[0].message
    assert "first used on line 2" in third.problems[0].message
    assert third.problems[0].message.startswith("line 6:")


def test_explicit_id_clashing_with_a_default_id(tmp_path):
    result = read(tmp_path, "claims:\n  - quote: a\n  - quote: b\n  - id: '2'\n    quote: c\n")
    assert [c.id for c in result.claims] == ["1", "2", "2"]
    assert claim_codes(result.claims[2]) == ["E004"]
    assert "first used on line 3" in result.claims[2].problems[0].message


@pytest.mark.parametrize(
    ("claim", "kind", "words"),
    [
        ("speaker: Bob", None, ["says nothing to check"]),
        ("quote: x\n    figure: '1'\n    context: c", None, ["exactly one", "quote and figure"]),
        ("said: hello", "attribution", ["'said'", "'speaker'"]),
        ("figure: '3'", "figure", ["'figure'", "'context'"]),
        ("date: 2025-10-24", "date", ["'date'", "'context'"]),
        ("date: 2025-02-30\n    context: c", "date", ["YYYY-MM-DD", "'2025-02-30'"]),
        ("date: 24-10-2025\n    context: c", "date", ["YYYY-MM-DD"]),
        ("date: 2025-1-5\n    context: c", "date", ["YYYY-MM-DD"]),
        ("date: 'yesterday'\n    context: c", "date", ["YYYY-MM-DD"]),
        ("quote: ''", None, ["'quote' is empty"]),
        ("quote:", None, ["'quote' is empty"]),
        ("quote: [a, b]", None, ["'quote' must be text", "a list"]),
        ("quote: x\n    source: {a: b}", "quote", ["'source'", "a mapping"]),
    ],
)
def test_malformed_claim(tmp_path, claim, kind, words):
    result = read(tmp_path, f"claims:\n  - {claim}\n")
    assert result.problems == []
    (found,) = result.claims
    assert found.kind == kind
    assert claim_codes(found) == ["E002"]
    for word in words:
        assert word in found.problems[0].message


def test_claim_that_is_not_a_mapping(tmp_path):
    (claim,) = read(tmp_path, "source: s\nclaims:\n  - just some text\n").claims
    assert claim.kind is None
    assert claim.id == "1"
    assert claim.sources == ("s",)
    assert claim_codes(claim) == ["E002"]
    assert "found text" in claim.problems[0].message


def test_leap_day_is_a_valid_date(tmp_path):
    (claim,) = read(tmp_path, "claims:\n  - date: 2024-02-29\n    context: c\n").claims
    assert claim.problems == ()


# --- problems with the file as a whole ------------------------------------------------------


def test_unknown_top_level_key_is_a_file_problem(tmp_path):
    result = read(tmp_path, "source: s\nclams:\n  - quote: x\nclaims:\n  - quote: y\n")
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert (problem.line, problem.column, problem.code) == (2, 1, "E006")
    assert "'clams'" in problem.message and "'claims'" in problem.message
    assert [c.fields["quote"] for c in result.claims] == ["y"]


def test_yaml_syntax_error_gives_line_and_column(tmp_path):
    problem = only_problem(read(tmp_path, "claims:\n  - quote: a: b\n"))
    assert (problem.line, problem.column) == (2, 13)
    assert "mapping values are not allowed" in problem.message


def test_duplicate_yaml_key_is_a_file_problem(tmp_path):
    problem = only_problem(read(tmp_path, "claims:\n  - quote: a\n    quote: b\n"))
    assert problem.line == 3
    assert "duplicate key 'quote'" in problem.message


@pytest.mark.parametrize("text", ["", "\n\n", "# just a comment\n"])
def test_empty_file(tmp_path, text):
    problem = only_problem(read(tmp_path, text))
    assert (problem.line, problem.column) == (1, 1)
    assert "empty" in problem.message


def test_top_level_list_gets_a_hint(tmp_path):
    problem = only_problem(read(tmp_path, "- quote: x\n- quote: y\n"))
    assert (problem.line, problem.column) == (1, 1)
    assert "found a list" in problem.message
    assert "put the list under a 'claims:' key" in problem.message


def test_top_level_text(tmp_path):
    problem = only_problem(read(tmp_path, "just words\n"))
    assert "found text" in problem.message
    assert "put the list" not in problem.message  # the hint is for lists only


def test_missing_claims_key(tmp_path):
    problem = only_problem(read(tmp_path, "source: s\n"))
    assert "no 'claims:' list" in problem.message


@pytest.mark.parametrize(("text", "what"), [("claims: text\n", "text"), ("claims:\n  a: b\n", "a mapping")])
def test_claims_must_be_a_list(tmp_path, text, what):
    problem = only_problem(read(tmp_path, text))
    assert f"'claims' must be a list, found {what}" in problem.message


@pytest.mark.parametrize("text", ["claims:\n", "claims: []\n", "source: s\nclaims:\n"])
def test_empty_claims_gives_no_claims_and_no_problems(tmp_path, text):
    result = read(tmp_path, text)
    assert result.claims == []
    assert result.problems == []


@pytest.mark.parametrize(("value", "shown"), [("fr", "'fr'"), ("[id]", "a list"), ("''", "''"), ("~", "empty"), ("EN", "'EN'")])
def test_bad_language(tmp_path, value, shown):
    result = read(tmp_path, f"language: {value}\nclaims:\n  - quote: x\n")
    (problem,) = result.problems
    assert (problem.line, problem.column) == (1, 11)
    assert "'language' must be one of auto, id, en" in problem.message
    assert problem.message.endswith(shown)
    (claim,) = result.claims  # the claims are still read, with the default language
    assert claim.language == "auto"


@pytest.mark.parametrize("language", ["auto", "id", "en"])
def test_language_is_passed_to_claims(tmp_path, language):
    (claim,) = read(tmp_path, f"language: {language}\nclaims:\n  - quote: x\n").claims
    assert claim.language == language


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("source: [a, {b: c}]\nclaims:\n  - quote: x\n", 1, 13, "'source' must be a source id or path"),
        ("source: [a, [b]]\nclaims:\n  - quote: x\n", 1, 13, "'source' must be a source id or path"),
        ("source:\n  - a\n  -\nclaims:\n  - quote: x\n", 3, 4, "'source' is empty"),
    ],
)
def test_bad_file_level_source(tmp_path, text, line, column, message):
    problem = only_problem(read(tmp_path, text))
    assert (problem.line, problem.column) == (line, column)
    assert message in problem.message


def test_empty_source_message_says_empty(tmp_path):
    problem = only_problem(read(tmp_path, "source: ''\nclaims:\n  - quote: x\n"))
    assert "found text" not in problem.message
    assert "empty" in problem.message


def test_source_values_are_stripped(tmp_path):
    (claim,) = read(tmp_path, "claims:\n  - quote: x\n    source: ['  a ', b]\n").claims
    assert claim.sources == ("a", "b")


def test_non_utf8_file_is_a_problem(tmp_path):
    problem = only_problem(read(tmp_path, b"claims:\n  - quote: caf\xe9\n"))
    assert "UTF-8" in problem.message


def test_non_utf8_problem_points_at_the_bad_line(tmp_path):
    problem = only_problem(read(tmp_path, b"claims:\n  - quote: caf\xe9\n"))
    assert problem.line == 2
    assert not problem.message.startswith(SHOWN)


def test_binary_file_is_a_problem(tmp_path):
    problem = only_problem(read(tmp_path, b"claims:\x00\x01\x02"))
    assert "binary" in problem.message
    assert not problem.message.startswith(SHOWN)  # the file is named by the Problem, not again


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "claims:\n  - quote: é\n".encode(),
        "\ufeffclaims:\n  - quote: é\n".encode("utf-16-le"),
        "\ufeffclaims:\n  - quote: é\n".encode("utf-16-be"),
    ],
)
def test_bom_encodings_are_read(tmp_path, data):
    result = read(tmp_path, data)
    assert result.problems == []
    assert result.claims[0].fields["quote"] == "é"


def test_missing_file_is_a_problem_not_an_exception(tmp_path):
    result = read_claim_file(tmp_path / "nope.yaml", "nope.yaml")
    assert len(result.problems) == 1
    assert result.problems[0].code == "E006"
    assert "cannot read" in result.problems[0].message


@pytest.mark.parametrize(
    ("key", "known", "expected"),
    [("qoute", CLAIM_KEYS, "quote"), ("sorce", CLAIM_KEYS, "source"), ("speakr", CLAIM_KEYS, "speaker"),
     ("claim", FILE_KEYS, "claims"), ("lang", FILE_KEYS, "language")],
)
def test_nearest(key, known, expected):
    assert nearest(key, known) == expected


def test_nearest_always_answers():
    assert nearest("zzzzzz", FILE_KEYS) in FILE_KEYS


def test_a_source_named_many_times_is_read_once(tmp_path):
    """A file-level list of one id 20,000 times made each claim read it 20,000 times."""
    result = read(tmp_path, "source:\n" + "  - s\n" * 20_000 + "  - t\nclaims:\n  - quote: x y\n")
    assert result.claims[0].sources == ("s", "t")


def test_too_many_distinct_sources_are_refused(tmp_path):
    result = read(tmp_path, "claims:\n  - quote: x y\n    source: [" + ", ".join(f"s{n}" for n in range(1001)) + "]\n")
    assert claim_codes(result.claims[0]) == ["E002"]
    assert "'source' names 1,001 sources: over the limit of 1,000" in result.claims[0].problems[0].message


def test_a_value_is_measured_after_normalisation(tmp_path):
    """10,000 × U+FDFA is 180,000 characters once NFKC-normalised, as matching sees it."""
    result = read(tmp_path, f'claims:\n  - quote: "{chr(0xFDFA) * 10_000}"\n')
    (problem,) = result.claims[0].problems
    assert "'quote' is 180,000 characters long once normalised (NFKC): over the limit of 10,000" in problem.message
