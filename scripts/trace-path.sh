#!/usr/bin/env bash
# Count the instructions one call of a kernel function executes, per
# function, in the benchmark guest: which code a hook path really runs.
#
#   scripts/trace-path.sh KIND FUNC [GDB-CONDITION]
#
# KIND is a kernel that scripts/build.sh built (bench, bench-nocontainers,
# guest, ...); FUNC a function of its vmlinux, or "fault" for one anonymous
# page fault from its entry to the return to user mode. Boots the kernel on
# one vCPU running bench_cost.sh (anonymous faults in a loop), attaches gdb
# to QEMU's gdb stub once the loop runs, single-steps one call of FUNC
# (the first for which GDB-CONDITION holds, e.g. '$rsi > 100' for a large
# batch) up to TRACE_MAX instructions (default 60000; about 1,300 a
# second) and prints, per function, the instructions it executed, the
# calls, and the instructions per call. QEMU masks interrupts while it
# single-steps, so the count is the path's own. Compare two kernels with
# join(1) on the outputs. Output: build/trace/KIND-FUNC.{pcs,txt}.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -ge 2 ] || die "usage: scripts/trace-path.sh KIND FUNC [GDB-CONDITION] (see the top of the script)"
kind=$1 func=$2 cond=${3:-}
need_pkgs gdb gawk qemu-system-x86 binutils
out=$BUILD_DIR/out-$kind
[ -f "$out/vmlinux" ] || die "no $out/vmlinux: run scripts/build.sh $kind first"
nm "$out/vmlinux" | grep " $func\$" >/dev/null || [ "$func" = fault ] ||
	die "$func is not a function of $out/vmlinux (inlined?): trace its caller"
initrd=$("$TOP/scripts/mkinitramfs.sh")
dir=$BUILD_DIR/trace
mkdir -p "$dir"
base=$dir/$kind-$func
serial=$base.serial

log "trace-path: booting $kind on one vCPU (serial console: $serial)"
qemu-system-x86_64 -accel tcg -cpu max -smp 1 -m 2048M -display none -no-reboot \
	-kernel "$out/arch/x86/boot/bzImage" -initrd "$initrd" -s \
	-append "console=ttyS0 containers.mode=bench containers.only=bench_cost containers.cost_rounds=500 panic=-1" \
	-serial "file:$serial" &
qemu=$!
trap 'kill $qemu 2>/dev/null || true' EXIT
i=0
until grep -a -q 'cost: none 4k 2 ' "$serial" 2>/dev/null; do
	i=$((i + 1))
	[ $i -le 600 ] || die "the benchmark did not start within 600 s: see $serial"
	kill -0 $qemu 2>/dev/null || die "QEMU ended before the benchmark started: see $serial"
	sleep 1
done

log "trace-path: single-stepping one call of $func${cond:+ (if $cond)}"
TRACE_FUNC=$func TRACE_COND=$cond TRACE_MAX=${TRACE_MAX:-60000} TRACE_OUT=$base.pcs \
	gdb -batch -nx "$out/vmlinux" -x "$TOP/scripts/trace-path.py" >"$base.gdb.log" 2>&1 ||
	true
[ -s "$base.pcs" ] || die "gdb traced nothing: see $base.gdb.log"

# Addresses to functions: instructions, calls (entries) and their ratio.
nm "$out/vmlinux" | awk '$2 ~ /^[tTwW]$/ { print "S", $1, $3 }' | sort -k2,2 |
	cat - <(sed 's/^/P /' "$base.pcs" | sort -k2,2) | sort -s -k2,2 |
	gawk '
	$1 == "S" { start = $2; name = $3; next }
	{ ins[name]++; if ($2 == start) calls[name]++ }
	END {
		for (n in ins)
			printf "%-40s %8d %6d %8.1f\n", n, ins[n], calls[n],
				calls[n] ? ins[n] / calls[n] : 0
	}' | sort -k2,2nr >"$base.txt"
log "trace-path: $(wc -l <"$base.pcs") instructions; per function in $base.txt"
head -n 25 "$base.txt"
