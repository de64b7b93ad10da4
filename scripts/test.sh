#!/usr/bin/env bash
# The project's test command: from a fresh Debian 12 machine to a full test run.
#
#   scripts/test.sh
#
# Stages: dependencies, kernel, apply, checkpatch, build with CONFIG_CONTAINERS=n,
# KUnit (UML and x86_64), in-guest tests on the normal kernel and on the debug kernel.
# Each stage prints its progress and time; the last line is "N passed, M failed" and
# the exit status is non-zero on any failure. Logs are in build/logs/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

LOGS=$BUILD_DIR/logs
mkdir -p "$LOGS"
passed=0
failed=0
failures=()
timings=()
t0=$SECONDS

# add_counts "LINE": add the "N passed, M failed" a sub-script printed last.
add_counts() {
	local p f
	p=$(echo "$1" | sed -n 's/.* \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
	f=$(echo "$1" | sed -n 's/.* \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
	passed=$((passed + ${p:-0}))
	failed=$((failed + ${f:-0}))
}

# stage NAME FATAL CMD...: run one stage, log to build/logs/NAME.log, time it, count it.
# A stage whose last output line is "... N passed, M failed" contributes those counts;
# otherwise it counts as one test. A failed FATAL stage stops the run.
stage() {
	local name=$1 fatal=$2 start status last
	shift 2
	log "stage $name: $*"
	start=$SECONDS
	set +e
	"$@" >"$LOGS/$name.log" 2> >(tee -a "$LOGS/$name.err" | sed -u 's/^/    /' >&2)
	status=$?
	set -e
	wait
	timings+=("$(printf '%-20s %5d s  %s' "$name" $((SECONDS - start)) "$([ $status -eq 0 ] && echo ok || echo FAILED)")")
	last=$(cat "$LOGS/$name.log" "$LOGS/$name.err" 2>/dev/null | grep -E "[0-9]+ passed, [0-9]+ failed" | tail -n 1 || true)
	if [ -n "$last" ]; then
		add_counts "$last"
		if [ $status -ne 0 ] && ! echo "$last" | grep -qE ' [1-9][0-9]* failed'; then
			failed=$((failed + 1))
		fi
	elif [ $status -eq 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
	fi
	if [ $status -ne 0 ]; then
		failures+=("$name (log: $LOGS/$name.log, $LOGS/$name.err)")
		log "stage $name FAILED after $((SECONDS - start)) s"
		[ "$fatal" = fatal ] && finish
	else
		log "stage $name ok ($((SECONDS - start)) s)"
	fi
	return 0
}

finish() {
	echo
	echo "Stage timings (total $((SECONDS - t0)) s):"
	printf '  %s\n' "${timings[@]}"
	if [ ${#failures[@]} -gt 0 ]; then
		echo "Failed stages:"
		printf '  %s\n' "${failures[@]}"
	fi
	echo "$passed passed, $failed failed"
	[ $failed -eq 0 ] && [ ${#failures[@]} -eq 0 ] && exit 0
	exit 1
}

rm -f "$LOGS"/*.log "$LOGS"/*.err
deps() { need_pkgs "${BUILD_PKGS[@]}" e2fsprogs; }
stage dependencies fatal deps
stage kernel fatal "$TOP/scripts/get-kernel.sh"
stage apply-check fatal "$TOP/scripts/apply.sh" --check
stage apply fatal "$TOP/scripts/apply.sh"
stage checkpatch nonfatal "$TOP/scripts/checkpatch.sh"
stage build-nocontainers nonfatal "$TOP/scripts/build.sh" nocontainers
stage kunit-um nonfatal "$TOP/scripts/kunit.sh" um
stage kunit-x86_64 nonfatal "$TOP/scripts/kunit.sh" x86_64
stage build-guest fatal "$TOP/scripts/build.sh" guest
stage guest-tests nonfatal "$TOP/scripts/boot.sh" --test
stage build-debug fatal "$TOP/scripts/build.sh" debug
stage guest-tests-debug nonfatal "$TOP/scripts/boot.sh" --debug --test
finish
