#!/usr/bin/env bash
# Apply the series (in `series` order) to a Linux 6.12 tree, quilt style.
#
#   scripts/apply.sh [TREE]            apply; TREE defaults to build/src, a copy of
#                                      the pristine tree from scripts/get-kernel.sh
#   scripts/apply.sh --check [TREE]    apply to a throw-away copy of TREE (default: the
#                                      pristine tree) and only report
#   scripts/apply.sh --unapply [TREE]  reverse what an earlier run applied to TREE
#
# Patches apply with `patch -p1 -F0` (no fuzz). What was applied is recorded in
# TREE/.containers-applied/ so that a later run can unapply it or see that the tree is
# already up to date.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

mode=apply
case "${1:-}" in
--check) mode=check; shift ;;
--unapply|-R) mode=unapply; shift ;;
-h|--help) sed -n '2,13p' "$0"; exit 0 ;;
-*) die "unknown option $1 (see --help)" ;;
esac
tree=${1:-}

series_patches() {
	local line
	while IFS= read -r line || [ -n "$line" ]; do
		line=${line%%#*}
		line=$(echo "$line" | xargs)
		[ -n "$line" ] || continue
		[ -f "$TOP/patches/$line" ] || die "series names patches/$line, which does not exist"
		echo "$line"
	done <"$TOP/series"
}

# apply_one TREE PATCHFILE NAME [-R]: apply or reverse one patch; on failure the tree
# is left untouched and the rejected hunks are printed.
apply_one() {
	local t=$1 p=$2 name=$3 rev=${4:-} out scratch f
	if out=$(patch -d "$t" -p1 -F0 -N --dry-run --no-backup-if-mismatch ${rev:+"$rev"} <"$p" 2>&1); then
		patch -d "$t" -p1 -F0 -N -s --no-backup-if-mismatch ${rev:+"$rev"} <"$p" >/dev/null
		return 0
	fi
	printf '%s\n' "$out" | sed 's/^/    /' >&2
	scratch=$(mktemp -d)
	touched_files "$p" | while read -r f; do
		[ -e "$t/$f" ] || continue
		mkdir -p "$scratch/$(dirname "$f")"
		cp "$t/$f" "$scratch/$f"
	done
	patch -d "$scratch" -p1 -F0 -N --no-backup-if-mismatch ${rev:+"$rev"} <"$p" >/dev/null 2>&1 || true
	find "$scratch" -name '*.rej' | sort | while read -r f; do
		echo "---- rejected hunk(s) in ${f#"$scratch"/}:" >&2
		cat "$f" >&2
	done
	rm -rf "$scratch"
	die "patch $name does not apply to $t${rev:+ in reverse} (fuzz 0): rebase it in scripts/worktree.sh's tree and run scripts/export.sh"
}

# The files a patch touches (for --check copies).
touched_files() {
	sed -n -e 's|^--- a/\([^[:space:]]*\).*|\1|p' -e 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$@" | sort -u
}

unapply() {
	local t=$1 rec=$1/.containers-applied n
	[ -f "$rec/applied" ] || { log "nothing recorded as applied in $t"; return 0; }
	mapfile -t done_list <"$rec/applied"
	for ((n = ${#done_list[@]} - 1; n >= 0; n--)); do
		apply_one "$t" "$rec/${done_list[n]}" "${done_list[n]}" -R
		sed -i "$((n + 1))d" "$rec/applied"
		rm -f "$rec/${done_list[n]}"
	done
	rm -rf "$rec"
	log "unapplied ${#done_list[@]} patches from $t"
}

mapfile -t patches < <(series_patches)

case $mode in
check)
	[ -n "$tree" ] || tree=$("$TOP/scripts/get-kernel.sh")
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	# Only the files the series touches are needed to check that it applies.
	mkdir -p "$tmp/patch" "$tmp/am"
	(cd "$TOP/patches" && touched_files "${patches[@]}") | while read -r f; do
		[ -e "$tree/$f" ] || continue
		mkdir -p "$tmp/patch/$(dirname "$f")"
		cp "$tree/$f" "$tmp/patch/$f"
	done
	cp -a "$tmp/patch/." "$tmp/am/"
	for p in "${patches[@]}"; do apply_one "$tmp/patch" "$TOP/patches/$p" "$p"; done
	log "all ${#patches[@]} patches apply to $tree with patch -p1 and no fuzz"
	# The same files must also apply with git am.
	git -C "$tmp/am" init -q
	git -C "$tmp/am" add -A -f .
	git -C "$tmp/am" -c user.name=check -c user.email=check@localhost commit -q --allow-empty -m base
	for p in "${patches[@]}"; do
		GIT_COMMITTER_NAME=check GIT_COMMITTER_EMAIL=check@localhost \
			git -C "$tmp/am" am -q "$TOP/patches/$p" >"$tmp/am.log" 2>&1 || {
			cat "$tmp/am.log" >&2
			die "git am rejects $p: regenerate it with scripts/export.sh"
		}
	done
	log "all ${#patches[@]} patches apply with git am"
	;;
unapply)
	[ -n "$tree" ] || tree=$BUILD_DIR/src
	unapply "$tree"
	;;
apply)
	if [ -z "$tree" ]; then
		tree=$BUILD_DIR/src
		if [ ! -f "$tree/Makefile" ]; then
			pristine=$("$TOP/scripts/get-kernel.sh")
			log "copying $pristine to $tree"
			mkdir -p "$BUILD_DIR"
			rm -rf "$tree.tmp"
			cp -a "$pristine" "$tree.tmp"
			chmod -R u+w "$tree.tmp"
			rm -f "$tree.tmp/.extracted"
			mv "$tree.tmp" "$tree"
		fi
	fi
	[ -f "$tree/Makefile" ] || die "$tree is not a kernel tree"
	rec=$tree/.containers-applied
	if [ -f "$rec/applied" ]; then
		same=1
		if [ "$(cat "$rec/applied")" != "$(printf '%s\n' "${patches[@]}")" ]; then
			same=0
		else
			for p in "${patches[@]}"; do
				cmp -s "$rec/$p" "$TOP/patches/$p" || { same=0; break; }
			done
		fi
		if [ $same = 1 ]; then
			log "$tree already has the series applied (${#patches[@]} patches)"
			echo "$tree"
			exit 0
		fi
		log "$tree has an older version of the series: unapplying it first"
		unapply "$tree"
	fi
	mkdir -p "$rec"
	: >"$rec/applied"
	for p in "${patches[@]}"; do
		apply_one "$tree" "$TOP/patches/$p" "$p"
		cp "$TOP/patches/$p" "$rec/$p"
		echo "$p" >>"$rec/applied"
		log "applied $p"
	done
	log "applied ${#patches[@]} patches to $tree"
	echo "$tree"
	;;
esac
