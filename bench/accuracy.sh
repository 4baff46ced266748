#!/usr/bin/env bash
# Estimate accuracy on real sites, not only ours: optimizes sample-site and every site of a
# corpus (default: ../shared/corpus beside the repository, public templates as their authors
# ship them), then `siteopt measure` loads each page before and after in headless Chromium and
# compares the measured LCP saving with siteopt's prediction. Prints one row per site and page
# (predicted, measured, error, the LCP element Chromium reported and the one siteopt assumed),
# then the goals over every page together:
#
#   LCP savings: median absolute error <= 15 % of measured, worst page <= 35 %, sign right on every page.
#
#   bench/accuracy.sh [--runs N] [--profile NAME] [--corpus DIR] [--site DIR]... [--keep] [-- more siteopt measure options]
#
# --site replaces the default list (sample-site plus every folder of the corpus); repeat it for
# several. Each site's measurement is kept in bench/results/accuracy/<site>.json; --keep keeps
# the other sites' files of an earlier run there, so the table covers them too. Default: 3
# interleaved pairs per page on mobile-slow-4g, one load at a time. Needs the .NET 10 SDK,
# Node.js and Chromium (the Debian package `chromium`).
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
runs=3
profile=mobile-slow-4g
corpus="$repo/../shared/corpus"
sites=()
keep=0
extra=()
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --site) sites+=("$(cd "$2" && pwd)"); shift 2 ;;
    --keep) keep=1; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done
if ((${#sites[@]} == 0)); then
  sites=("$repo/sample-site")
  if [[ -d "$corpus" ]]; then
    for dir in "$corpus"/*/; do sites+=("$(cd "$dir" && pwd)"); done
  else
    printf 'no corpus at %s: measuring sample-site only\n' "$corpus" >&2
  fi
fi

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

results="$bench/results/accuracy"
mkdir -p "$results"
((keep)) || rm -f "$results"/*.json
for site in "${sites[@]}"; do
  name="$(basename "$site")"
  log "Optimizing $name…"
  "${siteopt[@]}" optimize "$site" -o "$work/$name" --no-report --no-cache >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; exit 1; }
  log "Measuring $name: $runs pairs per page on $profile…"
  "${siteopt[@]}" measure "$site" "$work/$name" --profile "$profile" --runs "$runs" \
    --json "$results/$name.json" "${extra[@]}" >"$work/$name.measure.log" 2>&1 || { cat "$work/$name.measure.log" >&2; exit 1; }
done

node - "$results" <<'JS'
const fs = require("fs");
const path = require("path");
const dir = process.argv[2];
const rows = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const site = file.replace(/\.json$/, "");
  const doc = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  const lcp = doc.prediction.errors.find((e) => e.figure === "LCP");
  for (const page of lcp.perPage) {
    const measured = doc.pages.find((p) => p.page === page.page);
    const predicted = doc.prediction.pages.find((p) => p.page === page.page);
    const chromium = measured ? measured.afterRuns.map((r) => r.lcpElement).sort()[0] : "";
    rows.push({ site, ...page, chromium, assumed: predicted ? predicted.lcpElement.after : "" });
  }
}
const s = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
const pct = (v) => (v === null || v === undefined ? "inf" : `${v.toFixed(1)} %`);
console.log(`${"site".padEnd(18)} ${"page".padEnd(28)} predicted measured    error  sign  LCP element (Chromium after | siteopt after)`);
for (const r of rows) {
  console.log(`${r.site.padEnd(18)} ${r.page.padEnd(28)} ${s(r.predictedMs)} ${s(r.measuredMs)} ${pct(r.errorPercent).padStart(8)}  ${r.signAgrees ? " ok " : "WRONG"} ${short(r.chromium)} | ${short(r.assumed)}`);
}
function short(v) { return (v || "").replace(/^https?:\/\/[^/]+\//, "").slice(0, 40); }
const errors = rows.map((r) => (r.errorPercent === null ? Infinity : r.errorPercent)).sort((a, b) => a - b);
const median = errors.length % 2 ? errors[(errors.length - 1) / 2] : (errors[errors.length / 2 - 1] + errors[errors.length / 2]) / 2;
const worst = errors[errors.length - 1];
const worstRow = rows.find((r) => (r.errorPercent === null ? Infinity : r.errorPercent) === worst);
const signs = rows.filter((r) => r.signAgrees).length;
const check = (ok) => (ok ? "PASS" : "MISS");
console.log("");
console.log(`${rows.length} pages on ${new Set(rows.map((r) => r.site)).size} sites`);
console.log(`goal: median abs error of predicted LCP savings <= 15 % of measured   ${pct(median).padStart(9)}   ${check(median <= 15)}`);
console.log(`goal: worst page <= 35 %                                              ${pct(worst).padStart(9)}   ${check(worst <= 35)}   (${worstRow.site}/${worstRow.page})`);
console.log(`goal: sign right on every page                                       ${`${signs}/${rows.length}`.padStart(9)}   ${check(signs === rows.length)}`);
JS
