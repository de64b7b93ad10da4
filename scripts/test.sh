#!/usr/bin/env bash
# The project's test command: from a fresh Debian 12 machine to a full test run.
#
#   scripts/test.sh
#
# Stages: dependencies, kernel, apply, checkpatch, docs, tools, the guest kernel; then
# KUnit and the kselftests in one boot of the 4-CPU, 2-node guest (MGLRU on),
# then the same on the debug kernel (classic LRU). In the background at idle
# priority meanwhile: the debug kernel, the series' objects under Debian's
# config, and every prefix of the series with CONFIG_CONTAINERS=y and =n.
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

# run_stage NAME CMD...: run one stage's command, log to build/logs/NAME.log and
# .err, and leave "STATUS SECONDS" in build/logs/NAME.status.
run_stage() {
	local name=$1 start status
	shift
	log "stage $name: $*"
	start=$SECONDS
	set +e
	# A pipeline, not a process substitution: bash does not wait for one, and
	# "wait $!" after an external command waits for the last background job
	# (the background stages) instead.
	"$@" 2>&1 >"$LOGS/$name.log" | tee -a "$LOGS/$name.err" | sed -u "s/^/    [$name] /" >&2
	status=${PIPESTATUS[0]}
	set -e
	# Renamed into place: bg_wait_for reads it as soon as it exists.
	echo "$status $((SECONDS - start))" >"$LOGS/$name.status.tmp"
	mv "$LOGS/$name.status.tmp" "$LOGS/$name.status"
}

# account NAME FATAL: count a stage that ran. A stage whose last output line is
# "... N passed, M failed" contributes those counts; otherwise it counts as one
# test. A failed FATAL stage stops the run.
account() {
	local name=$1 fatal=$2 status=1 secs=0 last
	read -r status secs <"$LOGS/$name.status" || true
	timings+=("$(printf '%-24s %5d s  %s' "$name" "$secs" "$([ "$status" -eq 0 ] && echo ok || echo FAILED)")")
	last=$(cat "$LOGS/$name.log" "$LOGS/$name.err" 2>/dev/null | grep -E "[0-9]+ passed, [0-9]+ failed" | tail -n 1 || true)
	if [ -n "$last" ]; then
		add_counts "$last"
		if [ "$status" -ne 0 ] && ! grep -qE ' [1-9][0-9]* failed' <<<"$last"; then
			failed=$((failed + 1))
		fi
	elif [ "$status" -eq 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
	fi
	if [ "$status" -ne 0 ]; then
		failures+=("$name (log: $LOGS/$name.log, $LOGS/$name.err)")
		log "stage $name FAILED after $secs s"
		[ "$fatal" = fatal ] && finish
	else
		log "stage $name ok ($secs s)"
	fi
	return 0
}

# stage NAME FATAL CMD...: run a stage and count it.
stage() {
	local name=$1 fatal=$2
	shift 2
	run_stage "$name" "$@"
	account "$name" "$fatal"
}

# Background stages: builds that run at idle CPU priority (SCHED_IDLE) while the
# guest tests run in the foreground, so that they use the CPU time the guest
# leaves idle and never take it from the guest. bg_stage queues one, bg_start
# starts the queue (one after the other), bg_wait waits and counts them.
bg_queue=()
bg_stage() { bg_queue+=("$(printf '%q ' "$@")"); }
bg_start() {
	local q
	(
		# Idle priority for this shell first, so that every build inherits it.
		chrt --idle -p 0 "$BASHPID" >/dev/null 2>&1 ||
			log "cannot give the background builds idle priority (chrt): they share the CPU"
		for q in "${bg_queue[@]}"; do
			eval "run_stage $q"
		done
	) &
	bg_pid=$!
}
# bg_wait_for NAME: wait until background stage NAME has ended (its status
# file is written last), or the queue has.
bg_wait_for() {
	while [ ! -f "$LOGS/$1.status" ] && kill -0 "$bg_pid" 2>/dev/null; do
		sleep 5
	done
}
bg_wait() {
	local q
	wait "$bg_pid" || true
	for q in "${bg_queue[@]}"; do
		q=${q%% *}
		[ -f "$LOGS/$q.status" ] || echo "1 0" >"$LOGS/$q.status"
		account "$q" nonfatal
	done
}

finish() {
	echo
	echo "Stage timings (total $((SECONDS - t0)) s):"
	printf '  %s\n' "${timings[@]}"
	if [ ${#failures[@]} -gt 0 ]; then
		# What failed, again at the end, where a cut log still shows it.
		echo "Failed stages, with the last failure lines of each log:"
		for f in "${failures[@]}"; do
			echo "  $f"
			grep -ahE 'not ok|FAIL|BUG|WARNING|splat|error' \
				"$LOGS/${f%% *}.log" "$LOGS/${f%% *}.err" 2>/dev/null |
				tail -n 12 | sed 's/^/    /' || true
		done
	fi
	echo "$passed passed, $failed failed"
	[ $failed -eq 0 ] && [ ${#failures[@]} -eq 0 ] && exit 0
	exit 1
}

rm -f "$LOGS"/*.log "$LOGS"/*.err "$LOGS"/*.status
deps() { need_pkgs "${BUILD_PKGS[@]}" e2fsprogs; }
stage dependencies fatal deps
stage kernel fatal "$TOP/scripts/get-kernel.sh"
stage apply-check fatal "$TOP/scripts/apply.sh" --check
stage apply fatal "$TOP/scripts/apply.sh"
stage checkpatch nonfatal "$TOP/scripts/checkpatch.sh"
stage docs nonfatal "$TOP/scripts/check-docs.sh"
stage tools nonfatal "$TOP/scripts/build-tools.sh"
stage build-guest fatal "$TOP/scripts/build.sh" guest
# The debug kernel first: its tests are the longest stage, and the other two
# builds go on in the background while they run.
bg_stage build-debug "$TOP/scripts/build.sh" debug
bg_stage distro-objects "$TOP/scripts/build-distro.sh"
bg_stage bisect "$TOP/scripts/bisect-build.sh"
bg_start
# One boot per kernel: KUnit runs while it boots, then /init runs the kselftests;
# the KUnit stage reads its part of that console log.
stage guest-tests nonfatal "$TOP/scripts/boot.sh" --test --kunit --log "$BUILD_DIR/guest-guest.log"
stage kunit-x86_64 nonfatal "$TOP/scripts/kunit.sh" x86_64 --log "$BUILD_DIR/guest-guest.log"
bg_wait_for build-debug
if [ -f "$BUILD_DIR/out-debug/arch/x86/boot/bzImage" ] && grep -q '^0 ' "$LOGS/build-debug.status"; then
	# The classic LRU here, MGLRU (the default) on the normal kernel.
	stage guest-tests-debug nonfatal "$TOP/scripts/boot.sh" --debug --test --kunit --lru-gen n \
		--log "$BUILD_DIR/guest-debug.log"
	stage kunit-debug nonfatal "$TOP/scripts/kunit.sh" debug --log "$BUILD_DIR/guest-debug.log"
else
	log "no debug kernel (see $LOGS/build-debug.err): its KUnit and kselftests are not run"
fi
bg_wait
finish
