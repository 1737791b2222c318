#!/usr/bin/env bash
# CLI benchmark (issue 15): copy of 1,000 small files twice, get -r of 200 files, against the emulator.
# Usage: pikpak-benchmarks/scripts/cli-benchmark.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl pikpak-benchmarks -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/cli-bench.cp
CP="pikpak-benchmarks/target/classes:$(cat pikpak-benchmarks/target/cli-bench.cp)"
exec java -Xmx512m -cp "$CP" io.github.pikpak4j.benchmarks.cli.CliTreeBenchmark "$@"
