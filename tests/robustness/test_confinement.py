"""Sources are confined to the project root: a claim file (untrusted in CI) cannot make
factcheck read, and quote into a public log, a file outside the project."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import check_json
from helpers import invoke

SECRET = "Rahasia negara tidak boleh bocor ke log publik, kata sumber itu."


def claim(source: str, quote: str = "Rahasia negara tidak boleh bocor") -> str:
    return f'claims:\n  - id: c\n    quote: "{quote}"\n    source: {source!r}\n'


def outside_file(project: Path) -> Path:
    """A readable source file next to the project, outside its root."""
    path = project.parent / "elsewhere" / "secret.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(SECRET, encoding="utf-8")
    return path


def only_result(report: dict) -> dict:
    (result,) = report["results"]
    return result


def refused(report: dict, code: str = "E007") -> dict:
    result = only_result(report)
    assert result["status"] == "error" and result["codes"] == [code], result
    return result


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="no /proc")
def test_proc_self_environ_is_refused(project, monkeypatch):
    monkeypatch.setenv("FACTCHECK_TEST_SECRET", "s3cr3t-token-value")
    (project / "claims" / "c.yaml").write_text(claim("/proc/self/environ", "FACTCHECK_TEST_SECRET"), "utf-8")
    for fmt in ("json", "full", "sarif", "junit"):
        result = invoke("check", "--format", fmt)
        assert result.exit_code == 2
        assert "s3cr3t-token-value" not in result.output
    code, report = check_json()
    message = refused(report)["message"]
    assert "'/proc/self/environ'" in message and "outside the project root" in message
    assert "--allow-outside-root" in message


def test_dot_dot_etc_passwd_is_refused(project):
    (project / "claims" / "c.yaml").write_text(claim("../../etc/passwd", "root"), "utf-8")
    code, report = check_json()
    # refused as missing or as outside, depending on how deep the project is; never read
    assert code == 2 and only_result(report)["codes"][0] in ("E001", "E007")
    assert "root:" not in str(report)


@pytest.mark.skipif(not Path("/etc/passwd").is_file(), reason="no /etc/passwd")
def test_enough_dot_dots_to_reach_etc_passwd_are_refused(project):
    ups = "../" * len(project.resolve().parts)
    (project / "claims" / "c.yaml").write_text(claim(ups + "etc/passwd", "root"), "utf-8")
    code, report = check_json()
    assert code == 2
    assert "is /etc/passwd, outside the project root" in refused(report)["message"]


def test_relative_path_out_of_the_project_is_refused(project):
    outside_file(project)
    (project / "claims" / "c.yaml").write_text(claim("../../elsewhere/secret.md"), "utf-8")
    code, report = check_json()
    assert code == 2
    result = refused(report)
    assert "symbolic link" not in result["message"]
    assert result["source"] is None and SECRET[:20] not in str(report)


def test_symbolic_link_in_sources_to_a_file_outside_is_refused(project):
    os.symlink(outside_file(project), project / "sources" / "leak.md")
    (project / "claims" / "c.yaml").write_text(claim("leak"), "utf-8")
    for fmt in ("json", "full", "concise", "sarif", "junit", "jsonl", "gitlab", "github", "markdown"):
        result = invoke("check", "--format", fmt)
        assert result.exit_code == 2, fmt
        assert "bocor" not in result.stdout, fmt
    code, report = check_json()
    assert "(through a symbolic link), outside the project root" in refused(report)["message"]


def test_claims_naming_no_source_skip_nothing_and_read_nothing_outside(project):
    os.symlink(outside_file(project), project / "sources" / "leak.md")
    (project / "claims" / "c.yaml").write_text('claims:\n  - quote: "Kami tidak hanya bekerja"\n', "utf-8")
    code, report = check_json()
    assert code == 2 and refused(report)["message"].startswith("source 'leak' is ")


def test_symbolic_link_to_a_folder_outside_is_refused(project):
    outside_file(project)
    os.symlink(project.parent / "elsewhere", project / "sources" / "shared")
    (project / "claims" / "c.yaml").write_text(claim("shared/secret.md"), "utf-8")
    code, report = check_json()
    assert code == 2 and "through a symbolic link" in refused(report)["message"]


def test_links_within_the_project_are_fine(project):
    (project / "archive").mkdir()
    (project / "archive" / "a.md").write_text(SECRET, "utf-8")
    os.symlink(project / "archive" / "a.md", project / "sources" / "a.md")
    (project / "claims" / "c.yaml").write_text(claim("a"), "utf-8")
    code, report = check_json()
    assert code == 0 and only_result(report)["status"] == "pass"


def test_allow_outside_root_option_and_setting(project):
    os.symlink(outside_file(project), project / "sources" / "leak.md")
    (project / "claims" / "c.yaml").write_text(claim("leak"), "utf-8")
    code, report = check_json("--allow-outside-root")
    assert code == 0 and only_result(report)["status"] == "pass"
    (project / "factcheck.toml").write_text('sources = "sources"\nallow-outside-root = true\n', "utf-8")
    code, report = check_json()
    assert code == 0
    assert "allow-outside-root = true" in invoke("config").stdout
    (project / "factcheck.toml").write_text('allow-outside-root = "yes"\n', "utf-8")
    result = invoke("check")
    assert result.exit_code == 2 and "'allow-outside-root' must be true or false" in result.stderr


def test_root_is_the_configuration_files_folder(project, monkeypatch):
    """From a subfolder, sources elsewhere in the project are inside the root."""
    (project / "claims" / "c.yaml").write_text(claim("../sources/s.md", "Kami tidak hanya bekerja"), "utf-8")
    monkeypatch.chdir(project / "claims")
    code, report = check_json()
    assert code == 0, report


def test_a_configured_sources_folder_outside_the_root_is_confined(project):
    outside_file(project)
    (project / "factcheck.toml").write_text('sources = "../elsewhere"\n', "utf-8")
    (project / "claims" / "c.yaml").write_text(claim("secret"), "utf-8")
    code, report = check_json()
    assert code == 2 and refused(report)


def test_a_sources_folder_named_on_the_command_line_is_trusted(project):
    folder = outside_file(project).parent
    (project / "claims" / "c.yaml").write_text(claim("secret"), "utf-8")
    code, report = check_json("--sources", str(folder))
    assert code == 0 and only_result(report)["status"] == "pass"
    # but not a way out of it to a third place
    (project.parent / "third").mkdir()
    (project.parent / "third" / "x.md").write_text(SECRET, "utf-8")
    (project / "claims" / "c.yaml").write_text(claim("../third/x.md"), "utf-8")
    code, report = check_json("--sources", str(folder))
    assert code == 2 and refused(report)


def test_quotes_refuses_a_link_out_of_a_named_folder(project):
    os.symlink(outside_file(project), project / "sources" / "leak.md")
    result = invoke("quotes", "sources")
    assert result.exit_code == 2 and "outside the project root" in result.stderr
    assert "bocor" not in result.stdout


@pytest.mark.parametrize("ref", ["a\0b", "x" * 1000, "/", ".", "..", "sources", "~", "C:\\Windows\\win.ini", "\u202e.md"])
def test_odd_source_references_are_errors_not_tracebacks(project, ref):
    (project / "claims" / "c.yaml").write_text(
        f'claims:\n  - quote: "x y"\n    source: "{ref.encode("unicode_escape").decode()}"\n', "utf-8")
    code, report = check_json()
    assert code == 2 and only_result(report)["codes"][0] in ("E001", "E005", "E007")


def test_a_source_reference_over_the_limit_is_named(project):
    (project / "claims" / "c.yaml").write_text(f'claims:\n  - quote: "x y"\n    source: {"a" * 1025}\n', "utf-8")
    code, report = check_json()
    assert code == 2
    assert "over the limit of 1,024 characters for a source id or path" in only_result(report)["message"]


def test_find_skips_a_link_out_of_the_folder_and_does_not_index_it(project):
    from factcheck.sources.index import SourceIndex

    os.symlink(outside_file(project), project / "sources" / "leak.md")
    assert invoke("find", "Rahasia negara tidak boleh bocor").stdout == ""
    assert '"results": []' in invoke("find", "Rahasia negara tidak boleh bocor", "--format", "json").stdout
    assert "leak.md" not in SourceIndex(project / "sources").backend.files()


def test_parallel_workers_keep_the_confinement(project):
    os.symlink(outside_file(project), project / "sources" / "leak.md")
    claims = "".join(f'  - id: c{n}\n    quote: "Rahasia negara tidak boleh bocor"\n    source: leak\n'
                     for n in range(16))
    (project / "claims" / "c.yaml").write_text("claims:\n" + claims, "utf-8")
    code, report = check_json("--jobs", "2")
    assert code == 2 and {r["codes"][0] for r in report["results"]} == {"E007"}
    code, report = check_json("--jobs", "2", "--allow-outside-root")
    assert code == 0
