'use strict';
// The Node half of the side-by-side: the same workloads as `HmsSdk.Benchmarks compare`, through
// @100mslive/server-sdk 0.3.0, against the HmsSdk.Testing fake on 127.0.0.1. Prints one JSON line.
// The SDK's base URL is fixed to the production host, so the driver repoints its axios instance at the fake
// and refuses any request that would leave 127.0.0.1. Every loop is bounded by time and by count.

const { performance } = require('node:perf_hooks');
const SDK = require('@100mslive/server-sdk').SDK;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const baseUri = option('--base-uri');
const accessKey = option('--access-key');
const secret = option('--secret');
const roomId = option('--room-id');
const seconds = Math.min(60, Math.max(0.5, Number(option('--seconds', '5'))));
const sessions = Number(option('--sessions', '10000'));
const maxRequests = 2000000;

if (!baseUri || !accessKey || !secret || !roomId) {
  console.error('usage: node node-driver.js --base-uri http://127.0.0.1:PORT/v2 --access-key K --secret S --room-id R [--seconds 5]');
  process.exit(2);
}
if (new URL(baseUri).hostname !== '127.0.0.1') {
  console.error('node-driver only targets the fake on 127.0.0.1.');
  process.exit(2);
}

const hms = new SDK(accessKey, secret);
hms.setLogLevel('silent');
// APIService keeps its axios instance in a private field; repoint it at the fake before any call.
const api = hms.api;
if (!api || !api.axios || !api.axios.defaults) {
  console.error('Unexpected @100mslive/server-sdk layout: no api.axios to repoint; refusing to run.');
  process.exit(3);
}
api.baseUrl = baseUri;
api.axios.defaults.baseURL = baseUri;
api.axios.defaults.proxy = false;
api.axios.interceptors.request.use((config) => {
  const target = new URL(config.url, config.baseURL.replace(/\/+$/, '') + '/');
  if (target.hostname !== '127.0.0.1') {
    throw new Error('Refusing a request to ' + target.hostname + ': only the loopback fake may be called.');
  }
  return config;
});

async function mintRate(durationMs) {
  const config = { roomId: '67a0c0ffee0123456789abcd', role: 'host', userId: 'user-42' };
  for (let i = 0; i < 2000; i++) {
    await hms.auth.getAuthToken(config);
  }
  const start = performance.now();
  let minted = 0;
  while (performance.now() - start < durationMs && minted < 50000000) {
    for (let i = 0; i < 100; i++) {
      await hms.auth.getAuthToken(config);
    }
    minted += 100;
  }
  return minted / ((performance.now() - start) / 1000);
}

async function retrieveRate(concurrency, durationMs) {
  let completed = 0;
  const start = performance.now();
  async function worker() {
    while (performance.now() - start < durationMs && completed < maxRequests) {
      const room = await hms.rooms.retrieveById(roomId);
      if (room.id !== roomId) throw new Error('Wrong room.');
      completed++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return completed / ((performance.now() - start) / 1000);
}

async function listAll() {
  const start = performance.now();
  let count = 0;
  for await (const session of hms.sessions.list({ room_id: roomId, limit: 100 })) {
    if (session.id) count++;
    if (count > sessions) break;
  }
  const elapsed = performance.now() - start;
  if (count !== sessions) throw new Error('Listed ' + count + ' sessions, expected ' + sessions + '.');
  return elapsed;
}

(async () => {
  const durationMs = seconds * 1000;
  // --list-only: just the listing workload (the others report 0), as `HmsSdk.Benchmarks compare --list-only`.
  const listOnly = process.argv.includes('--list-only');
  let mint = 0, retrieve1 = 0, retrieve32 = 0;
  if (!listOnly) {
    mint = await mintRate(durationMs);
    await retrieveRate(1, 1000);
    retrieve1 = await retrieveRate(1, durationMs);
    await retrieveRate(32, 1000);
    retrieve32 = await retrieveRate(32, durationMs);
  }
  await listAll();
  const times = [];
  for (let run = 0; run < 5; run++) times.push(await listAll());
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({
    sdk: '@100mslive/server-sdk ' + require('@100mslive/server-sdk/package.json').version,
    mintPerSecond: mint,
    retrieveC1PerSecond: retrieve1,
    retrieveC32PerSecond: retrieve32,
    listMs: times[2],
    sessions,
  }));
})().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
