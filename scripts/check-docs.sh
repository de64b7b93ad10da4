#!/usr/bin/env bash
# Check that the reStructuredText the series adds renders: docutils on every
# .rst file a patch adds, any warning or error fails (tables, lists, markup).
# Sphinx-only constructs (:doc:, :ref:, kernel-doc directives) are not used in
# these files; the tree's "make htmldocs" checks the rest.
#
#   scripts/check-docs.sh      the tree is build/src (scripts/apply.sh) or KTREE=/path
# Last line: "docs: N passed, M failed" (one count per file).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_pkgs python3-docutils
tree=${KTREE:-$BUILD_DIR/src}
[ -f "$tree/Makefile" ] || die "$tree is not a kernel tree: run scripts/apply.sh first (or set KTREE)"
mapfile -t patches < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$TOP/series")
mapfile -t files < <(series_added "$TOP/patches" "${patches[@]}" | grep '\.rst$' || true)
[ ${#files[@]} -gt 0 ] || die "the series adds no .rst file: nothing to check?"
passed=0 failed=0
for f in "${files[@]}"; do
	if out=$(python3 -m docutils --halt=2 --report=2 --exit-status=2 "$tree/$f" 2>&1 >/dev/null); then
		log "$f renders"
		passed=$((passed + 1))
	else
		printf '%s\n' "$out" | sed "s|$tree/||" | head -n 30 >&2
		log "$f does not render: fix the reStructuredText above (python3 -m docutils $f)"
		failed=$((failed + 1))
	fi
done
echo "docs: $passed passed, $failed failed"
[ $failed -eq 0 ]
