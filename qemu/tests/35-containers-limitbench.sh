#!/bin/sh
# Benchmark, not a timed test: a tar of a 256 MiB tree from a cold cache,
# in a container without a limit and in one limited to 64 MiB, best of 2
# alternating rounds; prints the time ratio limited/unlimited (target at
# most 1.5) and the peak usage over the limit. It fails only if a workload
# fails.
# timeout: 900
# debug: skip
. /tests/containers.inc

L=16384
[ -d /mnt/disk/tree ] || memtool mktree /mnt/disk/tree 32 32 256 || tfail "cannot create the tree"
mkdir "$C/free" "$C/lim"
echo $L >"$C/lim/page_limit"

# run_tar NAME: tar the tree from a cold cache in container NAME; prints
# the time in centiseconds, and for lim keeps the peak usage.
peak=0
run_tar() {
	local t0 t1 s a f
	sync
	echo 3 >/proc/sys/vm/drop_caches
	rm -f /tmp/tar.done
	t0=$(now_cs)
	sh -c 'echo $$ > "$0" && exec sh -c "tar cf - -C /mnt/disk tree | cat >/dev/null; touch /tmp/tar.done"' \
		"$C/$1/addtask" &
	s=$!
	while [ ! -e /tmp/tar.done ]; do
		read a <"$C/$1/num_anon_pages"
		read f <"$C/$1/num_file_pages"
		[ $((a + f)) -gt $peak ] && [ "$1" = lim ] && peak=$((a + f))
		sleep 0.02
	done
	t1=$(now_cs)
	wait $s || tfail "tar in $1 failed"
	echo $((t1 - t0)) >/tmp/tar.cs
}

best_free=999999 best_lim=999999
r=0
while [ $r -lt 2 ]; do
	run_tar free
	x=$(cat /tmp/tar.cs)
	[ "$x" -lt $best_free ] && best_free=$x
	run_tar lim
	x=$(cat /tmp/tar.cs)
	[ "$x" -lt $best_lim ] && best_lim=$x
	r=$((r + 1))
done
ratio=$((best_lim * 1000 / best_free))
echo "limitbench: tar of 256 MiB, best of 2: unlimited $((best_free * 10)) ms, limited to 64 MiB $((best_lim * 10)) ms, ratio $((ratio / 1000)).$(printf %03d $((ratio % 1000))) (target <= 1.5)"
echo "limitbench: peak usage $peak pages for a limit of $L: $((peak * 1000 / L / 1000)).$(printf %03d $((peak * 1000 / L % 1000))) x the limit (bound 1.125)"
echo "limitbench: reclaimed $(cat "$C/lim/reclaimed_pages") pages, throttled $(cat "$C/lim/throttle_events") times for $(cat "$C/lim/throttle_usecs") us"
rm -rf /mnt/disk/tree
ctn_clean
