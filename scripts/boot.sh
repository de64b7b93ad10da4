#!/usr/bin/env bash
# Boot the patched kernel in QEMU (TCG).
#
#   scripts/boot.sh                  an interactive shell in the guest (reboot -f or exit leaves)
#   scripts/boot.sh --test           run every in-guest test, report TAP, check the log
#   scripts/boot.sh --tests DIR      also copy DIR into the guest and run each *.sh in it
#   options: --debug (the debug kernel), --kernel BZIMAGE (skip building),
#            --timeout SEC (whole test run; default 1800),
#            --only PREFIX (run only the tests whose name starts with PREFIX)
#
# A test run fails on any failed test, on a missing end marker (crash, hang) and on
# any WARN, BUG, Oops, KASAN, lockdep, RCU stall or kmemleak report in the console
# log (build/guest-KIND.log). The last line is "guest: N passed, M failed".
set -euo pipefail
. "$(dirname "$0")/lib.sh"

kind=guest kernel="" mode=shell extra="" limit=1800 only=""
while [ $# -gt 0 ]; do
	case $1 in
	--debug) kind=debug ;;
	--only) only=${2:?--only needs a test name prefix}; shift ;;
	--kernel) kernel=${2:?--kernel needs a bzImage}; shift ;;
	--test) mode=test ;;
	--tests) extra=${2:?--tests needs a directory}; mode=test; shift ;;
	--timeout) limit=${2:?--timeout needs seconds}; shift ;;
	-h|--help) sed -n '2,13p' "$0"; exit 0 ;;
	*) die "unknown argument $1 (see --help)" ;;
	esac
	shift
done
[ -z "$extra" ] || [ -d "$extra" ] || die "--tests $extra: no such directory"
need_pkgs qemu-system-x86 e2fsprogs

if [ -z "$kernel" ]; then
	[ -f "$BUILD_DIR/src/Makefile" ] || "$TOP/scripts/apply.sh" >/dev/null
	kernel=$("$TOP/scripts/build.sh" "$kind")
fi
[ -f "$kernel" ] || die "no kernel image at $kernel"
initrd=$("$TOP/scripts/mkinitramfs.sh")
if [ -n "$extra" ]; then
	cat "$initrd" >"$BUILD_DIR/initramfs-extra.cpio"
	"$TOP/scripts/mkinitramfs.sh" --extra "$extra" "$BUILD_DIR/extra.cpio" >/dev/null
	cat "$BUILD_DIR/extra.cpio" >>"$BUILD_DIR/initramfs-extra.cpio"
	initrd=$BUILD_DIR/initramfs-extra.cpio
fi

# A fresh ext4 disk for page-cache tests, mounted at /mnt/disk in the guest.
disk=$BUILD_DIR/disk-$kind.img
if [ "$mode" = test ] || [ ! -f "$disk" ]; then
	rm -f "$disk"
	truncate -s 1G "$disk"
	mkfs.ext4 -q -F "$disk" || die "mkfs.ext4 on $disk failed"
fi

qemu=(qemu-system-x86_64 -accel tcg -cpu max -m 2048 -smp 2 -nographic -no-reboot
	-kernel "$kernel" -initrd "$initrd"
	-drive "file=$disk,if=virtio,format=raw"
	-append "console=ttyS0 containers.mode=$mode containers.kind=$kind${only:+ containers.only=$only} panic=-1 oops=panic")

if [ "$mode" = shell ]; then
	log "booting $kernel (Ctrl-A X quits QEMU; exit or reboot -f leaves the guest)"
	exec "${qemu[@]}"
fi

logf=$BUILD_DIR/guest-$kind.log
log "booting $kernel for the in-guest tests (timeout ${limit} s, log $logf)"
start=$SECONDS
set +e
timeout -k 10 "$limit" "${qemu[@]}" </dev/null 2>&1 | tee "$logf"
status=${PIPESTATUS[0]}
set -e
log "guest ran for $((SECONDS - start)) s"

problems=()
[ "$status" = 124 ] && problems+=("the guest did not finish within $limit s (hang?)")
marker=$(grep -a 'CONTAINERS-GUEST-DONE' "$logf" | tail -n 1 || true)
[ -n "$marker" ] || problems+=("the guest never reached the end of its tests (crash or hang)")

# Kernel splats: any of these in the console log fails the run.
splat='WARNING:|BUG:|kernel BUG at|Oops|general protection fault|Kernel panic|UBSAN:'
splat+='|possible circular locking|possible recursive locking|inconsistent lock state'
splat+='|suspicious RCU usage|rcu_.*stall|RCU stall|INFO: rcu|INFO: task .* blocked'
splat+='|unreferenced object|list_add corruption|list_del corruption|Call Trace:'
if grep -a -n -E "$splat" "$logf" >"$BUILD_DIR/splats-$kind.txt"; then
	first=$(head -n 1 "$BUILD_DIR/splats-$kind.txt" | cut -d: -f1)
	echo "---- kernel splat in $logf (line $first):" >&2
	sed -n "$((first > 5 ? first - 5 : 1)),$((first + 30))p" "$logf" >&2
	problems+=("kernel splat: $(head -n 1 "$BUILD_DIR/splats-$kind.txt" | cut -d: -f2- | tr -s ' ' | cut -c1-120)")
fi

passed=$(grep -a -c -E '^ok [0-9]+ - ' "$logf" || true)
failed=$(grep -a -c -E '^not ok [0-9]+ - ' "$logf" || true)
if [ "$failed" -gt 0 ]; then
	grep -a -E '^not ok [0-9]+ - ' "$logf" | sed 's/^/  /' >&2
	problems+=("$failed in-guest tests failed")
fi
echo "---- in-guest results ($kind):" >&2
grep -a -E '^(not )?ok [0-9]+ - ' "$logf" | sed 's/^/  /' >&2 || true
if [ ${#problems[@]} -gt 0 ]; then
	printf 'error: %s\n' "${problems[@]}" >&2
	# A crash or splat is one more failure than the tests counted.
	[ "$failed" -gt 0 ] && [ ${#problems[@]} -eq 1 ] || failed=$((failed + 1))
fi
echo "guest $kind: $passed passed, $failed failed"
[ ${#problems[@]} -eq 0 ]
