"""The package's layers: imports only point down, and no module imports itself back.

Layers, top to bottom (a layer may import any layer below it, never one above; packages
in one layer are independent of each other):

    cli                      options and dispatch (with launch.py and __main__.py)
    commands                 one module per command
    draft                    a draft article's claims, checked through the run
    run                      settings, the pipeline, suppressions, baselines
    report | checks | sources | claims   renderers (they know the model and the codes
                             only); one judge per claim kind; reading documents, the index;
                             reading claim files
    speakers                 who said it
    text                     the document in memory and text analysis
    lang | model | files | yamlstrict   word tables; data; file input and output; strict YAML
    codes                    the finding codes
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
LAYERS = [
    {"cli"},
    {"commands"},
    {"draft"},
    {"run"},
    {"report", "checks", "sources", "claims"},
    {"speakers"},
    {"text"},
    {"lang", "model", "files", "yamlstrict"},
    {"codes"},
]
TOP = {"cli", "launch", "__main__"}  # the entry points: the top layer
REPORT_MAY_IMPORT = {"model", "codes", "files", "text"}  # what renderers may know


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, module) of every factcheck import in the file, at any depth (lazy ones too)."""
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "factcheck"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "factcheck":
                continue
            # `from factcheck.x import y` may name a submodule y: count it as importing x.y
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.append((node.lineno, sub if _is_module(sub, root) else target))
    return found


def _is_module(name: str, root: Path) -> bool:
    path = root.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _component(module: str) -> str | None:
    """The top-level part of the package a module belongs to ("text" for factcheck.text.tokens)."""
    parts = module.split(".")
    if len(parts) < 2:
        return None  # factcheck itself: the version
    return "cli" if parts[1] in TOP else parts[1]


def _layer(component: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if component in layer)


def upward_imports(root: Path) -> list[str]:
    """Every import in the package at `root` that points up or sideways, as file:line: what."""
    wrong = []
    for path in sorted(root.rglob("*.py")):
        own = _component(_module_name(path, root))
        if own is None:
            continue
        for line, target in _imports(path, root):
            theirs = _component(target)
            if theirs is None or theirs == own:
                continue
            if _layer(theirs) <= _layer(own):
                wrong.append(f"{path.relative_to(root).as_posix()}:{line}: {own} imports {target}")
            elif own == "report" and theirs not in REPORT_MAY_IMPORT:
                wrong.append(f"{path.relative_to(root).as_posix()}:{line}: report imports {target}")
    return wrong


def import_cycles(root: Path) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a loop (Tarjan)."""
    modules = {_module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = {t for _, t in _imports(path, root) if t in modules and t != name}
        # importing a.b.c runs a/__init__ and a/b/__init__ first
        parents = {t.rsplit(".", i)[0] for t in targets for i in range(1, t.count("."))}
        graph[name] = targets | {p for p in parents if p in modules and p != name and not name.startswith(p + ".")}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while (top := stack.pop()) != node:
                component.append(top)
            if component:
                cycles.append(sorted(component + [node]))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_every_module_belongs_to_a_layer():
    components = {_component(_module_name(p, PACKAGE)) for p in PACKAGE.rglob("*.py")} - {None}
    assert components <= set().union(*LAYERS)


def test_imports_point_down_only():
    assert upward_imports(PACKAGE) == []


def test_no_import_cycles():
    assert import_cycles(PACKAGE) == []


def _package(root: Path, files: dict[str, str]) -> Path:
    package = root / "factcheck"
    for name, text in {"__init__.py": "", "text/__init__.py": "", "run/__init__.py": "",
                       "speakers/__init__.py": "", "report/__init__.py": "", **files}.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    return package


@pytest.mark.parametrize("source, wrong", [
    ("from factcheck.run.pipeline import run\n", "text/tokens.py:1: text imports factcheck.run.pipeline"),
    ("def f():\n    from factcheck import run\n", "text/tokens.py:2: text imports factcheck.run"),
    ("from ..speakers import analysis\n", "text/tokens.py:1: text imports factcheck.speakers.analysis"),
])
def test_the_layer_check_sees_an_upward_import(tmp_path, source, wrong):
    package = _package(tmp_path, {"text/tokens.py": source, "run/pipeline.py": "", "speakers/analysis.py": ""})
    assert upward_imports(package) == [wrong]


def test_the_layer_check_keeps_renderers_to_the_model(tmp_path):
    package = _package(tmp_path, {"report/sarif.py": "from factcheck.checks import CHECKERS\n",
                                  "checks/__init__.py": ""})
    assert upward_imports(package) == ["report/sarif.py:1: report imports factcheck.checks"]


def test_the_cycle_check_sees_a_loop_through_three_modules(tmp_path):
    package = _package(tmp_path, {"text/a.py": "from factcheck.text import b\n",
                                  "text/b.py": "from factcheck.text.c import x\n",
                                  "text/c.py": "def f():\n    import factcheck.text.a\n", "text/d.py": ""})
    assert import_cycles(package) == [["factcheck.text.a", "factcheck.text.b", "factcheck.text.c"]]
