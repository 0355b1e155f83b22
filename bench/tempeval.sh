#!/usr/bin/env sh
# Date resolution benchmark: Parley's TIMEX3 tagging and values on MEANTIME (development set) and TempEval-3
# platinum (test set), scored with the reference TE3 scorer. The data is read from ../shared (or $1); nothing of it
# is in the project. Usage: bench/tempeval.sh [SHARED_DIR] [WORK_DIR]
set -eu
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"
if [ ! -d "$SHARED/benchmarks" ]; then
  echo "Benchmark data missing: $SHARED/benchmarks does not exist (MEANTIME and TempEval-3 platinum are read from there)." >&2
  exit 2
fi
if [ ! -f target/parley.jar ]; then
  ./mvnw -B -q package -DskipTests
fi
shift $(( $# > 0 ? 1 : 0 ))
exec java -cp target/parley.jar parley.timeml.TimexBenchmark "$SHARED" "$@"
