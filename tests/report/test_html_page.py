"""`--format html`: one self-contained page, escaped, proven in a real browser (Chromium).

The page is written by the command line as a user runs it, then opened from a file:// URL
by headless Chromium (tests/conftest.py `browser`; skipped with the reason when Chromium
is not installed, as .ci/run installs it).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from helpers import ROOT, invoke

SCRIPT_TAG = "<script>window.__injected = 'script'</script>"
IMG_TAG = '"><img src=x onerror="window.__injected = \'img\'">'


@pytest.fixture
def page_file(tmp_path, monkeypatch) -> Path:
    """An HTML report of four claims: two pass, one fails, and one (failing) whose id, quote
    and speaker are injection attempts; plus a claim file that cannot be read."""
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "story.yaml").write_text(f"""\
source: banten-bengkulu
claims:
  - id: verbatim
    quote: "Ini contoh praktik baik yang patut kita pelajari"
  - id: speaker
    speaker: Andra Soni
    quote: "Alhamdulillah, hari ini kami menerima kunjungan Gubernur Bengkulu"
  - id: rice
    quote: "beras seharga Rp70.000 bisa ditebus Rp25.000"
  - id: {json.dumps(SCRIPT_TAG)}
    speaker: {json.dumps(IMG_TAG)}
    quote: {json.dumps(SCRIPT_TAG + IMG_TAG)}
""", encoding="utf-8")
    (tmp_path / "claims" / "<b>broken<i>.yaml").write_text("claims: [\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "--format", "html:report/factcheck.html")
    assert result.exit_code == 2, result.output  # a failing claim and an unreadable file
    assert "4 claims: 2 pass, 0 warn, 2 fail, 0 error; 1 claim file problem" in result.stderr
    return tmp_path / "report" / "factcheck.html"


def test_every_text_from_claims_and_files_is_escaped(page_file):
    html = page_file.read_text(encoding="utf-8")
    assert "<script>window" not in html and "<img" not in html and "<b>broken" not in html
    assert html.count("&lt;script&gt;window.__injected = &#x27;script&#x27;&lt;/script&gt;") >= 2  # id and quote
    assert "&lt;img src=x onerror=&quot;window.__injected" in html
    assert "&lt;b&gt;broken&lt;i&gt;.yaml" in html
    assert len(re.findall(r"<script>", html)) == 1  # the page's own script, nothing else


def test_the_page_is_self_contained(page_file):
    html = page_file.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)  # nothing fetched
    assert "@import" not in html and "url(" not in html
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src &#x27;none&#x27;" in policy and "script-src &#x27;sha256-" in policy


def test_the_page_in_a_browser(browser, page_file):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: errors.append(f"fetched {request.url}")
            if not request.url.startswith("file:") else None)
    page.goto(page_file.as_uri())
    # it renders: the counts, the charts, every claim, the source beside the claim
    assert page.title().startswith("factcheck — 4 claims: 2 pass, 0 warn, 2 fail, 0 error")
    assert page.locator("#by-status .bar").count() == 4
    assert page.locator("article.claim").count() == 4
    assert page.locator("#shown").text_content() == "4 of 4 claims shown"  # the page's own script ran
    rice = page.locator("article.claim", has_text="rice")
    assert rice.locator(".claim-side mark.fail").text_content() == "Rp25.000"
    assert rice.locator(".source-side mark.fail").text_content() == "Rp20.000"
    assert "sources/banten-bengkulu.md:15:198" in rice.locator(".source-side .where").text_content()
    speaker = page.locator("article.claim", has_text="Alhamdulillah")
    speaker.locator("summary").click()  # a passing claim's sides are folded
    assert speaker.locator(".source-side mark.cue").text_content() == "ujar Andra Soni"

    # the injection attempts show as text and run nothing
    hostile = page.locator("article.claim").nth(3)
    assert hostile.locator(".id").text_content() == SCRIPT_TAG
    assert hostile.locator(".claim-side blockquote").text_content() == SCRIPT_TAG + IMG_TAG
    assert page.evaluate("window.__injected") is None
    assert page.locator("body img").count() == 0
    assert "<b>broken<i>.yaml" in page.locator(".problems").text_content()

    # the status filter hides passing claims; the code filter shows one code's claims
    page.uncheck("input[name=status][value=pass]")
    visible = [a for a in page.locator("article.claim").all() if a.is_visible()]
    assert [a.get_attribute("data-status") for a in visible] == ["fail", "fail"]
    assert page.locator("#shown").text_content() == "2 of 4 claims shown"
    page.check("input[name=status][value=pass]")
    page.select_option("#code", "Q301")
    assert [a.locator(".id").text_content() for a in page.locator("article.claim").all() if a.is_visible()] \
        == ["rice"]
    page.click("#by-status button[data-only-status=pass]")  # a bar is a filter too
    assert page.locator("#shown").text_content() == "2 of 4 claims shown"
    assert not rice.is_visible()
    assert errors == []
    page.close()
