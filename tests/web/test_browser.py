"""The page in a real browser: Debian's chromium driven by Playwright. What a reader sees on the overview and
the release-date timeline, no console error, and no hostile string that opens a dialog or runs a script.

Skipped, with the reason, where chromium or playwright is missing; with CLAIMWATCH_REQUIRE_BROWSER=1 (set
by .ci/run when it could install chromium) they fail instead. Screenshots go to $CLAIMWATCH_TEST_ARTEFACTS
(default test-artefacts/), web/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.conftest import HELD_RELEASE_DATES, IMG, RTL, SCRIPT, fill, serving

CHROMIUM = Path("/usr/bin/chromium")
REQUIRE_BROWSER = os.environ.get("CLAIMWATCH_REQUIRE_BROWSER") == "1"
ARTEFACTS = Path(os.environ.get("CLAIMWATCH_TEST_ARTEFACTS", "test-artefacts")) / "web"

pytestmark = pytest.mark.browser


def _browser_problem() -> str | None:
    if not CHROMIUM.exists():
        return f"no {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator:
    problem = _browser_problem()
    if problem:
        if REQUIRE_BROWSER:
            pytest.fail(f"CLAIMWATCH_REQUIRE_BROWSER=1 but {problem}")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


class Watched:
    """A page whose console errors, uncaught exceptions and dialogs are noted (a dialog is dismissed)."""

    def __init__(self, browser, *, javascript: bool = True) -> None:
        self.page = browser.new_page(viewport={"width": 1200, "height": 900}, java_script_enabled=javascript)
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str, shot: str):
        self.page.goto(url)
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTEFACTS / f"{shot}.png"), full_page=True)
        return self.page


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[str]:
    import storage

    engine = storage.make_engine(f"sqlite:///{tmp_path_factory.mktemp('web') / 'claimwatch.db'}")
    storage.upgrade(engine)
    fill(engine)
    with serving(engine) as base:
        yield base
    engine.dispose()


@pytest.fixture
def watched(browser) -> Iterator[Watched]:
    tab = Watched(browser)
    yield tab
    tab.page.close()
    assert tab.errors == [], "console errors"
    assert tab.dialogs == [], "a hostile string opened a dialog"


def test_the_overview_shows_each_belief_with_its_tier_evidence_and_link(site, watched):
    page = watched.open(site + "/", "overview")
    release = page.locator(".belief[data-kind=release_date]")
    assert "March 13, 2026 (2026-03-13)" in release.inner_text()
    assert "confirmed" in release.locator(".tier").inner_text()
    assert "The streamer set the premiere of season two for March 13, 2026." in release.inner_text()
    link = release.get_by_role("link", name="read the article")
    assert link.get_attribute("href") == "https://streamer.example/story-3"
    groups = page.locator(".people h3")
    assert groups.all_inner_texts() == ["Confirmed", "Departing"]
    assert "Han Ara" in groups.first.locator("xpath=following-sibling::ul[1]").inner_text()
    assert "Jo Minseo" in groups.last.locator("xpath=following-sibling::ul[1]").inner_text()
    assert "Contradicted in the last 30 days" in page.get_by_role("alert").inner_text()


def test_the_release_date_timeline_has_one_band_per_held_value_and_dots_that_explain_themselves(site, watched):
    page = watched.open(site + "/timeline/release_date", "timeline-release-date")
    bands = page.locator("svg rect.band title").all_text_contents()
    assert [band.split(": believed")[0] for band in bands] == HELD_RELEASE_DATES
    dots = page.locator("svg circle.dot")
    assert dots.count() == 3
    dots.last.focus()
    assert "The streamer set the premiere" in page.locator("#dot-detail").inner_text()
    assert "streamer.example" in page.locator("#dot-detail").inner_text()


def test_hostile_strings_show_as_text_and_run_nothing(site, watched):
    page = watched.open(site + "/articles", "articles-hostile")
    assert IMG in page.locator("main").inner_text()
    assert page.locator("main img").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    timeline = watched.open(site + "/timeline/release_date", "timeline-hostile")
    assert SCRIPT in timeline.locator("main").inner_text()
    assert timeline.locator("main script").count() == 0
    overview = watched.open(site + "/", "overview-hostile")
    assert RTL in overview.locator("blockquote[dir=auto]").all_inner_texts()[-1]
    assert IMG in watched.open(site + "/timeline/cast", "timeline-cast").locator("main").inner_text()


def test_without_javascript_the_timeline_still_lists_each_claims_sentence_and_source(site, browser):
    tab = Watched(browser, javascript=False)
    page = tab.open(site + "/timeline/release_date", "timeline-no-javascript")
    assert page.locator("svg rect.band").count() == len(HELD_RELEASE_DATES)
    first = page.locator("ol.claims li").first.inner_text()
    assert "The streamer set the premiere of season two for March 13, 2026." in first and "streamer.example" in first
    assert "Our bet is that the students come back" in page.locator("svg circle.dot title").first.text_content()
    tab.page.close()
