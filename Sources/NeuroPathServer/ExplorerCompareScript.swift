/// The explorer page's "Compare drugs" section, appended to ``ExplorerScript`` in `/explorer.js` (it uses that
/// script's helpers: `$`, `el`, `api`, `nodeName`, `citations`, `question`, `writeAddress`).
///
/// Two drugs and an effect (the graph's own question's by default) go to `/compare`; the answer is told in one
/// sentence, then a table of when each shared node changes after each drug, each drug's onset with the step that
/// sets it and its sources, and the timeline diagram from `/timeline.svg` as an image. The drugs and the effect live in the
/// page's address (`compare_a`, `compare_b`, `compare_on`), so a link reproduces the comparison; an answer is
/// dimmed as soon as its question is edited.
enum ExplorerCompareScript {
    static let source = #"""

        // ---- Compare drugs ----
        const timeWords = { seconds: 'within seconds', minutes: 'within minutes', hours: 'within hours',
          days: 'within days', weeks: 'over weeks', chronic: 'over months' };
        function drugsOfGraph() { return [...page.nodes.values()].filter(node => node.kind === 'drug'); }
        function clearCompareErrors() {
          $('compare-error').replaceChildren();
          for (const id of ['compare-a', 'compare-b', 'compare-on']) {
            $(id).removeAttribute('aria-invalid');
            $(id + '-error').replaceChildren();
          }
        }
        // Called by openGraph: the drugs of the new graph, two of them and its effect filled in (or those the
        // address names), or a way to a graph that has two drugs.
        function prepareCompare() {
          const drugs = drugsOfGraph();
          const list = $('drug-names');
          list.replaceChildren();
          for (const node of drugs) { const option = el('option'); option.value = node.label; list.append(option); }
          $('compare-result').replaceChildren();
          clearCompareErrors();
          const note = $('compare-note');
          note.replaceChildren();
          $('compare-form').hidden = drugs.length < 2;
          if (drugs.length < 2) {
            note.append(el('span', 'This graph has ' + (drugs.length ? 'only one drug' : 'no drugs') + ' to compare. '));
            const other = page.graphs.find(graph => graph.name === 'antidepressants' && graph.name !== page.graph);
            if (other) {
              const button = el('button', 'Open “' + graphTitle(other) + '”', 'secondary');
              button.type = 'button';
              button.addEventListener('click', () => { $('graph').value = other.name; $('graph').dispatchEvent(new Event('change')); });
              note.append(button);
            }
            return;
          }
          const known = (name) => name && [...page.nodes.values()].some(node =>
            [node.id, node.label, ...(node.synonyms || [])].some(text => text && text.toLowerCase() === name.toLowerCase()));
          if (!known(question.compare_a)) { question.compare_a = ''; question.compare_b = ''; question.compare_on = ''; }
          const graph = currentGraph();
          const start = graph && graph.question && page.nodes.get(graph.question.from);
          const first = start && start.kind === 'drug' ? start : drugs[0];
          const second = ['fluoxetine', 'memantine'].map(id => page.nodes.get(id)).find(node => node && node !== first)
            || drugs.find(node => node !== first);
          $('compare-a').value = question.compare_a || first.label;
          $('compare-b').value = question.compare_b || second.label;
          $('compare-on').value = question.compare_on || (graph && graph.question ? nodeName(graph.question.to) : '');
        }
        function compareParams() {
          const params = [['drug', question.compare_a], ['drug', question.compare_b]];
          if (question.compare_on) params.push(['on', question.compare_on]);
          return params;
        }
        async function compare(push) {
          clearCompareErrors();
          const a = $('compare-a').value.trim(), b = $('compare-b').value.trim(), on = $('compare-on').value.trim();
          if (!a || !b) {
            const id = a ? 'compare-b' : 'compare-a';
            $(id).setAttribute('aria-invalid', 'true');
            $(id + '-error').replaceChildren(el('span', 'Name a drug to compare'));
            $(id).focus();
            return;
          }
          Object.assign(question, { compare_a: a, compare_b: b, compare_on: on });
          writeAddress(push);
          const box = $('compare-result');
          box.setAttribute('aria-busy', 'true');
          box.replaceChildren(el('p', 'Comparing…', 'hint'));
          try {
            const result = await api('compare', compareParams());
            renderComparison(result);
            showTimeline(result);
          } catch (error) {
            box.replaceChildren();
            showCompareError(error, { 'compare-a': a, 'compare-b': b, 'compare-on': on });
          } finally {
            box.removeAttribute('aria-busy');
          }
        }
        // Under the field whose name the server refused (it quotes the name), with its suggestions as buttons.
        function showCompareError(error, values) {
          const report = error.report || { message: error.message };
          const message = report.message.replace(/^[a-z_]+: /, '').replace(/ — did you mean .*$/, '');
          let field = null;
          if (report.parameter === 'on') field = 'compare-on';
          if (report.parameter === 'drug') {
            field = ['compare-a', 'compare-b'].find(id => values[id] && message.includes(values[id])) || 'compare-a';
          }
          if (!field) {
            $('compare-error').replaceChildren(el('span', message));
            return;
          }
          const input = $(field), box = $(field + '-error');
          input.setAttribute('aria-invalid', 'true');
          box.replaceChildren(el('span', message + ((report.suggestions || []).length ? '. Did you mean: ' : '')));
          suggestionButtons(box, report.suggestions, input, () => compare(true));
          input.focus();
        }
        // "Ketamine → Antidepressant effect (Berman et al. 2000, …)", the sources linked.
        function stepLine(step) {
          const line = el('span', nodeName(step.source) + ' → ' + nodeName(step.target) + ' (' + step.timescale + ', '
            + (step.evidence || 'evidence not recorded') + '; ');
          line.append(citations(step.references), ')');
          return line;
        }
        function renderComparison(result) {
          const box = $('compare-result');
          box.classList.remove('stale');
          box.replaceChildren();
          const names = result.drugs.map(side => nodeName(side.drug));
          if (result.explanation) {
            box.append(el('h3', result.explanation.question));
            box.append(el('p', result.explanation.answer, 'compare-answer'));
          }
          // When each shared node changes after each drug: the contrast at a glance.
          const table = el('table', null, 'compare-table');
          table.append(el('caption', 'When each shared node changes after each drug'));
          const head = el('tr');
          head.append(el('th', 'Node'));
          for (const name of names) head.append(el('th', name));
          table.append(head);
          const rows = result.meeting_points.map(point => [point.node, point.onsets]);
          rows.push([result.effect, result.drugs.map(side => (side.onset || side.mechanism_onset || {}).timescale || null)]);
          for (const [node, onsets] of rows) {
            const row = el('tr', null, node === result.effect ? 'effect-row' : '');
            const header = el('th', nodeName(node));
            header.scope = 'row';
            row.append(header);
            for (const onset of onsets) row.append(el('td', onset ? timeWords[onset] : 'no recorded time'));
            table.append(row);
          }
          const wrapper = el('div', null, 'table-scroll');
          wrapper.append(table);
          box.append(wrapper);
          // Each drug: its effect, the step that sets its onset, what its mechanism waits on.
          const list = el('ul', null, 'compare-drugs');
          result.drugs.forEach((side, index) => {
            const item = el('li');
            const verbs = { increases: 'raises', decreases: 'lowers', mixed: 'changes both ways', none: 'does not change' };
            item.append(el('strong', names[index] + ' '), el('span', (verbs[side.effect] || side.effect) + ' '
              + nodeName(result.effect).toLowerCase() + (side.evidence ? ' (' + side.evidence + ' evidence)' : '')));
            if (side.onset) {
              const line = el('p', null, 'onset-line');
              line.append(el('span', 'Onset: ' + timeWords[side.onset.timescale] + ', set by '), stepLine(side.onset.step));
              item.append(line);
            }
            const mechanism = side.mechanism_onset;
            const sameRoute = mechanism && side.onset && side.onset.step.interaction === mechanism.step.interaction
              && side.onset.path.steps.length === mechanism.path.steps.length;
            const waits = result.fastest.length > 0 && !result.fastest.includes(side.drug) && side.slow_steps.length > 1;
            if (mechanism && !sameRoute) {
              const line = el('p', null, 'onset-line');
              line.append(el('span', 'Through the mechanism: ' + timeWords[mechanism.timescale]
                + (waits ? ' at best; every fast enough route waits on a step of ' + mechanism.timescale + ':' : ', set by ')));
              if (!waits) line.append(stepLine(mechanism.step));
              item.append(line);
            }
            if (waits) {
              const steps = el('ul', null, 'slow-steps');
              for (const step of side.slow_steps.slice(0, 6)) { const entry = el('li'); entry.append(stepLine(step)); steps.append(entry); }
              item.append(steps);
            }
            const own = (side.own_nodes || []).slice(0, 8).map(nodeName);
            if (own.length) item.append(el('p', 'Only ' + names[index] + ' uses: ' + own.join(', ')
              + (side.own_nodes.length > 8 ? ', and ' + (side.own_nodes.length - 8) + ' more' : ''), 'evidence'));
            list.append(item);
          });
          box.append(list);
          if (result.truncated) box.append(el('p', 'The search stopped at its budget: some routes may be missing.', 'tag'));
        }
        // The server's own drawing, as an image from the same origin (the page's policy allows no other).
        function showTimeline(result) {
          const figure = el('figure', null, 'timeline');
          const url = '/api/graphs/' + encodeURIComponent(page.graph) + '/timeline.svg?'
            + new URLSearchParams(compareParams()).toString();
          const image = el('img');
          image.addEventListener('error', () => figure.replaceChildren(el('p', 'The timeline could not be drawn.', 'tag')));
          image.src = url;
          image.alt = 'Timeline: ' + (result.explanation ? result.explanation.answer : 'the drugs compared')
            + ' Each lane is one drug; each column a time after the drug; the same node is joined across lanes.';
          const scroller = el('div', null, 'timeline-scroll');
          scroller.append(image);
          const caption = el('figcaption');
          caption.append(el('span', 'Time runs left to right; the orange step sets each drug\u2019s pace. '));
          const link = el('a', 'Open the timeline full size');
          link.href = url;
          link.target = '_blank';
          link.rel = 'noopener';
          caption.append(link);
          figure.append(scroller, caption);
          $('compare-result').append(figure);
        }
        $('compare-form').addEventListener('submit', (event) => { event.preventDefault(); compare(true); });
        // An answer to another question is marked as such as soon as the question changes.
        for (const id of ['compare-a', 'compare-b', 'compare-on']) {
          $(id).addEventListener('input', () => {
            if ($('compare-result').childElementCount) $('compare-result').classList.add('stale');
          });
        }
        """#
}
