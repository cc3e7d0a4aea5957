#!/usr/bin/env bash
# Screenshot a page of a running PolyEval with Debian's headless chromium.
# Usage: scripts/screenshot.sh [URL] [OUT.png]   (default: the demo's leaderboard -> docs/leaderboard.png)
set -euo pipefail
url=${1:-http://127.0.0.1:8000/}
out=${2:-docs/leaderboard.png}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1200,900 \
  --virtual-time-budget=5000 --screenshot="$(realpath -m "$out")" "$url" 2>/dev/null
echo "wrote $out"
