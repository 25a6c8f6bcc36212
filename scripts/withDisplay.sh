#!/usr/bin/env bash
# Runs a command with a display: the desktop's own, else a virtual one from Xvfb when installed.
if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a "$@"
fi
exec "$@"
