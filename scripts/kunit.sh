#!/usr/bin/env bash
# Run the containers KUnit suites with the tree's kunit.py on the patched tree.
#
#   scripts/kunit.sh [um|x86_64|all]     default: all
#
# The tree is build/src (scripts/apply.sh), or KTREE=/path. Build output goes to
# build/kunit-ARCH. The last line is "kunit ARCH: N passed, M failed".
set -euo pipefail
. "$(dirname "$0")/lib.sh"

arches=${1:-all}
[ "$arches" = all ] && arches="um x86_64"
tree=${KTREE:-$BUILD_DIR/src}
[ -x "$tree/tools/testing/kunit/kunit.py" ] ||
	die "$tree has no kunit.py: run scripts/apply.sh first (or set KTREE)"
need_pkgs python3 qemu-system-x86

rc=0
for arch in $arches; do
	case $arch in
	um) extra=() ;;
	x86_64) extra=(--kunitconfig="$TOP/kunit/x86_64.kunitconfig" --qemu_args=-smp --qemu_args=2) ;;
	*) die "unknown architecture $arch (use um, x86_64 or all)" ;;
	esac
	out=$BUILD_DIR/kunit-$arch
	mkdir -p "$out"
	log "kunit.py run --arch=$arch (build in $out)"
	start=$SECONDS
	set +e
	(cd "$tree" && python3 tools/testing/kunit/kunit.py run --arch="$arch" \
		--build_dir="$out" --jobs="$JOBS" --timeout=600 \
		--make_options="CC=$(make_cc)" \
		--kunitconfig="$TOP/kunit/containers.kunitconfig" "${extra[@]}") >"$out/kunit.log" 2>&1
	status=$?
	set -e
	grep -E '^\[..:..:..\] (={4,}|\[(PASSED|FAILED|SKIPPED|CRASHED)\]|Testing complete|Elapsed)' "$out/kunit.log" >&2 || true
	summary=$(grep -E 'Testing complete\. Ran [0-9]+ tests' "$out/kunit.log" | tail -n 1 || true)
	passed=$(echo "$summary" | sed -n 's/.*passed: \([0-9]*\).*/\1/p')
	failed=$(echo "$summary" | sed -n 's/.*failed: \([0-9]*\).*/\1/p')
	crashed=$(echo "$summary" | sed -n 's/.*crashed: \([0-9]*\).*/\1/p')
	passed=${passed:-0}
	failed=$(( ${failed:-0} + ${crashed:-0} ))
	if [ $status -ne 0 ] || [ -z "$summary" ]; then
		tail -n 40 "$out/kunit.log" >&2
		log "kunit.py on $arch failed (exit $status): full log in $out/kunit.log"
		[ "$failed" -gt 0 ] || failed=1
		rc=1
	fi
	log "kunit $arch took $((SECONDS - start)) s"
	echo "kunit $arch: $passed passed, $failed failed"
done
exit $rc
