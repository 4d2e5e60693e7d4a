#!/usr/bin/env bash
# Installs what the tests need on Debian (PostgreSQL, Chromium, an SMTP server for mail tests, nginx for the
# two-instance deployment test),
# then starts PostgreSQL for them. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for pkg in postgresql chromium python3-aiosmtpd nginx; do
  dpkg -s "$pkg" > /dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" > /dev/null
fi
bash scripts/start-postgres.sh
