#!/usr/bin/env bash
# Runs clients nobody here wrote against `pikpak serve` on the embedded emulator (sandbox): litmus (WebDAV
# compliance), rclone's WebDAV backend, curl (redirects, ranges) and headless Chromium (a screenshot of the HTML
# listing). Not part of CI. Needs root for apt-get, and pikpak-examples/target/pikpak.jar (./mvnw -pl pikpak-examples
# -am package -DskipTests). Usage: pikpak-server/scripts/real-clients.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${1:-18181}"
JAR=pikpak-examples/target/pikpak.jar
OUT=pikpak-server/target/real-clients
[ -f "$JAR" ] || { echo "build $JAR first" >&2; exit 2; }
need=()
for tool in litmus rclone chromium curl; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ "${#need[@]}" -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi
rm -rf "$OUT" && mkdir -p "$OUT/home" "$OUT/src/sub" "$OUT/back"
PID=
serve() { # MODE
  stop
  HOME="$PWD/$OUT/home" java -jar "$JAR" --sandbox serve --addr "127.0.0.1:$PORT" --mode "$1" \
    2>"$OUT/serve-$1.log" >/dev/null &
  PID=$!
  for _ in $(seq 100); do grep -q '^serving http' "$OUT/serve-$1.log" 2>/dev/null && return 0; sleep 0.2; done
  echo "the server did not start" >&2; cat "$OUT/serve-$1.log" >&2; exit 1
}
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi; }
trap stop EXIT
URL="http://127.0.0.1:$PORT"

echo "== curl, redirect mode"
serve redirect
curl -s -o /dev/null -w "GET file: %{http_code}, Location host %{redirect_url}\n" "$URL/Videos/sample-video.mp4" \
  | sed -E 's#(https?://[^/]+)/[^ ]*#\1/...#'
curl -s -o /dev/null -w "HEAD file: %{http_code}, %{size_header} header bytes\n" -I "$URL/Videos/sample-video.mp4"

echo "== curl, proxy mode"
serve proxy
curl -s -o /dev/null -w "GET Range bytes=100-199: %{http_code}, %{size_download} bytes\n" -H 'Range: bytes=100-199' \
  "$URL/Videos/sample-video.mp4"
curl -s -o /dev/null -w "GET Range bytes=999999999-: %{http_code}\n" -H 'Range: bytes=999999999-' \
  "$URL/Videos/sample-video.mp4"
curl -s -o /dev/null -w "GET /%%2e%%2e/: %{http_code}\n" --path-as-is "$URL/Videos/%2e%2e/"

echo "== litmus"
curl -s -o /dev/null -X MKCOL "$URL/litmus/"
for suite in basic copymove props locks http; do
  (cd "$OUT" && TESTS="$suite" litmus "$URL/litmus/" >"litmus-$suite.log" 2>&1) || true  # debug.log lands there
  grep -E 'summary|FAIL' "$OUT/litmus-$suite.log" || true
done

echo "== rclone (webdav backend)"
export RCLONE_CONFIG_PP_TYPE=webdav RCLONE_CONFIG_PP_URL="$URL/" RCLONE_CONFIG_PP_VENDOR=other
head -c 3000000 /dev/urandom >"$OUT/src/a.bin"; echo hello >"$OUT/src/sub/b.txt"
head -c 100000 /dev/urandom >"$OUT/src/sub/c.bin"
step() { local name=$1; shift; if "$@" >>"$OUT/rclone.log" 2>&1; then echo "rclone $name: ok"; else echo "rclone $name: FAILED"; fi; }
step "lsjson -R" rclone lsjson -R pp:Documents
step mkdir rclone mkdir pp:rc
step "copy up" rclone copy "$OUT/src" pp:rc/up
step "copy down" rclone copy pp:rc/up "$OUT/back"
step check rclone check "$OUT/src" pp:rc/up
step "local compare" diff -r "$OUT/src" "$OUT/back"
step moveto rclone moveto pp:rc/up/sub/b.txt pp:rc/up/b2.txt
step delete rclone delete pp:rc
echo "rclone lsf -R after delete: $(rclone lsf -R pp:rc 2>/dev/null | tr '\n' ' ')"

echo "== chromium"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,520 \
  --screenshot="$PWD/$OUT/listing.png" "$URL/Videos/" >/dev/null 2>&1 || true
[ -f "$OUT/listing.png" ] && echo "screenshot: $OUT/listing.png"
