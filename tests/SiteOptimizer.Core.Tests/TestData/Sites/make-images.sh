#!/bin/sh
# Makes the fixture sites' photographs: small real JPEGs with texture (ImageMagick's fractal
# plasma, blurred so they compress like photos), large enough that siteopt writes AVIF and WebP
# variants and narrower widths. Re-running it changes the pixels (plasma is random); the tests
# compare each site with its own optimized copy, so any run's images will do.
set -eu
cd "$(dirname "$0")"
photo() { # size seed output
  mkdir -p "$(dirname "$3")"
  convert -seed "$2" -size "$1" plasma:fractal -blur 0x2 -quality 82 "$3"
}
photo 800x400  11 full-width-banner/images/banner.jpg
photo 480x320  12 full-width-banner/images/pic01.jpg
photo 1200x520 21 inline-style-hero/assets/img/home-bg.jpg
photo 1200x520 22 inline-style-hero/assets/img/post-bg.jpg
photo 640x360  23 inline-style-hero/assets/img/post-sample.jpg
photo 1200x700 31 gradient-hero/assets/img/bg-masthead.jpg
photo 600x400  32 gradient-hero/assets/img/portfolio-1.jpg
photo 600x400  33 gradient-hero/assets/img/portfolio-2.jpg
photo 600x400  34 gradient-hero/assets/img/portfolio-3.jpg
photo 900x420  35 gradient-hero/assets/img/showcase.jpg
photo 720x400  41 own-domain/images/lighthouse.jpg
photo 720x400  42 own-domain/images/harbour.jpg
photo 760x420  51 ../SiteSources/hugo-fingerprinted/static/images/ridge.jpg
