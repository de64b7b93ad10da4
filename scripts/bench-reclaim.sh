#!/usr/bin/env bash
# The reclaim benchmark: limit reclaim with containers against the memory
# controller, at two RAM sizes, as ratios.
#
#   scripts/bench-reclaim.sh [--rounds N] [--boots N] [--sizes "MB MB"]
#
# Builds the guest kernel with containers and the same guest with
# CONFIG_MEMCG=y instead (scripts/build.sh guest, memcg), and boots each at
# each RAM size (default 2048 and 8192 MiB) in turn, BOOTS times (default
# 2), alternating kernels, to run bench_reclaim.sh (the selftests'
# benchmark, ROUNDS rounds a boot, default 3): a tar of 256 MiB from a cold
# cache unlimited and at 64 MiB, and lowering the limit of a group holding
# 64 MiB of page cache to 16 MiB with 70 % of RAM cached outside. Prints
# medians, spreads and the ratios the LRU work is judged by:
#
#   lowering, containers: large / small RAM     target <= 1.10
#   lowering, containers / memcg, each size     target <= 1.00
#   tar limited / unlimited, containers, large / small   within 3 %
#   tar limited / unlimited, containers / memcg          target < 1.00
#
# It asserts nothing about speed: it fails only if a build, a boot or a
# workload fails. Under QEMU TCG the tar figures vary by about 10 % from
# boot to boot; the medians over boots are what to compare.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

rounds=3 boots=2 sizes="2048 8192"
while [ $# -gt 0 ]; do
	case $1 in
	--rounds) rounds=${2:?--rounds needs a number}; shift ;;
	--boots) boots=${2:?--boots needs a number}; shift ;;
	--sizes) sizes=${2:?--sizes needs sizes in MiB}; shift ;;
	-h|--help) sed -n '2,24p' "$0"; exit 0 ;;
	*) die "unknown argument $1 (see --help)" ;;
	esac
	shift
done
need_pkgs gawk

[ -n "${KTREE:-}" ] || [ -f "$BUILD_DIR/src/Makefile" ] || "$TOP/scripts/apply.sh" >/dev/null
out=$BUILD_DIR/bench-reclaim
mkdir -p "$out"
rm -f "$out"/*.log "$out"/*.out
declare -A kernel
for kind in guest memcg; do
	log "bench-reclaim: building the $kind kernel"
	kernel[$kind]=$("$TOP/scripts/build.sh" "$kind")
done
for b in $(seq "$boots"); do
	for mb in $sizes; do
		for kind in guest memcg; do
			name=$kind-$mb-$b
			log "bench-reclaim: boot $b of $boots, $kind kernel, $mb MiB ($rounds rounds)"
			GUEST_APPEND="containers.reclaim_rounds=$rounds" \
				"$TOP/scripts/boot.sh" --bench --mem "$mb" --only bench_reclaim \
				--kernel "${kernel[$kind]}" --log "$out/$name.log" >"$out/$name.out" 2>&1 ||
				die "the benchmark on the $kind kernel at $mb MiB failed: see $out/$name.out and $out/$name.log"
			grep -a -q '^\(# \)\?reclaim: done' "$out/$name.log" ||
				die "bench_reclaim.sh did not finish on the $kind kernel at $mb MiB: see $out/$name.log"
		done
	done
done

# Medians, spreads and ratios from the "reclaim: tar|lower ..." lines.
log "bench-reclaim: results"
for f in "$out"/*.log; do
	n=${f##*/}
	set -- ${n//-/ }
	sed -n "s/^\(# \)\?reclaim: tar [0-9]* \([0-9]*\) \([0-9]*\)\r*$/$1 $2 tarfree \2\n$1 $2 tarlim \3\n$1 $2 tarratio \3 \2/p;
		s/^\(# \)\?reclaim: lower [0-9]* \([0-9.]*\)\r*$/$1 $2 lower \2/p" "$f"
done | gawk -v sizes="$sizes" -f "$TOP/scripts/samples.awk" -e '
	$3 == "tarratio" { add($1 " " $2 " " $3, $4 / $5); next }
	{ add($1 " " $2 " " $3, $4) }
	function row(name, k, unit, scale) {
		if (!(k in n)) { printf "  %-46s missing\n", name; bad = 1; return }
		med[k] = median(k)
		printf "  %-46s %9.3f %s  (%d samples, spread %.0f%%)\n",
			name, med[k] * scale, unit, n[k], spread(k)
	}
	function ratio(name, a, b, target) {
		if (!(a in med) || !(b in med)) return
		printf "  %-52s %.3f  (target %s)\n", name, med[a] / med[b], target
	}
	END {
		split(sizes, s, " ")
		for (i = 1; i in s; i++)
			for (j = 1; j <= 2; j++) {
				k = j == 1 ? "guest" : "memcg"
				kn = j == 1 ? "containers" : "memcg"
				row(kn ", " s[i] " MiB: lowering 64 -> 16 MiB", k " " s[i] " lower", "ms", 1)
				row(kn ", " s[i] " MiB: tar unlimited", k " " s[i] " tarfree", "s", 0.01)
				row(kn ", " s[i] " MiB: tar at 64 MiB", k " " s[i] " tarlim", "s", 0.01)
				row(kn ", " s[i] " MiB: tar at 64 MiB / unlimited", k " " s[i] " tarratio", "", 1)
			}
		lo = s[1]; hi = s[2]
		if (hi != "") {
			ratio("lowering, containers: " hi " / " lo " MiB", "guest " hi " lower", "guest " lo " lower", "<= 1.10")
			ratio("tar ratio, containers: " hi " / " lo " MiB", "guest " hi " tarratio", "guest " lo " tarratio", "within 3 %")
		}
		for (i = 1; i in s; i++) {
			ratio("lowering, containers / memcg, " s[i] " MiB", "guest " s[i] " lower", "memcg " s[i] " lower", "<= 1.00")
			ratio("tar ratio, containers / memcg, " s[i] " MiB", "guest " s[i] " tarratio", "memcg " s[i] " tarratio", "< 1.00")
		}
		exit bad
	}' | tee "$out/results.txt"
log "bench-reclaim: logs and results in $out"
