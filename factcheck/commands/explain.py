"""`factcheck explain [CODE]`: what a finding code means, with a passing and a failing
example; every code one a line; or (`--markdown`) the reference page docs/codes.md. All of
it comes from `factcheck.codes`."""

from __future__ import annotations

import sys

from factcheck.claims.claimfile import nearest
from factcheck.codes import CODES
from factcheck.codes.render import explain, listing, markdown
from factcheck.commands import fail


def execute(code: str | None, as_markdown: bool = False) -> int:
    """Print the explanation of `code`, or every code one a line when None, or the codes
    reference page."""
    if as_markdown:
        if code is not None:
            return fail("--markdown prints the page of every code; give no CODE with it")
        sys.stdout.write(markdown())
        return 0
    if code is None:
        sys.stdout.write(listing())
        return 0
    info = CODES.get(code.strip().upper())
    if info is None:
        return fail(f"unknown code {code!r} (nearest: {nearest(code.strip().upper(), tuple(CODES))}); "
                    "`factcheck explain` lists them all")
    sys.stdout.write(explain(info))
    return 0
