#!/usr/bin/env bash
# Regenerates every raster icon from parley.svg. Run from anywhere; writes beside this script.
# Needs: rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  # -b none keeps the corners transparent; rsvg renders each size from the vector, not by scaling a bitmap.
  rsvg-convert -b none -w "$size" -h "$size" parley.svg -o "png/parley-$size.png"
done

# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert png/parley-16.png png/parley-24.png png/parley-32.png png/parley-48.png \
        png/parley-64.png png/parley-128.png png/parley-256.png parley.ico

# macOS: png2icns accepts only 16, 32, 48, 128, 256, 512 (and 1024).
png2icns parley.icns png/parley-16.png png/parley-32.png png/parley-48.png \
         png/parley-128.png png/parley-256.png png/parley-512.png >/dev/null

ls -l png parley.ico parley.icns
