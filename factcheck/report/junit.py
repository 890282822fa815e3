"""`--format junit`: JUnit XML, one testsuite per claim file, one testcase per claim.

A testcase is named `file:id` (classname: the file) and holds a `<failure>` when the
claim failed (or warned, under `--fail-on warn`), an `<error>` when it could not be
checked, `<skipped>` when suppressions alone made it pass. Unreadable claim files are a
testcase with an `<error>`; notices (stale baseline entries) go to `<system-out>`, and
fail the testcase under `--fail-on warn`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.model import Report, Result, Status
from factcheck.report import Options, issues, location_label


def _details(result: Result) -> str:
    lines = []
    for issue in issues(result):
        code = f"{issue.finding.code} " if issue.finding.code else ""
        why = f" ({issue.suppressed.by}: {issue.suppressed.reason})" if issue.suppressed else ""
        lines.append(f"{code}{issue.status}: {issue.finding.message}{why}")
    evidence = result.verdict.evidence
    if evidence is not None:
        lines.append(f"source: {location_label(evidence)}: {evidence.text}")
    return "\n".join(lines)


def _case(suite: ET.Element, file: str, name: str, line: int) -> ET.Element:
    return ET.SubElement(suite, "testcase", {"classname": file, "name": f"{file}:{name}", "file": file,
                                             "line": str(line)})


def document(report: Report, options: Options) -> ET.Element:
    root = ET.Element("testsuites", {"name": "factcheck"})
    totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for file in report.file_order():
        suite = ET.SubElement(root, "testsuite", {"name": file})
        counts = dict.fromkeys(totals, 0)
        for problem in (p for p in report.problems if p.file == file):
            case = _case(suite, file, "(claim file)", problem.line)
            ET.SubElement(case, "error", {"type": problem.code, "message": problem.message}).text = \
                f"{problem.file}:{problem.line}:{problem.column}: {problem.message}"
            counts["errors"] += 1
        for result in (r for r in report.results if r.claim.file == file):
            claim, verdict = result.claim, result.verdict
            case = _case(suite, file, claim.id, claim.line)
            codes = " ".join(f.code for f in verdict.findings if f.severity != "note")
            attributes = {"type": codes or verdict.status.value, "message": verdict.message}
            failing = verdict.status is Status.FAIL or (verdict.status is Status.WARN and options.fail_on == "warn")
            if verdict.status is Status.ERROR:
                ET.SubElement(case, "error", attributes).text = _details(result)
                counts["errors"] += 1
            elif failing:
                ET.SubElement(case, "failure", attributes).text = _details(result)
                counts["failures"] += 1
            elif result.skipped:
                reasons = "; ".join(dict.fromkeys(f"{s.by}: {s.reason}" for s in result.suppressed))
                ET.SubElement(case, "skipped", {"message": f"suppressed ({reasons})"}).text = _details(result)
                counts["skipped"] += 1
            elif verdict.status is Status.WARN or result.suppressed:
                ET.SubElement(case, "system-out").text = _details(result)
        for notice in (n for n in report.notices if n.file == file):
            case = _case(suite, file, f"({notice.code})", notice.line)
            if options.fail_on == "warn":
                ET.SubElement(case, "failure", {"type": notice.code, "message": notice.message})
                counts["failures"] += 1
            else:
                ET.SubElement(case, "system-out").text = f"{notice.code}: {notice.message}"
        counts["tests"] = len(suite)
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    return root


# characters XML 1.0 cannot hold at all, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(root: ET.Element) -> None:
    for element in root.iter():
        if element.text:
            element.text = _NOT_XML.sub("\ufffd", element.text)
        for key, value in element.attrib.items():
            element.set(key, _NOT_XML.sub("\ufffd", value))


def render(report: Report, options: Options) -> str:
    root = document(report, options)
    _clean(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
