#!/usr/bin/env bash
# Crawl benchmark: the sample site served on loopback with a fixed delay per response
# (default 100 ms, every response: pages, assets, redirects, 404s, robots.txt), mirrored by
# siteopt, by `wget -r -p` (sequential, what many people use to mirror a site) and by wget2
# with its default parallelism (5 threads), in one run. Prints medians, the ratios, the ideal
# bound (siteopt's longest discovery chain x delay) and the goals, for siteopt as its tool package
# ships it (natively compiled on linux-x64; its JIT build is timed beside it there):
#
#   siteopt crawl <= 1.3 x the bound, >= 8 x faster than wget, no slower than wget2;
#   siteopt optimize <URL> <= 1.15 x max(crawl only, encode only).
#
# and writes everything to bench/results/crawl.json. See bench/README.md.
#
#   bench/crawl.sh [--rounds N] [--delay-ms MS] [--site DIR]
#
# Each round runs every tool once, one fresh process after another, interleaved so that a
# slow patch on the machine hits all of them; the table shows medians over the rounds
# (default 3: about 4 minutes on 2 cores, builds included). Needs the .NET 10 SDK, Node.js,
# curl, wget and wget2 (installed with apt-get when missing).
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
rounds=3
delay_ms=100
site="$repo/sample-site"
while (($#)); do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --delay-ms) delay_ms="$2"; shift 2 ;;
    --site) site="$(cd "$2" && pwd)"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '%s\n' "$*" >&2; }

missing=()
for tool in wget wget2; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
  log "Installing ${missing[*]} (Debian packages)…"
  if ((EUID == 0)); then apt-get install -y "${missing[@]}" >&2; else sudo apt-get install -y "${missing[@]}" >&2; fi
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build() {
  if ! dotnet build "$1" -c Release -nologo >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    exit 1
  fi
}
log "Building siteopt and bench/SiteOptimizer.Bench (Release)…"
build "$repo/src/SiteOptimizer.Cli/SiteOptimizer.Cli.csproj"
build "$bench/SiteOptimizer.Bench/SiteOptimizer.Bench.csproj"
# siteopt as the tool package ships it for this platform: natively compiled on linux-x64, the
# framework-dependent build elsewhere. The JIT build (what `dotnet run` runs) is timed beside it.
siteopt_jit=(dotnet "$repo/src/SiteOptimizer.Cli/bin/Release/net10.0/siteopt.dll")
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
if [[ "$rid" == linux-x64 ]]; then
  log "Publishing siteopt natively compiled for $rid, as its tool package ships it…"
  native="$repo/artifacts/bench/siteopt-$rid"
  if ! dotnet publish "$repo/src/SiteOptimizer.Cli/SiteOptimizer.Cli.csproj" -c Release -r "$rid" -o "$native" -nologo >"$work/publish.log" 2>&1; then
    cat "$work/publish.log" >&2
    exit 1
  fi
  siteopt=("$native/siteopt")
  siteopt_build="native $rid"
else
  siteopt=("${siteopt_jit[@]}")
  siteopt_build="framework-dependent (JIT)"
fi
server=(dotnet "$bench/SiteOptimizer.Bench/bin/Release/net10.0/SiteOptimizer.Bench.dll")

log "Serving $site on loopback, ${delay_ms} ms per response…"
"${server[@]}" serve --root "$site" --delay-ms "$delay_ms" --port 0 >"$work/server.url" 2>"$work/server.log" &
server_pid=$!
for ((i = 0; i < 300; i++)); do
  [[ -s "$work/server.url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
url="$(head -n 1 "$work/server.url")"
[[ "$url" == http://127.0.0.1:* ]] || { log "the server did not start: $(cat "$work/server.log")"; exit 1; }
log "  $url"

# CPU time, in ms, all processes on the machine have used (/proc/stat counts in 1/100 s).
machine_busy_ms() { awk '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) * 10; exit }' /proc/stat; }
server_cpu_ms() { awk '{ print ($14 + $15) * 10 }' "/proc/$server_pid/stat"; }
now_ns() { date +%s%N; }

# time_run NAME ROUND OUT CMD…: runs CMD once (bounded to 120 s) and appends one JSON line to
# $work/raw: process wall time, CPU time, what the server saw, the files written under OUT,
# and, for siteopt, its own report (wall, encoding wall, longest chain).
time_run() {
  local name="$1" round="$2" out="$3"; shift 3
  rm -rf "$out" "$work/report.json"
  mkdir -p "$out"
  curl -fsS "${url}__bench/stats?reset=1" >/dev/null
  local busy0 srv0 t0 t1 busy1 srv1 rc=0
  busy0="$(machine_busy_ms)"; srv0="$(server_cpu_ms)"; t0="$(now_ns)"
  timeout 120 /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >"$work/$name.stdout" 2>"$work/$name.stderr" || rc=$?
  t1="$(now_ns)"; busy1="$(machine_busy_ms)"; srv1="$(server_cpu_ms)"
  local stats cpu_ms list="$work/lists/$name-$round.txt"
  stats="$(curl -fsS "${url}__bench/stats")"
  cpu_ms="$(awk 'END { printf "%.0f", ($1 + $2) * 1000 }' "$work/cpu")"
  mkdir -p "$work/lists"
  # wget and wget2 write into a folder named after the host; siteopt writes the site itself.
  local root="$out"
  if [[ "$name" == wget* ]]; then root="$(find "$out" -mindepth 1 -maxdepth 1 -type d | head -n 1)"; fi
  (cd "${root:-$out}" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) >"$list"
  local files bytes report='null'
  files="$(wc -l <"$list")"
  bytes="$(find "$out" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')"
  if [[ -s "$work/report.json" ]]; then
    report="$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      console.log(JSON.stringify({ wallMs: r.wall, encodingWallMs: r.encoding?.wall ?? null, images: r.encoding?.images ?? 0,
        longestChain: r.graph?.longestChain ?? null, resources: r.graph?.resources?.length ?? null,
        failed: r.graph?.resources?.filter((x) => x.state === "failed").length ?? null }))' "$work/report.json")"
  fi
  printf '{"name":"%s","round":%d,"exitCode":%d,"wallMs":%s,"cpuMs":%s,"serverCpuMs":%s,"machineBusyMs":%s,"files":%d,"bytes":%d,"list":"%s","server":%s,"report":%s}\n' \
    "$name" "$round" "$rc" "$(((t1 - t0) / 1000))e-3" "$cpu_ms" "$((srv1 - srv0))" "$((busy1 - busy0))" \
    "$files" "$bytes" "$list" "$stats" "$report" >>"$work/raw"
  log "  $(printf '%-18s' "$name") $(awk -v ns="$((t1 - t0))" 'BEGIN { printf "%6.2f s", ns / 1e9 }')  $files files, $(node -e 'const s = JSON.parse(process.argv[1]); console.log(`${s.requests} requests (${s.notFound} not found), at most ${s.peakInFlight} at once`)' "$stats")$( ((rc)) && echo "  exit code $rc")"
}

crawl() { time_run "siteopt-crawl-$1" "$2" "$work/out" "${siteopt[@]}" crawl "$url" -o "$work/out" --ignore-robots --connections-per-origin "$1" --report "$work/report.json"; }
crawl_jit() { time_run "siteopt-crawl-$1-jit" "$2" "$work/out" "${siteopt_jit[@]}" crawl "$url" -o "$work/out" --ignore-robots --connections-per-origin "$1" --report "$work/report.json"; }
mirror() { time_run "siteopt-mirror-$1" "$2" "$work/out" "${siteopt[@]}" optimize "$url" -o "$work/out" -c "$images_only" --no-cache --ignore-robots --connections-per-origin "$1" --report "$work/report.json"; }

# The overlap goal compares like with like: optimizing the URL and the folder both recompress
# images in place only (no page rewriting, variants, minification or precompression), so the
# difference is the download and how well encoding overlaps it. Neither uses the cache: every
# round encodes every image.
images_only="$work/images-only.json"
cat >"$images_only" <<'JSON'
{ "hints": { "enabled": false }, "minify": { "html": false, "css": false, "js": false, "inlineCode": false },
  "precompress": { "brotli": false, "gzip": false } }
JSON

log "Warm-up (not timed): one siteopt crawl, so the server and the disk cache are warm…"
crawl 6 0 >/dev/null 2>&1
: >"$work/raw"

for ((round = 1; round <= rounds; round++)); do
  log "round $round/$rounds"
  crawl 6 "$round"
  crawl 16 "$round"
  [[ "$siteopt_build" == native* ]] && crawl_jit 16 "$round"
  time_run wget "$round" "$work/out" wget -r -p -np -nv -e robots=off --timeout=30 --tries=1 -P "$work/out" "$url"
  time_run wget2 "$round" "$work/out" wget2 -r -p -np -e robots=off --timeout=30 --tries=1 -P "$work/out" "$url"
  time_run wget2-no-p "$round" "$work/out" wget2 -r -np -e robots=off --timeout=30 --tries=1 -P "$work/out" "$url"
  mirror 6 "$round"
  mirror 16 "$round"
  time_run siteopt-folder "$round" "$work/out" "${siteopt[@]}" optimize "$site" -o "$work/out" -c "$images_only" --no-cache --report "$work/report.json"
done

mkdir -p "$bench/results"
git_head="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git_dirty="$(git -C "$repo" status --porcelain -- src 2>/dev/null | wc -l)"
node "$bench/crawl-report.mjs" "$work/raw" "$bench/results/crawl.json" \
  --cores "$(nproc)" --delay-ms "$delay_ms" --site "$site" --url "$url" \
  --dotnet "$(dotnet --version)" --wget "$(wget --version | head -n 1)" --wget2 "$(wget2 --version | head -n 1)" \
  --commit "$git_head" --src-changes "$git_dirty" --build "$siteopt_build"
