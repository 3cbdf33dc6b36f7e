#!/usr/bin/env bash
# Lighthouse (pinned, fetched by npx into npm's cache, not into the project) against Debian's
# Chromium: prints a Markdown table of the categories for the given pages of a running site.
#   scripts/lighthouse.sh http://127.0.0.1:8000 /fi/ /fi/kaytannot/turun-kulttuuriluotsit/ '/fi/haku/?q=kulttuuri'
set -euo pipefail
LIGHTHOUSE_VERSION=13.5.0
base=${1:?usage: scripts/lighthouse.sh BASE_URL PATH...}; shift
chrome=${CHROME_PATH:-$(command -v chromium || echo /usr/bin/chromium)}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "| Page | Performance | Accessibility | Best practices | SEO |"
echo "| --- | --- | --- | --- | --- |"
for path in "$@"; do
  for attempt in 1 2 3; do  # a trace is now and then lost (NO_NAVSTART): run again
    CHROME_PATH=$chrome npx --yes "lighthouse@$LIGHTHOUSE_VERSION" "$base$path" --quiet \
      --chrome-flags="--headless --no-sandbox --disable-gpu" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$out/report.json" >/dev/null 2>&1 || true
    node -e "process.exit(require('$out/report.json').runtimeError ? 1 : 0)" 2>/dev/null && break
  done
  node -e "
    const r = require('$out/report.json'), c = r.categories, s = (k) => Math.round(c[k].score * 100);
    const misses = Object.values(r.audits).filter((a) => a.score === 0 && ['seo', 'best-practices'].some(
      (k) => c[k].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))).map((a) => a.id);
    console.log('| \`$path\` | ' + [s('performance'), s('accessibility'), s('best-practices'),
      s('seo') + (misses.length ? ' (' + misses.join(', ') + ')' : '')].join(' | ') + ' |');"
done
