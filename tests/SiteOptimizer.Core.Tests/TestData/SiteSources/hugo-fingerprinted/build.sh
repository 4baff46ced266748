#!/bin/sh
# Rebuilds ../../Sites/hugo-fingerprinted from this source with Debian's hugo (0.111).
set -eu
cd "$(dirname "$0")"
hugo --quiet --source . --destination ../../Sites/hugo-fingerprinted --cleanDestinationDir
rm -rf resources .hugo_build.lock
