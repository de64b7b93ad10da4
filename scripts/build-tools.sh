#!/usr/bin/env bash
# Build the series' userspace tool, tools/containers/ctn, as a user would
# ("make -C tools/containers"), with warnings as errors, and check on this
# host, whose kernel has no containers, that ctn fails saying what to do.
# The guest runs ctn for real (test_ctn.sh).
#
#   scripts/build-tools.sh     the tree is build/src (scripts/apply.sh) or KTREE=/path
# Last line: "tools: N passed, M failed".
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_pkgs build-essential
tree=${KTREE:-$BUILD_DIR/src}
dir=$tree/tools/containers
[ -f "$dir/ctn.c" ] || die "$dir/ctn.c is missing: run scripts/apply.sh first (or set KTREE)"
passed=0 failed=0
ok() { log "$1"; passed=$((passed + 1)); }
bad() { log "FAILED: $1"; failed=$((failed + 1)); }

log "building ctn with make -C tools/containers (-Werror)"
make -s -C "$dir" clean
if make -s -C "$dir" CFLAGS="-Wall -Wextra -Werror -O2" >"$BUILD_DIR/tools-build.log" 2>&1; then
	ok "ctn builds without warnings"
else
	cat "$BUILD_DIR/tools-build.log" >&2
	bad "ctn does not build cleanly: fix the warnings above"
fi

if [ -x "$dir/ctn" ]; then
	if "$dir/ctn" --help | grep -q '^usage: ctn run'; then
		ok "ctn --help prints the usage"
	else
		bad "ctn --help printed no usage"
	fi
	if [ -d /sys/kernel/config/containers ]; then
		log "this host has containers: the error of a kernel without them is not checked here"
	else
		st=0
		"$dir/ctn" list >/dev/null 2>"$BUILD_DIR/tools-ctn.err" || st=$?
		msg=$(cat "$BUILD_DIR/tools-ctn.err")
		if [ $st -eq 125 ] && printf '%s\n' "$msg" |
			grep -qE "boot a kernel built with .*CONFIG_CONTAINERS=y|configfs is not mounted: run 'mount -t configfs"; then
			ok "ctn list on a kernel without containers: $msg"
		else
			bad "ctn list on a kernel without containers: status $st, '$msg'"
		fi
	fi
fi
make -s -C "$dir" clean
echo "tools: $passed passed, $failed failed"
[ $failed -eq 0 ]
