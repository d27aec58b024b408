#!/bin/sh
# Installs what the end-to-end tests need on a Debian machine: Debian's Chromium.
# Playwright never downloads a browser here; it drives /usr/bin/chromium (see playwright.config.ts).
set -eu
if [ ! -x /usr/bin/chromium ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "Chromium is missing: run as root, or: sudo apt-get install -y chromium" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null
