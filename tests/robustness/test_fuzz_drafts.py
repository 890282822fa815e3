"""Random drafts through `factcheck draft`: every one gets a report and the contract's exit
code, never a traceback; and the same draft always gives the same bytes."""

from __future__ import annotations

import json

from fuzzbudget import fuzz
from hypothesis import given
from hypothesis import strategies as st

from helpers import invoke

PIECES = st.sampled_from(["“", "”", '"', "'", ",", ".", " ", "\n", "\n\n", "kata Andra Soni", "ujarnya", "said Park",
                          "Rp20.000", "25 persen", "1.500", "2025", "Jumat (24/10/2025)", "kemarin", "Oktober 2025",
                          "beras", "ditebus", "seharga", "tidak", "…", "(", ")", "dua puluh ribu", "half", "\u200b",
                          "é", "---\n", "published: 2025-10-24\n", "<p>", "# "])


@fuzz(40)
@given(st.lists(PIECES, max_size=40))
def test_any_draft_gets_a_report_never_a_traceback(project, pieces):
    (project / "drafts").mkdir(exist_ok=True)
    (project / "drafts" / "fuzz.md").write_text("".join(pieces), encoding="utf-8")
    result = invoke("draft", "drafts/fuzz.md", "--format", "json")
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    if result.exit_code == 2:  # only a draft that cannot be read: its front matter
        assert result.stderr.startswith("factcheck: error: drafts/fuzz.md:") and "front matter" in result.stderr
        return
    assert result.exit_code in (0, 1)
    report = json.loads(result.stdout)
    assert report["summary"]["error"] == 0
    assert invoke("draft", "drafts/fuzz.md", "--format", "json").stdout == result.stdout
