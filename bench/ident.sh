#!/usr/bin/env bash
# bench/ident.sh BUILD OUTDIR [SHARED]: `events --json` of the dev corpus, the seeds and every extraction fixture,
# each set imported into a store of its own, so two builds can be compared byte for byte (`diff -r OUT1 OUT2`) after a
# change meant to keep the output. BUILD is a jar or a classes folder; run from the project root; SHARED defaults to
# ../shared.
set -euo pipefail
BUILD="$1"; OUT="$2"; SHARED="${3:-../shared}"
mkdir -p "$OUT"
if [ -f "$BUILD" ]; then
  CMD=(java -XX:TieredStopAtLevel=1 -jar "$BUILD")
else
  CP_FILE=$(mktemp); ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
  CMD=(java -XX:TieredStopAtLevel=1 -cp "$BUILD:$(cat "$CP_FILE")" parley.Main); rm -f "$CP_FILE"
fi
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
"${CMD[@]}" import --db="$D/dev" "$SHARED"/corpus/dev/[a-c][0-9][0-9].* >/dev/null 2>&1
"${CMD[@]}" events --json --db="$D/dev" > "$OUT/dev.json"
"${CMD[@]}" import --db="$D/seeds" "$SHARED"/seeds/*.txt >/dev/null 2>&1
"${CMD[@]}" events --json --db="$D/seeds" > "$OUT/seeds.json"
mapfile -t FIXTURES < <(find src/test/resources/parley/extract -type f \( -name '*.txt' -o -name '*.html' -o -name '*.md' -o -name '*.eml' \) | sort)
"${CMD[@]}" import --db="$D/fx" "${FIXTURES[@]}" >/dev/null 2>&1
"${CMD[@]}" events --json --db="$D/fx" > "$OUT/fixtures.json"
wc -c "$OUT"/*.json
