"""The one ordering of claim statuses and finding severities."""

from __future__ import annotations

from factcheck.model import RANK, Finding, Status


def test_statuses_rank_from_pass_to_error_and_a_note_ranks_with_pass():
    assert [s.rank for s in Status] == [0, 1, 2, 3]
    assert RANK["note"] == Status.PASS.rank
    assert Status.of("note") is Status.PASS and Status.of("fail") is Status.FAIL


def test_the_worst_status_and_the_status_findings_give():
    assert Status.worst([Status.WARN, Status.ERROR, Status.PASS]) is Status.ERROR
    assert Status.worst([]) is Status.PASS
    assert Status.of_findings([Finding("Q104", "case"), Finding("Q305", "added"), Finding("Q202", "caps")]) \
        is Status.FAIL
    assert Status.of_findings([Finding("Q104", "case")]) is Status.PASS  # notes only
