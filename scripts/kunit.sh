#!/usr/bin/env bash
# Run the containers KUnit suites on the patched tree.
#
#   scripts/kunit.sh [um|x86_64|debug|all]     default: all (um and x86_64)
#   scripts/kunit.sh x86_64|debug --log FILE   parse the console log of a run that
#                                              already booted with --kunit (boot.sh
#                                              --test --kunit): no boot of its own
#
# um: the tree's kunit.py run (build in build/kunit-um). x86_64 and debug: the
# suites are built into the guest kernels (config-fragments/guest.config), so no
# kernel is built for them alone: the guest (or debug) kernel boots on the
# 4-CPU, 2-node QEMU machine with kunit.enable=1 (scripts/boot.sh --kunit) and
# kunit.py parse reads the console log. The tree is build/src (scripts/apply.sh),
# or KTREE=/path. The last line is "kunit ARCH: N passed, M failed".
set -euo pipefail
. "$(dirname "$0")/lib.sh"

arches=${1:-all}
[ "$arches" = all ] && arches="um x86_64"
for arch in $arches; do
	case $arch in um|x86_64|debug) ;; *) die "unknown architecture $arch (use um, x86_64, debug or all)" ;; esac
done
given=""
if [ "${2:-}" = --log ]; then
	given=${3:?--log needs the console log of a boot.sh --kunit run}
	case $arches in x86_64|debug) ;; *) die "--log goes with x86_64 or debug, not $arches" ;; esac
	[ -f "$given" ] || die "no console log at $given: run scripts/boot.sh --test --kunit first"
elif [ $# -gt 1 ]; then
	die "unknown argument $2 (see the head of $0)"
fi
tree=${KTREE:-$BUILD_DIR/src}
[ -x "$tree/tools/testing/kunit/kunit.py" ] ||
	die "$tree has no kunit.py: run scripts/apply.sh first (or set KTREE)"
need_pkgs python3 qemu-system-x86

rc=0
for arch in $arches; do
	out=$BUILD_DIR/kunit-$arch
	mkdir -p "$out"
	start=$SECONDS
	set +e
	if [ "$arch" = um ]; then
		log "kunit.py run --arch=um (build in $out)"
		(cd "$tree" && python3 tools/testing/kunit/kunit.py run --arch=um \
			--build_dir="$out" --jobs="$JOBS" --timeout=600 \
			--make_options="CC=$(make_cc)" \
			--kunitconfig="$TOP/kunit/containers.kunitconfig") >"$out/kunit.log" 2>&1
		status=$?
	else
		kind=guest dbg=()
		[ "$arch" = debug ] && kind=debug dbg=(--debug)
		if [ -n "$given" ]; then
			# KUnit ran before /init: the log up to init's first line is its part.
			log "KUnit in the $kind kernel: kunit.py parse of $given"
			sed '/CONTAINERS-GUEST-MACHINE/q' "$given" >"$out/console.log"
			status=0
		else
			log "KUnit in the $kind kernel: boot with kunit.enable=1, then kunit.py parse"
			kernel=$("$TOP/scripts/build.sh" "$kind") &&
				"$TOP/scripts/boot.sh" --kunit --kernel "$kernel" "${dbg[@]}" \
					--timeout 1200 --log "$out/console.log" >"$out/boot.log" 2>&1
			status=$?
			[ $status -eq 0 ] || sed 's/^/  boot: /' "$out/boot.log" | tail -n 20 >&2
		fi
		(cd "$tree" && python3 tools/testing/kunit/kunit.py parse "$out/console.log") >"$out/kunit.log" 2>&1 ||
			status=1
	fi
	set -e
	grep -E '^\[..:..:..\] (={4,}|\[(PASSED|FAILED|SKIPPED|CRASHED)\]|Testing complete|Elapsed)' "$out/kunit.log" >&2 || true
	summary=$(grep -E 'Testing complete\. Ran [0-9]+ tests' "$out/kunit.log" | tail -n 1 || true)
	passed=$(echo "$summary" | sed -n 's/.*passed: \([0-9]*\).*/\1/p')
	failed=$(echo "$summary" | sed -n 's/.*failed: \([0-9]*\).*/\1/p')
	crashed=$(echo "$summary" | sed -n 's/.*crashed: \([0-9]*\).*/\1/p')
	passed=${passed:-0}
	failed=$(( ${failed:-0} + ${crashed:-0} ))
	if [ $status -ne 0 ] || [ -z "$summary" ] || [ "$passed" -eq 0 ]; then
		tail -n 40 "$out/kunit.log" >&2
		log "KUnit on $arch failed (exit $status): full log in $out/kunit.log"
		[ "$failed" -gt 0 ] || failed=1
		rc=1
	fi
	log "kunit $arch took $((SECONDS - start)) s"
	echo "kunit $arch: $passed passed, $failed failed"
done
exit $rc
