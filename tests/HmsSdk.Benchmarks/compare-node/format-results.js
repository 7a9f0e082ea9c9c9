'use strict';
// Turns the two JSON result lines of one compare.sh server run into a Markdown section.
// Each side may have several JSON lines (one per alternating round): every metric is the median over the rounds.
const [dotnetJson, nodeJson, title, description] = process.argv.slice(2);
const parseLines = (text) => text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
const median = (values) => {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const medians = (runs) => {
  const out = { ...runs[0] };
  for (const key of Object.keys(out)) {
    if (typeof out[key] === 'number') out[key] = median(runs.map((r) => r[key]));
  }
  out.rounds = runs.length;
  return out;
};
const d = medians(parseLines(dotnetJson));
const n = medians(parseLines(nodeJson));
const fmt = (v, digits = 0) => v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (v) => v.toFixed(1) + 'x';
const met = (value, target) => (value >= target ? 'met' : 'NOT met') + ` (target ≥${target}x)`;
const rows = [
  ['Auth token minting, one thread (tokens/s)', fmt(d.mintPerSecond), fmt(n.mintPerSecond), ratio(d.mintPerSecond / n.mintPerSecond), ''],
  ['Retrieve room by id, concurrency 1 (requests/s)', fmt(d.retrieveC1PerSecond), fmt(n.retrieveC1PerSecond), ratio(d.retrieveC1PerSecond / n.retrieveC1PerSecond), ''],
  ['Retrieve room by id, concurrency 32 (requests/s)', fmt(d.retrieveC32PerSecond), fmt(n.retrieveC32PerSecond), ratio(d.retrieveC32PerSecond / n.retrieveC32PerSecond), met(d.retrieveC32PerSecond / n.retrieveC32PerSecond, 3)],
  [`List ${fmt(d.sessions)} sessions, page size 100 (ms; median of 5 per process, median over ${d.rounds} rounds)`, fmt(d.listMs, 1), fmt(n.listMs, 1), ratio(n.listMs / d.listMs) + ' faster', met(n.listMs / d.listMs, 3)],
];
if (d.listNoReadAheadMs) {
  rows.push([`List ${fmt(d.sessions)} sessions, HmsSdk with PageReadAhead = false (ms)`, fmt(d.listNoReadAheadMs, 1), fmt(n.listMs, 1), ratio(n.listMs / d.listNoReadAheadMs) + ' faster', '']);
}
if (d.listRawFloorMs) {
  rows.push([`List ${fmt(d.sessions)} sessions, raw HTTP floor: HttpClient, bytes only, \`last\` scanned (ms)`, fmt(d.listRawFloorMs, 1), fmt(n.listMs, 1), ratio(n.listMs / d.listRawFloorMs) + ' (the most any client can reach)', '']);
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
