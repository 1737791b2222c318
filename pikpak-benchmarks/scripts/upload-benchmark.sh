#!/usr/bin/env bash
# Upload benchmark (issue 4): GCID vs sequential SHA-1 on 1 GiB, SDK vs curl -T on 256 MiB to the
# emulator's OSS endpoint, heap above idle. Usage: pikpak-benchmarks/scripts/upload-benchmark.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v curl >/dev/null 2>&1; then
  apt-get install -y curl
fi
./mvnw -B -q -pl pikpak-benchmarks -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/upload-bench.cp
CP="pikpak-benchmarks/target/classes:$(cat pikpak-benchmarks/target/upload-bench.cp)"
exec java -Xmx512m -cp "$CP" io.github.pikpak4j.benchmarks.upload.UploadBenchmark "$@"
