"""`factcheck init`: a new project's folders, example, settings, hooks and CI job.

Existing files are never touched: each is reported as kept, so running `init` again, or
in a project that already has some of these files, is safe.
"""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.commands import fail
from factcheck.commands.origin import Origin, installed
from factcheck.commands.schema import render as render_schema
from factcheck.files import write_atomic

CI_CHOICES = ("github", "gitlab", "none")

CONFIG = '''\
# factcheck settings (factcheck's docs/configuration.md). Paths are relative to this file.
sources = "sources"
claims = ["claims"]
language = "auto"        # id | en | auto: for claim files that do not say
strictness = "standard"  # lenient | standard | strict: how minor differences count
fail-on = "fail"         # fail | warn | never: what makes `factcheck check` exit 1
# format = ["concise", "html:factcheck-report.html"]
# baseline = "factcheck-baseline.json"
'''

EXAMPLE_CLAIMS = '''\
# yaml-language-server: $schema=../schemas/claims.schema.json
# One file per story: what it quotes, and from which source (a file in sources/).
source: example
language: en
claims:
  - id: mayor-roads
    speaker: Mayor Dana Reyes
    quote: "We will not raise the budget for roads this year"
'''

EXAMPLE_SOURCE = '''\
---
title: An example source (replace it with your own documents)
language: en
---
"We will not raise the budget for roads this year," Mayor Dana Reyes said on Monday.
'''

# The hooks of factcheck's .pre-commit-hooks.yaml, run with the factcheck installed here.
PRE_COMMIT = '''\
# factcheck before every commit (factcheck's docs/ci.md#pre-commit), with the factcheck
# installed where you commit. One run for all the files: require_serial.
repos:
  - repo: local
    hooks:
      - id: factcheck
        name: factcheck (claim files)
        entry: factcheck check
        language: system
        files: ^claims/.*\\.ya?ml$
        require_serial: true
      - id: factcheck-sources
        name: factcheck (every claim, when a source changes)
        entry: factcheck check
        language: system
        files: ^sources/
        pass_filenames: false
        require_serial: true
'''

GITHUB = '''\
# factcheck on every push and pull request: annotations on the claim lines, the report in
# the job summary and an HTML report to download (factcheck's docs/ci.md#github-actions).
name: factcheck
on: [push, pull_request]
permissions:
  contents: read
jobs:
  factcheck:
    runs-on: ubuntu-latest
    env:
      FACTCHECK: "{install}"  # {install_note}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install "$FACTCHECK"
      - run: factcheck check --format github --format html:factcheck-report.html
      - uses: actions/upload-artifact@v4
        if: always()  # a failing check's report too
        with:
          name: factcheck-report
          path: factcheck-report.html
'''

GITLAB = '''\
# factcheck in merge requests: Code Quality, test reports and an HTML report to download
# (factcheck's docs/ci.md#gitlab-ci).
factcheck:
  image: python:3.12
  variables:
    FACTCHECK: "{install}"  # {install_note}
  script:
    - python -m pip install "$FACTCHECK"
    - factcheck check --format concise --format gitlab:gl-code-quality-report.json --format junit:factcheck-junit.xml --format html:factcheck-report.html
  artifacts:
    when: always  # a failing check's reports too
    paths:
      - factcheck-report.html
    reports:
      codequality: gl-code-quality-report.json
      junit: factcheck-junit.xml
'''


def install_line(origin: Origin) -> dict[str, str]:
    """What CI installs: the commit this factcheck came from, and what to edit by hand."""
    if origin.repository and origin.commit:
        note = "the commit of factcheck installed here; move it to upgrade"
    elif origin.commit:
        note = "the commit installed here: put your factcheck repository's address before the @"
    else:
        note = "put your factcheck repository's address, and a commit of it after the @"
    return {"install": origin.pip_spec(), "install_note": note}


def files(ci: str, examples: bool = True, origin: Origin | None = None) -> dict[str, str]:
    """Relative path -> contents of what `init` writes; CI installs factcheck from `origin`
    (default: where this one was installed from)."""
    install = install_line(origin or installed())
    planned = {"factcheck.toml": CONFIG}
    if examples:
        planned |= {"claims/example.yaml": EXAMPLE_CLAIMS, "sources/example.md": EXAMPLE_SOURCE}
    planned |= {"schemas/claims.schema.json": render_schema("claims"), ".pre-commit-config.yaml": PRE_COMMIT}
    if ci == "github":
        planned[".github/workflows/factcheck.yml"] = GITHUB.format(**install)
    elif ci == "gitlab":
        planned[".gitlab-ci.yml"] = GITLAB.format(**install)
    return planned


def execute(folder: Path, ci: str) -> int:
    """Write the missing files and say which were created and which kept."""
    try:
        done = init(folder, ci)
    except OSError as exc:
        return fail(f"cannot create files in {folder.as_posix()}: {exc.strerror or exc}")
    for line in report_lines(done, folder):
        print(line)
    return 0


def init(root: Path, ci: str = "github") -> list[tuple[str, bool]]:
    """Write the files missing under `root`; returns (path, created) for each. The example
    claim and source are written only into a project without claims/ or sources/ yet."""
    done = []
    examples = not (root / "claims").exists() and not (root / "sources").exists()
    for folder in ("claims", "sources"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for relative, text in files(ci, examples).items():
        path = root / relative
        try:
            write_atomic(path, text, replace=False)  # a file appearing meanwhile is not overwritten either
            done.append((relative, True))
        except FileExistsError:
            done.append((relative, False))
    return done


def report_lines(done: list[tuple[str, bool]], root: Path) -> list[str]:
    base = os.path.relpath(root)
    prefix = "" if base == "." else base.rstrip("/") + "/"
    return [f"{'created' if created else 'kept   '} {prefix}{relative}" for relative, created in done]
