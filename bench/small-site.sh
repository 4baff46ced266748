#!/usr/bin/env bash
# Small-site benchmark: the encode speedup on all cores for a site of five photos where one
# (3200×2134, found last) is about half the work, with the default settings (each photo
# re-encoded, with WebP and AVIF copies at two widths) by the real siteopt. The speedup is
# siteopt's own figure (the images' summed encode time ÷ the batch's wall time): with one
# image per core it cannot pass 1.5 here, since the large photo runs alone at the tail;
# siteopt's idle workers take its encodes. Goal on 2 cores: ≥ 1.7×.
#
#   bench/small-site.sh [--rounds N] [--siteopt PATH/TO/siteopt.dll]
#
# Default: 3 rounds, each a fresh process with an empty cache; prints each run's summary line
# and the median, and writes one JSON line to bench/results/small-site.json.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
rounds=3
siteopt="$repo/src/SiteOptimizer.Cli/bin/Release/net10.0/siteopt.dll"
build=1
while (($#)); do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --siteopt) siteopt="$(realpath "$2")"; build=0; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '%s\n' "$*" >&2; }

log "Building siteopt and bench/SiteOptimizer.Bench (Release)…"
((build)) && dotnet build "$repo/src/SiteOptimizer.Cli/SiteOptimizer.Cli.csproj" -c Release -nologo -v q >/dev/null
dotnet build "$bench/SiteOptimizer.Bench/SiteOptimizer.Bench.csproj" -c Release -nologo -v q >/dev/null
generator="$bench/SiteOptimizer.Bench/bin/Release/net10.0/SiteOptimizer.Bench.dll"
work="$bench/results/small-site"
mkdir -p "$work"
if [[ ! -f "$work/site/index.html" ]]; then
  log "Generating the five photos into $work/site…"
  (cd "$repo" && dotnet "$generator" small-site "$work/site")
fi

speedups=()
for ((round = 1; round <= rounds; round++)); do
  rm -rf "$work/out"
  line="$(cd "$work" && dotnet "$siteopt" optimize site -o out --no-cache --no-report | grep -E 'Encoding: ')"
  log "$line"
  speedups+=("$(sed -E 's/.*speedup ([0-9.]+)×.*/\1/' <<<"$line")")
done
median="$(printf '%s\n' "${speedups[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
json="{\"photos\":5,\"cores\":$(nproc),\"speedups\":[$(IFS=,; echo "${speedups[*]}")],\"median\":$median,\"goal\":1.7}"
printf '%s\n' "$json" | tee -a "$work/../small-site.json"
