#!/bin/sh
# Builds public/ from source/ with Hugo (Debian's hugo 0.111, extended). Tests read public/ only:
# they never need Hugo. Run from this folder after changing source/, and commit public/.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/source/assets/images"
# The banner is one of the sample site's photos; Hugo scales it down to 640 px wide.
cp "$here/../../../../../sample-site/images/gallery/bridge-cables.jpg" "$here/source/assets/images/banner.jpg"
rm -rf "$here/public" "$here/source/resources"
hugo --quiet --source "$here/source" --destination "$here/public"
rm -rf "$here/source/assets/images" "$here/source/resources" "$here/source/.hugo_build.lock"
