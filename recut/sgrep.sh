#!/usr/bin/env bash
# sgrep.sh PATTERN FILE: how many lines match PATTERN in FILE at each target
# of the re-cut (work/recut, branch wip), to find the range a fix needs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
p=$1 f=$2
cd "$here/../work/recut"
git log --reverse --format='%H %s' base..wip | tail -n +7 | while read -r h s; do
	k=$(grep -F "| $s" "$here/map.txt" | cut -d' ' -f1)
	printf '%2d %s\n' "$k" "$(git show "$h:$f" 2>/dev/null | grep -c -- "$p" || true)"
done | paste -sd' '
