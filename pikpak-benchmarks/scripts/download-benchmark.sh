#!/usr/bin/env bash
# End-to-end download benchmark (see pikpak-benchmarks/README.md, "Download").
# Usage: pikpak-benchmarks/scripts/download-benchmark.sh [sizeMiB=512] [capBytesPerSecond=20000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v curl >/dev/null || ! command -v aria2c >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq curl aria2 >/dev/null
fi
./mvnw -B -q -pl pikpak-benchmarks -am package -DskipTests
CP="$(./mvnw -B -q -pl pikpak-benchmarks dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
# Files go to PIKPAK_BENCH_DIR when set, else a new directory under /dev/shm (else under the temp dir).
java -Xms256m -Xmx512m -XX:+UseG1GC -cp "pikpak-benchmarks/target/classes:$CP" \
  io.github.pikpak4j.benchmarks.download.DownloadBenchmark "${1:-512}" "${2:-20000000}" ${PIKPAK_BENCH_DIR:+"$PIKPAK_BENCH_DIR"}
