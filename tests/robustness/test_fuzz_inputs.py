"""Random claim files and source bytes: every case ends with a report and the contract's
exit code, never a traceback."""

import json
import string

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ODD_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",)),  # any code point but surrogates
        st.sampled_from(list("\u0301\u200b\u200d\u202e\u00ad\ufeff“”„«»…—\n\t\r ") + list(string.printable)),
    ),
    max_size=200,
)
SCALAR = st.one_of(ODD_TEXT, st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())
VALUE = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ODD_TEXT, inner, max_size=4),
                     max_leaves=12)
KEYS = st.sampled_from(["id", "quote", "speaker", "said", "date", "figure", "context", "source", "qoute", "x"])
CLAIM = st.dictionaries(KEYS, VALUE, max_size=5)
DOCUMENT = st.one_of(
    st.fixed_dictionaries({"claims": st.lists(CLAIM, max_size=5)},
                          optional={"source": VALUE, "language": VALUE, "extra": VALUE}),
    VALUE,
)


def run_json(project) -> tuple[int, dict]:
    """Run `factcheck check --format json` in `project`; the exit code and the report."""
    result = runner.invoke(app, ["check", str(project / "claims"), "--sources", str(project / "sources"),
                                 "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2)
    return result.exit_code, json.loads(result.stdout)


@FUZZ
@given(document=DOCUMENT)
def test_random_claim_structures(tmp_path_factory, document):
    project = tmp_path_factory.mktemp("p")
    (project / "claims").mkdir()
    (project / "sources").mkdir()
    (project / "sources" / "s.txt").write_text('“Kami tidak hanya bekerja,” ujarnya. "We did," she said.', "utf-8")
    (project / "claims" / "c.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), "utf-8")
    code, report = run_json(project)
    statuses = [r["status"] for r in report["results"]]
    if report["errors"] or "error" in statuses:
        assert code == 2
    elif "fail" in statuses:
        assert code == 1
    else:
        assert code == 0


@FUZZ
@given(raw=st.binary(max_size=400), encoding=st.sampled_from(["raw", "utf-16", "utf-16-le", "utf-8-sig", "crlf"]))
def test_random_source_bytes(tmp_path_factory, raw, encoding):
    project = tmp_path_factory.mktemp("p")
    (project / "claims").mkdir()
    (project / "sources").mkdir()
    text = raw.decode("latin-1")
    data = {
        "raw": raw,
        "utf-16": text.encode("utf-16"),
        "utf-16-le": text.encode("utf-16-le"),  # no BOM
        "utf-8-sig": text.encode("utf-8-sig"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
    }[encoding]
    (project / "sources" / "s.md").write_bytes(data)
    (project / "claims" / "c.yaml").write_text("source: s\nclaims:\n  - quote: kami bekerja keras\n", "utf-8")
    code, report = run_json(project)
    (result,) = report["results"]
    assert result["status"] in ("fail", "error")
    if result["status"] == "error":
        assert result["codes"] == ["E005"] and "s.md" in result["message"]
