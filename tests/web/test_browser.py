"""The web UI in a real headless Chromium (Debian's build, driven by Playwright).

Starts uvicorn on a free loopback port in a thread, then: the article page marks the
claim's spans when a claim is clicked; the figures page draws its chart; the hostile
article runs no script. Screenshots go to ``test-artifacts/`` (git-ignored). Skipped, with
the reason, where /usr/bin/chromium or the playwright package is absent.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists() and shutil.which("chromium") is None:
    pytest.skip("no /usr/bin/chromium (apt-get install -y chromium; never `playwright install`)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="the playwright package is not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(app) -> Iterator[str]:
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda err: errors.append(str(err)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.errors = errors
    yield tab
    context.close()


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_clicking_a_claim_highlights_its_spans(server, page):
    page.goto(f"{server}/articles/a1-pentagon")
    assert page.locator("#article-text .hl.sel").count() == 0
    page.locator('a.claim-link[data-claim="c1"]').click()
    selected = page.locator("#article-text .hl.sel")
    assert selected.count() >= 3  # source, cue and content pieces
    text = "".join(selected.all_inner_texts())
    assert "The Pentagon" in text and "said" in text and "Kursk region" in text
    assert "11,000" not in text  # the other claim stays unmarked
    assert page.locator('tr.active[data-claim="c1"]').count() == 1
    colour = page.locator("#article-text .hl.k-source.sel").first.evaluate(
        "el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    shoot(page, "article-claim-selected.png")
    page.locator('a.claim-link[data-claim="c2"]').click()
    assert "11,000" in "".join(page.locator("#article-text .hl.sel").all_inner_texts())
    assert page.errors == []


def test_figures_chart_is_drawn(server, page):
    page.goto(f"{server}/figures?measure=killed")
    chart = page.locator("svg#figures-chart")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    marks = page.locator("svg#figures-chart a.mark")
    assert marks.count() == 3
    for index in range(marks.count()):
        mark_box = marks.nth(index).bounding_box()
        assert mark_box is not None and mark_box["width"] > 0
    assert page.locator("svg#figures-chart .range").count() >= 2
    shoot(page, "figures-chart.png")
    assert page.errors == []


def test_hostile_article_runs_no_script(server, page):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/articles/{quote('a3-<hostile>', safe='')}")
    page.locator('a.claim-link[data-claim="c2"]').click()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert "<script>" in page.locator("#article-text").inner_text()
    shoot(page, "hostile-article.png")


def test_pages_render_without_errors(server, page):
    for path, name in (("/", "home.png"), ("/claims?q=troops", "claims.png"),
                       ("/entities/e:north-korea", "entity.png"), ("/timeline", "timeline.png")):
        response = page.goto(server + path)
        assert response is not None and response.status == 200
        shoot(page, name)
    assert page.errors == []
