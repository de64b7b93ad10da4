#!/usr/bin/env bash
# Make the contributor's scratch git tree: the pristine 6.12 tree as commit `base`,
# then every patch of `series` as one commit (git am). Edit there, then run
# scripts/export.sh to regenerate patches/ and series.
#
#   scripts/worktree.sh [--force] [DIR]     DIR defaults to work/linux (git-ignored)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

force=0
if [ "${1:-}" = --force ]; then force=1; shift; fi
dir=${1:-$TOP/work/linux}

if [ -e "$dir" ]; then
	[ $force = 1 ] || die "$dir exists: export its work first (scripts/export.sh), then rerun with --force to recreate it"
	rm -rf "$dir"
fi
need_pkgs git
pristine=$("$TOP/scripts/get-kernel.sh")
log "copying $pristine to $dir"
mkdir -p "$(dirname "$dir")"
cp -a "$pristine" "$dir"
chmod -R u+w "$dir"
rm -f "$dir/.extracted"

ver=$(make -s -C "$dir" kernelversion)
export GIT_COMMITTER_NAME=${GIT_COMMITTER_NAME:-$(git config user.name || echo "Containers Developer")}
export GIT_COMMITTER_EMAIL=${GIT_COMMITTER_EMAIL:-$(git config user.email || echo "containers@localhost")}
# Debian's top-level .gitignore ignores every top-level path ("/*"), which would
# hide new files from git add; the scratch tree drops those two lines in base.
sed -i -e '\|^/\*$|d' -e '\|^!/debian/$|d' "$dir/.gitignore"
log "committing the pristine tree as base (takes a minute)"
git -C "$dir" init -q -b containers
git -C "$dir" add -A -f .
git -C "$dir" -c user.name="$GIT_COMMITTER_NAME" -c user.email="$GIT_COMMITTER_EMAIL" \
	commit -q -m "Linux $ver (pristine, $(basename "$pristine"))"
git -C "$dir" tag base

n=0
while IFS= read -r p; do
	p=${p%%#*}; p=$(echo "$p" | xargs)
	[ -n "$p" ] || continue
	git -C "$dir" am -q --whitespace=nowarn "$TOP/patches/$p" ||
		die "git am of patches/$p failed in $dir: fix it there (git am --show-current-patch), then git am --continue and export"
	n=$((n + 1))
done <"$TOP/series"
log "$dir: base + $n commits on branch containers; edit, commit, then scripts/export.sh"
