"""Headless Chromium for the browser tests: Debian's chromium and chromedriver, driven with selenium.

`make test` installs them where it runs as root (as it does jing); elsewhere the tests that need a browser
skip, saying why. The browser resolves no host name but 127.0.0.1, so a page that reached for a CDN would
come up broken here exactly as on a machine without internet.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "build" / "screenshots" / "explorer"  # each step's picture, for review (build/ is ignored)
EXPLORER_BUNDLE = REPO / "api" / "static" / "explorer" / "explorer.js"

FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--enable-unsafe-swiftshader",  # sigma draws with WebGL: software WebGL, without the deprecation warning
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",  # no network but the server under test
    "--window-size=1400,1000",
]


def find(name: str, *fallbacks: str) -> str | None:
    for candidate in (shutil.which(name), *fallbacks):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def require_bundle() -> None:
    """The explorer is built by the install step; a test run without it is a broken install, not a skip."""
    if not EXPLORER_BUNDLE.is_file():
        pytest.fail(f"the explorer is not built ({EXPLORER_BUNDLE} is missing): `make test` builds it "
                    "(npm ci and node build.mjs in web/, with the Node.js of the 'explorer' extra)")


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium with a fresh profile, closed afterwards; skips when it cannot be had."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("selenium is not installed (it is in the dev extra: pip install -e '.[dev]')")
    browser = find("chromium", "/usr/bin/chromium", "/usr/lib/chromium/chromium")
    driver_path = find("chromedriver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
    if browser is None or driver_path is None:
        pytest.skip("Chromium is not installed, so the explorer is not tested in a browser "
                    "(as root, `make test` installs it: apt-get install chromium chromium-driver)")
    with tempfile.TemporaryDirectory(prefix="diplograph-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in [*FLAGS, f"--user-data-dir={profile}"]:
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            driver.set_page_load_timeout(30)
            yield driver
        finally:
            driver.quit()


def report(line: str) -> None:
    """A measurement: printed (pytest -s shows it) and kept beside the screenshots in timings.txt."""
    print(f"\n{line}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with (SCREENSHOTS / "timings.txt").open("a", encoding="utf-8") as timings:
        timings.write(line + "\n")


def screenshot(driver: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path
