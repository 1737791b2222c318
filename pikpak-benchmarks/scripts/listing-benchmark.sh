#!/usr/bin/env bash
# Listing benchmark (issue 16, item 5): listAll of a 100,000-entry folder and a walk of a 10,000-folder tree against
# a plain OkHttp + Moshi loop over the same pages, interleaved rounds, medians.
# Usage: pikpak-benchmarks/scripts/listing-benchmark.sh [ENTRIES] [FOLDERS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
. pikpak-benchmarks/scripts/bench-env.sh pikpak-benchmarks
exec java -Xmx1g -cp "$BENCH_CP" io.github.pikpak4j.benchmarks.listing.ListingBenchmark "$@"
