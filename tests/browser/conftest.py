"""A real Chromium (Debian's) driven by Playwright, with axe-core and the Nu HTML Checker."""

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    missing = [str(p) for p in (AXE, VNU, Path(CHROMIUM)) if not p.exists()]
    if missing:
        pytest.fail(f"Browser-test tools are missing ({', '.join(missing)}): run `make test-tools`.")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # around it are ordinary synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def demo_site(transactional_db, browser):
    """The seeded demo site. Transactional tests empty every table afterwards, migration data
    included, so the reference data the migrations load is loaded again first."""
    from django.core.management import call_command

    from tests.practices.factories import reference_data

    reference_data()
    call_command("seed_demo", verbosity=0)
