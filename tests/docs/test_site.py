"""The documentation site builds with ``mkdocs --strict`` and renders in a browser.

The build is the one ``make docs`` runs. Headless Chromium then opens the home page and an API
reference page, served from loopback: the screenshots must show Material's styled header (a
stylesheet that failed to load leaves the page unstyled), and the rendered pages no error text
and no unexpanded directive. Skipped, saying so, where Chromium is not installed
(``apt-get install chromium``; ``.ci/run`` installs it).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.support.spec import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Material's indigo primary colour: the header bar of every page.
INDIGO = (0x40, 0x51, 0xB5)
# The last screenshots, for a person to look at (ignored by git).
SHOTS = ROOT / "site-screenshots"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "WARNING" not in result.stderr, result.stderr[-4000:]
    return out


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _chromium(*args: str) -> str:
    if CHROMIUM is None:
        pytest.skip("headless Chromium is not installed (apt-get install chromium)")
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=1200,900",
    ]
    result = subprocess.run(
        [CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _pixels(image: Image.Image) -> list[tuple[int, ...]]:
    data = image.convert("RGB").tobytes()
    return [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]


def _share(image: Image.Image, box: tuple[int, int, int, int], colour: tuple[int, ...]) -> float:
    pixels = _pixels(image.crop(box))
    near = [p for p in pixels if sum(abs(a - b) for a, b in zip(p, colour, strict=True)) < 40]
    return len(near) / len(pixels)


def test_every_page_is_expanded_and_links_only_stylesheets_that_exist(site: Path) -> None:
    pages = list(site.rglob("index.html"))
    assert len(pages) >= 15
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for leftover in ("--8&lt;--", "--8<--", "::: scenario"):  # snippets and directives
            assert leftover not in html, (page, leftover)
        sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
        assert sheets, page
        for href in sheets:
            assert not href.startswith("http"), (page, href)  # nothing fetched from elsewhere
            assert (page.parent / href.split("?")[0]).resolve().is_file(), (page, href)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", ["Where to start", "pip install scenario-assets"]),
        ("/reference/client/", ["Client", "with_options", "RetryPolicy"]),
    ],
)
def test_pages_render_styled_in_chromium(
    base_url: str, tmp_path: Path, path: str, expected: list[str]
) -> None:
    SHOTS.mkdir(exist_ok=True)
    shot = tmp_path / "page.png"
    _chromium(f"--screenshot={shot}", base_url + path)
    image = Image.open(shot)
    assert image.size == (1200, 900)
    assert _share(image, (0, 0, 1200, 40), INDIGO) > 0.5, "the header is not styled"
    assert len(set(_pixels(image))) > 50, "the page is blank"
    shutil.copy(shot, SHOTS / f"{path.strip('/').replace('/', '-') or 'home'}.png")

    dom = _chromium("--dump-dom", base_url + path)
    text = re.sub(r"<[^>]+>", " ", dom)
    for words in expected:
        assert words in text, words
    for error in ("Traceback", "--8&lt;--", "--8<--", ":::", "Error 404", "not found"):
        assert error not in text, error
    if path.startswith("/reference/"):
        assert 'class="doc doc-object doc-class"' in dom  # rendered by mkdocstrings
