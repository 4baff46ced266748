// The sharp side of bench/image-batch.sh: the same JPEGs, the same work and the same
// settings as SiteOptimizer's image batch, printed as the same JSON lines.
//
//   node batch.mjs [--concurrency N] [--images DIR] [--repeat K] [--decode once|each]
//   node batch.mjs --sizes FILE...
//
// Per image, as ImageOptimizer does for a JPEG: decode once (EXIF-rotated, no colour
// conversion), then encode JPEG, WebP and AVIF from the decoded pixels, one after another.
// `--decode each` is how a sharp user would usually write it instead: one pipeline per
// output (clone()), each decoding the JPEG again while it streams into its encoder.
//
// Concurrency as siteopt's: one libvips thread per image, N images at once (a promise
// pool over libuv's thread pool, which needs UV_THREADPOOL_SIZE >= N; the shell script
// sets it, since Node reads it before this module runs), no operation cache.

import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

// The settings SiteOptimizer's defaults map to (src/SiteOptimizer.Core/Imaging/*Options.cs).
// mozjpeg: true is trellis_quant, overshoot_deringing, optimize_scans, interlace, quant_table 3;
// sharp's JPEG default chroma is 4:2:0, which libvips' "auto" also picks below Q 90.
const jpegSettings = { quality: 80, mozjpeg: true };
// alpha_q 100, no smart subsampling, preset default: sharp's defaults, as siteopt sets them.
const webpSettings = { quality: 80, effort: 4 };
// sharp's AVIF default chroma is 4:4:4; siteopt leaves libvips' heifsave at subsample_mode
// "auto", which is 4:2:0 below Q 90. Same work means 4:2:0 here too.
const avifSettings = { quality: 50, effort: 4, bitdepth: 8, chromaSubsampling: '4:2:0' };
// siteopt decodes with fail_on=truncated and keeps only the ICC profile.
const inputSettings = { failOn: 'truncated' };

const usage = 'usage: node batch.mjs [--concurrency N] [--images DIR] [--repeat K] [--decode once|each]\n' +
  '       node batch.mjs --sizes FILE...';

function parse (args) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const parsed = { concurrency: 0, images: join(here, '..', '..', 'sample-site', 'images'), repeat: 1, decode: 'once', sizes: null };
  for (let i = 0; i < args.length; i++) {
    const value = () => {
      if (i + 1 >= args.length) throw new Error(`${args[i]} needs a value`);
      return args[++i];
    };
    const count = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${args[i - 1]} needs a whole number >= 0`);
      return n;
    };
    switch (args[i]) {
      case '--concurrency': parsed.concurrency = count(); break;
      case '--images': parsed.images = value(); break;
      case '--repeat': parsed.repeat = Math.max(1, count()); break;
      case '--decode':
        parsed.decode = value();
        if (!['once', 'each'].includes(parsed.decode)) throw new Error('--decode is once or each');
        break;
      case '--sizes': parsed.sizes = args.slice(i + 1); i = args.length; break;
      default: throw new Error(`unknown argument ${args[i]}`);
    }
  }
  parsed.concurrency ||= availableParallelism();
  return parsed;
}

/** Every JPEG under root, in ordinal path order (the order the C# bench uses). */
function loadJpegs (root) {
  return readdirSync(root, { recursive: true })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.jpe?g$/i.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(root, name)) }));
}

/** One decode into raw pixels, then the three encodes from them. */
async function encodeFromOneDecode (bytes) {
  const { data, info } = await sharp(bytes, inputSettings)
    .autoOrient()
    .keepIccProfile() // no conversion to sRGB, as siteopt; raw pixels cannot carry the profile on
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = { raw: { width: info.width, height: info.height, channels: info.channels } };
  return {
    width: info.width,
    height: info.height,
    jpeg: await sharp(data, pixels).jpeg(jpegSettings).toBuffer(),
    webp: await sharp(data, pixels).webp(webpSettings).toBuffer(),
    avif: await sharp(data, pixels).avif(avifSettings).toBuffer()
  };
}

/** sharp's usual way: one pipeline per output, each decoding again; keeps the ICC profile. */
async function encodeWithClones (bytes) {
  const source = sharp(bytes, inputSettings).autoOrient().keepIccProfile();
  const jpeg = await source.clone().jpeg(jpegSettings).toBuffer({ resolveWithObject: true });
  return {
    width: jpeg.info.width,
    height: jpeg.info.height,
    jpeg: jpeg.data,
    webp: await source.clone().webp(webpSettings).toBuffer(),
    avif: await source.clone().avif(avifSettings).toBuffer()
  };
}

/** Runs work over images with at most `concurrency` in flight, in order, like Parallel.ForEach. */
async function pool (images, concurrency, work) {
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      await work(images[next++]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, images.length) }, worker));
}

/**
 * CPU time all processes on the machine have used (Linux /proc/stat, in 1/100 s), so a run
 * can say how much of the cores something else took while it was being timed; null elsewhere.
 */
function machineBusyMs () {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    return (ticks.reduce((a, b) => a + b, 0) - ticks[3] - ticks[4]) * 10;
  } catch {
    return null;
  }
}

async function measure (images, concurrency, encode) {
  const totals = { serialMs: 0, outputs: 0, jpegBytes: 0, webpBytes: 0, avifBytes: 0 };
  const machineBefore = machineBusyMs();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await pool(images, concurrency, async (image) => {
    const imageStarted = performance.now();
    const encoded = await encode(image.bytes);
    totals.serialMs += performance.now() - imageStarted;
    for (const format of ['jpeg', 'webp', 'avif']) {
      totals.outputs++;
      totals[`${format}Bytes`] += encoded[format].length;
    }
  });
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const machineMs = machineBefore === null ? null : machineBusyMs() - machineBefore;
  return {
    tool: 'sharp',
    libvips: sharp.versions.vips,
    dop: concurrency,
    images: images.length,
    wallMs,
    imagesPerSecond: images.length / (wallMs / 1000),
    serialMs: totals.serialMs,
    cpuMs,
    otherCpuMs: machineMs === null ? null : Math.max(0, machineMs - cpuMs),
    outputs: totals.outputs,
    jpegBytes: totals.jpegBytes,
    webpBytes: totals.webpBytes,
    avifBytes: totals.avifBytes
  };
}

async function main () {
  let options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    return 2;
  }
  sharp.cache(false);
  sharp.concurrency(1);
  const encode = options.decode === 'each' ? encodeWithClones : encodeFromOneDecode;

  if (options.sizes) {
    for (const file of options.sizes) {
      const encoded = await encodeFromOneDecode(readFileSync(file));
      console.log(JSON.stringify({
        tool: 'sharp',
        name: basename(file),
        width: encoded.width,
        height: encoded.height,
        jpeg: encoded.jpeg.length,
        webp: encoded.webp.length,
        avif: encoded.avif.length
      }));
    }
    return 0;
  }

  const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  if (threads < options.concurrency) {
    console.error(`warning: UV_THREADPOOL_SIZE=${threads} runs fewer than ${options.concurrency} images at once`);
  }
  const images = loadJpegs(options.images);
  if (images.length === 0) {
    console.error(`No JPEG files under ${options.images}.`);
    return 2;
  }
  // Loads libvips' codecs and compiles our code and the pool's before anything is timed,
  // on a 64-pixel copy of the smallest image, so it costs milliseconds, not seconds.
  const smallest = images.reduce((a, b) => (b.bytes.length < a.bytes.length ? b : a));
  const tiny = await sharp(smallest.bytes).resize(64).jpeg(jpegSettings).toBuffer();
  await pool([{ bytes: tiny }], options.concurrency, (image) => encode(image.bytes));
  for (let run = 0; run < options.repeat; run++) {
    const result = await measure(images, options.concurrency, encode);
    console.log(JSON.stringify(options.decode === 'each' ? { ...result, tool: 'sharp-clone' } : result));
  }
  return 0;
}

process.exitCode = await main();
