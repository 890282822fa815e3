"""`--format jsonl`: one JSON object per line, for streaming and `grep`.

Each claim is a `{"type": "result", …}` line with the fields of a JSON report result, each
unreadable claim file a `{"type": "error", …}` line, each notice a `{"type": "notice", …}`
line, and the last line is `{"type": "summary", "version": 1, …counts}`.
"""

from __future__ import annotations


from factcheck.model import Report
from factcheck.report import Options, json_text
from factcheck.report.json import VERSION, problem_dict, result_dict


def render(report: Report, options: Options) -> str:
    rows = [{"type": "result"} | result_dict(r) for r in report.results]
    rows += [{"type": "error"} | problem_dict(p) for p in report.problems]
    rows += [{"type": "notice"} | problem_dict(n) for n in report.notices]
    rows.append({"type": "summary", "version": VERSION} | report.counts())
    return "".join(json_text(row, indent=None) + "\n" for row in rows)
