// The <text-lens> shadow-root stylesheet and the one rule it adds to the host document.
// Everything themable goes through --textlens-* custom properties; parts are listed in widget.d.ts.

const dark = `
  --_bg: var(--textlens-bg, #17191d);
  --_fg: var(--textlens-fg, #e9e7e2);
  --_muted: var(--textlens-muted, #a9a6a0);
  --_rule: var(--textlens-rule, #34373d);
  --_track: var(--textlens-track, #2a2d33);
  --_accent: var(--textlens-accent, #ff8a7a);
  --_per: var(--textlens-per, #79aef2);
  --_org: var(--textlens-org, #f2a65a);
  --_loc: var(--textlens-loc, #5cc9a0);
  --_misc: var(--textlens-misc, #d393cf);
  --_term: var(--textlens-term, #9aa3ad);
  color-scheme: dark;`;

export const css = `
:host {
  --_bg: var(--textlens-bg, #ffffff);
  --_fg: var(--textlens-fg, #1b1b1b);
  --_muted: var(--textlens-muted, #5f5f5f);
  --_rule: var(--textlens-rule, #dedbd5);
  --_track: var(--textlens-track, #efede9);
  --_accent: var(--textlens-accent, #b3261e);
  --_per: var(--textlens-per, #2d6cb5);
  --_org: var(--textlens-org, #c26100);
  --_loc: var(--textlens-loc, #17815c);
  --_misc: var(--textlens-misc, #94468f);
  --_term: var(--textlens-term, #78838f);
  color-scheme: light;
  display: block;
  container-type: inline-size;
  min-width: 0;
  box-sizing: border-box;
  padding: 14px 16px 18px;
  border-top: 3px solid var(--_accent);
  background: var(--_bg);
  color: var(--_fg);
  font: 14px/1.45 var(--textlens-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
}
:host([hidden]) { display: none; }
:host([theme=dark]) {${dark}}
@media (prefers-color-scheme: dark) { :host(:not([theme=light])) {${dark}} }
* { box-sizing: border-box; }
header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 2px 12px; }
h2 { margin: 0; font-size: 17px; font-weight: 700; letter-spacing: -0.01em; }
h3 {
  margin: 0 0 8px;
  font-size: 11.5px; font-weight: 700; letter-spacing: 0.07em; text-transform: uppercase; color: var(--_muted);
}
h4 { margin: 0 0 4px; font-size: 12.5px; font-weight: 600; }
p { margin: 0; }
.summary, .note, [part~=status] { color: var(--_muted); font-size: 12.5px; }
[part~=status]:not(:empty) { margin-top: 6px; }
section { margin-top: 16px; padding-top: 10px; border-top: 1px solid var(--_rule); }
section[hidden], .pane[hidden] { display: none; }
.plot { min-width: 0; }
svg { display: block; overflow: visible; font: inherit; }
text { fill: var(--_fg); font-size: 13px; }
.network text { font-size: 11px; }
.strips text { font-size: 12px; }
text.value, .axis text { fill: var(--_muted); font-size: 11.5px; font-variant-numeric: tabular-nums; }
.t-PER { --_c: var(--_per); }
.t-ORG { --_c: var(--_org); }
.t-LOC { --_c: var(--_loc); }
.t-MISC { --_c: var(--_misc); }
.bar, .tick, circle { fill: var(--_c, var(--_term)); }
.sw { background: var(--_c); }
.track { fill: var(--_rule); }
[role=option] { cursor: pointer; outline: none; }
.hit { fill: transparent; stroke: none; }
.row:hover .hit { fill: var(--_track); }
.row[aria-selected=true] .hit { fill: var(--_track); }
.row[aria-selected=true] .label { font-weight: 600; }
.row:focus-visible .hit { stroke: var(--_accent); stroke-width: 2; }
.network { margin: 0 auto; }
.edge { fill: none; stroke: var(--_muted); }
.network circle { stroke: var(--_bg); stroke-width: 1.5; }
[role=option]:not(.row):focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.network.has-sel .edge { stroke-opacity: 0.08; }
.network.has-sel .edge.on { stroke: var(--_accent); stroke-opacity: 0.85; }
.network.has-sel .node:not(.on) { opacity: 0.45; }
.node[aria-selected=true] text, .strip[aria-selected=true] text { font-weight: 600; }
.strips.has-sel .strip:not([aria-selected=true]) .tick { fill-opacity: 0.35; }
.legend { display: flex; flex-wrap: wrap; gap: 2px 14px; margin: -2px 0 8px; padding: 0; list-style: none; font-size: 12.5px; color: var(--_muted); }
.legend li { display: flex; align-items: center; gap: 6px; }
.sw { display: inline-block; width: 10px; height: 10px; border-radius: 2px; }
/* minmax(0, …): a pane must not keep the width of the chart drawn in it. */
.pair { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
@container (min-width: 560px) { .pair { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
details.table { margin-top: 6px; font-size: 12.5px; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
summary { cursor: pointer; color: var(--_muted); width: max-content; max-width: 100%; }
summary:focus-visible, button:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
table { width: 100%; margin-top: 6px; border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: 600; padding-bottom: 4px; }
th, td { padding: 3px 6px 3px 0; border-bottom: 1px solid var(--_rule); text-align: start; vertical-align: top; }
thead th { color: var(--_muted); font-weight: 600; }
tbody th { font-weight: 400; }
td:not(:first-child) { overflow-wrap: anywhere; }
[part~=kwic] ol { margin: 0; padding: 0; list-style: none; font-size: 13px; }
[part~=kwic] li { display: grid; grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr); padding: 3px 0; border-bottom: 1px solid var(--_rule); white-space: pre; }
[part~=kwic] li.note { display: block; border: 0; color: var(--_muted); white-space: normal; }
/* Cut at its start with an ellipsis (rtl box, ltr text); the mark keeps its last space. */
.left { direction: rtl; text-align: right; overflow: hidden; text-overflow: ellipsis; color: var(--_muted); }
.left > span { direction: ltr; unicode-bidi: isolate; }
.left > span::after { content: "\\200e"; }
.right { overflow: hidden; text-overflow: ellipsis; color: var(--_muted); }
.go { all: unset; grid-column: 1 / -1; display: inherit; grid-template-columns: inherit; cursor: pointer; }
.go:hover mark, [aria-current] mark { text-decoration: underline; }
/* Narrow: lines wrap in full. */
@container (max-width: 360px) { [part~=kwic] li { display: block; white-space: normal; } .left, .right { display: inline; } }
mark { background: none; color: var(--_fg); font-weight: 700; box-shadow: inset 0 -0.35em 0 color-mix(in srgb, var(--_accent) 22%, transparent); }
.kwic-head { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.kwic-head h3 { margin: 0; }
button {
  font: inherit; font-size: 12.5px; color: var(--_fg); background: var(--_bg); border: 1px solid var(--_rule);
  border-radius: 3px; padding: 1px 8px; cursor: pointer;
}
button:hover { border-color: var(--_muted); }
.aliases { color: var(--_muted); font-size: 12.5px; margin-bottom: 6px; }
`;

/** Added once to each host document, unless the page has it and sets `--textlens-highlight-rule: page`:
 * how the article's highlighted mentions look. */
export const highlightCss = `::highlight(textlens) {
  background-color: var(--textlens-highlight, #ffe27a);
  color: var(--textlens-highlight-fg, #111);
}
::highlight(textlens-current) {
  background-color: var(--textlens-highlight-current, #ffb454);
  text-decoration: underline 2px;
}`;
