#!/usr/bin/env bash
# Image-batch benchmark: the same JPEGs, the same work and the same settings (per image one
# decode, then JPEG mozjpeg Q80, WebP Q80 effort 4, AVIF Q50 effort 4) through SiteOptimizer
# and through sharp, in one run, on the same libvips build. Prints the wall-time ratio
# siteopt/sharp, images per second, and siteopt's speedup at DOP=cores over DOP=1, and
# writes them to bench/results/image-batch.json. See bench/README.md.
#
#   bench/image-batch.sh [--rounds N] [--images DIR] [--decode once|each]
#
# Each round runs siteopt (DOP=cores), sharp (cores images at once) and siteopt (DOP=1),
# one fresh process each, interleaved so that a slow patch on the machine hits all three;
# the table shows the median of each over the rounds (default 2: about 4.5 minutes on
# 2 cores; --rounds 3 for steadier figures).
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
rounds=2
images="$repo/sample-site/images"
decode=once
while (($#)); do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --images) images="$(cd "$2" && pwd)"; shift 2 ;;
    --decode) decode="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

cores="$(nproc)"
# sharp runs each pipeline on libuv's thread pool; it must hold `cores` images at once.
export UV_THREADPOOL_SIZE=$((cores > 4 ? cores : 4))

log() { printf '%s\n' "$*" >&2; }

log "Building bench/SiteOptimizer.Bench (Release)…"
build_log="$(mktemp)"
raw="$(mktemp)"
trap 'rm -f "$build_log" "$raw"' EXIT
if ! dotnet build "$bench/SiteOptimizer.Bench/SiteOptimizer.Bench.csproj" -c Release -nologo >"$build_log" 2>&1; then
  cat "$build_log" >&2
  exit 1
fi
siteopt=("dotnet" "$bench/SiteOptimizer.Bench/bin/Release/net10.0/SiteOptimizer.Bench.dll")

stamp="$bench/sharp/node_modules/.package-lock.json"
if [[ ! -f "$stamp" || "$bench/sharp/package-lock.json" -nt "$stamp" ]]; then
  log "Installing sharp (npm ci in bench/sharp)…"
  (cd "$bench/sharp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
fi
sharp=("node" "$bench/sharp/batch.mjs")

# Same settings check: both encode two photos (one EXIF-rotated); sizes should match.
check=("$images/about/fig-bowl.jpg" "$images/about/studio-dogs.jpg")
if [[ -f "${check[0]}" && -f "${check[1]}" ]]; then
  log "Checking the settings match: encoding ${#check[@]} photos with each…"
  "${siteopt[@]}" sizes "${check[@]}" | sed 's/^/sizes 0 /' >>"$raw"
  "${sharp[@]}" --sizes "${check[@]}" | sed 's/^/sizes 0 /' >>"$raw"
fi

runs=("siteopt $cores" "sharp $cores" "siteopt 1")
for ((round = 1; round <= rounds; round++)); do
  for run in "${runs[@]}"; do
    read -r tool dop <<<"$run"
    log "round $round/$rounds: $tool, $dop at once…"
    if [[ "$tool" == siteopt ]]; then
      line="$("${siteopt[@]}" images --dop "$dop" --images "$images")"
    else
      line="$("${sharp[@]}" --concurrency "$dop" --images "$images" --decode "$decode")"
    fi
    printf 'batch %s %s\n' "$round" "$line" >>"$raw"
    if [[ "$line" =~ \"wallMs\":([0-9]+) ]]; then
      log "  $((BASH_REMATCH[1] / 1000)).$(printf '%03d' $((BASH_REMATCH[1] % 1000))) s"
    fi
  done
done

mkdir -p "$bench/results"
node "$bench/image-batch-report.mjs" "$raw" "$bench/results/image-batch.json" \
  --cores "$cores" --images "$images" --decode "$decode" --dotnet "$(dotnet --version)"
