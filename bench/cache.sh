#!/usr/bin/env bash
# Cache benchmark: siteopt optimize on the sample site three ways, each a fresh process:
#
#   cold   an empty cache: every image encoded, every text file compressed;
#   warm   the same site again over that cache: nothing should be encoded;
#   one    one photograph changed (bytes appended after its end): only it should be encoded;
#
# and prints the wall times (medians over the rounds), the images each run encoded (from its
# report: counted, not inferred from time), and the goal:
#
#   warm wall <= 10 % of cold wall.
#
#   bench/cache.sh [--rounds N] [--site DIR]
#
# Each round starts from an empty cache (default 3 rounds; a cold run is about 50 s on 2
# cores). Needs the .NET 10 SDK and Node.js. Results go to bench/results/cache.json.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
rounds=3
site="$repo/sample-site"
while (($#)); do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --site) site="$(cd "$2" && pwd)"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '%s\n' "$*" >&2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

log "Building siteopt (Release)…"
if ! dotnet build "$repo/src/SiteOptimizer.Cli/SiteOptimizer.Cli.csproj" -c Release -nologo >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  exit 1
fi
siteopt=(dotnet "$repo/src/SiteOptimizer.Cli/bin/Release/net10.0/siteopt.dll")

# The site is copied so that one image can be replaced; the cache lives beside the settings.
cp -r "$site" "$work/site"
largest="$(find "$work/site" -type f \( -name '*.jpg' -o -name '*.jpeg' \) -printf '%s %p\n' | sort -n | tail -n 1 | cut -d' ' -f2-)"
cp "$largest" "$work/original.jpg"
echo '{ "cache": { "path": "cache" } }' >"$work/optimizer.json"

# CPU time, in ms, all processes on the machine have used (/proc/stat counts in 1/100 s).
machine_busy_ms() { awk '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) * 10; exit }' /proc/stat; }

: >"$work/raw"
# run NAME ROUND: one optimize, timed; appends a JSON line with the wall time and the report's counts.
run() {
  local name="$1" round="$2" t0 t1 busy0 busy1 rc=0
  rm -rf "$work/out" "$work/report.json"
  busy0="$(machine_busy_ms)"; t0="$(date +%s%N)"
  "${siteopt[@]}" optimize "$work/site" -o "$work/out" -c "$work/optimizer.json" --report "$work/report.json" >"$work/$name.log" 2>&1 || rc=$?
  t1="$(date +%s%N)"; busy1="$(machine_busy_ms)"
  ((rc == 0)) || { cat "$work/$name.log" >&2; exit 1; }
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(JSON.stringify({ name: process.argv[2], round: +process.argv[3], wallMs: +process.argv[4], machineBusyMs: +process.argv[5],
      ownWallMs: r.wall, encoded: r.encoding.images, fromCache: r.encoding.fromCache ?? 0, cache: r.cache }))' \
    "$work/report.json" "$name" "$round" "$(((t1 - t0) / 1000000))" "$((busy1 - busy0))" >>"$work/raw"
  log "  $(printf '%-5s' "$name") $(awk -v ns="$((t1 - t0))" 'BEGIN { printf "%7.2f s", ns / 1e9 }')  $(tail -n 1 "$work/raw" | node -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => { const r = JSON.parse(s); console.log(`${r.encoded} images encoded, ${r.fromCache} from the cache`); })')"
}

for ((round = 1; round <= rounds; round++)); do
  log "round $round/$rounds"
  rm -rf "$work/cache"
  cp "$work/original.jpg" "$largest"
  run cold "$round"
  run warm "$round"
  { cat "$work/original.jpg"; printf 'changed'; } >"$largest"
  run one "$round"
done

mkdir -p "$bench/results"
node - "$work/raw" "$bench/results/cache.json" "$(nproc)" "$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)" <<'JS'
const fs = require("fs");
const [raw, out, cores, commit] = process.argv.slice(2);
const runs = fs.readFileSync(raw, "utf8").trim().split("\n").map(JSON.parse);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const of = (name) => runs.filter((r) => r.name === name);
const row = (name) => {
  const rs = of(name);
  const wall = median(rs.map((r) => r.wallMs)) / 1000;
  const busy = median(rs.map((r) => r.machineBusyMs)) / 1000;
  return { name, wall, encoded: rs.map((r) => r.encoded), fromCache: rs.map((r) => r.fromCache), byRound: rs.map((r) => (r.wallMs / 1000).toFixed(2)), busy };
};
const rows = ["cold", "warm", "one"].map(row);
console.log(`\nrun      wall (median)  images encoded   from cache   machine CPU   wall by round (s)`);
for (const r of rows) {
  console.log(`${r.name.padEnd(8)} ${r.wall.toFixed(2).padStart(10)} s   ${r.encoded.join(" ").padEnd(15)}  ${r.fromCache.join(" ").padEnd(11)}  ${r.busy.toFixed(1).padStart(9)} s   ${r.byRound.join("  ")}`);
}
const ratio = rows[1].wall / rows[0].wall;
const pairs = of("cold").map((c, i) => of("warm")[i].wallMs / c.wallMs);
console.log(`\nratio warm/cold (medians)   ${ratio.toFixed(3)}   goal <= 0.10   ${ratio <= 0.1 ? "PASS" : "FAIL"}   (per round: ${pairs.map((p) => p.toFixed(3)).join(" ")})`);
console.log(`ratio one changed/cold      ${(rows[2].wall / rows[0].wall).toFixed(3)}`);
fs.writeFileSync(out, JSON.stringify({ cores: +cores, commit, rounds: runs, ratio }, null, 2));
console.log(`\nAll runs: ${out}`);
JS
