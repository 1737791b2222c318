#!/usr/bin/env bash
# Listing benchmark (issue 16, item 5): listAll of a 100,000-entry folder and a walk of a 10,000-folder tree against
# a plain OkHttp + Moshi loop over the same pages, interleaved rounds, medians;
# and the same walk as whole processes (pikpak ls -r through ./pikpak, the plain walk in a JVM of its own).
# Usage: pikpak-benchmarks/scripts/listing-benchmark.sh [ENTRIES=100000] [FOLDERS=10000] [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
. pikpak-benchmarks/scripts/bench-env.sh pikpak-benchmarks,pikpak-examples
exec java -Xmx1g -cp "$BENCH_CP" io.github.pikpak4j.benchmarks.listing.ListingBenchmark "${1:-100000}" "${2:-10000}" \
  "${3:-3}" "$PWD/pikpak"
