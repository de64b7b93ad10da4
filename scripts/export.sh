#!/usr/bin/env bash
# Regenerate patches/ and series from the commits of the scratch tree (base..HEAD).
# patches/0000-cover-letter.patch, which no script applies, keeps its headers and
# text; its shortlog and diffstat are regenerated with the patches.
#
#   scripts/export.sh [DIR]           write patches/ + series (DIR defaults to work/linux)
#   scripts/export.sh --check [DIR]   exit 1 if patches/ or series differ from the commits
set -euo pipefail
. "$(dirname "$0")/lib.sh"

check=0
if [ "${1:-}" = --check ]; then check=1; shift; fi
dir=${1:-$TOP/work/linux}
[ -d "$dir/.git" ] || die "$dir is not the scratch tree: create it with scripts/worktree.sh"
git -C "$dir" rev-parse -q --verify base >/dev/null || die "$dir has no 'base' tag"
[ -z "$(git -C "$dir" status --porcelain --untracked-files=no)" ] ||
	die "$dir has uncommitted changes: commit them (git commit --amend or a fixup) first"

cover=0000-cover-letter.patch
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# --zero-commit and --no-signature keep the files stable across re-exports.
git -C "$dir" format-patch -q --no-renames --zero-commit --no-signature -N -o "$out/patches" base..HEAD
mkdir -p "$out/patches"
(cd "$out/patches" && ls -1 -- *.patch 2>/dev/null || true) >"$out/series"

if [ $check = 1 ]; then
	if diff -r -q -x "$cover" "$out/patches" "$TOP/patches" >/dev/null &&
		cmp -s "$out/series" "$TOP/series"; then
		log "patches/ and series match $dir"
		exit 0
	fi
	diff -r -u -x "$cover" "$TOP/patches" "$out/patches" | head -40 >&2 || true
	diff -u "$TOP/series" "$out/series" >&2 || true
	die "patches/ or series differ from the commits in $dir: run scripts/export.sh"
fi
find "$TOP/patches" -maxdepth 1 -name '*.patch' ! -name "$cover" -delete
cp "$out"/patches/*.patch "$TOP/patches/" 2>/dev/null || true
cp "$out/series" "$TOP/series"
if [ -f "$TOP/patches/$cover" ]; then
	git -C "$dir" format-patch -q --no-renames --zero-commit --no-signature --cover-letter \
		--numbered -o "$out/cover" base..HEAD
	n=$(wc -l <"$out/series")
	# The text ends where the shortlog starts ("Author Name (N):").
	{
		awk '/^[^ ].* \([0-9]+\):$/ { exit } { print }' "$TOP/patches/$cover" |
			sed "1,/^\$/s|^Subject: \[PATCH 00/[0-9]*\]|Subject: [PATCH 00/$n]|"
		awk 'f || /^[^ ].* \([0-9]+\):$/ { f = 1; print }' "$out/cover/$cover"
	} >"$out/cover.patch"
	mv "$out/cover.patch" "$TOP/patches/$cover"
	log "refreshed the shortlog and diffstat of patches/$cover"
fi
log "exported $(wc -l <"$TOP/series") patches from $dir to patches/ and series"
