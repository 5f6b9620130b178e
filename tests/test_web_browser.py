"""The web UI in a real headless browser: Debian's chromium driven by Playwright (the PyPI
package, pointed at /usr/bin/chromium; no browser is downloaded). Every page type opens
without a script error and shows its chart, table or graph; a click leads from a proposition's
quote to the document with the quote highlighted on the right words; the network opens an
actor on a click; the hostile article runs nothing. Each test takes a screenshot.

Skipped when chromium or Playwright is missing, except under CI=true, where that fails (.ci/run
installs chromium). Set STANCEMAP_SCREENSHOTS=DIR to keep the screenshots (the README's come
from here: ``STANCEMAP_SCREENSHOTS=docs pytest tests/test_web_browser.py``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_web_support import HOSTILE_ID, build_store, fetch_json, live_server

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def _chromium() -> str:
    path = os.environ.get("STANCEMAP_CHROMIUM") or shutil.which("chromium") or shutil.which(
        "chromium-browser")
    reason = None
    if not path:
        reason = "chromium not installed: apt-get install chromium chromium-driver"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright (PyPI) not installed: pip install -r requirements.txt"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must run the browser tests)")
        pytest.skip(reason)
    return str(path)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    path = _chromium()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    work = tmp_path_factory.mktemp("webui")
    with live_server(build_store(str(work / "store.db"), work)) as base:
        yield base


@pytest.fixture
def page(browser, tmp_path):
    ctx = browser.new_context(viewport={"width": 1280, "height": 860})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("dialog", lambda d: (pg.errors.append("dialog: " + d.message), d.dismiss()))
    # Nothing may be fetched from anywhere but the server (no CDN: users may be offline).
    pg.on("request", lambda r: r.url.startswith(("http://127.0.0.1:", "data:"))
          or pg.errors.append("external request: " + r.url))
    yield pg
    ctx.close()


def shot(page, name: str, tmp_path: Path, height: int | None = None) -> Path:
    keep = os.environ.get("STANCEMAP_SCREENSHOTS")
    out = (Path(keep) if keep else tmp_path) / f"screenshot-{name}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    clip = {"x": 0, "y": 0, "width": 1280, "height": height} if height else None
    page.screenshot(path=str(out), clip=clip)
    assert out.stat().st_size > 5_000
    return out


def _ids(server: str) -> dict[str, int]:
    over = fetch_json(server + "/index.json")
    prop = over["top_propositions"][0]["id"]
    actor = next(a["id"] for a in over["top_actors"] if a["stances"])
    docs = fetch_json(server + "/search.json?q=Sikorski")["documents"]
    return {"proposition": prop, "actor": actor, "document": docs[-1]["id"]}


CHECKS = {
    "overview": ("/", "#top-propositions tbody tr"),
    "proposition": ("/proposition/{proposition}", "#proposition-time[data-rendered] svg"),
    "actor": ("/actor/{actor}", "#actor-time[data-rendered] svg"),
    "document": ("/document/{document}", "#doctext mark.hl-actor"),
    "matrix": ("/matrix", "#matrix td.cell a"),
    "network": ("/network", "#cy[data-rendered] canvas"),
    "timeline": ("/timeline", "#timeline-chart[data-rendered] svg"),
    "search": ("/search?q=troops", "a.proposition"),
}


@pytest.mark.parametrize("name", list(CHECKS))
def test_every_page_type_renders(server, page, tmp_path, name):
    path, selector = CHECKS[name]
    page.goto(server + path.format(**_ids(server)))
    page.wait_for_selector(selector, timeout=15_000)
    assert page.errors == []
    shot(page, name, tmp_path)


def test_click_from_proposition_quote_to_highlighted_document(server, page, tmp_path):
    page.goto(server + f"/proposition/{_ids(server)['proposition']}")
    page.wait_for_selector("#proposition-time[data-rendered] svg")
    shot(page, "proposition", tmp_path, height=700)
    link = page.locator("#by-actor a.quote").first
    words = link.inner_text().strip("“”")
    link.click()
    page.wait_for_url("**/document/**")
    focus = page.locator("#doctext mark.hl-focus")
    assert focus.count() >= 1
    assert "".join(focus.all_text_contents()) == words
    assert page.evaluate("document.querySelector('#focus').getBoundingClientRect().top") < 860
    assert page.errors == []
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "document", tmp_path, height=640)


def test_highlights_sit_on_the_words_of_their_offsets(server, page):
    doc = _ids(server)["document"]
    data = fetch_json(server + f"/document/{doc}.json")
    page.goto(server + f"/document/{doc}")
    marks = page.eval_on_selector_all(
        "#doctext mark.hl-actor:not(.cont)",
        "ms => ms.map(m => [+m.dataset.start, +m.dataset.end, m.textContent])")
    mentions = {(m["start"], m["end"]) for a in data["actors"] for m in a["mentions"]}
    assert len(marks) >= len(mentions) > 3
    for start, end, text in marks:
        if (start, end) in mentions:
            assert text == data["text"][start:end]
    sikorski = page.locator("#doctext mark.hl-actor[title='Radoslaw Sikorski']").first
    assert "Sikorski" in sikorski.text_content()
    assert sikorski.evaluate("m => getComputedStyle(m, '::after').content").strip('"') == \
        sikorski.get_attribute("data-label")


def test_hostile_article_runs_nothing_and_shows_its_markup_as_text(server, page, tmp_path):
    found = fetch_json(server + "/search.json?q=onerror")["documents"]
    doc = next(d["id"] for d in found if d["doc_id"] == HOSTILE_ID)
    page.goto(server + f"/document/{doc}")
    page.wait_for_selector("#doctext")
    text = page.inner_text("#doctext")
    assert "<script>alert('xss')</script>" in text
    assert '<img src=x onerror="alert(1)">' in text
    assert '<a href="javascript:alert(2)" onclick="alert(3)">click here</a>' in text
    assert page.locator("#doctext script, #doctext img, #doctext a[href^='javascript']"
                        ).count() == 0
    page.locator("#doctext").click()
    assert page.errors == []  # no alert dialog, no error
    shot(page, "hostile", tmp_path)


def test_network_zooms_and_a_click_opens_the_actor(server, page, tmp_path):
    page.goto(server + "/network")
    page.wait_for_selector("#cy[data-rendered] canvas")
    zoom = page.evaluate("window.stancemapNetwork.zoom()")
    box = page.locator("#cy").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(300)
    assert page.evaluate("window.stancemapNetwork.zoom()") != zoom
    # The best-connected actor that lies inside the view, clear of every other node.
    pos = page.evaluate("""() => { const cy = window.stancemapNetwork;
        const w = cy.width(), h = cy.height(), all = cy.nodes().toArray();
        const clear = all.filter(n => { const p = n.renderedPosition();
            return p.x > 20 && p.y > 20 && p.x < w - 20 && p.y < h - 20 &&
              all.every(m => m === n || Math.hypot(m.renderedPosition().x - p.x,
                                                   m.renderedPosition().y - p.y) > 30); });
        clear.sort((a, b) => b.degree() - a.degree());
        const n = clear[0], p = n.renderedPosition();
        return [p.x, p.y, n.data('actor')]; }""")
    shot(page, "network", tmp_path)
    page.mouse.click(box["x"] + pos[0], box["y"] + pos[1])
    page.wait_for_url(f"**/actor/{pos[2]}")
    assert page.locator("h1.actor-name").count() == 1


def test_matrix_cell_and_search_box_lead_to_their_pages(server, page):
    page.goto(server + "/matrix?by=actor")
    page.locator("#matrix td.cell a").first.click()
    page.wait_for_url("**/proposition/**")
    assert "actor=" in page.url and page.locator("h1.proposition-label").count() == 1
    page.goto(server + "/")
    page.fill("header form.search input[name=q]", "Sikorski")
    page.press("header form.search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Sikorski")
    page.locator("a.actor", has_text="Sikorski").first.click()
    page.wait_for_url("**/actor/**")
    assert "Sikorski" in page.inner_text("h1")
    assert page.errors == []
