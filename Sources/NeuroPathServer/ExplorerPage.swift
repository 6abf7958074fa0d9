/// The explorer page served at `/`: plain HTML, with its CSS and a small script written for it served beside it
/// (`/explorer.css`, `/explorer.js`, so that the page's Content-Security-Policy can forbid every inline script),
/// no external fonts or scripts, so it works offline. Text from a graph is only ever set with `textContent`, never parsed as HTML;
/// diagrams are NeuroPath's own SVG, with any `script` element and `on…` attribute removed before display.
import NeuroPath

enum ExplorerPage {
    /// A download link for every format the export route writes.
    private static let downloadLinks = GraphFormat.writable.map { format in
        "<a data-format=\"\(format.name)\" download>\(format.title)</a>"
    }.joined(separator: " ·\n          ")

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
        <header>
          <h1>NeuroPath explorer</h1>
          <p class="disclaimer">For teaching and research; not medical advice.</p>
        </header>
        <main>
          <section id="query" aria-label="Question">
            <label>Graph <select id="graph"></select></label>
            <label>Start <input id="from" list="names" value="ketamine" autocomplete="off"></label>
            <label>End <input id="to" list="names" value="antidepressant effect" autocomplete="off"></label>
            <label>Longest path <input id="depth" type="number" min="1" max="64" value="12"></label>
            <datalist id="names"></datalist>
            <button id="trace" type="button">Trace</button>
          </section>
          <section id="experiments" aria-label="Knockout experiments">
            <h2>Knock out</h2>
            <p>Activate the start, remove one node, and see what is lost.</p>
            <div class="buttons">
              <button type="button" data-knockout="AMPA receptor">NBQX (AMPA receptor)</button>
              <button type="button" data-knockout="mTORC1" data-context="rodent">Rapamycin in rats (mTORC1)</button>
              <button type="button" data-knockout="BDNF">No BDNF</button>
              <label>Other <input id="knockout" list="names" autocomplete="off"></label>
              <button type="button" id="knockout-go">Knock out</button>
            </div>
            <div id="knockout-result" aria-live="polite"></div>
          </section>
          <section id="answer" aria-live="polite">
            <h2>Answer</h2>
            <p id="effect"></p>
            <ol id="paths"></ol>
            <div id="story"></div>
          </section>
          <section id="diagram-section">
            <h2>Diagram</h2>
            <p class="hint">Select a node (click, or Tab and Enter) to see what it is.</p>
            <div id="diagram" role="img" aria-label="Pathway diagram"></div>
            <p class="downloads">Take the graph elsewhere:
              \(downloadLinks)</p>
          </section>
          <section id="node" aria-live="polite"></section>
          <section id="quiz-section">
            <h2>Quiz</h2>
            <button type="button" id="quiz-go">New quiz</button>
            <ol id="quiz"></ol>
          </section>
          <p id="error" role="alert"></p>
        </main>
        <footer><p>NeuroPath: every step cites its evidence; many are shown only in animals or cells.
        For teaching and research; not medical advice.</p></footer>
        <script src="/explorer.js"></script>
        </body>
        </html>
        """

    static let css = """
        :root { font-family: system-ui, sans-serif; color: #1d2330; background: #fbfbfd; }
        *, *::before, *::after { box-sizing: border-box; }
        select, input { max-width: 100%; min-width: 0; }
        select { max-width: 28rem; }
        body { margin: 0; }
        header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        h1 { font-size: 1.5rem; margin: 1rem 0 0; }
        h2 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
        .disclaimer, footer { color: #5a6070; font-size: 0.9rem; }
        section { background: #fff; border: 1px solid #dde1ea; border-radius: 8px; padding: 0.6rem 1rem;
          margin: 0.8rem 0; }
        #query { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: end; }
        label { display: flex; flex-direction: column; font-size: 0.85rem; gap: 0.2rem; }
        input, select, button { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #9aa3b5; border-radius: 5px; }
        input[type=number] { width: 5rem; }
        button { background: #1f4e79; color: #fff; border-color: #1f4e79; cursor: pointer; }
        button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
          outline: 3px solid #d35400; outline-offset: 2px; }
        .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
        #paths li { margin: 0.4rem 0; }
        .step { display: inline-block; margin: 0.1rem 0.2rem; padding: 0.1rem 0.4rem; border-radius: 4px;
          border: 1px solid #8893a8; font-size: 0.85rem; }
        .step.established { border-style: solid; border-width: 2px; }
        .step.supported { border-style: dashed; }
        .step.hypothesised { border-style: dashed; color: #5a6070; }
        .step.contested { border-style: dotted; border-width: 2px; background: #fff4e5; }
        .evidence { font-size: 0.75rem; color: #5a6070; }
        .downloads { font-size: 0.85rem; color: #5a6070; }
        .downloads a { color: #1f4e79; }
        .lost { color: #7a1f1f; font-weight: 600; }
        #diagram { overflow: auto; max-height: 70vh; }
        #diagram svg { max-width: 100%; height: auto; }
        #diagram g.node { cursor: pointer; }
        #quiz li { margin: 0.8rem 0; }
        .right { color: #1b7a3d; font-weight: 600; }
        .wrong { color: #7a1f1f; font-weight: 600; }
        #error { color: #7a1f1f; }
        @media (max-width: 600px) {
          #query { flex-direction: column; align-items: stretch; }
          #query label, #query select, #query input { width: 100%; max-width: 100%; }
          input[type=number] { width: auto; }
          h1 { font-size: 1.2rem; }
        }
        """

    static let script = """
        'use strict';
        const $ = (id) => document.getElementById(id);
        const state = { graph: null };
        function el(tag, text, cls) {
          const node = document.createElement(tag);
          if (text !== undefined) node.textContent = text;
          if (cls) node.className = cls;
          return node;
        }
        function showError(message) { $('error').textContent = message || ''; }
        async function api(path, params) {
          const query = new URLSearchParams();
          for (const [key, value] of params || []) if (value !== '' && value !== undefined) query.append(key, value);
          const url = '/api/graphs/' + encodeURIComponent(state.graph) + '/' + path + '?' + query.toString();
          let response = await fetch(url);
          // A busy server says when to try again (a class asking at once): try twice more before giving up.
          for (let attempt = 0; response.status === 503 && attempt < 2; attempt++) {
            const seconds = Number(response.headers.get('Retry-After')) || 1;
            await new Promise(resolve => setTimeout(resolve, seconds * 1000));
            response = await fetch(url);
          }
          const body = path.endsWith('.svg') ? await response.text() : await response.json();
          if (!response.ok) {
            const error = body.error || {};
            const message = error.message || '';
            const hint = (error.suggestions || []).length && !message.includes('did you mean')
              ? ' (did you mean ' + error.suggestions.join(', ') + '?)' : '';
            throw new Error((error.message || 'request failed') + hint);
          }
          return body;
        }
        async function loadGraphs() {
          const graphs = await (await fetch('/api/graphs')).json();
          const select = $('graph');
          for (const graph of graphs) select.append(new Option(graph.title || graph.name, graph.name));
          state.graph = select.value;
          select.addEventListener('change', () => { state.graph = select.value; clearAnswers(); loadNames(); });
          await loadNames();
        }
        // Answers about one graph are not left beside another graph's name.
        function clearAnswers() {
          showError();
          for (const id of ['effect', 'paths', 'story', 'diagram', 'node', 'knockout-result', 'quiz']) $(id).replaceChildren();
        }
        // The download links name the graph shown; the server says what each format leaves out.
        function updateDownloads() {
          for (const link of document.querySelectorAll('.downloads a')) {
            link.href = '/api/graphs/' + encodeURIComponent(state.graph) + '/export?format=' + link.dataset.format;
          }
        }
        async function loadNames() {
          updateDownloads();
          const catalog = await api('nodes');
          const list = $('names');
          list.replaceChildren();
          const seen = new Set();
          for (const node of catalog.nodes) {
            for (const name of [node.label, node.id, ...(node.synonyms || [])]) {
              if (!name || seen.has(name)) continue;
              seen.add(name);
              const option = el('option');
              option.value = name;
              list.append(option);
            }
          }
        }
        function stepChip(step) {
          const chip = el('span', step.source + ' ' + (step.sign === 'decreases' ? '⊣' : '→') + ' ' + step.target,
            'step ' + (step.evidence || 'unrecorded'));
          const facts = [step.evidence || 'evidence not recorded', ...(step.species || []), ...(step.references || [])];
          chip.title = facts.join(' · ');
          chip.append(' ', el('span', '[' + facts.join(' · ') + ']', 'evidence'));
          return chip;
        }
        async function trace() {
          showError();
          const from = $('from').value, to = $('to').value, depth = $('depth').value;
          try {
            const params = [['from', from], ['to', to], ['max_depth', depth]];
            const [result, effect, story] = await Promise.all([
              api('trace', [...params, ['limit', '10']]), api('effect', params), api('explain', params)]);
            $('effect').textContent = from + ' → ' + to + ': ' + effect.effect
              + ' (' + (result.total === null ? 'at least ' + result.paths.length : result.total) + ' paths'
              + (result.truncated ? ', search stopped at its budget' : '') + ')';
            const paths = $('paths');
            paths.replaceChildren();
            for (const path of result.paths) {
              const item = el('li');
              item.append(el('strong', path.sign + ', ' + path.length + ' steps, confidence ' + path.confidence.toFixed(2) + ': '));
              for (const step of path.steps) item.append(stepChip(step));
              paths.append(item);
            }
            renderStory(story);
            await drawDiagram([['highlight_from', from], ['highlight_to', to], ['max_depth', depth]]);
          } catch (error) { showError(error.message); }
        }
        function renderStory(result) {
          const box = $('story');
          box.replaceChildren();
          const explanation = (result.explanations || [])[0];
          if (!explanation) return;
          box.append(el('h3', 'In words'));
          const list = el('ol');
          for (const step of explanation.steps) {
            const item = el('li', step.sentence + ' ', 'story-step');
            item.append(el('span', '[' + [step.evidence, ...step.species, step.timescale, ...step.citations]
              .filter(Boolean).join(' · ') + ']', 'evidence'));
            if (step.evidence === 'contested' || step.evidence === 'hypothesised') item.classList.add('step', step.evidence);
            list.append(item);
          }
          box.append(list, el('p', explanation.summary));
          if (explanation.timeline.length) {
            box.append(el('h3', 'Time line'));
            const timeline = el('ul');
            for (const phase of explanation.timeline) timeline.append(el('li', phase.timescale + ': ' + phase.events.join(', ')));
            box.append(timeline);
          }
          if (explanation.caveats.length) {
            box.append(el('h3', 'What is contested or uncertain'));
            const caveats = el('ul');
            for (const caveat of explanation.caveats) caveats.append(el('li', caveat));
            box.append(caveats);
          }
        }
        async function drawDiagram(params) {
          const text = await api('diagram.svg', params);
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const svg = doc.documentElement;
          if (svg.nodeName !== 'svg') throw new Error('the diagram could not be read');
          for (const script of svg.querySelectorAll('script, foreignObject')) script.remove();
          for (const node of svg.querySelectorAll('*')) {
            for (const attribute of [...node.attributes]) {
              const value = attribute.value.trim().toLowerCase();
              if (attribute.name.toLowerCase().startsWith('on') || value.startsWith('javascript:')) node.removeAttribute(attribute.name);
            }
          }
          const box = $('diagram');
          box.replaceChildren(document.importNode(svg, true));
          for (const group of box.querySelectorAll('g.node')) {
            const title = group.querySelector('title');
            if (!title || title.textContent === 'legend') continue;
            group.setAttribute('tabindex', '0');
            group.setAttribute('role', 'button');
            group.setAttribute('aria-label', title.textContent);
            const open = () => explainNode(title.textContent);
            group.addEventListener('click', open);
            group.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } });
          }
        }
        async function explainNode(id) {
          showError();
          try {
            const result = await api('explain', [['node', id]]);
            const box = $('node');
            box.replaceChildren(el('h2', id), el('p', result.overview));
            for (const [title, list] of [['What drives it', result.driven_by], ['What it drives', result.drives]]) {
              if (!list.length) continue;
              box.append(el('h3', title));
              const items = el('ul');
              for (const influence of list) {
                const item = el('li', influence.sentence + ' ');
                item.append(el('span', '[' + [influence.evidence, ...influence.species, ...influence.citations]
                  .filter(Boolean).join(' · ') + ']', 'evidence'));
                if (influence.note) item.append(el('p', influence.note, 'evidence'));
                items.append(item);
              }
              box.append(items);
            }
            box.scrollIntoView({ block: 'nearest' });
          } catch (error) { showError(error.message); }
        }
        async function knockout(name, context) {
          showError();
          const box = $('knockout-result');
          try {
            const params = [['activate', $('from').value], ['knockout', name], ['max_depth', $('depth').value]];
            if (context) params.push(['context', context]);
            const result = await api('perturb', params);
            box.replaceChildren(el('h3', 'Without ' + name + (context ? ' (' + context + ' evidence only)' : '')));
            if (!result.lost.length && !result.changed.length) box.append(el('p', 'Nothing changes.'));
            const list = el('ul');
            for (const lost of result.lost) list.append(el('li', 'lost: ' + lost.node + ' (was ' + lost.without_knockout + ')', 'lost'));
            for (const changed of result.changed.filter((c) => c.with_knockout !== 'none')) list.append(el('li', 'changed: ' + changed.node + ': ' + changed.without_knockout + ' → ' + changed.with_knockout));
            box.append(list);
            if (result.silenced.length) box.append(el('p', 'Cannot respond (a necessary input is gone): ' + result.silenced.join(', ')));
            await drawDiagram([['perturb', $('from').value], ['knockout', name], ['max_depth', $('depth').value]].concat(context ? [['context', context]] : []));
          } catch (error) { showError(error.message); }
        }
        async function quiz() {
          showError();
          try {
            const seed = String(Math.floor(Math.random() * 1e6));
            const result = await api('quiz', [['count', '4'], ['seed', seed]]);
            const list = $('quiz');
            list.replaceChildren();
            result.questions.forEach((question, number) => {
              const item = el('li');
              const fieldset = el('fieldset');
              fieldset.append(el('legend', question.prompt));
              question.choices.forEach((choice, index) => {
                const label = el('label');
                label.style.flexDirection = 'row';
                const radio = el('input');
                radio.type = 'radio';
                radio.name = 'q' + number;
                radio.value = String(index);
                label.append(radio, ' ' + choice);
                fieldset.append(label);
              });
              const verdict = el('p');
              verdict.setAttribute('aria-live', 'polite');
              fieldset.addEventListener('change', (event) => {
                const right = Number(event.target.value) === question.answer;
                verdict.replaceChildren(el('span', right ? 'Right. ' : 'Not quite. ', right ? 'right' : 'wrong'),
                  el('span', (right ? '' : 'The answer is: ' + question.choices[question.answer] + '. ') + question.explanation));
              });
              item.append(fieldset, verdict);
              list.append(item);
            });
          } catch (error) { showError(error.message); }
        }
        $('trace').addEventListener('click', trace);
        for (const input of [$('from'), $('to')]) input.addEventListener('keydown', (event) => { if (event.key === 'Enter') trace(); });
        for (const button of document.querySelectorAll('[data-knockout]')) {
          button.addEventListener('click', () => knockout(button.dataset.knockout, button.dataset.context));
        }
        $('knockout-go').addEventListener('click', () => knockout($('knockout').value));
        $('quiz-go').addEventListener('click', quiz);
        loadGraphs().then(trace).catch((error) => showError(error.message));
        """
}
