#!/usr/bin/env bash
# Memory under load: a synthetic site of many distinct photographs (1.2–3.8 MP JPEGs, 20 per
# page) optimized with the default settings by the real siteopt, measuring its peak resident
# memory (/usr/bin/time -v, "Maximum resident set size") and wall time. The goal is a peak
# bounded by the number of images encoded at once, not by the size of the site: run it with
# two counts and compare.
#
#   bench/many-photos.sh [--photos N]... [--jobs J]
#
# Default: --photos 100 --photos 1000. The sites are generated once into
# bench/results/many-photos-N/site (about 3 minutes per 1000 photos on 2 cores) and kept;
# the 1000-photo optimization takes a long time (every photo gets AVIF and WebP copies at
# two widths). Writes one JSON line per run to bench/results/many-photos.json.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
counts=()
jobs=()
while (($#)); do
  case "$1" in
    --photos) counts+=("$2"); shift 2 ;;
    --jobs) jobs=(-j "$2"); shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done
((${#counts[@]})) || counts=(100 1000)

log() { printf '%s\n' "$*" >&2; }

log "Building siteopt and bench/SiteOptimizer.Bench (Release)…"
dotnet build "$repo/src/SiteOptimizer.Cli/SiteOptimizer.Cli.csproj" -c Release -nologo -v q >/dev/null
dotnet build "$bench/SiteOptimizer.Bench/SiteOptimizer.Bench.csproj" -c Release -nologo -v q >/dev/null
siteopt="$repo/src/SiteOptimizer.Cli/bin/Release/net10.0/siteopt.dll"
generator="$bench/SiteOptimizer.Bench/bin/Release/net10.0/SiteOptimizer.Bench.dll"
mkdir -p "$bench/results"
results="$bench/results/many-photos.json"

for count in "${counts[@]}"; do
  work="$bench/results/many-photos-$count"
  if [[ ! -f "$work/site/index.html" ]]; then
    log "Generating $count photos into $work/site…"
    rm -rf "$work/site"
    (cd "$repo" && dotnet "$generator" photo-site "$count" "$work/site")
  fi
  # Default settings include the content cache; it starts empty (in $work, not the caller's
  # folder) so every photo is encoded.
  rm -rf "$work/out" "$work/.siteopt-cache"
  log "Optimizing $count photos…"
  timing="$(mktemp)"
  (cd "$work" && /usr/bin/time -v dotnet "$siteopt" optimize site -o out --no-report "${jobs[@]}") \
    >"$work/summary.txt" 2>"$timing" || { cat "$timing" >&2; exit 1; }
  peak_kb="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing")"
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$timing")"
  site_mb="$(du -sm "$work/site" | cut -f1)"
  rm -f "$timing"
  line="{\"photos\":$count,\"siteMB\":$site_mb,\"peakRssMB\":$((peak_kb / 1024)),\"wall\":\"$wall\",\"cores\":$(nproc)}"
  printf '%s\n' "$line" | tee -a "$results"
done
