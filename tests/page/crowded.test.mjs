// A story with many names (40+) in a narrow column: the co-occurrence network stays readable.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { usePage, RESULTS } from './helpers.mjs';

// Original text, written for this test: delegations, ministers and campaign groups that meet in pairs.
const STORY = `GENEVA — Delegates from Brazil, India, Kenya, Norway, Chile and Indonesia met in Geneva on Monday for a third round of talks on fishing subsidies at the World Trade Organization.

Brazilian negotiator Lucia Ferraz said Brazil and India had agreed on a draft text. Ferraz told reporters that Norway still objected to the clause on distant-water fleets. Norwegian envoy Henrik Solberg said Norway wanted more time.

Kenya's trade secretary Daniel Mutua said Kenya and Tanzania would back the draft if Indonesia did. Mutua met Indonesian minister Sri Wahyuni in Geneva. Wahyuni said Indonesia and Malaysia needed a longer transition.

The European Union and Japan issued a joint note supporting the text. Japanese delegate Kenji Arakawa said Japan and the European Union would fund monitoring. The World Bank and the International Monetary Fund offered technical help.

Chilean minister Rosa Valdivia said Chile and Peru would sign. Valdivia spoke with Ferraz and Solberg over dinner. Peru's delegate Mateo Quispe said Peru had concerns about the anchovy fleet.

Greenpeace and Oceana criticised the talks as too slow. Oceana's director Hannah Lindqvist said Greenpeace and Oceana would publish a scorecard. Lindqvist said the World Trade Organization had missed two deadlines.

Canada and Australia joined the talks on Tuesday. Canadian envoy Marc Tremblay said Canada supported Chile. Australian negotiator Olivia Harcourt said Australia and New Zealand wanted stronger reporting rules. Harcourt and Tremblay met Arakawa later.

Ghana and Senegal, speaking for West African coastal states, asked for a fund. Senegalese minister Awa Ndiaye said Senegal and Ghana lose millions to illegal fishing. Ghana's Kwame Boateng backed Ndiaye.

Ferraz said Brazil would host a follow-up in Recife. Mutua, Wahyuni and Valdivia said they would attend. Solberg said Norway might. Quispe said Peru would send a team to Recife.

The talks resume in Geneva next month. Lindqvist said Oceana would be there. Boateng and Ndiaye said Ghana and Senegal would present data from the Gulf of Guinea.`;

const tab = usePage('/tests/page/blank.html', { before, after });

/** Gives the element `width` px and the story with top=25, waits for it to draw; returns the ring. */
async function ring(page, width) {
  return page.locator('#slotted').evaluate((el, [story, width]) => new Promise((resolve) => {
    const measure = () => {
      const svg = el.shadowRoot.querySelector('svg.network');
      const nodes = [...svg.querySelectorAll('.node')].map((g) => {
        const c = g.querySelector('circle');
        return { key: g.dataset.key, x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) };
      });
      resolve({
        names: el.analysis.entities.length,
        pairs: el.shadowRoot.querySelectorAll('[part~=network] tbody tr').length,
        nodes,
        edges: [...svg.querySelectorAll('.edge')].map((e) => [e.dataset.a, e.dataset.b]),
        note: el.shadowRoot.querySelector('[part~=network] .note').textContent,
      });
    };
    el.style.width = `${width}px`;
    if (el.text === story) {
      // Same text: only the width changes; the element redraws in a frame.
      setTimeout(measure, 500);
      return;
    }
    el.addEventListener('textlens-ready', () => requestAnimationFrame(() => setTimeout(measure, 100)), { once: true });
    el.setAttribute('top', '25');
    el.text = story;
  }), [STORY, width]);
}

for (const width of [320, 600]) {
  test(`the network of 40+ names stays readable at ${width} px: nodes apart, edges between drawn nodes`, async () => {
    const { page, log } = tab();
    const r = await ring(page, width);
    assert.ok(r.names >= 40, `names: ${r.names}`);
    assert.ok(r.nodes.length >= 10, `nodes: ${r.nodes.length}`);
    // Neighbours on the ring (labels are 11 px type, drawn radially) at least 13 px apart.
    const gaps = r.nodes.map((n, i) => {
      const m = r.nodes[(i + 1) % r.nodes.length];
      return Math.hypot(n.x - m.x, n.y - m.y);
    });
    assert.ok(Math.min(...gaps) >= 13, `${r.nodes.length} nodes, closest ${Math.min(...gaps).toFixed(1)} px apart`);
    const drawn = new Set(r.nodes.map((n) => n.key));
    assert.ok(r.edges.length > 0 && r.edges.every(([a, b]) => drawn.has(a) && drawn.has(b)));
    for (const key of drawn) assert.ok(r.edges.some(([a, b]) => a === key || b === key), `${key} has a line`);
    // The table still lists every pair; the note says the chart shows fewer names.
    assert.ok(r.pairs >= r.edges.length, `${r.pairs} pairs in the table, ${r.edges.length} drawn`);
    if (r.edges.length < r.pairs) assert.match(r.note, /most mentioned/, r.note);
    await page.locator('#slotted').screenshot({ path: `${RESULTS}crowded-${width}.png` });
    assert.deepEqual(log.errors, []);
  });
}
