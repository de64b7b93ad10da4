#!/usr/bin/env bash
# Rebuild the re-cut series (branch "recut" of work/linux, and "wip" of
# work/recut) from the old series (branch "old" of work/linux), map.txt and
# fixes/. Ends with "final tree SAME" when the last target's tree is the old
# series' final tree.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
lin=$top/work/linux rc=$top/work/recut
git -C "$lin" rev-parse -q --verify old >/dev/null ||
	{ echo "regen: work/linux has no branch 'old': see recut/README" >&2; exit 1; }
echo "regen: weaving $(git -C "$lin" rev-list --count base..old) commits into the targets of map.txt"
python3 "$here/weave.py" "$lin" base old "$here/map.txt" refs/heads/recut | sed -n '/^final tree/,$p'
if [ ! -d "$rc/.git" ]; then
	git clone -q -s "$lin" "$rc"
	git -C "$rc" tag -f base "$(git -C "$lin" rev-parse base)" >/dev/null
fi
git -C "$rc" fetch -q "$lin" recut
git -C "$rc" checkout -q --detach
git -C "$rc" branch -f wip FETCH_HEAD
echo "regen: work/recut branch wip = $(git -C "$rc" log --oneline -1 wip)"
