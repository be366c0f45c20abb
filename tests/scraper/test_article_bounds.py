"""Hostile pages: nesting and size are bounded before parsing, so any page costs bounded memory."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from scraper.article import extract_article, strip_html
from scraper.errors import PageTooComplex, ScraperError

STORY = "<p>Netflix has renewed All of Us Are Dead for a second season, the streamer said on Friday.</p>"

# The child limits its own address space to this much above what its imports took: a regression
# that builds the quadratic tree again fails there with MemoryError, not on a slow clock.
CHILD_HEADROOM_MB = 300
# What the issue asks of a hostile page's reading: peak RSS under this.
PEAK_RSS_MB = 200

CHILD = """
import resource, sys
from scraper.article import extract_article
from scraper.errors import PageTooComplex
size = int(open("/proc/self/status").read().split("VmSize:")[1].split()[0]) * 1024
resource.setrlimit(resource.RLIMIT_AS, (size + {headroom} * 2**20, resource.RLIM_INFINITY))
html = {page}
try:
    article = extract_article(html, "https://news.example/deep")
    print("read", len(article.text))
except PageTooComplex as exc:
    print(exc)
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent (pytest) across exec.
print("peak_rss_mb", int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) // 1024)
"""


def run_child(page: str) -> tuple[str, int]:
    code = textwrap.dedent(CHILD.format(headroom=CHILD_HEADROOM_MB, page=page))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    *said, peak = done.stdout.strip().splitlines()
    return "\n".join(said), int(peak.split()[1])


@pytest.mark.parametrize("depth", [10_000, 100_000, 1_000_000])
def test_a_deeply_nested_page_is_refused_as_too_deep_within_bounded_memory(depth):
    page = f'"<html><body>" + "<div><p>The second season arrives.</p>" * {depth} + "</body></html>"'
    said, peak_mb = run_child(page)
    assert said.startswith("https://news.example/deep: page too deep: more than 400 nested elements")
    assert peak_mb < PEAK_RSS_MB


def test_a_twenty_megabyte_page_is_read_in_its_first_megabytes_within_bounded_memory():
    page = f'"<html><body><article>" + {STORY!r} * 200_000 + "</article></body></html>"'
    said, peak_mb = run_child(page)
    assert said.startswith("read ")
    assert peak_mb < PEAK_RSS_MB


def test_a_page_with_too_many_elements_is_refused_naming_the_url():
    html = "<html><body>" + "<span>a</span>" * 200_000 + "</body></html>"
    with pytest.raises(PageTooComplex, match=r"https://news.example/wide: page too big: more than 150,000 elements"):
        extract_article(html, "https://news.example/wide")


def test_too_deep_is_a_scraper_error_so_the_daemon_records_it_and_goes_on():
    assert issubclass(PageTooComplex, ScraperError)


def test_a_real_page_nested_a_hundred_deep_is_read():
    html = "<html><body>" + "<div>" * 100 + f"<article>{STORY}</article>" + "</div>" * 100 + "</body></html>"
    assert "renewed All of Us Are Dead" in extract_article(html, "https://news.example/ok").text


def test_paragraphs_and_list_items_left_open_do_not_count_as_nesting():
    html = "<html><body><article>" + "<p>Season two is coming. " * 2000 + "<ul>" + "<li>item" * 2000 + "</ul></article>"
    assert "Season two is coming" in extract_article(html, "https://news.example/open").text


def test_tags_inside_scripts_and_comments_are_not_counted():
    hidden = "<div>" * 1000
    html = f"<html><body><script>var s = '{hidden}';</script><!-- {hidden} --><article>{STORY}</article></body></html>"
    assert "renewed All of Us Are Dead" in extract_article(html, "https://news.example/script").text


def test_a_hostile_feed_summary_gives_its_words_not_an_error():
    assert strip_html("<div>" * 5000 + "Season two" + "</div>" * 5000) == "Season two"
