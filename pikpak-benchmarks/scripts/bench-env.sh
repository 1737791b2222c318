# Sourced by the benchmark scripts (from the repository root): installs curl and aria2c from the Debian packages
# when missing, builds the given modules, and sets BENCH_CP to this tree's classes and their dependencies.
# Usage: . pikpak-benchmarks/scripts/bench-env.sh MODULE[,MODULE...]
if ! command -v curl >/dev/null || ! command -v aria2c >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq curl aria2 >/dev/null
fi
./mvnw -B -q -pl "$1" -am package -DskipTests
CP="$(./mvnw -B -q -pl pikpak-benchmarks dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
# This tree's modules first: build-classpath names the snapshot jars in ~/.m2, which may be another tree's.
MODULES="pikpak-core/target/classes:pikpak-api/target/classes:pikpak-auth/target/classes:pikpak-share/target/classes"
MODULES="$MODULES:pikpak-offline/target/classes:pikpak-testkit/target/classes"
BENCH_CP="pikpak-benchmarks/target/classes:$MODULES:$CP"
