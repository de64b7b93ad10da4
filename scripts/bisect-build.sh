#!/usr/bin/env bash
# Build every prefix of the series, with CONFIG_CONTAINERS=y and =n, to prove that
# the series bisects. Uses the scratch tree (scripts/worktree.sh); slow, so not
# part of scripts/test.sh: run it before sending the series.
#
#   scripts/bisect-build.sh [DIR]      DIR defaults to work/linux
set -euo pipefail
. "$(dirname "$0")/lib.sh"

dir=${1:-$TOP/work/linux}
[ -d "$dir/.git" ] || die "$dir is not the scratch tree: create it with scripts/worktree.sh"
[ -z "$(git -C "$dir" status --porcelain --untracked-files=no)" ] ||
	die "$dir has uncommitted changes: commit or stash them first"
head=$(git -C "$dir" rev-parse --abbrev-ref HEAD)
mapfile -t commits < <(git -C "$dir" rev-list --reverse base..HEAD)
trap 'git -C "$dir" checkout -q "$head"' EXIT

n=0 bad=0
for c in "${commits[@]}"; do
	n=$((n + 1))
	git -C "$dir" checkout -q "$c"
	subject=$(git -C "$dir" log -1 --format=%s)
	for kind in guest nocontainers; do
		if KTREE=$dir BUILD_DIR=$BUILD_DIR/bisect "$TOP/scripts/build.sh" "$kind" >/dev/null; then
			log "patch $n ($subject): $kind builds"
		else
			log "patch $n ($subject): $kind FAILS to build"
			bad=$((bad + 1))
		fi
	done
done
echo "bisect-build: $((2 * n - bad)) passed, $bad failed"
[ $bad -eq 0 ]
