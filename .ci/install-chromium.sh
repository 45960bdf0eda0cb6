#!/usr/bin/env bash
# Installs what the report tests need, from Debian's archive (never a browser downloaded by Playwright):
# chromium for tests/report/report.browser.test.ts, DejaVu fonts for the PNG charts (resvg uses system fonts).
# Idempotent and quiet: does nothing when both are there.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
/usr/bin/chromium --version >/dev/null
