#!/usr/bin/env bash
# End-to-end download benchmark (see pikpak-benchmarks/README.md, "Download").
# Usage: pikpak-benchmarks/scripts/download-benchmark.sh [sizeMiB=512] [capBytesPerSecond=20000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
. pikpak-benchmarks/scripts/bench-env.sh pikpak-benchmarks
# Files go to PIKPAK_BENCH_DIR when set, else a new directory under /dev/shm (else under the temp dir).
java -Xms256m -Xmx512m -XX:+UseG1GC -cp "$BENCH_CP" \
  io.github.pikpak4j.benchmarks.download.DownloadBenchmark "${1:-512}" "${2:-20000000}" ${PIKPAK_BENCH_DIR:+"$PIKPAK_BENCH_DIR"}
