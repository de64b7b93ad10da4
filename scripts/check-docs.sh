#!/usr/bin/env bash
# Check that the reStructuredText the series adds or changes renders: docutils
# on every .rst file a patch touches, any warning or error fails (tables,
# lists, markup). The ABI files the series adds must pass the tree's
# scripts/get_abi.pl validate, and cover every attribute of the interface.
# scripts/kernel-doc -none -Wall finds nothing in the C files the series adds
# and nothing new in those it changes.
# Sphinx-only constructs (:doc:, :ref:, kernel-doc directives) are not used in
# these files; the tree's "make htmldocs" checks the rest.
#
#   scripts/check-docs.sh      the tree is build/src (scripts/apply.sh) or KTREE=/path
# Last line: "docs: N passed, M failed" (one count per file).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_pkgs python3-docutils perl
tree=${KTREE:-$BUILD_DIR/src}
[ -f "$tree/Makefile" ] || die "$tree is not a kernel tree: run scripts/apply.sh first (or set KTREE)"
mapfile -t patches < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$TOP/series")
mapfile -t files < <(series_touched "$TOP/patches" "${patches[@]}" | grep '\.rst$' || true)
[ ${#files[@]} -gt 0 ] || die "the series touches no .rst file: nothing to check?"
mapfile -t added < <(series_added "$TOP/patches" "${patches[@]}")
passed=0 failed=0
for f in "${files[@]}"; do
	# A file the series only changes may use Sphinx's own markup, which
	# docutils does not know: "make htmldocs" checks those.
	if ! printf '%s\n' "${added[@]}" | grep -qxF "$f" &&
		grep -q -E '^\.\. (toctree|kernel-doc|only|c:[a-z]+)::|:(doc|ref):`' "$tree/$f"; then
		log "$f has Sphinx-only markup: left to make htmldocs"
		continue
	fi
	if out=$(python3 -m docutils --halt=2 --report=2 --exit-status=2 "$tree/$f" 2>&1 >/dev/null); then
		log "$f renders"
		passed=$((passed + 1))
	else
		printf '%s\n' "$out" | sed "s|$tree/||" | head -n 30 >&2
		log "$f does not render: fix the reStructuredText above (python3 -m docutils $f)"
		failed=$((failed + 1))
	fi
done

# abi_check FILE: the ABI file validates with the tree's scripts/get_abi.pl
# (which prints warnings and exits 0: any output fails), and, for the
# containers' file, every configfs attribute of kernel/container_configfs.c
# has its "What:" entry.
abi_check() {
	local f=$1 dir out attr missing=""
	dir=$(mktemp -d)
	cp "$tree/$f" "$dir/"
	out=$(cd "$tree" && perl scripts/get_abi.pl --dir "$dir" validate 2>&1) || true
	rm -rf "$dir"
	if [ -n "$out" ]; then
		printf '%s\n' "$out" | head -n 30 >&2
		log "$f does not validate: fix the entries above (perl scripts/get_abi.pl --dir DIR validate)"
		return 1
	fi
	[ "${f##*/}" = configfs-containers ] || return 0
	for attr in $(grep -o '&containers\?_attr_[a-z_]*' "$tree/kernel/container_configfs.c"); do
		case $attr in
		'&containers_attr_'*) attr=/sys/kernel/config/containers/${attr#&containers_attr_} ;;
		*) attr=/sys/kernel/config/containers/\<name\>/${attr#&container_attr_} ;;
		esac
		grep -qxF "What:		$attr" "$tree/$f" || missing="$missing $attr"
	done
	if [ -n "$missing" ]; then
		log "$f has no entry for:$missing: add them"
		return 1
	fi
}

for f in "${added[@]}"; do
	case $f in Documentation/ABI/*) ;; *) continue ;; esac
	if abi_check "$f"; then
		log "$f validates"
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
	fi
done
# kernel_doc_check: scripts/kernel-doc -none -Wall says nothing about the
# C files the series adds, and nothing new about those it changes (the
# warnings of the pristine tree's version, line numbers aside, are upstream's).
kernel_doc_check() {
	local pristine f out new="" warn
	pristine=$("$TOP/scripts/get-kernel.sh")
	for f in $(series_touched "$TOP/patches" "${patches[@]}" | grep -E '\.[ch]$' |
		grep -v '^tools/' || true); do
		[ -f "$tree/$f" ] || continue
		out=$(cd "$tree" && perl scripts/kernel-doc -none -Wall "$f" 2>&1 |
			sed 's/:[0-9]*: /: /' | sort) || true
		[ -n "$out" ] || continue
		if [ -f "$pristine/$f" ]; then
			warn=$(comm -23 <(printf '%s\n' "$out") <(cd "$pristine" &&
				perl "$tree/scripts/kernel-doc" -none -Wall "$f" 2>&1 |
				sed 's/:[0-9]*: /: /' | sort))
		else
			warn=$out
		fi
		[ -z "$warn" ] || new="$new$warn"$'\n'
	done
	if [ -n "$new" ]; then
		printf '%s' "$new" | head -n 30 >&2
		log "kernel-doc warns about the series' comments above: fix them (scripts/kernel-doc -none -Wall FILE)"
		return 1
	fi
}

if kernel_doc_check; then
	log "kernel-doc -Wall: nothing new in the files the series adds or changes"
	passed=$((passed + 1))
else
	failed=$((failed + 1))
fi
echo "docs: $passed passed, $failed failed"
[ $failed -eq 0 ]
