#!/usr/bin/env bash
# Boot the patched kernel in QEMU (TCG) on a 4-CPU, 2-node machine.
#
#   scripts/boot.sh                  an interactive shell in the guest (reboot -f or exit leaves)
#   scripts/boot.sh --test           run the kselftests, report KTAP, check the log
#   scripts/boot.sh --tests DIR      also copy DIR into the guest and run each *.sh in it
#                                    (exit 0 pass, 4 skip, else fail) as collection "extra"
#   scripts/boot.sh --bench          run the benchmarks (not part of --test)
#   scripts/boot.sh --kunit          boot with kunit.enable=1: the KUnit suites run at boot;
#                                    the console log is left for kunit.py parse (with
#                                    --test: KUnit at boot, then the kselftests, one boot)
#   options: --debug (the debug kernel), --kernel BZIMAGE (skip building),
#            --timeout SEC (whole run; default 2400, 3000 with --debug),
#            --only PREFIX[,...] (the tests whose name starts with a PREFIX,
#            e.g. test_limit), --lru-gen n (classic LRU instead of MGLRU),
#            --log FILE (console log; default build/guest-KIND.log),
#            --icount (the guest clock counts instructions: QEMU -icount,
#            one vCPU thread; for benchmarks whose figures must repeat),
#            --cpus N (N vCPUs on one node instead of 4 on 2; for benchmarks),
#            --mem MB (MB of RAM instead of 2048, split over the nodes; for
#            benchmarks of how a cost grows with the size of memory)
#
# A run fails when the guest brings up fewer CPUs or NUMA nodes than QEMU gave
# it, on any failed or skipped test, on a missing end marker (crash, hang) and on
# any WARN, BUG, Oops, KASAN, lockdep, RCU stall or kmemleak report in the
# console log. The last line is "guest KIND: N passed, M failed, K skipped".
set -euo pipefail
. "$(dirname "$0")/lib.sh"

# The machine: every test run checks that the guest saw all of it.
GUEST_CPUS=4
GUEST_NODES=2
GUEST_MEM_MB=2048
# Ejectable memory for test_hotremove: DIMMs (pc-dimm) of one memory block
# each, on the nodes in turn, left offline at boot so that the other tests
# see the same machine.
GUEST_DIMMS=8
GUEST_DIMM_MB=128
# Emulated persistent memory for the DAX tests: memmap=SIZE!START turns this
# much of node 1's RAM into /dev/pmem0. It ends 64 MiB below the top of RAM,
# clear of what the firmware reserves there (ACPI tables).
GUEST_PMEM_MB=64

kind=guest kernel="" mode=shell extra="" limit="" only="" lru="" logf="" kunit=0 icount=0
while [ $# -gt 0 ]; do
	case $1 in
	--debug) kind=debug ;;
	--only) only=${2:?--only needs a test name prefix}; shift ;;
	--kernel) kernel=${2:?--kernel needs a bzImage}; shift ;;
	--test) mode=test ;;
	--tests) extra=${2:?--tests needs a directory}; mode=test; shift ;;
	--bench) mode=bench ;;
	--kunit) kunit=1 ;;
	--lru-gen) lru=${2:?--lru-gen needs y or n}; shift ;;
	--timeout) limit=${2:?--timeout needs seconds}; shift ;;
	--log) logf=${2:?--log needs a file}; shift ;;
	--icount) icount=1 ;;
	--cpus)
		GUEST_CPUS=${2:?--cpus needs a number}; GUEST_NODES=1; shift
		[[ $GUEST_CPUS =~ ^[1-9][0-9]*$ ]] || die "--cpus takes a number of vCPUs, not $GUEST_CPUS"
		;;
	--mem)
		GUEST_MEM_MB=${2:?--mem needs a size in MiB}; shift
		[[ $GUEST_MEM_MB =~ ^[1-9][0-9]*$ ]] && [ "$GUEST_MEM_MB" -ge 1024 ] ||
			die "--mem takes a size in MiB of at least 1024, not $GUEST_MEM_MB"
		;;
	-h|--help) sed -n '2,26p' "$0"; exit 0 ;;
	*) die "unknown argument $1 (see --help)" ;;
	esac
	shift
done
GUEST_PMEM_START_MB=$((GUEST_MEM_MB - 2 * GUEST_PMEM_MB))
# The debug kernel's kselftests did not finish within 2,400 s on a cold CI
# machine (stop 14).
if [ -z "$limit" ]; then
	limit=2400
	[ $kind = debug ] && limit=3000
fi
[ -z "$extra" ] || [ -d "$extra" ] || die "--tests $extra: no such directory"
[ "$kunit" = 1 ] && [ "$mode" = shell ] && mode=kunit
[ "$kunit" = 1 ] && [ "$mode" = bench ] && die "--kunit goes with --test, not with --bench"
case $lru in ""|y|n) ;; *) die "--lru-gen takes y or n, not $lru" ;; esac
need_pkgs qemu-system-x86 e2fsprogs

if [ -z "$kernel" ]; then
	[ -f "${KTREE:-$BUILD_DIR/src}/Makefile" ] || "$TOP/scripts/apply.sh" >/dev/null
	kernel=$("$TOP/scripts/build.sh" "$kind")
fi
[ -f "$kernel" ] || die "no kernel image at $kernel"
initrd=$("$TOP/scripts/mkinitramfs.sh")
if [ -n "$extra" ]; then
	"$TOP/scripts/mkinitramfs.sh" --extra "$extra" "$BUILD_DIR/extra.cpio" >/dev/null
	cat "$initrd" "$BUILD_DIR/extra.cpio" >"$BUILD_DIR/initramfs-extra.cpio"
	initrd=$BUILD_DIR/initramfs-extra.cpio
fi

# A fresh ext4 disk for page-cache tests, mounted at /mnt/disk in the guest.
disk=$BUILD_DIR/disk-$kind.img
if [ "$mode" != shell ] || [ ! -f "$disk" ]; then
	rm -f "$disk"
	truncate -s 1G "$disk"
	mkfs.ext4 -q -F "$disk" || die "mkfs.ext4 on $disk failed"
fi

# 4 vCPUs on 2 NUMA nodes (ACPI SRAT), one socket per node (a socket spanning
# nodes makes the kernel warn in topology_sane()), half the memory on each;
# the DIMMs (ACPI memory hotplug), and room to hot-add memory up to twice the
# boot memory.
node_mb=$((GUEST_MEM_MB / GUEST_NODES))
cpus_per_node=$((GUEST_CPUS / GUEST_NODES))
machine=(-smp "$GUEST_CPUS,sockets=$GUEST_NODES,cores=$cpus_per_node,threads=1"
	-m "${GUEST_MEM_MB}M,slots=$((GUEST_DIMMS + 4)),maxmem=$((2 * GUEST_MEM_MB + GUEST_DIMMS * GUEST_DIMM_MB))M")
for n in $(seq 0 $((GUEST_NODES - 1))); do
	machine+=(-object "memory-backend-ram,id=mem$n,size=${node_mb}M"
		-numa "node,nodeid=$n,cpus=$((n * cpus_per_node))-$(((n + 1) * cpus_per_node - 1)),memdev=mem$n")
done
for n in $(seq 0 $((GUEST_DIMMS - 1))); do
	machine+=(-object "memory-backend-ram,id=dimm$n,size=${GUEST_DIMM_MB}M"
		-device "pc-dimm,id=dimm$n,memdev=dimm$n,node=$((n % GUEST_NODES))")
done
cmdline="console=ttyS0 containers.mode=$mode panic=-1 oops=panic memhp_default_state=offline"
cmdline+=" memmap=${GUEST_PMEM_MB}M!${GUEST_PMEM_START_MB}M ${GUEST_APPEND:-}"
# The debug kernel interprets the AML _PRT method (PCI interrupt routing) too
# slowly under TCG: ACPICA gives up (AE_AML_LOOP_TIMEOUT), the virtio disk gets
# no interrupt and its first I/O hangs. acpi=noirq routes PCI interrupts by the
# BIOS's PIRQ table; CPUs and nodes still come from ACPI (MADT, SRAT).
[ "$kind" = debug ] && cmdline+=" acpi=noirq"
[ -n "$only" ] && cmdline+=" containers.only=$only"
[ -n "$lru" ] && cmdline+=" containers.lru_gen=$lru"
[ "$kunit" = 1 ] && cmdline+=" kunit.enable=1"
qemu=(qemu-system-x86_64 -accel tcg -cpu max "${machine[@]}" -nographic -no-reboot
	-kernel "$kernel" -initrd "$initrd"
	-drive "file=$disk,if=virtio,format=raw"
	-append "$cmdline")
# One nanosecond of guest time per instruction, and no time passes while
# the guest idles: a benchmark's figures then count instructions, whatever
# the host's load. QEMU runs the vCPUs in one thread in this mode.
if [ "$icount" = 1 ]; then
	qemu+=(-icount shift=0,sleep=off)
fi

if [ "$mode" = shell ]; then
	log "booting $kernel (Ctrl-A X quits QEMU; exit or reboot -f leaves the guest)"
	exec "${qemu[@]}"
fi

logf=${logf:-$BUILD_DIR/guest-$kind${lru:+-lru_gen=$lru}.log}
log "booting $kernel ($mode, $GUEST_CPUS CPUs on $GUEST_NODES nodes, timeout ${limit} s, log $logf)"
start=$SECONDS
set +e
timeout -k 10 "$limit" "${qemu[@]}" </dev/null 2>&1 | tee "$logf" |
	if [ "$mode" = kunit ]; then cat >/dev/null; else cat; fi
status=${PIPESTATUS[0]}
set -e
log "guest ran for $((SECONDS - start)) s"

problems=()
[ "$status" = 124 ] && problems+=("the guest did not finish within $limit s (hang?)")
grep -a -q 'CONTAINERS-GUEST-DONE' "$logf" ||
	problems+=("the guest never reached the end of its run (crash or hang): see $logf")

# The machine the guest saw, against the one QEMU gave it.
seen=$(grep -a -m1 'CONTAINERS-GUEST-MACHINE' "$logf" || true)
cpus=$(echo "$seen" | sed -n 's/.*cpus=\([0-9]*\).*/\1/p')
nodes=$(echo "$seen" | sed -n 's/.*nodes=\([0-9]*\).*/\1/p')
log "guest machine: ${seen#*CONTAINERS-GUEST-MACHINE }"
[ "${cpus:-0}" = "$GUEST_CPUS" ] ||
	problems+=("the guest brought up ${cpus:-no} CPUs of the $GUEST_CPUS QEMU gave it: check ACPI/SMP in config-fragments/guest.config")
[ "${nodes:-0}" = "$GUEST_NODES" ] ||
	problems+=("the guest saw ${nodes:-no} NUMA nodes of the $GUEST_NODES QEMU gave it: check NUMA/ACPI_NUMA in config-fragments/guest.config")
lru_seen=$(echo "$seen" | sed -n 's/.*lru_gen=\([^ ]*\).*/\1/p')
case $lru:$lru_seen in
n:0x0000|y:0x0*[1-9a-f]*|:*) ;;
*) problems+=("the guest did not switch lru_gen to $lru (it reads ${lru_seen:-nothing})") ;;
esac

# Kernel splats: any of these in the console log fails the run.
splat='WARNING:|BUG:|kernel BUG at|Oops|general protection fault|Kernel panic|UBSAN:'
splat+='|possible circular locking|possible recursive locking|inconsistent lock state'
splat+='|suspicious RCU usage|rcu_.*stall|RCU stall|INFO: rcu|INFO: task .* blocked'
splat+='|unreferenced object|list_add corruption|list_del corruption|Call Trace:'
# The hung-task and soft-lockup detectors (guest.config).
splat+='|blocked for more than|soft lockup|hard LOCKUP'
splats=$BUILD_DIR/splats-$kind.txt
if grep -a -n -E "$splat" "$logf" >"$splats"; then
	first=$(head -n 1 "$splats" | cut -d: -f1)
	echo "---- kernel splat in $logf (line $first):" >&2
	sed -n "$((first > 5 ? first - 5 : 1)),$((first + 30))p" "$logf" >&2
	problems+=("kernel splat: $(head -n 1 "$splats" | cut -d: -f2- | tr -s ' ' | cut -c1-120)")
fi

if [ "$mode" = kunit ]; then
	# kunit.sh parses the KTAP; here only the machine, the end and the splats count.
	if [ ${#problems[@]} -gt 0 ]; then
		printf 'error: %s\n' "${problems[@]}" >&2
		exit 1
	fi
	exit 0
fi

# The runner's result lines, one per test: "ok N selftests: COLLECTION: TEST".
results=$(grep -a -E '^(not )?ok [0-9]+ selftests: ' "$logf" || true)
passed=$(echo "$results" | grep -E '^ok ' | grep -v -c '# SKIP' || true)
skipped=$(echo "$results" | grep -c '^ok .*# SKIP' || true)
failed=$(echo "$results" | grep -c '^not ok ' || true)
echo "---- kselftest results ($kind${lru:+, lru_gen=$lru}), with each test's time:" >&2
# Each containers test prints "# NAME: took N s" (lib.sh) at its end.
[ -n "$results" ] && awk '
	{ sub(/\r$/, "") }
	/^# [^ ]*\.sh: took [0-9]+ s$/ { t[substr($2, 1, length($2) - 1)] = $4 }
	/^(not )?ok [0-9]+ selftests: / {
		n = $0; sub(/^.*selftests: [^:]*: /, "", n); sub(/ .*/, "", n)
		printf "  %s%s\n", $0, (n in t) ? " (" t[n] " s)" : ""
	}' "$logf" >&2
if [ "$failed" -gt 0 ]; then
	problems+=("$failed tests failed")
	echo "---- what the failed tests said:" >&2
	grep -a -E '^# (FAIL|SKIP): ' "$logf" | sed 's/^# /  /' >&2 || true
fi
own_skips=$(echo "$results" | grep -c '^ok .* selftests: containers: .*# SKIP' || true)
if [ "$own_skips" -gt 0 ] && [ "$mode" = test ]; then
	# The guest is built to run every containers test: a skip there means the
	# harness lacks something. (Tests added with --tests may skip.)
	grep -a -E '^# SKIP: ' "$logf" | sed 's/^# /  /' >&2 || true
	problems+=("$own_skips containers tests skipped in a guest built to run them all")
fi
[ -z "$results" ] && problems+=("the guest reported no test results")
if [ ${#problems[@]} -gt 0 ]; then
	printf 'error: %s\n' "${problems[@]}" >&2
	# A crash, splat or a wrong machine is one more failure than the tests counted.
	[ "$failed" -gt 0 ] && [ ${#problems[@]} -eq 1 ] || failed=$((failed + 1))
fi
echo "guest $kind${lru:+ lru_gen=$lru}: $passed passed, $failed failed, $skipped skipped"
[ ${#problems[@]} -eq 0 ]
