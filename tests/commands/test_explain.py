"""`factcheck explain`: every code in the registry with its examples, the listing, and the
published reference page docs/codes.md."""

import pytest

from factcheck.codes import CODES, reported_as

from helpers import ROOT, invoke  # noqa: E402


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_is_explained_with_its_own_examples(code):
    result = invoke("explain", code.lower())
    assert result.exit_code == 0
    info = CODES[code]
    assert result.stdout.startswith(f"{code} {info.name} ({info.severity})\n\n{info.summary}\n\n")
    if info.retired:  # no longer reported: the example shows what is reported instead
        assert f"What was reported as {code} is now {info.retired}:" in result.stdout
    elif info.severity == "note":  # cosmetic: both examples pass, one with the note
        assert "Passing example, without it:" in result.stdout and "Passing example with it" in result.stdout
    else:
        assert "Passing example:" in result.stdout and "Failing example:" in result.stdout
    # the failing example ends with what factcheck reports for it: this code (or its successor), no other
    reported, severity = reported_as(info)
    assert result.stdout.rstrip().endswith(f"# {severity}: {reported} {info.failing.says}")
    assert " ".join(info.explanation.split()) in " ".join(result.stdout.split())


def test_an_example_shows_the_source_the_claims_and_the_command():
    out = invoke("explain", "D205").stdout
    failing = out[out.index("Failing example:"):]
    assert "    # source: Banten dan Bengkulu menandatangani nota kesepahaman pada Jumat (24/10/2025).\n" in failing
    assert "    # drafts/story.md: Banten dan Bengkulu menandatangani nota kesepahaman pada Oktober 2025.\n" in failing
    assert "    $ factcheck draft drafts/story.md\n" in failing
    out = invoke("explain", "S002").stdout
    assert "# source (saved as cp1252): “Kami siap" in out


def test_unknown_code_suggests_the_nearest():
    result = invoke("explain", "Q31")
    assert result.exit_code == 2 and "unknown code 'Q31' (nearest: Q3" in result.stderr


def test_without_a_code_every_code_is_listed():
    lines = invoke("explain").stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(CODES)
    assert lines[0].split(None, 3)[1:] == ["quote-mark-style", "note", CODES["Q101"].summary]


def test_the_published_codes_page_is_current():
    published = (ROOT / "docs" / "codes.md").read_text(encoding="utf-8")
    assert invoke("explain", "--markdown").stdout == published, (
        "regenerate: factcheck explain --markdown > docs/codes.md")


def test_the_codes_page_has_every_code_and_its_examples():
    page = invoke("explain", "--markdown").stdout
    for code, info in CODES.items():
        assert f"| [{code}](#{code.lower()}-{info.name}) |" in page
        assert f"\n### {code} {info.name}\n\n**{info.severity}**: {info.summary}\n\n{info.explanation}\n" in page
        reported, severity = reported_as(info)
        assert f"# {severity}: {reported} {info.failing.says}\n```" in page


def test_markdown_with_a_code_is_refused():
    result = invoke("explain", "Q301", "--markdown")
    assert result.exit_code == 2 and "give no CODE" in result.stderr
