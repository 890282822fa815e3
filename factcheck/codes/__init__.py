"""Stable finding codes, shared by every report format: the one place a code's text lives.

A code never changes meaning once published. Letters group them: ``Q`` quote checks,
``A`` speakers and attributed statements, ``D`` date checks, ``F`` figure checks, ``S``
the source itself (changed, guessed encoding, transcript annotations), ``E`` claims or
sources that could not be checked, ``X`` suppressions and baselines (reported by the run
itself, not by a checker). Within a letter the hundreds give the severity: ``1xx`` cosmetic
or a note (the claim still passes), ``2xx`` minor (warn), ``3xx`` material (fail).

Each letter's codes are in a module of this package; `factcheck.codes.render` writes them
as `factcheck explain` prints them and as the reference page docs/codes.md.
"""

from __future__ import annotations

from factcheck.codes import dates, figures, inputs, quotes, speakers
from factcheck.codes.code import Code, Example

__all__ = ["CODES", "GROUPS", "Code", "Example", "reported_as"]

# (letter, what its codes are about, its codes), in the order `factcheck explain` lists them
GROUPS: tuple[tuple[str, str, tuple[Code, ...]], ...] = (
    ("Q", "quotes", quotes.CODES),
    ("A", "speakers and attributed statements", speakers.CODES),
    ("D", "dates", dates.CODES),
    ("F", "figures", figures.CODES),
    ("S", "the source itself", inputs.SOURCES),
    ("E", "claims and sources that could not be checked", inputs.ERRORS),
    ("X", "suppressions and baselines", inputs.SUPPRESSIONS),
)
CODES: dict[str, Code] = {code.code: code for _, _, table in GROUPS for code in table}


def reported_as(code: Code) -> tuple[str, str]:
    """(code, severity) that `code`'s failing example reports: its own, or its successor's
    when it is retired."""
    if not code.retired:
        return code.code, code.severity
    return code.retired, CODES[code.retired].severity
