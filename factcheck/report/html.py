"""`--format html`: one self-contained page for editors who do not live in a terminal.

The counts with a bar chart by status and by finding code; filters by status and code; and
each claim with the source's words beside it, the differences highlighted, the cue naming
the speaker marked, the source location. Nothing is fetched (inline style and script), so the
file opens offline, from a mail or a CI run's artifacts. Every text that comes from a claim,
a source or a file name is escaped, and the page's Content-Security-Policy lets no script
run but its own: a claim holding `<script>` shows as text.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from html import escape

from factcheck.codes import CODES
from factcheck.model import Evidence, Mark, Report, Result, Status
from factcheck.report import Options, issues, location_label, segments, summary_line
from factcheck.text.excerpt import OMISSION

STATUSES = ("pass", "warn", "fail", "error", "skipped")
_SEVERITY_ORDER = {"error": 0, "fail": 1, "warn": 2, "skipped": 3}
_SOURCE_MARKS = ("fail", "warn", "cue")
_MARK_TITLE = {"fail": "differs from the other side", "warn": "a minor difference",
               "cue": "the words naming the speaker"}
_SHOWN_FIELDS = ("speaker", "context", "tolerance")  # shown under the claim's words

_STYLE = """
:root{--pass:#1a7f37;--warn:#9a6700;--fail:#cf222e;--error:#8250df;--skipped:#6e7781;--cue:#0969da;
--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;
--panel:#151b23;--pass:#3fb950;--warn:#d29922;--fail:#f85149;--error:#ab7df8;--cue:#4493f8}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1rem 1.25rem 3rem;background:var(--bg);color:var(--fg);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.05rem;margin:1.6rem 0 .5rem;font-family:ui-monospace,monospace}
h3{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:0 0 .3rem}
[hidden]{display:none!important}
.summary{color:var(--muted);margin:0 0 1rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem}
figure{margin:0;padding:.75rem;border:1px solid var(--line);border-radius:6px;background:var(--panel)}
figcaption{font-weight:600;margin-bottom:.4rem}
.bar{display:grid;grid-template-columns:14rem 1fr 2.5rem;align-items:center;gap:.5rem;width:100%;
padding:.1rem .2rem;border:0;background:none;color:inherit;font:inherit;text-align:left;cursor:pointer;border-radius:4px}
button.bar:hover{background:var(--line)}div.bar{cursor:default}.bar .n{text-align:right;font-variant-numeric:tabular-nums}
.track{height:.8rem;background:var(--bg);border-radius:3px;overflow:hidden}.fill{display:block;height:100%}
.label{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;margin:1rem 0;padding:.6rem .75rem;
border:1px solid var(--line);border-radius:6px;position:sticky;top:0;background:var(--bg);z-index:1}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.75rem;flex-wrap:wrap}
.filters legend{float:left;font-weight:600;margin-right:.5rem}
output{color:var(--muted);margin-left:auto}
.claim{border:1px solid var(--line);border-left:4px solid var(--c);border-radius:6px;padding:.6rem .8rem;margin:.6rem 0}
.claim header{display:flex;flex-wrap:wrap;gap:.25rem .6rem;align-items:baseline}
.badge{font-weight:700;font-size:.75rem;padding:0 .4rem;border-radius:3px;color:#fff;background:var(--c)}
.s-pass{--c:var(--pass)}.s-warn{--c:var(--warn)}.s-fail{--c:var(--fail)}.s-error{--c:var(--error)}.s-skipped{--c:var(--skipped)}
.fill.s-pass,.fill.s-warn,.fill.s-fail,.fill.s-error,.fill.s-skipped{background:var(--c)}
.id{font-family:ui-monospace,monospace}.where,.kind{color:var(--muted);font-size:.85rem}
.message{margin:.3rem 0}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:.75rem;margin:.4rem 0}
@media (max-width:48rem){.sides{grid-template-columns:1fr}.bar{grid-template-columns:8rem 1fr 2rem}}
.side{background:var(--panel);border-radius:4px;padding:.5rem .7rem}
blockquote{margin:0;overflow-wrap:anywhere}.ctx{color:var(--muted)}
.meta{margin:.3rem 0 0;color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
mark{color:inherit;border-radius:2px;padding:0 1px;text-decoration:underline 2px;text-underline-offset:3px}
mark.fail{background:color-mix(in srgb,var(--fail) 22%,transparent);text-decoration-color:var(--fail)}
mark.warn{background:color-mix(in srgb,var(--warn) 22%,transparent);text-decoration-color:var(--warn)}
mark.cue{background:none;outline:2px solid var(--cue);outline-offset:1px;text-decoration:none}
mark.cue::after{content:"speaker";font-size:.65rem;vertical-align:super;color:var(--cue);margin-left:.2rem}
.findings{margin:.3rem 0 0;padding-left:1.1rem}.findings li{margin:.1rem 0}
.findings code{font-weight:700;color:var(--c)}.code-name{color:var(--muted)}
details>summary{cursor:pointer;color:var(--muted);font-size:.85rem}
.problems li{font-family:ui-monospace,monospace;font-size:.9rem}
footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
@media print{.filters,.charts .bar:hover{display:none}.claim{break-inside:avoid}}
"""

# Filters work on data-status and data-codes; without the script every claim is shown.
_SCRIPT = """
(function () {
  var form = document.getElementById("filters");
  var code = document.getElementById("code");
  var claims = Array.prototype.slice.call(document.querySelectorAll("article.claim"));
  var files = Array.prototype.slice.call(document.querySelectorAll("section.file"));
  function apply() {
    var wanted = {};
    form.querySelectorAll("input[name=status]").forEach(function (box) { wanted[box.value] = box.checked; });
    var shown = 0;
    claims.forEach(function (claim) {
      var visible = wanted[claim.dataset.status] !== false &&
        (!code.value || claim.dataset.codes.split(" ").indexOf(code.value) >= 0);
      claim.hidden = !visible;
      if (visible) { shown += 1; }
    });
    files.forEach(function (file) {
      file.hidden = file.querySelector("article.claim") !== null &&
        file.querySelector("article.claim:not([hidden])") === null;
    });
    document.getElementById("shown").textContent = shown + " of " + claims.length + " claims shown";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.querySelectorAll("button[data-only-status]").forEach(function (button) {
    button.addEventListener("click", function () {
      form.querySelectorAll("input[name=status]").forEach(function (box) {
        box.checked = box.value === button.dataset.onlyStatus;
      });
      code.value = "";
      apply();
    });
  });
  document.querySelectorAll("button[data-only-code]").forEach(function (button) {
    button.addEventListener("click", function () {
      form.querySelectorAll("input[name=status]").forEach(function (box) { box.checked = true; });
      code.value = button.dataset.onlyCode;
      apply();
    });
  });
  apply();
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _e(text: object) -> str:
    """Text made safe for HTML content and attribute values."""
    return escape(str(text), quote=True)


def render(report: Report, options: Options) -> str:
    summary = summary_line(report)
    status_of = {id(result): _status(result) for result in report.results}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_csp())}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>factcheck — {_e(summary)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>factcheck report</h1>",
        f'<p class="summary" id="summary">{_e(summary)}</p>',
        "</header>",
        *_charts(report, status_of),
        *_filters(report, status_of),
        "<main>",
        *_problems(report),
    ]
    for file in report.file_order():
        results = [r for r in report.results if r.claim.file == file]
        notices = [n for n in report.notices if n.file == file]
        if not results and not notices:
            continue
        out += ['<section class="file">', f"<h2>{_e(file)}</h2>"]
        for result in results:
            out += _claim(report, result, status_of[id(result)])
        for notice in notices:
            out.append(f'<p class="notice s-warn"><span class="badge">WARN</span> {_e(notice.file)}:{notice.line}: '
                       f"{_e(notice.message)} <code>{_e(notice.code)}</code></p>")
        out.append("</section>")
    out += [
        "</main>",
        "<footer>Made by factcheck. What a code means, with a passing and a failing example: "
        "<code>factcheck explain CODE</code>.</footer>",
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def _status(result: Result) -> str:
    return "skipped" if result.skipped else result.verdict.status.value


def _charts(report: Report, status_of: dict[int, str]) -> list[str]:
    statuses = Counter(status_of.values())
    codes: Counter[str] = Counter()
    for result in report.results:
        codes.update(issue.finding.code for issue in issues(result) if issue.finding.code)
    codes.update(p.code for p in report.problems + report.notices)
    shown = [s for s in STATUSES if s != "skipped" or statuses[s]]
    out = ['<section class="charts" aria-label="Summary">', '<figure id="by-status">',
           "<figcaption>Claims by status</figcaption>"]
    top = max(statuses.values(), default=0) or 1
    for status in shown:
        out.append(_bar(f'data-only-status="{status}"', status, statuses[status], top, status))
    out += ["</figure>", '<figure id="by-code">', "<figcaption>Findings by code</figcaption>"]
    top = max(codes.values(), default=0) or 1
    on_claims = {code for result in report.results for code in _codes(result)}
    ranked = sorted(codes, key=lambda c: (_SEVERITY_ORDER.get(CODES[c].severity, 4), c))
    for code in ranked:
        severity = CODES[code].severity
        # a file problem or a notice is on no claim: its bar is no filter
        action = f'data-only-code="{_e(code)}"' if code in on_claims else None
        out.append(_bar(action, f"{code} {CODES[code].name}", codes[code], top,
                        severity if severity in STATUSES else "skipped"))
    if not codes:
        out.append("<p>No finding needs attention.</p>")
    out += ["</figure>", "</section>"]
    return out


def _bar(action: str | None, label: str, count: int, top: int, status: str) -> str:
    """One bar of a chart; with an `action` (data attributes) it is a button that filters."""
    width = round(100 * count / top)
    inner = (f'<span class="label">{_e(label)}</span><span class="track">'
             f'<span class="fill s-{status}" style="width:{width}%"></span></span><span class="n">{count}</span>')
    if action is None:
        return f'<div class="bar">{inner}</div>'
    return f'<button type="button" class="bar" {action} title="show only these">{inner}</button>'


def _filters(report: Report, status_of: dict[int, str]) -> list[str]:
    statuses = Counter(status_of.values())
    out = ['<form class="filters" id="filters" aria-label="Filters">', "<fieldset><legend>Show</legend>"]
    for status in STATUSES:
        if status != "skipped" or statuses[status]:
            out.append(f'<label><input type="checkbox" name="status" value="{status}" checked> '
                       f"{status} ({statuses[status]})</label>")
    out.append("</fieldset>")
    claims_with: Counter[str] = Counter()
    for result in report.results:
        claims_with.update(_codes(result))
    out.append('<label>Code <select id="code" name="code"><option value="">any</option>')
    for code in sorted(claims_with):
        out.append(f'<option value="{_e(code)}">{_e(code)} {_e(CODES[code].name)} ({claims_with[code]})</option>')
    out += ["</select></label>", f'<output id="shown">{len(report.results)} claims</output>', "</form>"]
    return out


def _codes(result: Result) -> list[str]:
    """Every code a claim has: findings (notes too) and suppressed ones."""
    found = {f.code for f in result.verdict.findings} | {s.finding.code for s in result.suppressed}
    return sorted(found - {""})


def _problems(report: Report) -> list[str]:
    if not report.problems:
        return []
    out = ['<section class="problems s-error">', "<h2>Claim files that could not be read</h2>", "<ul>"]
    for p in report.problems:
        out.append(f"<li>{_e(p.file)}:{p.line}:{p.column}: <code>{_e(p.code)}</code> {_e(p.message)}</li>")
    return out + ["</ul>", "</section>"]


def _claim(report: Report, result: Result, status: str) -> list[str]:
    claim, verdict = result.claim, result.verdict
    out = [f'<article class="claim s-{status}" data-status="{status}" data-codes="{_e(" ".join(_codes(result)))}">',
           f'<header><span class="badge">{status.upper()}</span> <strong class="id">{_e(claim.id)}</strong> '
           f'<span class="where">{_e(report.place(claim))}</span> <span class="kind">{_e(claim.kind or "")}</span></header>',
           f'<p class="message">{_e(verdict.message)}</p>']
    sides = _sides(result)
    if sides:
        if verdict.status is Status.PASS:
            out += ["<details><summary>claim and source</summary>", *sides, "</details>"]
        else:
            out += sides
    items = [_finding(f.code, f.severity, f.message) for f in verdict.findings]
    items += [_finding(s.finding.code, "skipped", f"{s.finding.message} (skipped, {s.by}: {s.reason})")
              for s in result.suppressed]
    if items:
        out += ['<ul class="findings">', *items, "</ul>"]
    out.append("</article>")
    return out


def _finding(code: str, severity: str, message: str) -> str:
    status = severity if severity in STATUSES else "skipped"  # notes in grey
    name = CODES[code].name if code in CODES else ""
    return (f'<li class="s-{status}"><code>{_e(code)}</code> <span class="code-name">{_e(name)}</span> '
            f"{_e(message)}</li>")


def _sides(result: Result) -> list[str]:
    claim, verdict = result.claim, result.verdict
    text = verdict.claim_text or next((claim.fields[k] for k in ("quote", "said", "date", "figure")
                                       if k in claim.fields), "")
    if not text and verdict.evidence is None:
        return []
    meta = [f"{key}: {claim.fields[key]}" for key in _SHOWN_FIELDS if key in claim.fields]
    out = ['<div class="sides">', '<div class="side claim-side"><h3>Claim</h3>',
           f"<blockquote>{_marked(text, 0, verdict.marks, 'claim', ('fail', 'warn'))}</blockquote>"]
    out += [f'<p class="meta">{_e(line)}</p>' for line in meta]
    out.append("</div>")
    evidence = verdict.evidence
    if evidence is None:
        out.append('<div class="side source-side"><h3>Source</h3><p class="meta">no passage found</p></div>')
    else:
        title = "Source" if evidence.found else "Closest passage in the source"
        out += [f'<div class="side source-side"><h3>{title}</h3>',
                f"<blockquote>{_source(evidence, verdict.marks)}</blockquote>",
                f'<p class="meta where">{_e(location_label(evidence))} · similarity {evidence.score:.0f}</p>',
                "</div>"]
    out.append("</div>")
    return out


def _source(evidence: Evidence, marks: tuple[Mark, ...]) -> str:
    """The passage in its context: the words before it and after it dimmed, the
    differences highlighted, the cue naming the speaker marked."""
    context = evidence.context
    parts = []
    if context.before:
        before = _marked(context.before, evidence.start - len(context.before), marks, "source", ("cue",))
        parts.append(f'<span class="ctx">{OMISSION if context.cut_before else ""}{before}</span>')
    if evidence.omitted is None:
        parts.append(_marked(evidence.text, evidence.start, marks, "source", _SOURCE_MARKS))
    else:  # a cut passage: its beginning, "…", its end
        head, tail = evidence.omitted
        split = head - evidence.start
        parts += [_marked(evidence.text[:split], evidence.start, marks, "source", _SOURCE_MARKS), _e(OMISSION),
                  _marked(evidence.text[split + len(OMISSION):], tail, marks, "source", _SOURCE_MARKS)]
    if context.after:
        after = _marked(context.after, evidence.end, marks, "source", ("cue",))
        parts.append(f'<span class="ctx">{after}{OMISSION if context.cut_after else ""}</span>')
    return "".join(parts)


def _marked(text: str, offset: int, marks: tuple[Mark, ...], side: str, kinds: tuple[str, ...]) -> str:
    out = []
    for piece, kind in segments(text, offset, marks, side, kinds):
        out.append(_e(piece) if kind is None else f'<mark class="{kind}" title="{_MARK_TITLE[kind]}">{_e(piece)}</mark>')
    return "".join(out)
