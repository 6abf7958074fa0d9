#!/usr/bin/env python3
"""End-to-end test of the explorer page in headless Chromium (Selenium), as a student and a teacher use it.

Starts `neuropath serve` on a free loopback port with the bundled graph, a graph of hostile labels and a graph
without a title, then checks, at a laptop's 1440x900 and a phone's 390x844:

- the diagram: the question's own subgraph, on the first screen after the answer's summary, labels at least
  11 px high at fit, zoom and fit by keyboard, node targets at least 24x24 px on the phone;
- words, not ids: labels and citations ("Zanos et al. 2016", linked) where a student reads, correct plurals;
- order: paths most confident first, and the explanation of a mechanism, not a one-step observation;
- errors under the field that caused them, with focus, aria-invalid and suggestion buttons; no stale answer;
- knockouts drawn (a cross and "knocked out", lost nodes marked), before and after, the Answer perturbed;
- graph switching (the question, presets and title follow the graph), deep links (a link reproduces the page,
  Back and Forward work), the quiz locked after one answer, scored, seeded and shareable;
- accessibility: a skip link, tab order along the path, a text alternative, no role=img around buttons, and
  axe-core (axe-selenium-python) with no serious or critical violation on every state visited;
- comparing drugs: ketamine against fluoxetine on the antidepressants graph, the answer (hours against weeks),
  the table of shared nodes, linked sources, the timeline drawn, a deep link, a typo's suggestion, and a graph
  with one drug offering the way to one with two;
- hostile labels shown as text with no script run, and nothing blocked by the page's Content-Security-Policy.

Screenshots go to the folder given as the first argument (default: a temporary folder). Exits non-zero on the
first failure; the server is always stopped.

Usage: Tests/Browser/explorer.py [SCREENSHOT_FOLDER]
       (needs chromium, chromium-driver, selenium and axe-selenium-python)
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from urllib.parse import parse_qs, urlparse

from axe_selenium_python import Axe
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

UNTITLED = """graph plain-toy
node drug-x drug label="Drug X"
node receptor-y receptor label="Receptor Y"
node effect-z therapeutic-effect label="Effect Z"
drug-x antagonist receptor-y evidence=established
receptor-y inhibits effect-z evidence=supported
"""

CITATION_KEY = re.compile(r"\b[a-z][a-z-]+(19|20)\d\d\b")


def start_server(folder):
    paths = []
    for name, text in (("hostile.npath", HOSTILE), ("plain-toy.npath", UNTITLED)):
        path = os.path.join(folder, name)
        with open(path, "w") as handle:
            handle.write(text)
        paths.append(path)
    log = open(os.path.join(folder, "serve.log"), "w+")
    server = subprocess.Popen(
        [BINARY, "serve", "--port", "0", "--graph", "ketamine", "--graph", paths[0], "--graph", paths[1],
         "--graph", "antidepressants"],
        stdout=log, stderr=log)
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
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,900"]:
        options.add_argument(argument)
    # The browser's console, to find anything the page's Content-Security-Policy blocked.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_window_size(1440, 900)
    return driver


def wait_for(driver, condition, what, seconds=20):
    try:
        return WebDriverWait(driver, seconds).until(lambda d: condition(d))
    except TimeoutException:
        shown = " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, "#error, .field-error") if e.text)
        raise AssertionError("timed out waiting for " + what + (": the page says " + shown if shown else ""))


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok -", what)


def text(driver, element_id):
    return driver.find_element(By.ID, element_id).text


def settled(driver):
    """The answer and its diagram are drawn and nothing is pending (the paths, when there are any, are told)."""
    return driver.execute_script(
        "const paths = document.querySelectorAll('#paths li').length;"
        "return !!document.querySelector('#diagram svg') && !document.getElementById('effect').textContent.startsWith('Tracing')"
        " && (paths === 0 || document.getElementById('story').childElementCount > 0)")


def ask(driver, start, end):
    for field, value in (("from", start), ("to", end)):
        box = driver.find_element(By.ID, field)
        box.clear()
        box.send_keys(value)
    driver.execute_script("document.getElementById('diagram').replaceChildren()")
    driver.find_element(By.ID, "to").send_keys(Keys.ENTER)


def label_heights(driver):
    return driver.execute_script(
        "const box = document.getElementById('diagram').getBoundingClientRect();"
        "return [...document.querySelectorAll('#diagram svg g.node text')].map(t => t.getBoundingClientRect())"
        ".filter(r => r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right)"
        ".map(r => r.height)")


class Accessibility:
    """axe-core on every state visited: no serious or critical violation."""

    def __init__(self, driver):
        self.axe = Axe(driver)
        self.checked = 0

    def audit(self, state):
        self.axe.inject()
        results = self.axe.run()
        bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
        details = "; ".join("%s (%s): %s" % (v["id"], v["impact"], v["nodes"][0]["target"]) for v in bad[:4])
        check(not bad, "axe-core: no serious or critical violation on " + state + (": " + details if bad else ""))
        self.checked += 1


def main():
    shots = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="neuropath-browser-")
    os.makedirs(shots, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="neuropath-serve-")
    server, address = start_server(folder)
    driver = None
    try:
        driver = browser()
        axe = Accessibility(driver)

        # First load: the graph's own question, explained through a mechanism.
        started = time.time()
        driver.get(address)
        wait_for(driver, settled, "the first answer")
        check(time.time() - started < 10, "the first answer arrives (%.2f s)" % (time.time() - started))
        check(driver.find_element(By.ID, "from").get_attribute("value") == "Ketamine"
              and driver.find_element(By.ID, "to").get_attribute("value") == "Antidepressant effect",
              "the page opens with the question the graph declares")
        story_steps = driver.find_elements(By.CSS_SELECTOR, "#story li.story-step")
        check(len(story_steps) > 1, "the explanation tells a mechanism (%d steps), not one observation" % len(story_steps))
        presets = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#presets button")]
        check(any("NBQX" in p for p in presets) and len(presets) >= 5,
              "the knockout presets are the graph's declared experiments (%d)" % len(presets))
        axe.audit("the first answer")

        # Ketamine to synaptogenesis, typed as a student would.
        ask(driver, "ketamine", "synaptogenesis")
        wait_for(driver, lambda d: "Synaptogenesis" in text(d, "effect") and settled(d), "the trace to synaptogenesis")
        summary = driver.find_element(By.ID, "effect").rect
        diagram = driver.find_element(By.ID, "diagram").rect
        inner = driver.execute_script("return window.innerHeight")
        check(summary["y"] < diagram["y"] < inner and diagram["y"] + 120 < inner,
              "the diagram starts on the first screen, after the summary (at y=%d of %d)" % (diagram["y"], inner))
        heights = label_heights(driver)
        check(heights and statistics.median(heights) >= 11,
              "labels are readable at fit: median %.1f px over %d labels" % (statistics.median(heights), len(heights)))
        whole_nodes = driver.execute_script("return document.querySelectorAll('#diagram svg g.node').length")
        check(whole_nodes < 30, "the diagram draws the question's subgraph (%d nodes), not the whole graph" % whole_nodes)
        confidences = [float(m.group(1)) for m in (re.search(r"confidence ([0-9.]+)", b.text)
                       for b in driver.find_elements(By.CSS_SELECTOR, "#paths button.path-choice")) if m]
        check(len(confidences) > 2 and confidences == sorted(confidences, reverse=True),
              "paths are listed most confident first: %s" % confidences)
        answer_text = " ".join(text(driver, i) for i in ("effect", "paths", "story", "diagram-text"))
        check("@" not in answer_text and not CITATION_KEY.search(answer_text),
              "the answer names nodes and papers in words, not ids or citation keys")
        check(not re.search(r"\b1 (steps|paths)\b", driver.find_element(By.TAG_NAME, "main").text),
              "plurals agree with their numbers")
        links = driver.find_elements(By.CSS_SELECTOR, "#paths a[href^='https://doi.org/'], #story a[href^='https://doi.org/']")
        check(links and re.match(r"^[A-Z][^ ]+( (&|and) [A-Z][^ ]+| et al\.)? \d{4}$", links[0].text),
              "citations read as '%s' and link to the DOI" % (links[0].text if links else ""))
        check(driver.find_element(By.CSS_SELECTOR, "#diagram-text ol li"),
              "the highlighted path is listed in words beside the diagram")
        check(driver.find_element(By.ID, "diagram").get_attribute("role") != "img",
              "the diagram's nodes are not hidden inside role=img")
        driver.save_screenshot(os.path.join(shots, "serve-trace.png"))
        axe.audit("a trace")

        # Keyboard: + zooms, 0 fits; nodes are tabbed along the bold path, from the start.
        view = driver.find_element(By.ID, "diagram")
        # The opening view may be a readable part of a large drawing; 0 shows the whole, + zooms in from it.
        view.send_keys("0")
        before = driver.execute_script("return document.querySelector('#diagram svg').getAttribute('viewBox')")
        view.send_keys("+")
        zoomed = driver.execute_script("return document.querySelector('#diagram svg').getAttribute('viewBox')")
        view.send_keys("0")
        fitted = driver.execute_script("return document.querySelector('#diagram svg').getAttribute('viewBox')")
        check(zoomed != before and fitted == before, "+ zooms in and 0 fits again")
        first = driver.find_element(By.CSS_SELECTOR, "#diagram g.node[tabindex='0']")
        check(first.get_attribute("aria-label").startswith("Ketamine"),
              "Tab reaches the path's first node first (%s)" % first.get_attribute("aria-label"))
        skips = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a.skip")]
        check(any(h.endswith("#answer-details") for h in skips) and any(h.endswith("#quiz-section") for h in skips),
              "skip links lead past the diagram and to the quiz")

        # A node opens with Enter; its panel is headed by its name.
        node = driver.find_element(By.CSS_SELECTOR, "#diagram g.node[aria-label^='BDNF']")
        driver.execute_script("arguments[0].focus()", node)
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        wait_for(driver, lambda d: "What drives it" in text(d, "node"), "the node's explanation")
        heading = driver.find_element(By.CSS_SELECTOR, "#node h2").text
        check(heading.startswith("BDNF") and "bdnf" not in heading, "the node panel is headed '%s'" % heading)

        # A typo: the message under End, focus there, suggestions as buttons, no stale answer left.
        end = driver.find_element(By.ID, "to")
        end.clear()
        end.send_keys("mTORC")
        check(driver.find_element(By.ID, "stale").is_displayed(), "the answer is marked stale as the question changes")
        end.send_keys(Keys.ENTER)
        wait_for(driver, lambda d: text(d, "to-error"), "the error under End")
        check(end.get_attribute("aria-invalid") == "true", "End is marked invalid")
        check(driver.switch_to.active_element == end, "the focus moves to End")
        error_box = driver.find_element(By.ID, "to-error").rect
        check(error_box["y"] < inner, "the error is on the first screen (y=%d)" % error_box["y"])
        check("Synaptogenesis" not in text(driver, "effect") and not driver.find_elements(By.CSS_SELECTOR, "#paths li"),
              "the previous answer is not left standing")
        suggestions = driver.find_elements(By.CSS_SELECTOR, "#to-error button")
        check(any("mTORC1" in b.text for b in suggestions), "suggestions are buttons: %s" % [b.text for b in suggestions])
        axe.audit("an error")
        next(b for b in suggestions if "mTORC1" in b.text).click()
        wait_for(driver, lambda d: "mTORC1" in text(d, "effect") and settled(d), "the suggestion answered")
        check(end.get_attribute("aria-invalid") is None, "the suggestion fills End and clears the error")

        # X to X says why nothing is traced.
        ask(driver, "ketamine", "ketamine")
        wait_for(driver, lambda d: "same node" in text(d, "effect"), "the same-node answer")
        check("different nodes" in text(driver, "effect"), "Start = End explains why nothing is traced")

        # The NBQX experiment: AMPA receptors are a partly necessary input, so the effect is weakened, not lost.
        ask(driver, "ketamine", "synaptogenesis")
        wait_for(driver, settled, "the trace again")
        next(b for b in driver.find_elements(By.CSS_SELECTOR, "#presets button") if "NBQX" in b.text).click()
        wait_for(driver, lambda d: "Weakened: Antidepressant effect" in text(d, "knockout-result") and settled(d),
                 "the NBQX replay")
        check("Lost: Antidepressant effect" not in text(driver, "knockout-result"),
              "NBQX weakens the antidepressant effect and does not take it away, as Maeng et al. found")
        # The BDNF experiment: the knocked-out node crossed out, the lost nodes marked, the Answer perturbed.
        next(b for b in driver.find_elements(By.CSS_SELECTOR, "#presets button") if "No BDNF" in b.text).click()
        wait_for(driver, lambda d: "Lost: Synaptogenesis" in text(d, "knockout-result") and settled(d)
                 and "knocked out" in d.find_element(By.ID, "diagram").get_attribute("textContent"), "the BDNF replay")
        check(re.search(r"Lost: Synaptogenesis \(without the knockout it rises, on \w+ evidence\)",
                        text(driver, "knockout-result")),
              "a lost change states its evidence: " + text(driver, "knockout-result")[:200])
        drawn = driver.find_element(By.ID, "diagram").get_attribute("textContent")
        check("✕" in drawn and "knocked out" in drawn and "lost" in drawn,
              "the diagram crosses out the knocked-out node and marks the lost ones")
        check("knocked out" in text(driver, "effect") and "The paper:" in text(driver, "knockout-result"),
              "the Answer shows the perturbed state beside the paper's finding")
        driver.save_screenshot(os.path.join(shots, "serve-knockout.png"))
        axe.audit("a knockout")
        driver.execute_script("document.getElementById('diagram').replaceChildren()")
        driver.find_element(By.ID, "show-before").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagram svg"), "the diagram before the knockout")
        check("knocked out" not in driver.find_element(By.ID, "diagram").get_attribute("textContent"),
              "Before shows the diagram without the knockout")

        # A deep link reproduces the page; Back returns to the question before.
        link = driver.current_url
        params = parse_qs(urlparse(link).query)
        check(params.get("knockout") == ["bdnf"] and params.get("moment") == ["before"],
              "the address holds the question, the knockout and the view: %s" % urlparse(link).query)
        expected_summary = text(driver, "effect")
        driver.get(address)
        wait_for(driver, settled, "a fresh page")
        driver.get(link)
        wait_for(driver, lambda d: settled(d) and "knocked out" in text(d, "effect"), "the deep link")
        check(text(driver, "effect") == expected_summary and driver.find_element(By.ID, "show-before").is_selected(),
              "opening the link reproduces the answer and the view")
        ask(driver, "ketamine", "TrkB")
        wait_for(driver, lambda d: settled(d) and "TrkB" in text(d, "effect"), "a new question")
        driver.back()
        wait_for(driver, lambda d: settled(d) and "Synaptogenesis" in text(d, "effect"), "Back")
        check(driver.find_element(By.ID, "to").get_attribute("value").lower() == "synaptogenesis",
              "Back returns to the question before, in the form too")
        driver.forward()
        wait_for(driver, lambda d: settled(d) and "TrkB" in text(d, "effect"), "Forward")
        check(driver.find_element(By.ID, "to").get_attribute("value") == "TrkB", "Forward returns to the later one")

        # The quiz: a seed shown and shared, one answer per question, a score.
        driver.find_element(By.ID, "quiz-go").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#quiz fieldset"), "the quiz")
        share = driver.find_element(By.CSS_SELECTOR, "#quiz-info a").get_attribute("href")
        seed = parse_qs(urlparse(share).query).get("quiz", [""])[0]
        check(seed and seed in text(driver, "quiz-info"), "the quiz shows its seed and a link to share it (%s)" % seed)
        first = driver.find_elements(By.CSS_SELECTOR, "#quiz > li")[0]
        radios = first.find_elements(By.CSS_SELECTOR, "input[type=radio]")
        driver.execute_script("arguments[0].click()", radios[0])
        verdict = first.find_element(By.CSS_SELECTOR, "p").text
        driver.execute_script("arguments[0].click()", radios[1])
        check(first.find_element(By.CSS_SELECTOR, "fieldset").get_attribute("disabled") is not None
              and first.find_element(By.CSS_SELECTOR, "p").text == verdict,
              "a question locks after its first answer")
        check(re.search(r"Score: [01] right of 1 answered", text(driver, "score")), "the score counts: " + text(driver, "score"))
        prompts = [p.text for p in driver.find_elements(By.CSS_SELECTOR, "#quiz legend")]
        driver.get(share)
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#quiz legend"), "the shared quiz")
        check([p.text for p in driver.find_elements(By.CSS_SELECTOR, "#quiz legend")] == prompts,
              "the shared link gives the class the same quiz")
        driver.execute_script("document.getElementById('quiz-section').scrollIntoView()")
        driver.save_screenshot(os.path.join(shots, "serve-quiz.png"))
        axe.audit("the quiz")

        # Comparing drugs: why ketamine is fast and fluoxetine slow, on the antidepressants graph.
        driver.get(address + "?graph=antidepressants")
        wait_for(driver, settled, "the antidepressants graph")
        values = [driver.find_element(By.ID, i).get_attribute("value") for i in ("compare-a", "compare-b", "compare-on")]
        check(values == ["Ketamine", "Fluoxetine", "Antidepressant effect"],
              "Compare is filled in with the graph's drug, an SSRI and its effect (%s)" % values)
        driver.find_element(By.ID, "compare-go").click()
        comparison_done = lambda d: d.find_elements(By.CSS_SELECTOR, "#compare-result .compare-answer") and \
            d.execute_script("const i = document.querySelector('#compare-result img'); return i && i.complete && i.naturalWidth > 0")
        wait_for(driver, comparison_done, "the comparison and its timeline")
        answer_text = driver.find_element(By.CSS_SELECTOR, "#compare-result .compare-answer").text
        check("Ketamine acts within hours" in answer_text and "Fluoxetine over weeks" in answer_text,
              "the comparison answers in words: " + answer_text)
        rows = {r.find_element(By.TAG_NAME, "th").text: [c.text for c in r.find_elements(By.TAG_NAME, "td")]
                for r in driver.find_elements(By.CSS_SELECTOR, ".compare-table tr") if r.find_elements(By.TAG_NAME, "td")}
        check(rows.get("BDNF") == ["within minutes", "over weeks"] and rows.get("TrkB") == ["within minutes", "over weeks"],
              "the table shows BDNF and TrkB reached within minutes of ketamine and over weeks of fluoxetine")
        check(rows.get("Antidepressant effect") == ["within hours", "over weeks"], "and the effect: hours against weeks")
        links = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#compare-result a")]
        check("Berman et al. 2000" in links and "Nibuya et al. 1996" in links and "Blier & de Montigny 1994" in links,
              "the steps that set the pace cite their sources, linked (%d links)" % len(links))
        compare_text = text(driver, "compare-result")
        check(not CITATION_KEY.search(compare_text), "no citation key or id where a student reads the comparison")
        check("compare_a=Ketamine" in driver.current_url and "compare_b=Fluoxetine" in driver.current_url,
              "the address holds the comparison")
        driver.execute_script("document.getElementById('compare-section').scrollIntoView()")
        driver.save_screenshot(os.path.join(shots, "serve-compare.png"))
        axe.audit("the comparison")
        link = driver.current_url
        driver.get(address)
        wait_for(driver, settled, "a fresh page")
        driver.get(link)
        wait_for(driver, comparison_done, "the comparison's deep link")
        check(driver.find_element(By.CSS_SELECTOR, "#compare-result .compare-answer").text == answer_text,
              "opening the link reproduces the comparison")
        typo = driver.find_element(By.ID, "compare-b")
        typo.clear()
        typo.send_keys("fluoxetin")
        check("stale" in driver.find_element(By.ID, "compare-result").get_attribute("class"),
              "editing a drug marks the comparison below as an answer to another question")
        driver.find_element(By.ID, "compare-go").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#compare-b-error button"), "the typo's suggestion")
        check(typo.get_attribute("aria-invalid") == "true" and driver.switch_to.active_element == typo,
              "a misspelt drug is marked, with the focus, under its own field")
        check(not driver.find_elements(By.CSS_SELECTOR, "#compare-result .compare-answer"),
              "no stale comparison is left beside the error")
        driver.find_element(By.CSS_SELECTOR, "#compare-b-error button").click()
        wait_for(driver, comparison_done, "the comparison after taking the suggestion")
        check(typo.get_attribute("value") == "Fluoxetine", "the suggestion fills the field and compares")

        # Another graph: its question, no ketamine presets, its title or a readable fallback.
        Select(driver.find_element(By.ID, "graph")).select_by_value("plain-toy")
        wait_for(driver, lambda d: settled(d) and "Effect Z" in text(d, "effect"), "the untitled graph's question")
        check(driver.find_element(By.ID, "from").get_attribute("value") == "Drug X",
              "Start and End reset to the new graph's nodes")
        check(not driver.find_elements(By.CSS_SELECTOR, "#presets button"), "the ketamine presets are gone")
        title = Select(driver.find_element(By.ID, "graph")).first_selected_option.text
        check(title.startswith("Plain toy"), "a graph without a title is named readably (%s)" % title)
        check("graph=plain-toy" in driver.current_url, "the address names the graph")
        check(not driver.find_element(By.ID, "compare-form").is_displayed()
              and "only one drug" in text(driver, "compare-note")
              and driver.find_elements(By.CSS_SELECTOR, "#compare-note button"),
              "a graph with one drug offers the way to a graph with two instead of a form that cannot work")

        # Hostile labels: shown as text, no script runs.
        Select(driver.find_element(By.ID, "graph")).select_by_value("hostile")
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagram svg g.node"), "the hostile diagram")
        driver.execute_script("document.querySelectorAll('#diagram *').forEach(e => e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})))")
        node = driver.find_element(By.CSS_SELECTOR, "#diagram g.node[tabindex='0']")
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node)
        wait_for(driver, lambda d: "What it drives" in text(d, "node") or "What drives it" in text(d, "node"),
                 "the hostile node's explanation")
        time.sleep(0.5)
        check(driver.execute_script("return window.__pwned === undefined"), "no label, note or description ran as script")
        check("<img src=x" in driver.find_element(By.ID, "main" if False else "diagram").get_attribute("textContent")
              or "<img src=x" in text(driver, "effect"), "the hostile label is shown as text")
        check(not driver.find_elements(By.CSS_SELECTOR, "#diagram script, #node script, #diagram img, #node img"),
              "no script or image element was created from a label")

        # A phone: nothing wider than the screen, node targets at least 24 px.
        driver.set_window_size(390, 844)
        driver.get(address + "?graph=ketamine&from=ketamine&to=synaptogenesis")
        wait_for(driver, settled, "the trace at phone width")
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        check(overflow <= 1, "nothing is wider than the phone (%d px over)" % overflow)
        sizes = driver.execute_script(
            "return [...document.querySelectorAll('#diagram svg g.node')].map(g => g.getBoundingClientRect())"
            ".map(r => [r.width, r.height])")
        smallest = min(min(w, h) for w, h in sizes)
        check(smallest >= 24, "node targets are at least 24x24 px on the phone (smallest side %.0f px)" % smallest)
        radios = driver.find_elements(By.CSS_SELECTOR, "#presets button, #query input, #query button")
        check(all(r.rect["height"] >= 24 for r in radios), "controls keep a 24 px target on the phone")
        driver.execute_script("document.getElementById('answer').scrollIntoView()")
        driver.save_screenshot(os.path.join(shots, "serve-phone.png"))
        axe.audit("the phone")
        driver.get(address + "?graph=antidepressants&compare_a=ketamine&compare_b=sertraline")
        wait_for(driver, comparison_done, "the comparison at phone width")
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        check(overflow <= 1, "the comparison is no wider than the phone (%d px over)" % overflow)
        driver.execute_script("document.getElementById('compare-result').scrollIntoView()")
        driver.save_screenshot(os.path.join(shots, "serve-compare-phone.png"))
        axe.audit("the comparison on the phone")

        blocked = [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]
        check(not blocked, "the page's Content-Security-Policy blocked nothing it needs %s" % blocked[:2])
        print("screenshots in", shots, "; axe-core ran on", axe.checked, "states")
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
