"""A real headless Chromium (Debian's), driven by Playwright, on the real built site."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

PHONE = {"width": 360, "height": 640}


@pytest.fixture(scope="session")
def server(real_site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(real_site))

    class Quiet(handler.func):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(real_site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    context.close()


@pytest.fixture
def phone_nojs(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=False)
    yield context.new_page()
    context.close()
