"""The documentation (README.md and docs/): the site builds strictly, every example runs
as shown, every link resolves, and no page sends a reader to files only the team has.

Examples are executed page by page, top to bottom, as a reader would type them:

- a ```console block holds `$ factcheck …` commands, each followed by the output it prints
  on a terminal (standard output and error together, no colour). In the output, `…` stands
  for any text, and a line holding only `…` for any number of lines. `$ echo $?` prints the
  exit status of the command before it.
- a ```yaml or ```toml block whose first line is `# PATH` (a file name), or any block after
  `<!-- file: PATH -->`, is written to PATH before the commands that follow; a ```diff
  block after `<!-- file: PATH -->` changes PATH's `-` lines into its `+` lines.
- commands run in a copy of the repository's example project (sources/, claims/,
  examples/), or from `<!-- test: fresh folder -->` on in a new empty folder.
- `http://127.0.0.1:8000/` in a command is a web server serving examples/ (the README's
  walkthrough serves the example article that way).
"""

from __future__ import annotations

import http.server
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from helpers import DOC_PAGES, ROOT, anchors, broken_references

PAGES = DOC_PAGES

DOCS = ROOT / "docs"
GENERATED = DOCS / "codes.md"  # from factcheck/codes/; its examples run in tests/codes/test_examples.py
WRITTEN = [page for page in PAGES if page != GENERATED]
EXAMPLE_PROJECT = ("sources", "claims", "examples")
SERVED = "http://127.0.0.1:8000/"
_FILE_LINE = re.compile(r"# ([\w./-]+\.(?:ya?ml|toml|md|txt|vtt|srt))$")


@dataclass(kw_only=True)
class Block:
    page: Path
    line: int  # where the block starts in its page
    lang: str
    lines: list[str]
    file: str | None = None  # write the block to this path
    fresh: bool = False  # commands from here on run in a new empty folder
    commands: list[tuple[str, list[str]]] = field(default_factory=list)  # (command, expected output)


def blocks(page: Path) -> list[Block]:
    """The page's fenced blocks, with the directives before them."""
    out: list[Block] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    file, fresh, n = None, False, 0
    while n < len(lines):
        line = lines[n]
        directive = re.fullmatch(r"<!-- (file|test): (.+) -->", line.strip())
        if directive and directive[1] == "file":
            file = directive[2]
        elif directive:
            assert directive[2] == "fresh folder", f"{page}:{n + 1}: unknown directive"
            fresh = True
        elif line.startswith("```"):
            lang, start, body = line[3:].strip(), n + 1, []
            n += 1
            while not lines[n].startswith("```"):
                body.append(lines[n])
                n += 1
            block = Block(page=page, line=start, lang=lang, lines=body, file=file, fresh=fresh)
            if block.file is None and lang in ("yaml", "toml") and body and _FILE_LINE.fullmatch(body[0]):
                block.file = _FILE_LINE.fullmatch(body[0])[1]
            if lang == "console":
                block.commands = _commands(block)
            out.append(block)
            file, fresh = None, False
        n += 1
    return out


def _commands(block: Block) -> list[tuple[str, list[str]]]:
    commands: list[tuple[str, list[str]]] = []
    for line in block.lines:
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            assert commands, f"{block.page.name}:{block.line}: a console block starts with a $ command"
            commands[-1][1].append(line)
    return commands


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether `actual` is `expected` with `…` standing for any text (any lines, alone)."""
    patterns = [None if line.strip() == "…" else
                re.compile(".*".join(re.escape(part) for part in line.rstrip().split("…")))
                for line in expected]

    @lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:
        if i == len(patterns):
            return j == len(actual)
        if patterns[i] is None:
            return match(i + 1, j) or (j < len(actual) and match(i, j + 1))
        return j < len(actual) and bool(patterns[i].fullmatch(actual[j].rstrip())) and match(i + 1, j + 1)

    return match(0, 0)


def on_a_terminal(argv: list[str], cwd: Path) -> tuple[str, int]:
    """Run `factcheck ARGS` as on a terminal (a pseudo-terminal, no colour, wide enough not
    to wrap): its output, standard output and error together, and its exit status. The
    command runs in a fork of this process, so nothing is imported twice."""
    import pty

    pid, terminal = pty.fork()
    if pid == 0:  # the child: the terminal is its standard input, output and error
        code = 1
        try:
            os.chdir(cwd)
            os.environ.update(NO_COLOR="1", TERM="xterm", COLUMNS="400", LINES="50")
            for name in ("CI", "GITHUB_ACTIONS", "FORCE_COLOR"):
                os.environ.pop(name, None)
            sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False, buffering=1)  # noqa: SIM115
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False, buffering=1)  # noqa: SIM115
            sys.argv = ["factcheck", *argv]
            from factcheck.launch import main

            try:
                main()
                code = 0
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    chunks = []
    while True:
        try:
            chunk = os.read(terminal, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(terminal)
    _, status = os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n"), os.waitstatus_to_exitcode(status)


def edit(path: Path, block: Block) -> None:
    """Apply a ```diff block to `path`: each `-` line is replaced by the `+` line after it."""
    text = path.read_text(encoding="utf-8")
    removed = [line[1:] for line in block.lines if line.startswith("-")]
    added = [line[1:] for line in block.lines if line.startswith("+")]
    assert len(removed) == len(added), f"{block.page.name}:{block.line}: pair each - line with a + line"
    for old, new in zip(removed, added):
        assert old in text, f"{block.page.name}:{block.line}: {path.name} has no line {old!r}"
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def warm():
    """Everything a command imports, imported once here, so each forked command starts warm."""
    import importlib
    import pkgutil

    import factcheck

    for module in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    from typer.testing import CliRunner

    from factcheck.cli import app

    CliRunner().invoke(app, ["check", "--isolated", str(ROOT / "examples" / "misquote.yaml"), "--sources",
                             str(ROOT / "sources"), "--format", "json"])  # language tables, CLDR data


@pytest.fixture(scope="module")
def server():
    """examples/ over HTTP on 127.0.0.1, a free port."""
    handler = lambda *args: _Quiet(*args, directory=str(ROOT / "examples"))  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


EXAMPLE_PAGES = [p for p in WRITTEN if any(b.commands or b.file for b in blocks(p))]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="runs the examples on a pseudo-terminal (POSIX)")
@pytest.mark.parametrize("page", EXAMPLE_PAGES, ids=[p.relative_to(ROOT).as_posix() for p in EXAMPLE_PAGES])
def test_examples_run_as_shown(page, tmp_path, server, warm):
    project = tmp_path / "project"
    for name in EXAMPLE_PROJECT:
        shutil.copytree(ROOT / name, project / name)
    where, status, fresh = project, 0, 0
    for block in blocks(page):
        if block.fresh:
            fresh += 1
            where = tmp_path / f"fresh-{fresh}"
            where.mkdir()
        if block.file and block.lang == "diff":
            edit(where / block.file, block)
        elif block.file:
            target = where / block.file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("\n".join(block.lines) + "\n", encoding="utf-8")
        for command, expected in block.commands:
            here = f"{page.relative_to(ROOT)}:{block.line}: $ {command}"
            if command == "echo $?":
                assert expected == [str(status)], f"{here}: the exit status was {status}"
                continue
            argv = shlex.split(command.replace(SERVED, server))
            assert argv[0] == "factcheck", f"{here}: console blocks hold factcheck commands only (use ```sh)"
            output, status = on_a_terminal(argv[1:], where)
            actual = output.rstrip("\n").split("\n") if output.strip() else []
            while expected and not expected[-1].strip():
                expected = expected[:-1]
            if not matches(expected, actual):
                pytest.fail(f"{here}\n--- shown:\n" + "\n".join(expected) + "\n--- printed:\n" + output, pytrace=False)


@pytest.mark.parametrize("page", WRITTEN, ids=[p.relative_to(ROOT).as_posix() for p in WRITTEN])
def test_yaml_and_toml_examples_parse(page):
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    for block in blocks(page):
        text = "\n".join(block.lines)
        if block.lang == "yaml":
            yaml.safe_load(text)
        elif block.lang == "toml":
            tomllib.loads(text)


def test_the_site_builds_strictly(tmp_path):
    """mkdocs --strict: a missing page, a broken link or anchor, a page left out of the nav fail."""
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file",
                           str(ROOT / "mkdocs.yml"), "--site-dir", str(tmp_path / "site")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "index.html").is_file()


def test_every_page_is_in_the_navigation():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def pages(nav) -> list[str]:
        if isinstance(nav, str):
            return [nav]
        if isinstance(nav, dict):
            return [p for value in nav.values() for p in pages(value)]
        return [p for item in nav for p in pages(item)]

    assert sorted(pages(config["nav"])) == sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))


def test_readme_links_resolve():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert broken_references(readme) == []
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", readme):
        if not target.startswith(("http://", "https://", "mailto:")):
            assert (ROOT / target).exists(), target
    for anchor in re.findall(r"\]\(#([^)]+)\)", readme):
        assert anchor in anchors(ROOT / "README.md"), anchor


# Only the pages about measuring and developing factcheck name the datasets it is measured on.
TEAM_FILES = re.compile(r"\.\./shared|\bspec/")


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_pages_name_no_team_files(page):
    if page.name in ("benchmarks.md", "development.md"):
        return
    assert not TEAM_FILES.search(page.read_text(encoding="utf-8")), page


def test_readme_is_short_and_starts_with_the_quick_start():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode("utf-8")) <= 10_500
    first = [b for b in blocks(ROOT / "README.md") if b.lang == "sh"][:2]
    assert first[0].lines == ["python3 -m venv .venv && .venv/bin/pip install -q -e . && .venv/bin/factcheck check"]
    assert first[1].lines == ["python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/pytest"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert first[1].lines[0] in ci  # CI runs the README's test command
