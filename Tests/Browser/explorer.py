#!/usr/bin/env python3
"""End-to-end test of the explorer page in headless Chromium (Selenium).

Starts `neuropath serve` on a free loopback port with the bundled graph and a graph of hostile labels, then, as a
student would: traces with completion, clicks a node, knocks out AMPA receptors, answers a quiz right and wrong,
opens the hostile graph (no script may run), and uses the page at a phone's width and with the keyboard alone.
Screenshots go to the folder given as the first argument (default: a temporary folder). Exits non-zero on the
first failure; the server is always stopped.

Usage: Tests/Browser/explorer.py [SCREENSHOT_FOLDER]   (needs chromium, chromium-driver and selenium)
"""
import os
import re
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("NEUROPATH_BINARY", os.path.join(ROOT, ".build", "debug", "neuropath"))

HOSTILE = """graph hostile title="Hostile labels"
reference r1 authors="Doe J" year=2020 title="A study" journal="J Test"
node a drug label="<img src=x onerror=window.__pwned=1>" description="<script>window.__pwned=4</script>"
node b protein label="<script>window.__pwned=2</script>"
node c process label="javascript:window.__pwned=5"
a activates b evidence=supported refs=r1 note="<b onmouseover=window.__pwned=3>note</b>"
b activates c evidence=contested refs=r1 note="both sides"
"""


def start_server(folder):
    hostile = os.path.join(folder, "hostile.npath")
    with open(hostile, "w") as handle:
        handle.write(HOSTILE)
    log = open(os.path.join(folder, "serve.log"), "w+")
    server = subprocess.Popen(
        [BINARY, "serve", "--port", "0", "--graph", "ketamine", "--graph", hostile], stdout=log, stderr=log)
    for _ in range(200):
        time.sleep(0.05)
        log.seek(0)
        found = re.search(r"http://127\.0\.0\.1:[0-9]+/", log.read())
        if found:
            return server, found.group(0)
    server.terminate()
    raise SystemExit("the server did not start; see " + log.name)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,1000"]:
        options.add_argument(argument)
    # The browser's console, to find anything the page's Content-Security-Policy blocked.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def wait_for(driver, condition, what, seconds=20):
    try:
        return WebDriverWait(driver, seconds).until(lambda d: condition(d))
    except TimeoutException:
        shown = driver.find_element(By.ID, "error").text
        raise AssertionError("timed out waiting for " + what + (": the page says " + shown if shown else ""))


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok -", what)


def text(driver, element_id):
    return driver.find_element(By.ID, element_id).text


def main():
    shots = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="neuropath-browser-")
    os.makedirs(shots, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="neuropath-serve-")
    server, address = start_server(folder)
    driver = None
    try:
        driver = browser()
        driver.get(address)
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#paths li"), "the first trace")
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagram svg g.node"), "the first diagram")
        names = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#names option")]
        check("antidepressant effect" in [n.lower() for n in names] and "BDNF" in names,
              "completion offers labels, ids and synonyms (%d names)" % len(names))

        # A trace typed as a student would, ended with Enter.
        to = driver.find_element(By.ID, "to")
        to.clear()
        to.send_keys("synaptogenesis", Keys.ENTER)
        wait_for(driver, lambda d: "synaptogenesis" in text(d, "effect"), "the trace to synaptogenesis")
        check("increases" in text(driver, "effect"), "the net effect is shown: " + text(driver, "effect"))
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagram svg g.node"), "the diagram")
        check(driver.find_elements(By.CSS_SELECTOR, "#story li"), "the explanation is told step by step")
        check(driver.find_elements(By.CSS_SELECTOR, ".step.contested"), "contested steps are marked as such")
        driver.save_screenshot(os.path.join(shots, "serve-trace.png"))

        # The graph for Cytoscape, from a link under the diagram.
        link = driver.find_element(By.CSS_SELECTOR, ".downloads a[data-format='cyjs']")
        href = link.get_attribute("href")
        check(href.endswith("/api/graphs/ketamine/export?format=cyjs"), "the download links name the graph shown")
        body = driver.execute_async_script(
            "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done)", href)
        check('"elements"' in body and '"ketamine"' in body, "the Cytoscape download is the graph as Cytoscape.js JSON")

        # A click on a node tells what it is.
        node = driver.find_element(By.CSS_SELECTOR, "#diagram g.node[aria-label='bdnf']")
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node)
        wait_for(driver, lambda d: "What drives it" in text(d, "node"), "the node's explanation")
        check("growth factor" in text(driver, "node"), "the node panel says what BDNF is")
        driver.execute_script("document.getElementById('diagram-section').scrollIntoView()")
        driver.save_screenshot(os.path.join(shots, "serve-diagram.png"))

        # The NBQX experiment: one click.
        driver.find_element(By.CSS_SELECTOR, "button[data-knockout='AMPA receptor']").click()
        wait_for(driver, lambda d: "lost: antidepressant-effect" in text(d, "knockout-result"), "the AMPA knockout")
        check("Cannot respond" in text(driver, "knockout-result"), "the silenced nodes are listed")
        driver.save_screenshot(os.path.join(shots, "serve-knockout.png"))

        # A quiz, answered wrong and then right.
        driver.find_element(By.ID, "quiz-go").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#quiz fieldset"), "the quiz")
        first = driver.find_elements(By.CSS_SELECTOR, "#quiz > li")[0]
        seen = set()
        for radio in first.find_elements(By.CSS_SELECTOR, "input[type=radio]"):
            driver.execute_script("arguments[0].click()", radio)
            verdict = first.find_element(By.CSS_SELECTOR, "p").text
            seen.add("right" if verdict.startswith("Right") else "wrong")
            if seen == {"right", "wrong"}:
                break
        check(seen == {"right", "wrong"}, "a quiz answer is marked right, another wrong, each explained")
        driver.execute_script("document.getElementById('quiz-section').scrollIntoView()")
        driver.save_screenshot(os.path.join(shots, "serve-quiz.png"))

        # The keyboard alone: Tab to a node of the diagram and press Enter.
        driver.execute_script("document.getElementById('diagram').replaceChildren()")  # so the wait sees the new one
        driver.find_element(By.ID, "trace").send_keys(Keys.ENTER)
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagram g.node[tabindex='0']"), "focusable nodes")
        focusable = driver.find_element(By.CSS_SELECTOR, "#diagram g.node[aria-label='trkb']")
        driver.execute_script("arguments[0].focus()", focusable)
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        wait_for(driver, lambda d: text(d, "node").startswith("trkb"), "a node opened with Enter")
        check(True, "a node opens from the keyboard")

        # A graph of hostile labels: shown as text, no script runs.
        Select(driver.find_element(By.ID, "graph")).select_by_value("hostile")
        wait_for(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "#diagram svg"),
                 "the ketamine answers cleared when the graph changes")
        check(not text(driver, "effect"), "another graph's answers are cleared")
        check("/api/graphs/hostile/export" in driver.find_element(By.CSS_SELECTOR, ".downloads a").get_attribute("href"),
              "the download links follow the graph chosen")
        wait_for(driver, lambda d: any(o.get_attribute("value") == "a"
                                       for o in d.find_elements(By.CSS_SELECTOR, "#names option")), "hostile names")
        for field, value in (("from", "a"), ("to", "c")):
            box = driver.find_element(By.ID, field)
            box.clear()
            box.send_keys(value)
        driver.find_element(By.ID, "trace").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagram svg g.node[aria-label='a']"),
                 "the hostile diagram")
        driver.execute_script("document.querySelectorAll('#diagram *').forEach(e => e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})))")
        node = driver.find_element(By.CSS_SELECTOR, "#diagram g.node[aria-label='a']")
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node)
        wait_for(driver, lambda d: "What it drives" in text(d, "node"), "the hostile node's explanation")
        time.sleep(0.5)
        check(driver.execute_script("return window.__pwned === undefined"), "no label, note or description ran as script")
        check("<img src=x" in driver.find_element(By.ID, "diagram").get_attribute("textContent"),
              "the hostile label is shown as text")
        check(not driver.find_elements(By.CSS_SELECTOR, "#diagram script, #node script, #diagram img, #node img"),
              "no script or image element was created from a label")

        # A phone's width.
        Select(driver.find_element(By.ID, "graph")).select_by_value("ketamine")
        for field, value in (("from", "ketamine"), ("to", "antidepressant effect")):
            box = driver.find_element(By.ID, field)
            box.clear()
            box.send_keys(value)
        driver.set_window_size(390, 844)
        driver.find_element(By.ID, "trace").click()
        wait_for(driver, lambda d: "antidepressant" in text(d, "effect"), "the trace at phone width")
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        check(overflow <= 1, "nothing is wider than the phone (%d px over)" % overflow)
        driver.save_screenshot(os.path.join(shots, "serve-phone.png"))
        blocked = [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]
        check(not blocked, "the page's Content-Security-Policy blocked nothing it needs %s" % blocked[:2])
        print("screenshots in", shots)
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
