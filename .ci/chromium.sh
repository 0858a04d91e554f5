#!/usr/bin/env bash
# Browser tests (crosscheck-server's BrowserTest): Debian's Chromium and its driver, installed when missing.
# Called by .ci/run's "tools" step. The tests start Chromium headless themselves, on 127.0.0.1 only.
set -euo pipefail
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "installing Debian's chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
/usr/bin/chromium --version
/usr/bin/chromedriver --version
