'use strict';
// A page server whose own cost is negligible: every response body is rendered once at start-up and then written as
// pre-rendered bytes, so a side-by-side against it measures the clients, not the server. Serves, on 127.0.0.1 only:
//   GET /v2/sessions?room_id=R&limit=100[&start=<last id>]   pages of the same sessions HmsSdk.Benchmarks renders
//   GET /v2/rooms/R                                           one room
// Prints one JSON line (baseUri, accessKey, secret, roomId, sessions, pid) like `HmsSdk.Benchmarks serve`, and exits when
// stdin closes, a line `quit` arrives, or --max-seconds pass. Credentials are not checked (neither client's auth is measured).
// Usage: node page-server.js [--sessions 10000] [--page-size 100] [--max-seconds 900]

const http = require('node:http');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const sessions = Number(option('--sessions', '10000'));
const pageSize = Number(option('--page-size', '100'));
const maxSeconds = Number(option('--max-seconds', '900'));
const roomId = '67a0c0ffee0123456789abcd';
if (!(sessions >= 0 && sessions <= 1000000) || !(pageSize >= 1 && pageSize <= 100) || !(maxSeconds >= 1 && maxSeconds <= 3600)) {
  console.error('--sessions 0..1000000, --page-size 1..100, --max-seconds 1..3600');
  process.exit(2);
}

const hex = (n, width) => n.toString(16).padStart(width, '0');
const sessionId = (i) => hex(i, 24);
const peerId = (n) => {
  const h = hex(n, 36).split('');
  h[8] = h[13] = h[18] = h[23] = '-';
  return h.join('');
};
const base = Date.UTC(2025, 0, 1);
// Nine fractional digits, as the API writes session timestamps.
const nanos = (ms) => new Date(ms).toISOString().replace('Z', '000000Z');

function session(i) {
  const opened = base + i * 600000;
  const peers = {};
  for (let p = 0; p < 2; p++) {
    const id = peerId(i * 4 + p);
    peers[id] = {
      id, session_id: sessionId(i), name: p === 0 ? 'Ada Lovelace' : 'Grace Hopper', role: p === 0 ? 'host' : 'guest',
      user_id: 'user-abcdefgh', user: 'user-abcdefgh', joined_at: nanos(opened + p * 7000), left_at: nanos(opened + (300 - p * 3) * 1000),
    };
  }
  return {
    id: sessionId(i), room_id: roomId, customer_id: '64b0cafe0123456789abcdef', app_id: '64b0beef0123456789abcdef', active: false,
    peers, created_at: nanos(opened), updated_at: nanos(opened + 300000),
  };
}

// start cursor ('' for the first page) -> pre-rendered page bytes.
const pages = new Map();
for (let start = 0; start === 0 || start < sessions; start += pageSize) {
  const end = Math.min(sessions, start + pageSize);
  const data = [];
  for (let i = start; i < end; i++) data.push(session(i));
  const last = end > start && end < sessions ? sessionId(end - 1) : '';
  pages.set(start === 0 ? '' : sessionId(start - 1), Buffer.from(JSON.stringify({ limit: pageSize, data, last })));
  if (end >= sessions) break;
}
const room = Buffer.from(JSON.stringify({
  id: roomId, name: 'daily-standup', enabled: true, description: 'Daily stand-up', customer_id: '64b0cafe0123456789abcdef',
  app_id: '64b0beef0123456789abcdef', recording_source_template: true, template_id: '64b0f00d0123456789abcdef',
  template: 'default-video-conferencing', region: 'in', large_room: false, size: 0, polls: [],
  created_at: '2025-01-02T03:04:05.678Z', updated_at: '2025-01-02T03:04:05.678Z',
}));
const notFound = Buffer.from('{"code":404,"message":"not found"}');

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length, 'X-Request-Id': 'page-server' });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const q = req.url.indexOf('?');
  const path = q < 0 ? req.url : req.url.slice(0, q);
  if (req.method === 'GET' && path === '/v2/sessions') {
    const params = new URLSearchParams(q < 0 ? '' : req.url.slice(q + 1));
    const body = pages.get(params.get('start') || '');
    return body ? send(res, 200, body) : send(res, 404, notFound);
  }
  if (req.method === 'GET' && path === '/v2/rooms/' + roomId) return send(res, 200, room);
  return send(res, 404, notFound);
});
server.keepAliveTimeout = 60000;

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  console.log(JSON.stringify({
    baseUri: `http://127.0.0.1:${port}/v2`, accessKey: 'page-server-access-key', secret: 'page-server-secret-0123456789abcdef0123456789',
    roomId, sessions, pid: process.pid,
  }));
});

const stop = () => server.close(() => process.exit(0)) && setTimeout(() => process.exit(0), 1000).unref();
setTimeout(stop, maxSeconds * 1000).unref();
process.stdin.on('data', (chunk) => { if (String(chunk).split('\n').some((l) => l.trim() === 'quit')) stop(); });
process.stdin.on('end', stop);
