/// The explorer page's script, served as `/explorer.js`.
///
/// What it keeps: the question (graph, start, end, depth, knockouts, the path chosen, the diagram's view and the
/// quiz's seed) lives in the page's address, so a link reproduces the page and Back and Forward step through
/// questions. Every name a student reads is a label or a citation, never an id or a citation key. Errors are
/// shown under the field that caused them, with the suggestions as buttons; an answer is marked stale as soon as
/// its question changes. Text from a graph is set with `textContent` only.
enum ExplorerScript {
    static let source = #"""
        'use strict';
        const $ = (id) => document.getElementById(id);
        const page = {
          graphs: [], graph: null, nodes: new Map(), references: new Map(), names: new Map(),
          run: 0, view: null, pathNodes: [], answered: null,
        };
        // The question, as the address holds it.
        const question = { from: '', to: '', depth: '12', knockout: [], context: '', whole: false, moment: 'after',
          path: '', quiz: '', compare_a: '', compare_b: '', compare_on: '' };

        function el(tag, text, cls) {
          const node = document.createElement(tag);
          if (text !== undefined && text !== null) node.textContent = text;
          if (cls) node.className = cls;
          return node;
        }
        function plural(count, one, many) { return count + ' ' + (count === 1 ? one : (many || one + 's')); }
        function nodeName(id) { const node = page.nodes.get(id); return node ? node.display_name || node.label : id; }
        function kindOf(id) { const node = page.nodes.get(id); return node ? node.kind : ''; }
        function kindName(kind) { return (kind || '').replace(/-/g, ' '); }
        const changeWords = { increases: 'rises', decreases: 'falls', mixed: 'changes both ways', none: 'does not change',
          unknown: 'changes, sign unknown' };

        // A citation a student can follow: "Zanos et al. 2016", linked to the DOI or PubMed record when known.
        function citation(key) {
          const reference = page.references.get(key);
          if (!reference) return el('span', key);
          if (!reference.url) return el('span', reference.citation);
          const link = el('a', reference.citation);
          link.href = reference.url;
          link.rel = 'noopener';
          link.target = '_blank';
          if (reference.title) link.title = reference.title;
          return link;
        }
        function citations(keys) {
          const span = el('span');
          (keys || []).forEach((key, index) => { if (index) span.append(', '); span.append(citation(key)); });
          return span;
        }

        // ---- The address ----
        function readAddress() {
          const params = new URLSearchParams(location.search);
          for (const key of Object.keys(question)) {
            const value = params.get(key);
            if (key === 'whole') question.whole = value === '1';
            else if (key === 'knockout') question.knockout = params.getAll('knockout').filter(Boolean);
            else question[key] = value === null ? (key === 'depth' ? '12' : key === 'moment' ? 'after' : '') : value;
          }
          return params.get('graph');
        }
        function writeAddress(push) {
          const params = new URLSearchParams();
          params.set('graph', page.graph);
          for (const [key, value] of Object.entries(question)) {
            if (key === 'whole') { if (value) params.set('whole', '1'); }
            else if (key === 'knockout') { for (const name of value) params.append('knockout', name); }
            else if (value !== '' && !(key === 'depth' && value === '12') && !(key === 'moment' && value === 'after')) {
              params.set(key, value);
            }
          }
          const address = '?' + params.toString();
          if (address === location.search) return;
          if (push) history.pushState(null, '', address); else history.replaceState(null, '', address);
        }

        // ---- Errors ----
        class RequestError extends Error {
          constructor(report) { super(report.message || 'the request failed'); this.report = report; }
        }
        const fieldOf = { from: 'from', to: 'to', max_depth: 'depth', knockout: 'knockout', activate: 'from',
          highlight_from: 'from', highlight_to: 'to', perturb: 'from' };
        function clearErrors() {
          $('error').replaceChildren();
          for (const id of ['from', 'to', 'depth', 'knockout']) {
            $(id).removeAttribute('aria-invalid');
            $(id + '-error').replaceChildren();
          }
        }
        function suggestionButtons(box, suggestions, input, then) {
          for (const name of suggestions || []) {
            const button = el('button', nodeName(name));
            button.type = 'button';
            button.addEventListener('click', () => { input.value = nodeName(name); then(); });
            box.append(button);
          }
        }
        // The message goes under the field that caused it, which gets the focus; otherwise under the question.
        function showError(error, then) {
          const report = error.report || { message: error.message };
          const field = fieldOf[report.parameter];
          const message = report.message.replace(/^[a-z_]+: /, '').replace(/ — did you mean .*$/, '');
          if (field) {
            const input = $(field), box = $(field + '-error');
            input.setAttribute('aria-invalid', 'true');
            box.replaceChildren(el('span', message + ((report.suggestions || []).length ? '. Did you mean: ' : '')));
            suggestionButtons(box, report.suggestions, input, then || (() => {}));
            input.focus();
          } else {
            $('error').replaceChildren(el('span', message));
            $('error').scrollIntoView({ block: 'nearest' });
          }
        }

        async function api(path, params) {
          const query = new URLSearchParams();
          for (const [key, value] of params || []) if (value !== '' && value !== undefined && value !== null) query.append(key, value);
          const url = '/api/graphs/' + encodeURIComponent(page.graph) + '/' + path + '?' + query.toString();
          let response = await fetch(url);
          // A busy server says when to try again (a class asking at once): try twice more before giving up.
          for (let attempt = 0; response.status === 503 && attempt < 2; attempt++) {
            const seconds = Number(response.headers.get('Retry-After')) || 1;
            await new Promise(resolve => setTimeout(resolve, seconds * 1000));
            response = await fetch(url);
          }
          if (!response.ok) {
            let report = { message: 'the server answered ' + response.status };
            try { report = (await response.json()).error || report; } catch (ignored) { /* not JSON */ }
            throw new RequestError(report);
          }
          return path.endsWith('.svg') ? response.text() : response.json();
        }

        // ---- Graphs and names ----
        async function loadGraphs(wanted) {
          page.graphs = await (await fetch('/api/graphs')).json();
          const select = $('graph');
          select.replaceChildren();
          for (const graph of page.graphs) select.append(new Option(graphTitle(graph), graph.name));
          const chosen = page.graphs.find(g => g.name === wanted) || page.graphs[0];
          select.value = chosen.name;
          await openGraph(chosen.name);
        }
        function graphTitle(graph) {
          if (graph.title) return graph.title;
          const words = graph.name.replace(/[-_.]+/g, ' ').trim();
          return (words.charAt(0).toUpperCase() + words.slice(1)) + ' (' + plural(graph.nodes, 'node') + ')';
        }
        function currentGraph() { return page.graphs.find(g => g.name === page.graph); }
        async function openGraph(name) {
          page.graph = name;
          for (const link of document.querySelectorAll('.downloads a')) {
            link.href = '/api/graphs/' + encodeURIComponent(name) + '/export?format=' + link.dataset.format;
          }
          const catalog = await api('nodes');
          page.nodes = new Map(catalog.nodes.map(node => [node.id, node]));
          page.references = new Map((catalog.references || []).map(reference => [reference.key, reference]));
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
          drawPresets();
          prepareCompare();
        }
        // A graph's own question, or the one its shape suggests.
        function defaultQuestion() {
          const graph = currentGraph();
          const asked = graph && graph.question;
          return asked ? { from: nodeName(asked.from), to: nodeName(asked.to) } : { from: '', to: '' };
        }
        function drawPresets() {
          const box = $('presets');
          box.replaceChildren();
          const graph = currentGraph();
          for (const experiment of (graph && graph.experiments) || []) {
            const button = el('button', experiment.name);
            button.type = 'button';
            button.className = 'secondary';
            button.title = experiment.finding || '';
            button.addEventListener('click', () => {
              question.knockout = experiment.knockout.slice();
              question.context = experiment.context || '';
              if (experiment.activate && experiment.activate.length) $('from').value = nodeName(experiment.activate[0]);
              ask(true).then(() => $('answer').scrollIntoView({ block: 'start' }));
            });
            box.append(button);
          }
          $('experiments').querySelector('.hint').textContent = box.childElementCount
            ? 'Replay a classic experiment, or remove any node: activate the start and see what is lost.'
            : 'Activate the start, remove one node, and see what is lost.';
        }

        // ---- Asking ----
        function knockouts() { return question.knockout; }
        function filterParams() {
          const params = knockouts().map(name => ['knockout', name]);
          if (question.context) params.push(['context', question.context]);
          return params;
        }
        function markStale() {
          if (!page.answered) return;
          $('answer').classList.add('stale');
          $('answer-details').classList.add('stale');
          $('stale').hidden = false;
        }
        function markFresh() {
          $('answer').classList.remove('stale');
          $('answer-details').classList.remove('stale');
          $('stale').hidden = true;
        }
        function clearAnswer() {
          page.answered = null;
          markFresh();
          for (const id of ['effect', 'knockout-result', 'paths', 'story', 'diagram-text', 'node']) $(id).replaceChildren();
          $('diagram').replaceChildren();
          $('diagram').style.height = '';
          page.view = null;
          $('diagram-area').hidden = true;
        }
        // Reads the form into the question and answers it; `push` adds a step to the browser's history.
        function ask(push) {
          question.from = $('from').value.trim();
          question.to = $('to').value.trim();
          question.depth = $('depth').value.trim() || '12';
          question.path = page.keepPath ? question.path : '';
          page.keepPath = false;
          writeAddress(push);
          return answer();
        }
        async function answer() {
          const run = ++page.run;
          clearErrors();
          const { from, to, depth } = question;
          $('knockout-clear').hidden = !knockouts().length;
          if (!from || !to) {
            clearAnswer();
            if (!from) showError({ report: { parameter: 'from', message: 'Choose where the path starts' } });
            else showError({ report: { parameter: 'to', message: 'Choose where the path ends' } });
            return;
          }
          $('effect').textContent = 'Tracing ' + from + ' → ' + to + '…';
          try {
            const base = [['from', from], ['to', to], ['max_depth', depth]];
            const perturbing = knockouts().length > 0;
            const [trace, effect, perturbation] = await Promise.all([
              api('trace', [...base, ['limit', '10'], ...filterParams()]),
              api('effect', [...base, ['paths', '0'], ...filterParams()]),
              perturbing ? api('perturb', [['activate', from], ['max_depth', depth], ...filterParams()]) : null]);
            if (run !== page.run) return;
            markFresh();
            page.answered = { trace, effect, perturbation };
            renderSummary(trace, effect, perturbation);
            renderPaths(trace);
            // When the knockout takes the end away, no path is told as if it still carried the change.
            const lostEnd = perturbation && perturbation.lost.some(lost => lost.node === trace.to);
            const chosen = lostEnd ? null : chosenPath(trace);
            await Promise.all([drawDiagram(run), chosen ? explainPath(chosen, run) : clearStory(trace, lostEnd)]);
          } catch (error) {
            if (run !== page.run) return;
            clearAnswer();
            const report = error.report || {};
            if (report.code === 'endpoint-excluded' && knockouts().length) {
              showError({ report: { parameter: 'knockout', message: 'The start and the end cannot be knocked out: '
                + 'knock out a node between them (the paths list shows which)' } });
              return;
            }
            showError(error, () => ask(true));
          }
        }
        // The path explained: the one chosen (kept in the address), else the most confident that is a mechanism,
        // not a single clinical observation, else the most confident.
        function chosenPath(trace) {
          const key = (path) => path.steps.map(step => step.interaction).join(',');
          return trace.paths.find(path => key(path) === question.path)
            || trace.paths.find(path => path.length > 1) || trace.paths[0];
        }
        function renderSummary(trace, effect, perturbation) {
          const box = $('effect');
          box.replaceChildren();
          const from = nodeName(trace.from), to = nodeName(trace.to);
          const without = knockouts().length ? ' with ' + knockouts().map(k => nodeName(k)).join(' and ') + ' knocked out'
            + (question.context ? ' (' + question.context + ' evidence only)' : '') : '';
          if (effect.reason === 'same-node') {
            box.append(el('strong', from + ' → ' + to + ': '),
              'Start and End are the same node, and a causal path joins two different nodes. Choose another End, or '
              + 'select ' + from + ' in the diagram to see what drives it and what it drives.');
            return;
          }
          const lostEnd = perturbation && perturbation.lost.find(lost => lost.node === trace.to);
          if (lostEnd) {
            // The knockout silences the end (a necessary input is gone): paths may still join the two nodes,
            // but none can carry the change.
            box.append(el('strong', from + ' → ' + to + without + ': '),
              to + ' is lost. Without the knockout it ' + (changeWords[lostEnd.without_knockout] || lostEnd.without_knockout)
              + '; with it, it ' + (perturbation.silenced.includes(trace.to)
                ? 'cannot respond, because a necessary input is gone.' : 'no longer responds.')
              + (trace.paths.length ? ' The ' + plural(trace.paths.length, 'path') + ' listed below still join them in '
                + 'the graph, but with the knockout the change does not get through.' : ''));
          } else if (!trace.paths.length) {
            box.append(el('strong', from + ' → ' + to + ': '),
              'no path of at most ' + plural(trace.max_depth, 'step') + without + '. Try a longer path'
              + (knockouts().length ? ', or put the knocked-out node back' : '') + '.');
          } else {
            const count = trace.total === null ? 'at least ' + trace.paths.length : String(trace.total);
            const best = chosenPath(trace);
            const number = trace.paths.indexOf(best) + 1;
            const pathLevel = best.steps.reduce((w, s) => weaker(w, s.evidence), 'established');
            box.append(el('strong', from + ' → ' + to + without + ': '),
              to + ' ' + (changeWords[effect.effect] || effect.effect) + ' when ' + from + ' is '
              + (kindOf(trace.from) === 'drug' ? 'given' : 'activated') + ', through '
              + count + ' path' + (count === '1' ? '' : 's') + '. The path explained and drawn in bold (path ' + number
              + (number > 1 ? ', the most confident mechanism; path 1 is a single observation' : ', the most confident')
              + ') rests on ',
              el('span', pathLevel + ' evidence', 'evidence-word'),
              ' at its weakest step.'
              // The answer's own level (its best-supported path's weakest step), said only when it differs.
              + (effect.evidence && effect.evidence !== pathLevel
                ? ' The answer as a whole rests on ' + effect.evidence + ' evidence, through its best-supported path.' : '')
              + (trace.truncated ? ' (The search stopped at its budget: there may be more.)' : ''));
          }
          const result = $('knockout-result');
          result.replaceChildren();
          if (!perturbation) return;
          result.append(el('h3', 'Without ' + knockouts().map(k => nodeName(k)).join(' and ')));
          if (!perturbation.lost.length && !perturbation.changed.length) result.append(el('p', 'Nothing changes.'));
          const list = el('ul');
          for (const lost of perturbation.lost) {
            list.append(el('li', 'Lost: ' + nodeName(lost.node) + ' (without the knockout it '
              + (changeWords[lost.without_knockout] || lost.without_knockout)
              + (lost.evidence ? ', on ' + lost.evidence + ' evidence' : '') + ')', 'lost'));
          }
          for (const changed of perturbation.changed.filter(c => c.with_knockout !== 'none')) {
            list.append(el('li', changed.weakened
              ? 'Weakened: ' + nodeName(changed.node) + ' still ' + changeWords[changed.without_knockout]
                + ', but less: an input it partly needs is gone'
              : 'Changed: ' + nodeName(changed.node) + ' ' + changeWords[changed.without_knockout]
                + ' without the knockout, ' + changeWords[changed.with_knockout] + ' with it'));
          }
          result.append(list);
          if (perturbation.silenced.length) {
            result.append(el('p', 'Cannot respond, because a necessary input is gone: '
              + perturbation.silenced.map(nodeName).join(', ') + '.'));
          }
          // A classic experiment of the graph: what the paper found beside what the model says.
          const same = (a, b) => a.length === b.length && a.every(x => b.includes(x));
          const ids = perturbation.knockouts;
          const experiment = ((currentGraph() || {}).experiments || []).find(e => same(e.knockout, ids)
            && (e.context || '') === question.context && e.activate.includes(perturbation.perturbations[0].node));
          if (experiment) {
            const paper = el('p');
            paper.append(el('strong', 'The paper: '), (experiment.finding || experiment.name) + ' ', citations(experiment.references));
            result.append(paper);
            if (experiment.limitation) result.append(el('p', 'Where the model differs: ' + experiment.limitation, 'evidence'));
          }
        }
        const evidenceOrder = ['established', 'supported', 'hypothesised', 'contested'];
        function weaker(a, b) { return evidenceOrder.indexOf(b) > evidenceOrder.indexOf(a) ? b : a; }

        function stepChip(step) {
          const arrow = step.sign === 'decreases' ? ' ⊣ ' : ' → ';
          const chip = el('span', nodeName(step.source) + arrow + nodeName(step.target) + ' ', 'step ' + (step.evidence || 'unrecorded'));
          const facts = el('span', '', 'evidence');
          facts.append('[' + [step.evidence || 'evidence not recorded', ...(step.species || [])].join(', ')
            + ((step.references || []).length ? ': ' : ''), citations(step.references), ']');
          chip.append(facts);
          return chip;
        }
        function pathKey(path) { return path.steps.map(step => step.interaction).join(','); }
        function renderPaths(trace) {
          const list = $('paths');
          list.replaceChildren();
          const chosen = chosenPath(trace);
          trace.paths.forEach((path, index) => {
            const item = el('li');
            const button = el('button', 'Path ' + (index + 1) + ': ' + path.sign + ', ' + plural(path.length, 'step')
              + ', confidence ' + path.confidence.toFixed(2) + (path.length === 1 ? ' (a direct observation)' : ''),
              'path-choice');
            button.type = 'button';
            button.setAttribute('aria-pressed', String(path === chosen));
            button.addEventListener('click', () => choosePath(path));
            if (path.steps.some(step => step.evidence === 'contested')) item.append(el('span', 'contested', 'tag'), ' ');
            item.append(button);
            const steps = el('div', '', 'steps');
            for (const step of path.steps) steps.append(stepChip(step));
            item.append(steps);
            list.append(item);
          });
        }
        async function choosePath(path) {
          question.path = pathKey(path);
          writeAddress(true);
          for (const button of document.querySelectorAll('#paths button.path-choice')) {
            button.setAttribute('aria-pressed', String(button.parentElement === $('paths').children[page.answered.trace.paths.indexOf(path)]));
          }
          const run = ++page.run;
          try {
            await Promise.all([explainPath(path, run), drawDiagram(run)]);
            $('story').scrollIntoView({ block: 'nearest' });
          } catch (error) { showError(error); }
        }
        function clearStory(trace, lostEnd) {
          $('story').replaceChildren();
          $('diagram-text').replaceChildren();
          if (lostEnd) {
            $('story').append(el('p', 'With the knockout, none of these paths carries the change to ' + nodeName(trace.to)
              + ': each passes a node that is lost or cannot respond. Choose "Before" to see the paths as they were.'));
          }
        }

        async function explainPath(path, run) {
          const explanation = await api('explain', [['path', pathKey(path)]]);
          if (run !== page.run) return;
          page.pathNodes = path.nodes;
          const box = $('story');
          box.replaceChildren(el('h3', 'In words: path ' + (page.answered.trace.paths.indexOf(path) + 1)));
          const list = el('ol');
          explanation.steps.forEach((step, index) => {
            const item = el('li', step.sentence + ' ', 'story-step');
            const facts = el('span', '', 'evidence');
            const references = (path.steps[index] || {}).references || [];
            facts.append('[' + [step.evidence, ...step.species, step.timescale].filter(Boolean).join(', ')
              + (references.length ? ': ' : ''), citations(references), ']');
            item.append(facts);
            if (step.evidence === 'contested' || step.evidence === 'hypothesised') item.prepend(el('span', step.evidence, 'tag'), ' ');
            list.append(item);
          });
          box.append(list, el('p', explanation.summary));
          if (explanation.timeline.length) {
            box.append(el('h3', 'Time line'));
            const timeline = el('ul');
            for (const phase of explanation.timeline) timeline.append(el('li', 'Within ' + phase.timescale + ': ' + phase.events.join(', ')));
            box.append(timeline);
          }
          if (explanation.caveats.length) {
            box.append(el('h3', 'What is contested or uncertain'));
            const caveats = el('ul');
            for (const caveat of explanation.caveats) caveats.append(el('li', caveat));
            box.append(caveats);
          }
          // The diagram's text alternative: the path it draws in bold, in words.
          const text = $('diagram-text');
          text.replaceChildren(el('h3', 'The path drawn in bold'));
          const steps = el('ol');
          for (const step of path.steps) {
            steps.append(el('li', nodeName(step.source) + (step.sign === 'decreases' ? ' decreases ' : ' increases ')
              + nodeName(step.target) + ' (' + (step.evidence || 'evidence not recorded') + ')'));
          }
          text.append(steps);
        }

        // ---- The diagram ----
        async function drawDiagram(run) {
          const answered = page.answered;
          const perturbing = knockouts().length > 0;
          if (!answered || (!answered.trace.paths.length && !perturbing)) {
            $('diagram').replaceChildren();
            $('diagram-area').hidden = true;
            return;
          }
          const { from, to, depth } = question;
          const after = perturbing && question.moment !== 'before';
          $('before-after').hidden = !perturbing;
          $('show-before').checked = !after;
          $('show-after').checked = after;
          $('whole').checked = question.whole;
          $('legend').classList.toggle('perturbation', after);
          const params = [['highlight_from', from], ['highlight_to', to], ['max_depth', depth], ['legend', 'false'],
            ['highlight_limit', '3']];
          if (!question.whole) params.push(['highlight_only', 'true']);
          // The path explained is drawn in bold; after a knockout that leaves no path, the question's paths as
          // they were, with what the knockout took away marked.
          const chosen = answered.trace.paths.length ? chosenPath(answered.trace) : null;
          page.pathNodes = chosen ? chosen.nodes : [];
          if (chosen) params.push(['highlight_path', pathKey(chosen)]);
          // Before and after draw the same nodes, so the two line up.
          if (perturbing) params.push(['perturb', from], ...filterParams());
          else if (question.context) params.push(['context', question.context]);
          if (perturbing && !after) params.push(['before', 'true']);
          // Left to right on a wide screen, top to bottom on a narrow one: the layout that keeps labels largest.
          const direction = $('diagram').clientWidth >= 900 ? 'LR' : 'TB';
          params.push(['direction', direction]);
          const text = await api('diagram.svg', params);
          if (run !== page.run) return;
          showSVG(text, direction);
        }
        function showSVG(text, direction) {
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
          // Each node's id is its Graphviz title; the titles go (a screen reader would read the ids), the label is
          // the node's name.
          const ids = new Map();
          for (const group of svg.querySelectorAll('g.node')) {
            const title = group.querySelector(':scope > title');
            if (title && page.nodes.has(title.textContent)) ids.set(group.getAttribute('id'), title.textContent);
          }
          for (const title of svg.querySelectorAll('title')) title.remove();
          const box = $('diagram');
          $('diagram-area').hidden = false;
          const imported = document.importNode(svg, true);
          imported.removeAttribute('width');
          imported.removeAttribute('height');
          imported.setAttribute('role', 'presentation');
          box.replaceChildren(imported);
          const nodes = [...imported.querySelectorAll('g.node')];
          const byID = new Map();
          for (const group of nodes) {
            const id = ids.get(group.getAttribute('id'));
            if (!id) continue;
            byID.set(id, group);
            group.setAttribute('tabindex', '0');
            group.setAttribute('role', 'button');
            const node = page.nodes.get(id);
            group.setAttribute('aria-label', node ? nodeName(id) + ', ' + kindName(node.kind) : id);
            const open = () => explainNode(id);
            group.addEventListener('click', (event) => { if (!page.dragged) open(); event.stopPropagation(); });
            group.addEventListener('focus', () => keepInView(group));
            group.addEventListener('keydown', (event) => {
              if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); }
            });
          }
          // Tab follows the path drawn in bold, then the other nodes.
          const parent = nodes.length ? nodes[0].parentNode : null;
          if (parent) {
            const ordered = page.pathNodes.map(id => byID.get(id)).filter(Boolean);
            for (const group of ordered.concat(nodes.filter(group => !ordered.includes(group)))) parent.append(group);
          }
          const kinds = new Set(nodes.map(group => (group.getAttribute('class') || '').split(' ')
            .find(name => name.startsWith('kind-'))).filter(Boolean).map(name => name.slice(5)));
          for (const item of document.querySelectorAll('#legend [data-kind]')) item.hidden = !kinds.has(item.dataset.kind);
          const box2 = imported.viewBox.baseVal;
          page.view = { natural: { x: box2.x, y: box2.y, w: box2.width, h: box2.height }, svg: imported, direction };
          page.anchor = byID.get(page.pathNodes[0]) || byID.get(question.from) || null;
          openView();
        }
        // The view a drawing opens with: the whole of it when its labels stay readable (at least 11 px; after a
        // knockout, where the overview matters most, at least 7 px); otherwise a readable part, centred on the
        // start of the bold path. The frame is as tall as the drawing needs, up to 60 % of the window.
        const readableScale = 0.92;
        function frame(scale) {
          const box = $('diagram');
          const tallest = Math.max(240, window.innerHeight * 0.6);
          box.style.height = Math.round(Math.max(200, Math.min(tallest, page.view.natural.h * scale + 4))) + 'px';
          return box;
        }
        function wholeScale() {
          const natural = page.view.natural;
          const tallest = Math.max(240, window.innerHeight * 0.6);
          return Math.min(1.5, $('diagram').clientWidth / natural.w, tallest / natural.h);
        }
        function centred(scale) {
          const box = frame(scale);
          const natural = page.view.natural;
          setView(natural.x + (natural.w - box.clientWidth / scale) / 2, natural.y + (natural.h - box.clientHeight / scale) / 2, scale);
        }
        function openView() {
          if (!page.view) return;
          const whole = wholeScale();
          const least = knockouts().length && question.moment !== 'before' ? 0.6 : readableScale;
          if (whole >= least) return centred(whole);
          centred(readableScale);
          const anchor = page.anchor && page.anchor.isConnected ? page.anchor : null;
          // The start near the top of a top-to-bottom drawing, near the left of a left-to-right one.
          if (anchor) page.view.direction === 'LR' ? reveal(anchor, 0.15, 0.5) : reveal(anchor, 0.5, 0.15);
        }
        // Fit (the button, 0): the whole drawing, however small.
        function fit() { if (page.view) centred(wholeScale()); }
        // Moves the view so that `element` sits at the fractions (fx, fy) of the frame.
        function reveal(element, fx, fy) {
          const frameRect = $('diagram').getBoundingClientRect(), rect = element.getBoundingClientRect();
          pan(frameRect.left + frameRect.width * fx - (rect.left + rect.width / 2),
            frameRect.top + frameRect.height * fy - (rect.top + rect.height / 2));
        }
        // A node reached with Tab is brought into view.
        function keepInView(element) {
          const frameRect = $('diagram').getBoundingClientRect(), rect = element.getBoundingClientRect();
          if (rect.left < frameRect.left || rect.right > frameRect.right || rect.top < frameRect.top
            || rect.bottom > frameRect.bottom) reveal(element, 0.5, 0.5);
        }
        function setView(x, y, scale) {
          const view = page.view;
          const box = $('diagram');
          view.scale = scale;
          view.x = x;
          view.y = y;
          view.svg.setAttribute('viewBox', [x, y, box.clientWidth / scale, box.clientHeight / scale].map(v => v.toFixed(2)).join(' '));
        }
        function zoom(factor, clientX, clientY) {
          const view = page.view;
          if (!view) return;
          const rect = $('diagram').getBoundingClientRect();
          const px = clientX === undefined ? rect.width / 2 : clientX - rect.left;
          const py = clientY === undefined ? rect.height / 2 : clientY - rect.top;
          const scale = Math.min(6, Math.max(0.15, view.scale * factor));
          setView(view.x + px / view.scale - px / scale, view.y + py / view.scale - py / scale, scale);
        }
        function pan(dx, dy) {
          const view = page.view;
          if (view) setView(view.x - dx / view.scale, view.y - dy / view.scale, view.scale);
        }
        function setUpDiagramControls() {
          const box = $('diagram');
          const pointers = new Map();
          let start = null;
          // The wheel zooms once the diagram is chosen (clicked or tabbed to) or with Ctrl; otherwise it scrolls
          // the page as everywhere else.
          box.addEventListener('wheel', (event) => {
            if (!page.view || !(event.ctrlKey || box.contains(document.activeElement))) return;
            event.preventDefault();
            zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX, event.clientY);
          }, { passive: false });
          box.addEventListener('pointerdown', (event) => {
            pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
            start = { x: event.clientX, y: event.clientY };
            page.dragged = false;
          });
          box.addEventListener('pointermove', (event) => {
            const last = pointers.get(event.pointerId);
            if (!last) return;
            const now = { x: event.clientX, y: event.clientY };
            if (pointers.size === 2) {
              const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)[1];
              const before = Math.hypot(last.x - other.x, last.y - other.y);
              const after = Math.hypot(now.x - other.x, now.y - other.y);
              if (before > 0) zoom(after / before, (now.x + other.x) / 2, (now.y + other.y) / 2);
              page.dragged = true;
            } else {
              if (!page.dragged && Math.hypot(now.x - start.x, now.y - start.y) > 5) {
                page.dragged = true;
                box.setPointerCapture(event.pointerId);
                box.classList.add('dragging');
              }
              if (page.dragged) pan(now.x - last.x, now.y - last.y);
            }
            pointers.set(event.pointerId, now);
          });
          const release = (event) => {
            pointers.delete(event.pointerId);
            box.classList.remove('dragging');
            setTimeout(() => { if (!pointers.size) page.dragged = false; }, 0);
          };
          box.addEventListener('pointerup', release);
          box.addEventListener('pointercancel', release);
          box.addEventListener('keydown', (event) => {
            const step = 60;
            const keys = { '+': () => zoom(1.25), '=': () => zoom(1.25), '-': () => zoom(0.8), '0': fit,
              ArrowLeft: () => pan(step, 0), ArrowRight: () => pan(-step, 0), ArrowUp: () => pan(0, step),
              ArrowDown: () => pan(0, -step) };
            if (event.target !== box && !['+', '=', '-', '0'].includes(event.key)) return;
            const action = keys[event.key];
            if (action) { event.preventDefault(); action(); }
          });
          $('zoom-in').addEventListener('click', () => zoom(1.25));
          $('zoom-out').addEventListener('click', () => zoom(0.8));
          $('zoom-fit').addEventListener('click', fit);
          $('whole').addEventListener('change', () => {
            question.whole = $('whole').checked;
            writeAddress(true);
            drawDiagram(++page.run).catch(showError);
          });
          for (const radio of document.querySelectorAll('input[name=moment]')) {
            radio.addEventListener('change', () => {
              question.moment = radio.value;
              writeAddress(true);
              drawDiagram(++page.run).catch(showError);
            });
          }
          let resized = null;
          window.addEventListener('resize', () => { clearTimeout(resized); resized = setTimeout(openView, 150); });
        }

        // ---- A node ----
        async function explainNode(id) {
          try {
            const result = await api('explain', [['node', id]]);
            const node = page.nodes.get(id);
            const box = $('node');
            box.replaceChildren(el('h2', nodeName(id) + (node ? ' (' + kindName(node.kind) + ')' : '')), el('p', result.overview));
            for (const [title, list] of [['What drives it', result.driven_by], ['What it drives', result.drives]]) {
              if (!list.length) continue;
              box.append(el('h3', title));
              const items = el('ul');
              for (const influence of list) {
                const item = el('li', influence.sentence + ' ');
                const facts = el('span', '[' + [influence.evidence, ...influence.species].filter(Boolean).join(', ')
                  + (influence.citations.length ? ': ' : ''), 'evidence');
                influence.citations.forEach((text, index) => {
                  if (index) facts.append(', ');
                  const matches = [...page.references.values()].filter(reference => reference.citation === text);
                  facts.append(matches.length === 1 ? citation(matches[0].key) : el('span', text));
                });
                facts.append(']');
                item.append(facts);
                if (influence.note) item.append(el('p', influence.note, 'evidence'));
                items.append(item);
              }
              box.append(items);
            }
            box.scrollIntoView({ block: 'nearest' });
          } catch (error) { showError(error); }
        }

        // ---- The quiz ----
        async function quiz(seed) {
          const list = $('quiz');
          try {
            const result = await api('quiz', [['count', '5'], ['seed', seed]]);
            question.quiz = String(result.seed);
            writeAddress(false);
            list.replaceChildren();
            const score = { right: 0, answered: 0, total: result.questions.length };
            const share = new URL(location.href);
            $('quiz-info').replaceChildren('Quiz ' + result.seed + ' · ');
            const link = el('a', 'share this quiz');
            link.href = share.toString();
            $('quiz-info').append(link);
            $('score').textContent = 'Score: 0 of ' + score.total + ' answered.';
            result.questions.forEach((item, number) => {
              const entry = el('li');
              const fieldset = el('fieldset');
              fieldset.append(el('legend', item.prompt));
              item.choices.forEach((choice, index) => {
                const label = el('label');
                const radio = el('input');
                radio.type = 'radio';
                radio.name = 'q' + number;
                radio.value = String(index);
                label.append(radio, el('span', choice));
                fieldset.append(label);
              });
              const verdict = el('p');
              verdict.setAttribute('aria-live', 'polite');
              fieldset.addEventListener('change', (event) => {
                if (fieldset.disabled) return;
                const right = Number(event.target.value) === item.answer;
                fieldset.disabled = true;
                score.answered += 1;
                if (right) score.right += 1;
                verdict.replaceChildren(el('span', right ? 'Right. ' : 'Not quite. ', right ? 'right' : 'wrong'),
                  el('span', (right ? '' : 'The answer is: ' + item.choices[item.answer] + '. ') + item.explanation + ' '));
                if ((item.references || []).length) verdict.append(el('span', 'Sources: ', 'evidence'), citations(item.references));
                $('score').textContent = 'Score: ' + score.right + ' right of ' + score.answered + ' answered ('
                  + score.total + ' questions).' + (score.answered === score.total ? ' Done: press New quiz for another.' : '');
              });
              entry.append(fieldset, verdict);
              list.append(entry);
            });
          } catch (error) { showError(error); }
        }

        // ---- Wiring ----
        function applyQuestionToForm() {
          $('from').value = question.from;
          $('to').value = question.to;
          $('depth').value = question.depth;
        }
        async function restore(push) {
          const wanted = readAddress();
          if (!page.graphs.length || wanted && wanted !== page.graph) {
            if (page.graphs.length) { $('graph').value = wanted; await openGraph(wanted); } else await loadGraphs(wanted);
          }
          if (!question.from && !question.to) Object.assign(question, defaultQuestion());
          applyQuestionToForm();
          writeAddress(push);
          await answer();
          if (question.compare_a && question.compare_b) { prepareCompare(); await compare(false); }
          if (question.quiz) await quiz(question.quiz); else $('quiz').replaceChildren();
        }
        $('query').addEventListener('submit', (event) => { event.preventDefault(); ask(true); });
        for (const id of ['from', 'to', 'depth']) $(id).addEventListener('input', markStale);
        $('graph').addEventListener('change', async () => {
          const name = $('graph').value;
          clearAnswer();
          clearErrors();
          $('quiz').replaceChildren();
          $('quiz-info').replaceChildren();
          $('score').textContent = '';
          await openGraph(name);
          Object.assign(question, defaultQuestion(), { knockout: [], context: '', path: '', quiz: '', moment: 'after',
            compare_a: '', compare_b: '', compare_on: '' });
          applyQuestionToForm();
          writeAddress(true);
          await answer();
        });
        $('knockout-form').addEventListener('submit', (event) => {
          event.preventDefault();
          const name = $('knockout').value.trim();
          if (!name) {
            showError({ report: { parameter: 'knockout', message: 'Name the node to knock out' } });
            return;
          }
          question.knockout = [name];
          question.context = '';
          ask(true).then(() => $('answer').scrollIntoView({ block: 'start' }));
        });
        $('knockout-clear').addEventListener('click', () => {
          question.knockout = [];
          question.context = '';
          $('knockout').value = '';
          ask(true);
        });
        $('quiz-go').addEventListener('click', () => quiz(String(Math.floor(Math.random() * 1e6))));
        window.addEventListener('popstate', () => restore(false).catch(showError));
        setUpDiagramControls();
        restore(false).catch(showError);
        """#
}
