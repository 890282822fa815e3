"""Settings: defaults, then a configuration file, then the command line.

The file is the first found going up from the working directory: in each folder
`factcheck.toml`, then `.factcheck.toml`, then a `pyproject.toml` with a `[tool.factcheck]`
table (one without it is passed over). `--config PATH` names the file instead;
`--isolated` reads none. Relative paths in a file are relative to the file's folder.

Each setting is one row of SETTINGS; adding a setting is adding a row (and, if the
command line should override it, an option in cli.py passed to `Config.override`).
"""

from __future__ import annotations

import difflib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from factcheck.lang import LANGUAGE_CHOICES
from factcheck.run.policy import STRICTNESS
from factcheck.report import Output, parse_output
from factcheck.files import display_path
from factcheck.files import TextError, read_limited

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE_NAMES = ("factcheck.toml", ".factcheck.toml", "pyproject.toml")
MAX_CONFIG_BYTES = 1024 * 1024
FAIL_ON = ("fail", "warn", "never")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file."""


def _choice(choices: tuple[str, ...]) -> Callable[[Any, Path], Any]:
    def parse(value: Any, base: Path) -> str:
        if not isinstance(value, str) or value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, not {json.dumps(value)}")
        return value
    return parse


def _path(value: Any, base: Path) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"must be a path, not {json.dumps(value)}")
    return Path(display_path(base / value)) if not Path(value).is_absolute() else Path(value)


def _paths(value: Any, base: Path) -> list[Path]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values:
        raise ValueError(f"must be a path or glob, or a list of them, not {json.dumps(value)}")
    return [_path(v, base) for v in values]


def _outputs(value: Any, base: Path) -> list[Output]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"must be a format such as \"concise\" or \"sarif:out.sarif\", or a list, not {json.dumps(value)}")
    outputs = [parse_output(v) for v in values]
    return [Output(o.format, None if o.path is None else _path(o.path.as_posix(), base)) for o in outputs]


def _bool(value: Any, base: Path) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {json.dumps(value)}")
    return value


def _optional_path(value: Any, base: Path) -> Path | None:
    return None if value is None else _path(value, base)


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any  # as a configuration file would write it; paths relative to the file's folder
    parse: Callable[[Any, Path], Any]  # a file's value and the file's folder -> the value
    help: str


SETTINGS = {s.name: s for s in (
    Setting("sources", "sources", _path, "folder of source documents"),
    Setting("claims", ["claims"], _paths, "claim files, folders or glob patterns checked when no PATH is given"),
    Setting("language", "auto", _choice(LANGUAGE_CHOICES), "language of claim files that name none"),
    Setting("strictness", "standard", _choice(STRICTNESS),
            "minor differences (warn) count as notes (lenient), warnings (standard) or failures (strict)"),
    Setting("fail-on", "fail", _choice(FAIL_ON), "the worst status that still exits 0: fail, warn or never"),
    Setting("format", [], _outputs, "report formats, FORMAT or FORMAT:PATH; empty: full on a terminal, "
            "concise otherwise, github in GitHub Actions"),
    Setting("baseline", None, _optional_path, "baseline file of findings not to report"),
    Setting("allow-outside-root", False, _bool, "read sources outside the project root (the configuration "
            "file's folder, else the working directory), also through symbolic links"),
)}


@dataclass
class Config:
    """Settings by name. Without a file, default paths are relative to the working
    directory; with one, to the file's folder (the project's root)."""

    file: Path | None = None  # the configuration file read, if any
    values: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=lambda: {n: "default" for n in SETTINGS})

    def __post_init__(self) -> None:
        base = self.file.parent if self.file is not None else Path(".")
        for name, setting in SETTINGS.items():
            self.values.setdefault(name, setting.parse(setting.default, base))

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def override(self, name: str, value: Any) -> None:
        """A value from the command line; None means the option was not given."""
        if value is not None and value != []:
            self.values[name] = value
            self.origins[name] = "command line"

    @property
    def root(self) -> Path:
        """The project root: the configuration file's folder, else the working directory."""
        return self.file.parent if self.file is not None else Path.cwd()

    def source_roots(self) -> tuple[Path, ...]:
        """Where sources may be: the project root, and a sources folder named on the command
        line (whoever runs the command chose it; a claim or configuration file did not)."""
        if self.origins["sources"] == "command line":
            return (self.root, self["sources"])
        return (self.root,)

    def lines(self) -> list[str]:
        """The effective settings as TOML, each with where it came from."""
        rows = [(f"{name} = {_toml(self.values[name])}" if self.values[name] is not None else f"# {name} is not set",
                 self.origins[name]) for name in SETTINGS]
        width = max(len(text) for text, _ in rows)
        head = f"# configuration file: {display_path(self.file) if self.file else 'none'}"
        return [head] + [f"{text:<{width}}  # {origin}" for text, origin in rows]


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, Path):
        value = value.as_posix()
    return json.dumps(str(value), ensure_ascii=False)


def discover(start: Path) -> Path | None:
    """The configuration file that applies in folder `start`, looking upward."""
    for folder in (start, *start.parents):
        for name in FILE_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        return "factcheck" in _read_toml(pyproject).get("tool", {})
    except ConfigError:
        return False  # someone else's broken pyproject.toml is not ours to report


def _read_toml(path: Path) -> dict:
    shown = display_path(path)
    try:
        return tomllib.loads(read_limited(path, shown, MAX_CONFIG_BYTES, "a configuration file").decode("utf-8-sig"))
    except TextError as exc:
        raise ConfigError(str(exc)) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{shown}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: invalid TOML: {exc}") from None
    except RecursionError:  # the file may come from anyone's pull request
        raise ConfigError(f"{shown}: invalid TOML: nested too deeply") from None


def load(explicit: Path | None = None, isolated: bool = False, start: Path | None = None) -> Config:
    """The settings before the command line's options: defaults and the configuration file."""
    if explicit is not None and isolated:
        raise ConfigError("--config and --isolated cannot be used together")
    if isolated:
        return Config()
    if explicit is not None and not explicit.is_file():
        raise ConfigError(f"{explicit.as_posix()}: no such configuration file")
    path = explicit or discover((start or Path.cwd()).resolve())
    config = Config(file=path)
    if path is None:
        return config
    shown = display_path(path)
    table = _read_toml(path)
    if path.name == "pyproject.toml":
        table = table.get("tool", {}).get("factcheck", {})
        shown += " [tool.factcheck]"
    if not isinstance(table, dict):
        raise ConfigError(f"{shown}: [tool.factcheck] must be a table")
    for key, value in table.items():
        name = key.replace("_", "-")
        if name not in SETTINGS:
            near = difflib.get_close_matches(name, SETTINGS, n=1, cutoff=0.0)[0]
            raise ConfigError(f"{shown}: unknown setting {key!r} (nearest: {near!r})")
        try:
            config.values[name] = SETTINGS[name].parse(value, path.parent)
        except ValueError as exc:
            raise ConfigError(f"{shown}: {key!r} {exc}") from None
        config.origins[name] = shown
    return config
