// Summarizes the lines bench/image-batch.sh collected: medians, the ratio siteopt/sharp,
// siteopt's speedup, goals; prints a table and writes the results as JSON.
//
//   node image-batch-report.mjs RAW OUT.json --cores N --images DIR --decode MODE --dotnet VERSION
//
// RAW lines are `batch <round> <json>` (one timed batch) or `sizes 0 <json>` (one image's sizes).

import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, release } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const [rawPath, outPath, ...rest] = process.argv.slice(2);
const flags = {};
for (let i = 0; i < rest.length; i += 2) flags[rest[i].replace(/^--/, '')] = rest[i + 1];
const cores = Number(flags.cores);
const ratioGoal = 1.0;
const speedupGoal = 0.85 * cores; // the issue's 1.7x on 2 cores, per core elsewhere

const lines = readFileSync(rawPath, 'utf8').split('\n').filter(Boolean).map((line) => {
  const [kind, round, ...json] = line.split(' ');
  return { kind, round: Number(round), ...JSON.parse(json.join(' ')) };
});
const batches = lines.filter((line) => line.kind === 'batch');
const sizes = lines.filter((line) => line.kind === 'sizes');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * What a run would have taken on a quiet machine, estimated from what /proc/stat says other
 * processes used meanwhile: their CPU time spread over the cores is taken off the wall time,
 * but never below this run's own CPU time spread over the images it ran at once.
 */
const quietEstimate = (run) =>
  Math.max(run.cpuMs / Math.min(run.dop, cores), run.wallMs - (run.otherCpuMs ?? 0) / cores);

function summarize (tool, dop) {
  const runs = batches.filter((run) => run.tool.startsWith(tool) && run.dop === dop);
  const wallMs = median(runs.map((run) => run.wallMs));
  return {
    tool: runs[0].tool,
    libvips: runs[0].libvips,
    dop,
    images: runs[0].images,
    wallMs,
    imagesPerSecond: runs[0].images / (wallMs / 1000),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    otherCpuMs: median(runs.map((run) => run.otherCpuMs ?? 0)),
    quietWallMsEstimate: median(runs.map(quietEstimate)),
    wallMsByRound: runs.map((run) => run.wallMs)
  };
}

const parallel = summarize('siteopt', cores);
const peer = summarize('sharp', cores);
const serial = summarize('siteopt', 1);
const ratio = parallel.wallMs / peer.wallMs;
const speedup = serial.wallMs / parallel.wallMs;
const quietRatio = parallel.quietWallMsEstimate / peer.quietWallMsEstimate;
const quietSpeedup = serial.quietWallMsEstimate / parallel.quietWallMsEstimate;
const otherCpuMs = batches.reduce((sum, run) => sum + (run.otherCpuMs ?? 0), 0);
const timedMs = batches.reduce((sum, run) => sum + run.wallMs, 0);

const here = fileURLToPath(new URL('.', import.meta.url));
const sharpVersion = JSON.parse(readFileSync(`${here}sharp/node_modules/sharp/package.json`, 'utf8')).version;
const result = {
  benchmark: 'image-batch',
  date: new Date().toISOString(),
  machine: { cores, cpu: cpus()[0]?.model ?? 'unknown', kernel: release() },
  versions: { libvips: parallel.libvips, sharpLibvips: peer.libvips, sharp: sharpVersion, dotnet: flags.dotnet, node: process.version },
  settings: {
    perImage: 'one decode (EXIF-rotated, no colour conversion), then three encodes',
    jpeg: 'Q 80, mozjpeg (trellis_quant, overshoot_deringing, optimize_scans, interlace, quant_table 3), optimize_coding, 4:2:0, keep icc',
    webp: 'Q 80, effort 4, alpha_q 100, keep icc',
    avif: 'heifsave av1, Q 50, effort 4, bitdepth 8, 4:2:0, keep icc',
    concurrency: `${cores} images at once, 1 libvips thread each, operation cache off`,
    sharpDecode: flags.decode
  },
  images: { root: flags.images, count: parallel.images },
  rounds: Math.max(...batches.map((run) => run.round)),
  summary: {
    siteopt: parallel,
    sharp: peer,
    siteoptSerial: serial,
    ratio,
    ratioGoal,
    ratioMet: ratio <= ratioGoal,
    speedup,
    speedupGoal,
    speedupMet: speedup >= speedupGoal,
    otherCpuShare: otherCpuMs / (timedMs * cores),
    quietEstimate: { ratio: quietRatio, speedup: quietSpeedup }
  },
  runs: batches,
  sizes
};
writeFileSync(outPath, `${JSON.stringify(result, null, 2)}\n`);

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const pad = (text, width) => String(text).padStart(width);
const verdict = (met) => (met ? 'PASS' : 'MISS');
const out = [];
out.push('');
out.push(`Image batch: ${parallel.images} JPEGs from ${flags.images}`);
out.push('per image: 1 decode, then JPEG mozjpeg Q80 + WebP Q80 (effort 4) + AVIF Q50 (effort 4)');
out.push(`${cores} cores (${result.machine.cpu}) · libvips ${parallel.libvips} (siteopt) / ${peer.libvips} (sharp ${sharpVersion})` +
  ` · .NET ${flags.dotnet} · Node ${process.version} · median of ${result.rounds} rounds`);
out.push('');
out.push(`${'run'.padEnd(22)}${pad('wall', 9)}${pad('images/s', 10)}${pad('CPU', 9)}${pad('others', 9)}${pad('quiet*', 9)}   wall by round (s)`);
for (const [label, row] of [
  [`siteopt  DOP=${cores}`, parallel],
  [`sharp    ${cores} at once${flags.decode === 'each' ? ' (clone)' : ''}`, peer],
  ['siteopt  DOP=1', serial]
]) {
  out.push(`${label.padEnd(22)}${pad(seconds(row.wallMs), 9)}${pad(row.imagesPerSecond.toFixed(3), 10)}` +
    `${pad(seconds(row.cpuMs), 9)}${pad(seconds(row.otherCpuMs), 9)}${pad(seconds(row.quietWallMsEstimate), 9)}` +
    `   ${row.wallMsByRound.map((ms) => (ms / 1000).toFixed(1)).join('  ')}`);
}
out.push('');
out.push(`${`ratio siteopt/sharp (wall, ${cores} at once)`.padEnd(40)}${pad(ratio.toFixed(3), 7)}    goal <= ${ratioGoal.toFixed(2)}   ${verdict(result.summary.ratioMet)}` +
  `   (quiet* ${quietRatio.toFixed(3)})`);
out.push(`${`speedup siteopt DOP=1 / DOP=${cores}`.padEnd(40)}${pad(`${speedup.toFixed(2)}x`, 7)}    goal >= ${speedupGoal.toFixed(2)}x  ${verdict(result.summary.speedupMet)}` +
  `   (quiet* ${quietSpeedup.toFixed(2)}x)`);
out.push('');
out.push('CPU: this run\'s own CPU time; others: CPU time other processes used meanwhile (/proc/stat);');
out.push('quiet*: an estimate for a quiet machine, max(CPU / images at once, wall - others / cores). All medians.');
if (sizes.length) {
  out.push('');
  out.push(`${'same settings: bytes'.padEnd(26)}${pad('JPEG', 9)}${pad('WebP', 9)}${pad('AVIF', 9)}`);
  for (const name of [...new Set(sizes.map((line) => line.name))]) {
    const a = sizes.find((line) => line.name === name && line.tool === 'siteopt');
    const b = sizes.find((line) => line.name === name && line.tool === 'sharp');
    if (!a || !b) continue;
    const formats = ['jpeg', 'webp', 'avif'];
    out.push(`${`${name} siteopt`.padEnd(26)}${formats.map((f) => pad(a[f], 9)).join('')}`);
    out.push(`${`${name} sharp`.padEnd(26)}${formats.map((f) => pad(b[f], 9)).join('')}`);
    out.push(`${'  difference'.padEnd(26)}${formats.map((f) => pad(`${((a[f] / b[f] - 1) * 100).toFixed(1)}%`, 9)).join('')}`);
  }
}
const share = result.summary.otherCpuShare;
out.push('');
out.push(`Other processes used ${(share * 100).toFixed(1)}% of the machine during the timed runs` +
  (share > 0.02 ? ': the figures are noisy; rerun on a quiet machine.' : '.'));
out.push(`Results: ${relative(process.cwd(), outPath) || outPath}`);
console.log(out.join('\n'));
