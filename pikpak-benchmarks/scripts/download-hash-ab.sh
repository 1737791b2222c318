#!/usr/bin/env bash
# GCID hashing A/B (issue 16, item 4): the download benchmark run with this tree's pikpak-core and with
# BlockDigests + TransfersImpl compiled from BASE (default: bddd400, read-back hashing into a new heap buffer per
# block, the commit before the reused direct buffers; earlier baselines: 0799cbd, block copies, and 63cf178~1, one
# hashing thread, which no longer compiles against today's Transfers), alternately,
# in one script run. Read the "uncapped loopback, file server" rows (SDK 1 connection verify / curl).
# Usage: pikpak-benchmarks/scripts/download-hash-ab.sh [sizeMiB=256] [capBytesPerSecond=2000000000] [pairs=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE="${BASE:-bddd400}"
. pikpak-benchmarks/scripts/bench-env.sh pikpak-benchmarks
OLD=target/hash-baseline
rm -rf "$OLD" && mkdir -p "$OLD/src" "$OLD/classes"
for f in BlockDigests TransfersImpl; do
  git show "$BASE:pikpak-core/src/main/java/io/github/pikpak4j/core/internal/$f.java" > "$OLD/src/$f.java"
done
javac -nowarn -proc:none -d "$OLD/classes" -cp "$BENCH_CP" "$OLD"/src/*.java
DIR="${PIKPAK_BENCH_DIR:-}"
for i in $(seq "${3:-2}"); do
  for variant in baseline current; do
    CP="$BENCH_CP"; [ "$variant" = baseline ] && CP="$OLD/classes:$BENCH_CP"
    echo "=== round $i: $variant hashing ($(cut -d' ' -f1-3 /proc/loadavg) load)"
    java -Xms256m -Xmx512m -XX:+UseG1GC -cp "$CP" \
      io.github.pikpak4j.benchmarks.download.DownloadBenchmark "${1:-256}" "${2:-2000000000}" ${DIR:+"$DIR"}
  done
done
