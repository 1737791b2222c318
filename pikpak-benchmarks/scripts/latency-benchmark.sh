#!/usr/bin/env bash
# Downloads at internet latency (issue 16; see pikpak-benchmarks/README.md, "Download at latency").
# Usage: pikpak-benchmarks/scripts/latency-benchmark.sh [sizeMiB=64] [capBytesPerSecond=4000000] [rounds=2] [latenciesMs=0,20,100,300]
set -euo pipefail
cd "$(dirname "$0")/../.."
. pikpak-benchmarks/scripts/bench-env.sh pikpak-benchmarks,pikpak-examples
# Files go to PIKPAK_BENCH_DIR when set, else a new directory under /dev/shm (else under the temp dir).
java -Xms256m -Xmx512m -XX:+UseG1GC -cp "$BENCH_CP" \
  io.github.pikpak4j.benchmarks.download.LatencyBenchmark "${1:-64}" "${2:-4000000}" "${3:-2}" "${4:-0,20,100,300}" \
  "$PWD/pikpak" ${PIKPAK_BENCH_DIR:+"$PIKPAK_BENCH_DIR"}
