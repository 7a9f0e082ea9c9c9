'use strict';
// Turns the two JSON result lines of one compare.sh server run into a Markdown section.
const [dotnetJson, nodeJson, title, description] = process.argv.slice(2);
const d = JSON.parse(dotnetJson);
const n = JSON.parse(nodeJson);
const fmt = (v, digits = 0) => v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (v) => v.toFixed(1) + 'x';
const met = (value, target) => (value >= target ? 'met' : 'NOT met') + ` (target ≥${target}x)`;
const rows = [
  ['Auth token minting, one thread (tokens/s)', fmt(d.mintPerSecond), fmt(n.mintPerSecond), ratio(d.mintPerSecond / n.mintPerSecond), ''],
  ['Retrieve room by id, concurrency 1 (requests/s)', fmt(d.retrieveC1PerSecond), fmt(n.retrieveC1PerSecond), ratio(d.retrieveC1PerSecond / n.retrieveC1PerSecond), ''],
  ['Retrieve room by id, concurrency 32 (requests/s)', fmt(d.retrieveC32PerSecond), fmt(n.retrieveC32PerSecond), ratio(d.retrieveC32PerSecond / n.retrieveC32PerSecond), met(d.retrieveC32PerSecond / n.retrieveC32PerSecond, 3)],
  [`List ${fmt(d.sessions)} sessions, page size 100 (ms, median of 3)`, fmt(d.listMs, 1), fmt(n.listMs, 1), ratio(n.listMs / d.listMs) + ' faster', met(n.listMs / d.listMs, 3)],
];
if (d.listNoReadAheadMs) {
  rows.push([`List ${fmt(d.sessions)} sessions, HmsSdk with PageReadAhead = false (ms)`, fmt(d.listNoReadAheadMs, 1), fmt(n.listMs, 1), ratio(n.listMs / d.listNoReadAheadMs) + ' faster', '']);
}
const lines = [
  `## ${title}`,
  '',
  description,
  '',
  '| Workload | HmsSdk | Node SDK | HmsSdk / Node | Target |',
  '|---|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  '```json',
  dotnetJson,
  nodeJson,
  '```',
  '',
];
console.log(lines.join('\n'));
