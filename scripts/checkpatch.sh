#!/usr/bin/env bash
# Run the tree's checkpatch.pl --strict on every patch of the series. Errors, warnings
# and checks all fail, except the few listed with a reason in scripts/checkpatch.exceptions.
#
#   scripts/checkpatch.sh [PATCH...]     default: every patch in series
set -euo pipefail
. "$(dirname "$0")/lib.sh"

tree=${KTREE:-$("$TOP/scripts/get-kernel.sh")}
[ -x "$tree/scripts/checkpatch.pl" ] || die "$tree has no scripts/checkpatch.pl"
exceptions=$TOP/scripts/checkpatch.exceptions

if [ $# -gt 0 ]; then
	patches=("$@")
else
	mapfile -t patches < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$TOP/series")
fi

bad=0
for p in "${patches[@]}"; do
	name=$(basename "$p")
	file=$TOP/patches/$name
	[ -f "$file" ] || file=$p
	[ -f "$file" ] || die "no such patch: $p"
	# Exception lines: "<patch glob> <CHECKPATCH_TYPE> <reason...>"
	ignore=""
	while read -r glob type reason; do
		[ -n "${glob:-}" ] && [ "${glob:0:1}" != "#" ] || continue
		[ -n "${reason:-}" ] || die "$exceptions: the exception '$glob $type' has no reason"
		# shellcheck disable=SC2053
		[[ $name == $glob ]] && ignore+="${ignore:+,}$type"
	done < <(cat "$exceptions" 2>/dev/null || true)
	if ! out=$(cd "$tree" && perl scripts/checkpatch.pl --strict --show-types \
		${ignore:+--ignore "$ignore"} "$file" 2>&1); then
		printf '%s\n' "$out" >&2
		log "checkpatch: $name FAILED"
		bad=$((bad + 1))
	else
		log "checkpatch: $name clean${ignore:+ (ignoring $ignore)}"
	fi
done
total=${#patches[@]}
echo "checkpatch: $((total - bad)) passed, $bad failed"
[ $bad -eq 0 ] || die "$bad of $total patches have checkpatch findings: fix them in the scratch tree (scripts/worktree.sh) and export"
