#!/usr/bin/env bash
# The worked example of docs/memory.md: four articles written for it, merged, followed and plotted.
set -euo pipefail
cd "$(dirname "$0")"
export SUMMITKIT_DB=sqlite:///$(mktemp -d)/memory.db
summitkit db add 2025-bishkek-outlet-*.txt 2026-dushanbe.txt
summitkit db summits
summitkit db proposals --by Токаев
summitkit db follow консорциум
summitkit db open
summitkit db targets --indicator товарооборот
summitkit db plot targets --indicator товарооборот -o ../../memory-targets.png
