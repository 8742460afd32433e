#!/bin/sh
# Installs the udev rule for OBD adapters shipped with the package, then reloads udev.
set -e
rules_source="/opt/NovaEvo Workshop/udev/60-novaevo-obd.rules"
if [ -f "$rules_source" ]; then
  install -m 0644 "$rules_source" /lib/udev/rules.d/60-novaevo-obd.rules
  udevadm control --reload-rules 2>/dev/null || true
  udevadm trigger --subsystem-match=tty 2>/dev/null || true
fi
