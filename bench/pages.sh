#!/usr/bin/env bash
# Page comparison over any sites: each folder is optimized once (default options), then every
# HTML page is viewed in headless Chromium before and after, on the phone (412×823 at 1.75×) and
# desktop (1350×940) screens of the estimate's profiles, and compared as the page tests compare
# them (tests/SiteOptimizer.Core.Tests/Browser/PageComparisonTests.cs, the same code):
#
#   view ΔE00 / view changed %   the first viewport's mean CIEDE2000 and % of pixels ΔE00 > 10
#   page ΔE00 / page changed %   the same over the full page, scrolled through (lazy images loaded)
#   boxes moved                  <img>s and url() backgrounds moved or resized by more than 0.5 px
#   sheets lost / new errors     stylesheets no longer applied; failed resources and console
#                                errors the original page did not have
#
# A page passes ("same") within the thresholds of ScreenshotDifference (mean ΔE00 ≤ 1, ≤ 0.5 %
# of pixels changed) with nothing moved, lost or failing.
#
#   bench/pages.sh FOLDER...            e.g. bench/pages.sh sample-site ../shared/corpus/*
#
# Needs the .NET 10 SDK and Chromium (/usr/bin/chromium or SITEOPTIMIZER_CHROMIUM). Requests
# to the site's own domain (its <link rel="canonical">) are answered from the folder; any other
# host is blocked, in both views alike. The table goes to bench/results/pages.tsv; screenshots of
# pages that differ are kept in $TMPDIR/siteopt-screenshots/.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
if (($# == 0)) || [[ "$1" == -h || "$1" == --help ]]; then
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
  exit $((($# == 0) ? 2 : 0))
fi
folders=()
for folder in "$@"; do
  if [[ -d "$folder" ]]; then
    folders+=("$(cd "$folder" && pwd)")
  else
    echo "skipping $folder: not a folder" >&2
  fi
done
((${#folders[@]})) || { echo "no folder to compare" >&2; exit 2; }

mkdir -p "$bench/results"
report="$bench/results/pages.tsv"
: >"$report"
log="$bench/results/pages.log"
echo "Comparing ${#folders[@]} site(s); test log in $log" >&2
status=0
SITEOPT_PAGE_SITES="$(IFS=:; echo "${folders[*]}")" SITEOPT_PAGE_REPORT="$report" \
  dotnet test "$repo/tests/SiteOptimizer.Core.Tests" --filter "FullyQualifiedName~Browser.PageComparisonTests" \
  --logger "console;verbosity=normal" >"$log" 2>&1 || status=$?

{
  printf 'site\t%s\n' "$(sed -n 's/^.*ReportHeader = "\(.*\)";$/\1/p' "$repo/tests/SiteOptimizer.Core.Tests/Browser/Comparison/PageComparison.cs" | sed 's/\\t/\t/g')"
  sort -t$'\t' -k1,1 -k2,2 -k3,3 "$report"
} | cut -f1-11 | column -t -s$'\t'
echo
awk -F'\t' '{ n++; if ($4 == "same") same++ } END { printf "%d page views compared, %d the same, %d different\n", n, same, n - same }' "$report"
awk -F'\t' '$4 != "same" && $12 != "" { print $1 "/" $2 " (" $3 "): " $12 }' "$report" | sort | cut -c1-400
if ((status != 0)) && ! [[ -s "$report" ]]; then
  echo "dotnet test failed before comparing anything: see $log" >&2
  exit "$status"
fi
