#!/usr/bin/env bash
# `npm run example` on a fresh machine: installs what is missing (Debian's Chromium, the npm
# packages), builds dist/chrome and dist/firefox, and runs Gloss on the example article.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "Installing Chromium from Debian (needs root)..."
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build
npx tsx scripts/run-example.ts
