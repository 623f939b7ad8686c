"""Open a page in headless Chromium, check for a text or a CSS selector, save a screenshot to OUTPUT_DIR.

Usage: python check_page.py [URL]    (or set CHECK_URL)
CHECK_TEXT: text the page must contain; CHECK_SELECTOR: a CSS selector that must match (either or both).
CHECK_TIMEOUT: seconds to wait for the page, 30 by default. Install the browser once: python -m playwright install chromium
"""
import datetime
import os
import pathlib
import sys

from playwright.sync_api import Error, sync_playwright


def main() -> int:
    url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CHECK_URL", "")
    if not url:
        sys.exit("No URL: pass one as the first argument or set CHECK_URL")
    text = os.environ.get("CHECK_TEXT", "")
    selector = os.environ.get("CHECK_SELECTOR", "")
    timeout_ms = float(os.environ.get("CHECK_TIMEOUT", "30")) * 1000
    output = pathlib.Path(os.environ.get("OUTPUT_DIR", "."))
    output.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    failures = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch()
        try:
            page = browser.new_page()
            page.goto(url, timeout=timeout_ms)
            if text and text not in page.inner_text("body"):
                failures.append(f"text {text!r} not found")
            if selector and page.query_selector(selector) is None:
                failures.append(f"selector {selector!r} matched nothing")
            screenshot = output / f"page-{stamp}.png"
            page.screenshot(path=str(screenshot), full_page=True)
        except Error as error:
            print(f"Could not check {url}: {error}", file=sys.stderr)
            return 2
        finally:
            browser.close()
    for failure in failures:
        print(f"{url}: {failure}", file=sys.stderr)
    print(f"{url}: {'FAILED' if failures else 'ok'}; screenshot {screenshot}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
