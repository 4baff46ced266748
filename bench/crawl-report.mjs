// Summarizes the runs bench/crawl.sh collected: medians, the ideal bound, the ratios against
// wget and wget2, the end-to-end overlap, goals; prints a table and writes the results as JSON.
//
//   node crawl-report.mjs RAW OUT.json --cores N --delay-ms MS --site DIR --url URL
//        --dotnet V --wget V --wget2 V --commit SHA --src-changes N --build WHICH
//
// RAW holds one JSON object per line and run: name, round, exitCode, wallMs (process),
// cpuMs, serverCpuMs, machineBusyMs, files, bytes, list (file with the paths written),
// server (requests, notFound, peakInFlight, connections) and report (siteopt's own figures).

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release } from 'node:os';
import { join, relative } from 'node:path';

const [rawPath, outPath, ...rest] = process.argv.slice(2);
const flags = {};
for (let i = 0; i < rest.length; i += 2) flags[rest[i].replace(/^--/, '')] = rest[i + 1];
const cores = Number(flags.cores);
const delayMs = Number(flags['delay-ms']);
const goals = { bound: 1.3, vsWget: 8, vsWget2: 1.0, endToEnd: 1.15 };
const judged = 16; // connections per origin of the rows the goals are judged on (see README)

const runs = readFileSync(rawPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  .map((run) => ({
    ...run,
    // Only the connection the stats request itself opened is not the tool's.
    server: { ...run.server, connections: Math.max(0, run.server.connections - 1) },
    otherCpuMs: Math.max(0, run.machineBusyMs - run.cpuMs - run.serverCpuMs),
    paths: readFileSync(run.list, 'utf8').split('\n').filter(Boolean)
  }));

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// Every file of the site folder: what a complete mirror holds.
const listFiles = (dir, base = dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))]);
const siteFiles = listFiles(flags.site).sort();

const rows = [
  ['siteopt-crawl-6', 'siteopt crawl   6/origin', 6],
  ['siteopt-crawl-16', 'siteopt crawl  16/origin', 16],
  ['siteopt-crawl-16-jit', 'same, JIT build 16/origin', 16],
  ['wget', 'wget -r -p      sequential', 1],
  ['wget2', 'wget2 -r -p     5 threads', 5],
  ['wget2-no-p', 'wget2 -r        5 threads', 5],
  ['siteopt-mirror-6', 'optimize URL    6/origin', 6],
  ['siteopt-mirror-16', 'optimize URL   16/origin', 16],
  ['siteopt-folder', 'optimize folder (encode)', null]
];

const timedRows = rows.filter(([name]) => runs.some((run) => run.name === name));
const summaries = Object.fromEntries(timedRows.map(([name, label, connections]) => {
  const mine = runs.filter((run) => run.name === name);
  const paths = new Set(mine[0]?.paths ?? []);
  return [name, {
    label,
    connections,
    rounds: mine.length,
    wallMs: median(mine.map((run) => run.wallMs)),
    siteoptWallMs: median(mine.map((run) => run.report?.wallMs)),
    encodingWallMs: median(mine.map((run) => run.report?.encodingWallMs)),
    longestChain: median(mine.map((run) => run.report?.longestChain)),
    cpuMs: median(mine.map((run) => run.cpuMs)),
    serverCpuMs: median(mine.map((run) => run.serverCpuMs)),
    otherCpuMs: median(mine.map((run) => run.otherCpuMs)),
    files: median(mine.map((run) => run.files)),
    requests: median(mine.map((run) => run.server.requests)),
    notFound: median(mine.map((run) => run.server.notFound)),
    peakInFlight: Math.max(...mine.map((run) => run.server.peakInFlight)),
    connectionsOpened: median(mine.map((run) => run.server.connections)),
    exitCodes: [...new Set(mine.map((run) => run.exitCode))],
    missing: siteFiles.filter((path) => !paths.has(path)),
    extra: [...paths].filter((path) => !siteFiles.includes(path)),
    wallMsByRound: mine.map((run) => run.wallMs),
    siteoptWallMsByRound: mine.map((run) => run.report?.wallMs ?? null)
  }];
}));

const s = summaries;
const chain = median(runs.map((run) => run.report?.longestChain));
const boundMs = chain * delayMs;
// With c requests in flight, R requests need at least ceil(R / c) response times, whatever the chain.
const throughputBoundMs = (row) => Math.max(chain, Math.ceil(row.requests / row.connections)) * delayMs;

const crawlGoals = (c) => {
  const crawl = s[`siteopt-crawl-${c}`];
  const mirror = s[`siteopt-mirror-${c}`];
  const folder = s['siteopt-folder'];
  return {
    connectionsPerOrigin: c,
    // Judged on siteopt's own wall: the bound is about crawling, not about starting .NET.
    boundRatio: crawl.siteoptWallMs / boundMs,
    boundRatioProcess: crawl.wallMs / boundMs,
    throughputBoundMs: throughputBoundMs(crawl),
    // Judged on process wall times: the only time there is for wget and wget2.
    speedupVsWget: s.wget.wallMs / crawl.wallMs,
    speedupVsWgetSiteopt: s.wget.wallMs / crawl.siteoptWallMs,
    ratioVsWget2: crawl.wallMs / s['wget2-no-p'].wallMs,
    ratioVsWget2Siteopt: crawl.siteoptWallMs / s['wget2-no-p'].wallMs,
    ratioVsWget2WithP: crawl.wallMs / s.wget2.wallMs,
    // Judged on siteopt's own walls; encode only = the whole folder run (read, encode, write).
    endToEndRatio: mirror.siteoptWallMs / Math.max(crawl.siteoptWallMs, folder.siteoptWallMs),
    endToEndRatioProcess: mirror.wallMs / Math.max(crawl.wallMs, folder.wallMs),
    endToEndRatioEncodingWall: mirror.siteoptWallMs / Math.max(crawl.siteoptWallMs, folder.encodingWallMs)
  };
};
const primary = crawlGoals(judged);
const secondary = crawlGoals(6);
const met = {
  bound: primary.boundRatio <= goals.bound,
  vsWget: primary.speedupVsWget >= goals.vsWget,
  vsWget2: primary.ratioVsWget2 <= goals.vsWget2,
  endToEnd: primary.endToEndRatio <= goals.endToEnd
};
// What a siteopt process costs outside its own `wall`: .NET start-up, JIT, arguments, report, exit.
const startupOf = (jit) => median(runs.filter((run) => run.report?.wallMs != null && run.name.endsWith('-jit') === jit)
  .map((run) => run.wallMs - run.report.wallMs));
const startupMs = startupOf(false);
const startupJitMs = startupOf(true);
const environment = Object.fromEntries(Object.entries(process.env).filter(([key]) => /^(DOTNET_|COMPlus_)/.test(key) && !/^DOTNET_(CLI_|NOLOGO$|GENERATE_ASPNET_CERTIFICATE$|ROOT)/.test(key)));
const otherCpuMs = runs.reduce((sum, run) => sum + run.otherCpuMs, 0);
const timedMs = runs.reduce((sum, run) => sum + run.wallMs, 0);

const result = {
  benchmark: 'crawl',
  date: new Date().toISOString(),
  machine: { cores, cpu: cpus()[0]?.model ?? 'unknown', kernel: release() },
  versions: { dotnet: flags.dotnet, wget: flags.wget, wget2: flags.wget2, node: process.version },
  source: { commit: flags.commit, uncommittedChangesInSrc: Number(flags['src-changes']) },
  server: { url: flags.url, delayMs, protocol: 'HTTP/1.1 keep-alive (Kestrel)', site: flags.site, siteFiles: siteFiles.length },
  rounds: Math.max(...runs.map((run) => run.round)),
  longestChain: chain,
  idealBoundMs: boundMs,
  goals,
  judgedOnConnectionsPerOrigin: judged,
  judgedOn: { bound: 'siteopt wall (report)', vsWget: 'process wall', vsWget2: 'process wall, wget2 -r', endToEnd: 'siteopt wall (report)' },
  siteoptBuild: flags.build,
  startupMs,
  startupJitMs,
  environment,
  summary: summaries,
  ratios: { judged: primary, defaultConnections: secondary },
  met,
  otherCpuShare: otherCpuMs / (timedMs * cores),
  runs: runs.map(({ paths, list, ...run }) => run)
};
writeFileSync(outPath, `${JSON.stringify(result, null, 2)}\n`);

const sec = (ms) => (ms == null ? '-' : `${(ms / 1000).toFixed(2)} s`);
const pad = (text, width) => String(text).padStart(width);
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const x = (v) => `${v.toFixed(2)}x`;
const out = [];
out.push('');
out.push(`Crawl: ${flags.site} (${siteFiles.length} files) served on loopback, ${delayMs} ms per response, HTTP/1.1 keep-alive`);
out.push(`${cores} cores (${result.machine.cpu}) · .NET ${flags.dotnet} · ${flags.wget} · ${flags.wget2}` +
  ` · siteopt ${flags.commit} (${flags.build})${result.source.uncommittedChangesInSrc ? ` + ${result.source.uncommittedChangesInSrc} uncommitted src/ files` : ''}` +
  ` · median of ${result.rounds} rounds`);
if (Object.keys(environment).length) {
  out.push(`environment: ${Object.entries(environment).map(([key, value]) => `${key}=${value}`).join(' ')} (not a default run)`);
}
out.push('');
out.push(`${'run'.padEnd(26)}${pad('wall', 8)}${pad('siteopt*', 10)}${pad('files', 7)}${pad('reqs', 6)}${pad('peak', 6)}${pad('conns', 7)}` +
  `${pad('CPU', 8)}${pad('others', 8)}   wall by round (s)`);
for (const [name] of timedRows) {
  const row = s[name];
  out.push(`${row.label.padEnd(26)}${pad(sec(row.wallMs), 8)}${pad(sec(row.siteoptWallMs), 10)}` +
    `${pad(`${row.files}/${siteFiles.length}`, 7)}${pad(row.requests, 6)}${pad(row.peakInFlight, 6)}${pad(row.connectionsOpened, 7)}` +
    `${pad(sec(row.cpuMs), 8)}${pad(sec(row.otherCpuMs), 8)}   ${row.wallMsByRound.map((ms) => (ms / 1000).toFixed(2)).join('  ')}`);
}
out.push('');
out.push(`ideal bound: longest discovery chain ${chain} requests x ${delayMs} ms = ${sec(boundMs)}` +
  `; with c requests in flight also >= ceil(requests / c) x ${delayMs} ms: ` +
  `${sec(primary.throughputBoundMs)} at ${judged}/origin, ${sec(secondary.throughputBoundMs)} at 6/origin`);
out.push('');
out.push(`${'goal'.padEnd(36)}${pad('goal', 9)}   ${'process wall'.padEnd(22)}${'siteopt* wall'.padEnd(22)}(at 6/origin: process, siteopt*)`);
// Judged on the exact ratios, printed to three places so that a ratio at the goal shows which side it is on.
const x3 = (v) => `${v.toFixed(3)}x`;
const line = (label, goal, ok, a, b, c, d) =>
  out.push(`${label.padEnd(36)}${pad(goal, 9)}   ${`${pad(x3(a), 7)}  ${verdict(ok(a))}`.padEnd(22)}${`${pad(x3(b), 7)}  ${verdict(ok(b))}`.padEnd(22)}(${x(c)}, ${x(d)})`);
const le = (goal) => (v) => v <= goal;
const ge = (goal) => (v) => v >= goal;
const p16 = primary;
const p6 = secondary;
line('crawl / ideal bound', `<= ${x(goals.bound)}`, le(goals.bound), p16.boundRatioProcess, p16.boundRatio, p6.boundRatioProcess, p6.boundRatio);
line('wget -r -p / crawl', `>= ${x(goals.vsWget)}`, ge(goals.vsWget), p16.speedupVsWget, p16.speedupVsWgetSiteopt, p6.speedupVsWget, p6.speedupVsWgetSiteopt);
line('crawl / wget2 -r', `<= ${x(goals.vsWget2)}`, le(goals.vsWget2), p16.ratioVsWget2, p16.ratioVsWget2Siteopt, p6.ratioVsWget2, p6.ratioVsWget2Siteopt);
line('optimize URL / max(crawl, folder)', `<= ${x(goals.endToEnd)}`, le(goals.endToEnd), p16.endToEndRatioProcess, p16.endToEndRatio, p6.endToEndRatioProcess, p6.endToEndRatio);
out.push('');
out.push(`Goals are judged at ${judged} connections per origin (6 cannot reach the bound: ${s['siteopt-crawl-6'].requests} requests need >= ${sec(p6.throughputBoundMs)} at 6),` +
  ' on process wall against wget/wget2 and on siteopt* wall for the bound and end to end:');
out.push(`  bound ${verdict(met.bound)} · wget ${verdict(met.vsWget)} · wget2 ${verdict(met.vsWget2)} · end to end ${verdict(met.endToEnd)}.` +
  ` Also: crawl / wget2 -r -p ${x(p16.ratioVsWget2WithP)};` +
  ` optimize URL / max(crawl, folder encoding.wall) ${x(p16.endToEndRatioEncodingWall)};` +
  ` start-up and exit (process wall - siteopt*) ${sec(startupMs)}` +
  (startupJitMs == null ? '.' : `, ${sec(startupJitMs)} for the JIT build.`));
out.push('wall: process wall time (start-up included); siteopt*: the `wall` in siteopt\'s report (the run itself, no .NET start-up);');
out.push('reqs, peak, conns: requests the server answered, the most in flight at once, TCP connections opened;');
out.push('CPU: the tool\'s own CPU time; others: CPU time other processes used meanwhile (/proc/stat, server excluded). All medians.');
out.push('');
for (const [name] of timedRows) {
  const row = s[name];
  const problems = [];
  if (row.missing.length) problems.push(`missing ${row.missing.length}: ${row.missing.join(', ')}`);
  if (row.extra.length) problems.push(`extra ${row.extra.length}: ${row.extra.join(', ')}`);
  if (row.exitCodes.some((code) => code !== 0)) problems.push(`exit code ${row.exitCodes.join('/')}`);
  if (problems.length) out.push(`${row.label.trim().replace(/\s+/g, ' ')}: ${problems.join('; ')}`);
}
const share = result.otherCpuShare;
out.push('');
out.push(`Other processes used ${(share * 100).toFixed(1)}% of the machine during the timed runs` +
  (share > 0.02 ? ': the figures are noisy; rerun on a quiet machine.' : '.'));
out.push(`Results: ${relative(process.cwd(), outPath) || outPath}`);
console.log(out.join('\n'));
