#!/usr/bin/env bash
# The cost benchmark: what containers add to the page-fault path, as ratios.
#
#   scripts/bench-cost.sh [--rounds N] [--test-kernels]
#
# Builds the kernel with CONFIG_CONTAINERS=y and =n as distributions build
# theirs (scripts/build.sh bench, bench-nocontainers: the guest's options
# with jump labels and -O2), or with --test-kernels the test guest's
# kernels (guest, nocontainers: no jump labels, so that each static branch
# is a load and a test, and -Os). Boots each on one vCPU under QEMU with
# -icount, where the guest clock counts instructions, so that the figures
# do not depend on the load of the host (with 4 vCPUs the other CPUs' work
# lands in the clock too: rounds then spread by 1-2 %, on one by about
# 0.2 %), and runs bench_cost.sh (the selftests' benchmark) in it:
# anonymous page faults per second, small pages and THP, with no container
# (both kernels), and outside and inside a container (=y). Prints the
# median of the rounds, their spread ((max - min) / median) and the ratios
#
#   inside / outside            target >= 0.97
#   =y, no container / =n       target >= 0.995
#
# Output: build/bench-cost, or build/bench-cost-test with --test-kernels.
# It asserts nothing about speed: it fails only if a build, a boot or a
# workload fails. Instruction counts, not cycles: a cache miss or an atomic
# costs one instruction here.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

rounds=9
kinds=(bench bench-nocontainers) outname=bench-cost
while [ $# -gt 0 ]; do
	case $1 in
	--rounds) rounds=${2:?--rounds needs a number}; shift ;;
	--test-kernels) kinds=(guest nocontainers) outname=bench-cost-test ;;
	-h|--help) sed -n '2,26p' "$0"; exit 0 ;;
	*) die "unknown argument $1 (see --help)" ;;
	esac
	shift
done
need_pkgs gawk

[ -f "$BUILD_DIR/src/Makefile" ] || "$TOP/scripts/apply.sh" >/dev/null
out=$BUILD_DIR/$outname
mkdir -p "$out"
# guest.log and nocontainers.log: the kernels with CONFIG_CONTAINERS=y and =n.
for i in 0 1; do
	kind=${kinds[$i]}
	name=$([ "$i" = 0 ] && echo guest || echo nocontainers)
	log "bench-cost: building the $kind kernel"
	kernel=$("$TOP/scripts/build.sh" "$kind")
	log "bench-cost: booting the $kind kernel on one vCPU with -icount ($rounds rounds)"
	GUEST_APPEND="containers.cost_rounds=$rounds" \
		"$TOP/scripts/boot.sh" --bench --icount --cpus 1 --only bench_cost --kernel "$kernel" \
		--log "$out/$name.log" >"$out/$name.out" 2>&1 ||
		die "the benchmark on the $kind kernel failed: see $out/$name.out and $out/$name.log"
	# The kselftest runner prefixes the script's lines with "# ".
	grep -a -q '^\(# \)\?cost: done' "$out/$name.log" ||
		die "bench_cost.sh did not finish on the $kind kernel: see $out/$name.log"
done

# Medians, spreads and ratios from the "cost: WHERE SIZE ROUND FAULTS/S" lines.
log "bench-cost: results (kernels: ${kinds[*]})"
{
	sed -n 's/^\(# \)\?cost: \([a-z]*\) \([a-z0-9]*\) [0-9]* \([0-9]*\)\r*$/y \2 \3 \4/p' "$out/guest.log"
	sed -n 's/^\(# \)\?cost: \([a-z]*\) \([a-z0-9]*\) [0-9]* \([0-9]*\)\r*$/n \2 \3 \4/p' "$out/nocontainers.log"
} | gawk -v kernels="${kinds[*]}" -f "$TOP/scripts/samples.awk" -e '
	{ add($1 " " $2 " " $3, $4) }
	function row(name, k) {
		if (!(k in n)) { printf "  %-26s missing\n", name; bad = 1; return }
		med[k] = median(k)
		printf "  %-26s %10.0f faults/s  (%d rounds, spread %.2f%%)\n",
			name, med[k], n[k], spread(k)
	}
	function ratio(name, a, b, target) {
		if (!(a in med) || !(b in med)) return
		printf "  %-34s %.4f  (target >= %s)\n", name, med[a] / med[b], target
	}
	END {
		printf "kernels: %s\n", kernels
		split("4k thp", sizes, " ")
		for (i = 1; i <= 2; i++) {
			s = sizes[i]
			printf "%s page faults, QEMU -icount (instructions, not cycles):\n",
				s == "4k" ? "4 KiB" : "THP"
			row("=n kernel", "n none " s)
			row("=y, no container", "y none " s)
			row("=y, outside a container", "y outside " s)
			row("=y, inside a container", "y inside " s)
			ratio("inside / outside", "y inside " s, "y outside " s, "0.97")
			ratio("=y no container / =n", "y none " s, "n none " s, "0.995")
		}
		exit bad
	}' | tee "$out/results.txt"
log "bench-cost: logs and results in $out"
