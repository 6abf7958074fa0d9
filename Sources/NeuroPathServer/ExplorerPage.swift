/// The explorer page served at `/`: plain HTML, with its CSS (``ExplorerStyle``) and its script
/// (``ExplorerScript``) served beside it (`/explorer.css`, `/explorer.js`, so that the page's
/// Content-Security-Policy can forbid every inline script), no external fonts or scripts, so it works offline.
/// Text from a graph is only ever set with `textContent`, never parsed as HTML; diagrams are NeuroPath's own SVG,
/// with any `script` element and `on…` attribute removed before display.
import NeuroPath
import NeuroPathGraphviz

enum ExplorerPage {
    /// A download link for every format the export route writes.
    private static let downloadLinks = GraphFormat.writable.map { format in
        "<a data-format=\"\(format.name)\" download>\(format.title)</a>"
    }.joined(separator: " ·\n          ")

    /// The legend, as HTML beside the diagram: the same colours and lines Graphviz draws (their CSS is in
    /// ``ExplorerStyle``). Node kinds absent from the drawing are hidden by the script.
    private static let legend: String = {
        let lines = """
            <li><span class="swatch line activates"></span>→ activates, increases</li>
            <li><span class="swatch line inhibits"></span>⊣ inhibits, decreases</li>
            <li><span class="swatch line thick drug"></span>⊣ a drug's block</li>
            <li><span class="swatch line"></span>solid: established</li>
            <li><span class="swatch line dashed"></span>dashed: supported or hypothesised</li>
            <li><span class="swatch line dotted"></span>dotted: contested</li>
            <li><span class="swatch line thick highlight"></span>the path you chose</li>
            <li class="perturbation-only"><span class="mark">✕</span>knocked out</li>
            <li class="perturbation-only"><span class="swatch box dashed lost"></span>lost: responds only without the knockout</li>
            <li class="perturbation-only"><span class="mark increases">↑</span>rises when the start is activated</li>
            <li class="perturbation-only"><span class="mark decreases">↓</span>falls</li>
            """
        let kinds = DiagramLegend.nodeSwatches.filter { $0.kind != .unspecified }.map { swatch in
            "<li data-kind=\"\(swatch.kind.rawValue)\"><span class=\"swatch box\"></span>\(swatch.name)</li>"
        }.joined(separator: "\n")
        return "<ul class=\"legend-lines\">\n\(lines)\n</ul>\n<ul class=\"legend-kinds\">\n\(kinds)\n</ul>"
    }()

    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>NeuroPath explorer</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/explorer.css">
        </head>
        <body>
        <a class="skip" href="#answer-details">Skip past the diagram to the paths and their explanation</a>
        <a class="skip" href="#compare-section">Skip to comparing drugs</a>
        <a class="skip" href="#quiz-section">Skip to the quiz</a>
        <header>
          <h1>NeuroPath explorer</h1>
          <p class="disclaimer">For teaching and research; not medical advice.</p>
        </header>
        <main>
          <form id="query" aria-label="Question" novalidate>
            <div class="field">
              <label for="graph">Graph</label>
              <select id="graph"></select>
            </div>
            <div class="field">
              <label for="from">Start</label>
              <input id="from" list="names" autocomplete="off" aria-describedby="from-error">
              <div class="field-error" id="from-error" aria-live="assertive"></div>
            </div>
            <div class="field">
              <label for="to">End</label>
              <input id="to" list="names" autocomplete="off" aria-describedby="to-error">
              <div class="field-error" id="to-error" aria-live="assertive"></div>
            </div>
            <div class="field narrow">
              <label for="depth">Longest path</label>
              <input id="depth" type="number" min="1" max="64" value="12" aria-describedby="depth-error">
              <div class="field-error" id="depth-error" aria-live="assertive"></div>
            </div>
            <button id="trace" type="submit">Trace</button>
            <datalist id="names"></datalist>
          </form>
          <p id="error" role="alert"></p>
          <section id="answer" aria-labelledby="answer-title">
            <h2 id="answer-title">Answer</h2>
            <p id="stale" class="stale-note" hidden>The question has changed: press Trace to answer it. The answer
              below is for the previous question.</p>
            <p id="effect" aria-live="polite"></p>
            <div id="knockout-result" aria-live="polite"></div>
            <div id="diagram-area">
              <div class="diagram-tools" role="toolbar" aria-label="Diagram">
                <button type="button" id="zoom-in" class="secondary" aria-label="Zoom in">+</button>
                <button type="button" id="zoom-out" class="secondary" aria-label="Zoom out">−</button>
                <button type="button" id="zoom-fit" class="secondary">Fit</button>
                <label class="inline"><input type="checkbox" id="whole"> Whole graph</label>
                <span id="before-after" role="radiogroup" aria-label="The diagram before or after the knockout" hidden>
                  <label class="inline"><input type="radio" name="moment" value="before" id="show-before"> Before</label>
                  <label class="inline"><input type="radio" name="moment" value="after" id="show-after" checked> After the knockout</label>
                </span>
              </div>
              <div class="diagram-row">
                <div id="diagram" tabindex="0" role="group"
                  aria-label="Pathway diagram. Drag or use the arrow keys to move, + and − to zoom, 0 to fit.
                  The paths it shows are listed in words below."></div>
                <aside id="legend" aria-label="Legend">
                  <h3>Legend</h3>
                  \(legend)
                </aside>
              </div>
              <p class="hint">Drag to move; pinch, or click the diagram and use the wheel (or Ctrl + wheel), to
                zoom. Select a node (click, or Tab and Enter) to see what it is.</p>
              <div id="node" aria-live="polite" tabindex="-1"></div>
              <div id="diagram-text"></div>
            </div>
          </section>
          <section id="experiments" aria-labelledby="experiments-title">
            <h2 id="experiments-title">Knock out</h2>
            <p class="hint">Activate the start, remove one node, and see what is lost.</p>
            <div class="buttons" id="presets"></div>
            <form class="buttons" id="knockout-form" novalidate>
              <div class="field">
                <label for="knockout">Node to knock out</label>
                <input id="knockout" list="names" autocomplete="off" aria-describedby="knockout-error">
                <div class="field-error" id="knockout-error" aria-live="assertive"></div>
              </div>
              <button type="submit" id="knockout-go">Knock out</button>
              <button type="button" id="knockout-clear" class="secondary" hidden>Put it back</button>
            </form>
          </section>
          <section id="answer-details" tabindex="-1" aria-labelledby="paths-title">
            <h2 id="paths-title">Paths, most confident first</h2>
            <ol id="paths"></ol>
            <div id="story" aria-live="polite"></div>
            <p class="downloads">Take the graph elsewhere:
              \(downloadLinks)</p>
          </section>
          <section id="compare-section" tabindex="-1" aria-labelledby="compare-title">
            <h2 id="compare-title">Compare drugs</h2>
            <p class="hint">Why is one drug fast and another slow? Put two drugs side by side on one effect: when each
              step begins after each drug, and where their routes meet.</p>
            <p id="compare-note"></p>
            <form class="buttons" id="compare-form" novalidate>
              <div class="field">
                <label for="compare-a">First drug</label>
                <input id="compare-a" list="drug-names" autocomplete="off" aria-describedby="compare-a-error">
                <div class="field-error" id="compare-a-error" aria-live="assertive"></div>
              </div>
              <div class="field">
                <label for="compare-b">Second drug</label>
                <input id="compare-b" list="drug-names" autocomplete="off" aria-describedby="compare-b-error">
                <div class="field-error" id="compare-b-error" aria-live="assertive"></div>
              </div>
              <div class="field">
                <label for="compare-on">On the effect</label>
                <input id="compare-on" list="names" autocomplete="off" aria-describedby="compare-on-error">
                <div class="field-error" id="compare-on-error" aria-live="assertive"></div>
              </div>
              <button type="submit" id="compare-go">Compare</button>
              <datalist id="drug-names"></datalist>
            </form>
            <p id="compare-error" class="field-error" role="alert"></p>
            <div id="compare-result" aria-live="polite"></div>
          </section>
          <section id="quiz-section" tabindex="-1" aria-labelledby="quiz-title">
            <h2 id="quiz-title">Quiz</h2>
            <div class="buttons">
              <button type="button" id="quiz-go">New quiz</button>
              <span id="quiz-info"></span>
            </div>
            <p id="score" aria-live="polite"></p>
            <ol id="quiz"></ol>
          </section>
        </main>
        <footer><p>NeuroPath: every step cites its evidence; many are shown only in animals or cells.
        For teaching and research; not medical advice.</p></footer>
        <script src="/explorer.js"></script>
        </body>
        </html>
        """

    static let css = ExplorerStyle.css
    static let script = ExplorerScript.source + ExplorerCompareScript.source
}
