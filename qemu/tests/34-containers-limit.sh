#!/bin/sh
# page_limit enforcement with real workloads: a tar of a 256 MiB tree and a
# 256 MiB dirty write in 64 MiB containers (peak usage, other caches kept,
# data intact), lowering the limit under clean cache, rmdir during
# reclaim, and 128 MiB of anonymous memory in a 32 MiB container without
# swap (throttled, still progressing, killable, woken by rmdir) and with
# zram swap (intact, resident under the limit).
# timeout: 1500
. /tests/containers.inc

# The sizes below are for the normal kernel. The debug kernel (KASAN,
# lockdep, kmemleak) runs about 20 times slower under TCG, so there every
# size is halved and the 2 s bound on lowering the limit becomes 20 s.
MB=64 LOWER_CS=200
if grep -q 'containers.kind=debug' /proc/cmdline; then
	MB=32 LOWER_CS=2000
fi
L=$((MB * 256))		# the limit, in pages
PEAK=$((L + L / 8))	# the bound on usage: 1/8 over the limit
# The hooks compare the shared totals of the per-CPU counters, which lag
# by up to 2 * 64 pages per CPU.
LAG=$((2 * 64 * $(nproc)))

# peak_start NAME: sample the usage of container NAME every 20 ms in the
# background, keeping the highest value in /tmp/peak.NAME; peak_stop NAME
# ends the sampling and prints the peak.
peak_start() {
	rm -f "/tmp/peak.$1" "/tmp/peak.$1.stop"
	(
		max=0
		while [ ! -e "/tmp/peak.$1.stop" ]; do
			read a <"$C/$1/num_anon_pages"
			read f <"$C/$1/num_file_pages"
			if [ $((a + f)) -gt $max ]; then
				max=$((a + f))
				echo $max >"/tmp/peak.$1"
			fi
			sleep 0.02
		done
	) &
	sampler=$!
}
peak_stop() {
	touch "/tmp/peak.$1.stop"
	wait $sampler
	cat "/tmp/peak.$1"
}

drop_caches() {
	sync
	echo 3 >/proc/sys/vm/drop_caches
}

swapoff -a 2>/dev/null || true

# The seed's use case: a tar of a 256 MiB tree in a 64 MiB container,
# while a second container's cached file and a file cached outside any
# container stay cached.
memtool mktree /mnt/disk/tree $((MB / 2)) 32 256 || tfail "cannot create the tree"
drop_caches
mkdir "$C/other" "$C/tar"
in_ctn other memtool writefile /mnt/disk/other64 $MB || tfail "writing other64 failed"
memtool writefile /mnt/disk/outside64 $MB || tfail "writing outside64 failed"
sync
other0=$(cat "$C/other/num_file_pages")
out0=$(memtool incore /mnt/disk/outside64)
expect_range "other's num_file_pages" $L $((L + S)) "$other0"
expect_range "cached pages of outside64" $L $L "$out0"

echo $L >"$C/tar/page_limit"
peak_start tar
t0=$(now_cs)
in_ctn tar sh -c 'tar cf - -C /mnt/disk tree | cat >/dev/null' || tfail "tar failed"
t1=$(now_cs)
peak=$(peak_stop tar)
rec=$(cat "$C/tar/reclaimed_pages")
echo "tar: $((4 * MB)) MiB in $(((t1 - t0) * 10)) ms, peak usage $peak (limit $L, bound $PEAK), reclaimed $rec pages, hits $(cat "$C/tar/page_limit_hits"), throttled $(cat "$C/tar/throttle_events") times"
expect_le "peak usage during tar" $PEAK "$peak"
# The tree's data went through the container: 4 * L pages in, at most
# PEAK left.
expect_gt "pages reclaimed during tar" $((4 * L - PEAK - S)) "$rec"
other1=$(cat "$C/other/num_file_pages")
out1=$(memtool incore /mnt/disk/outside64)
echo "isolation: other's cache $other0 -> $other1 pages, outside cache $out0 -> $out1 pages"
expect_range "other's num_file_pages after tar (3%)" $((other0 - other0 * 3 / 100)) "$other0" "$other1"
expect_range "cached pages of outside64 after tar (3%)" $((out0 - out0 * 3 / 100)) "$out0" "$out1"
rm -f /mnt/disk/other64 /mnt/disk/outside64
rmdir "$C/other"

# 256 MiB of dirty page cache in 64 MiB: written back and reclaimed, data
# intact.
mkdir "$C/dirty"
echo $L >"$C/dirty/page_limit"
peak_start dirty
t0=$(now_cs)
in_ctn dirty memtool writefile /mnt/disk/dirty256 $((4 * MB)) || tfail "writing $((4 * MB)) MiB failed"
t1=$(now_cs)
peak=$(peak_stop dirty)
echo "dirty: $((4 * MB)) MiB written in $(((t1 - t0) * 10)) ms, peak usage $peak (bound $PEAK), reclaimed $(cat "$C/dirty/reclaimed_pages") pages, throttled $(cat "$C/dirty/throttle_events") times"
expect_le "peak usage while writing $((4 * MB)) MiB" $PEAK "$peak"
drop_caches
memtool checkfile /mnt/disk/dirty256 $((4 * MB)) || tfail "the $((4 * MB)) MiB file is corrupt"
rm -f /mnt/disk/dirty256

# Lowering the limit from 64 MiB to 16 MiB under 64 MiB of clean cache:
# the write returns at once, usage is under 16 MiB within 2 s.
mkdir "$C/low"
echo $L >"$C/low/page_limit"
in_ctn low memtool writefile /mnt/disk/low64 $MB || tfail "writing low64 failed"
sync
u=$(usage low)
expect_range "usage of low before lowering" $((L - L / 8)) $((L + S)) "$u"
t0=$(now_cs)
echo $((L / 4)) >"$C/low/page_limit"
t1=$(now_cs)
while [ "$(usage low)" -gt $((L / 4)) ]; do
	[ $(($(now_cs) - t0)) -le $LOWER_CS ] || tfail "usage of low still $(usage low) $((LOWER_CS / 100)) s after lowering the limit to $((L / 4))"
	sleep 0.05
done
t2=$(now_cs)
echo "lowering: the write took $(((t1 - t0) * 10)) ms; usage $u -> $(usage low) within $(((t2 - t0) * 10)) ms"
rm -f /mnt/disk/low64

# rmdir while the worker reclaims: the work holds its own reference.
mkdir "$C/gone"
in_ctn gone memtool writefile /mnt/disk/gone64 $MB || tfail "writing gone64 failed"
sync
echo 16 >"$C/gone/page_limit"
rmdir "$C/gone" || tfail "rmdir while reclaim runs failed"
rm -f /mnt/disk/gone64

# Anonymous memory without swap: nothing can be reclaimed, so the task is
# throttled: it sleeps up to 1 s each time it returns to user mode after
# charging more than 1/8 over the limit, so it still makes progress. A
# kill ends it at once and the machine stays responsive.
mkdir "$C/noswap"
echo $((L / 2)) >"$C/noswap/page_limit"
bg_in_ctn noswap memtool pattern $((2 * MB)) /tmp/noswap.r
i=0
while [ "$(cat "$C/noswap/throttle_events")" = 0 ]; do
	i=$((i + 1))
	[ $i -le 600 ] || tfail "no throttling within 60 s without swap (usage $(usage noswap))"
	kill -0 $p || tfail "the task ended before being throttled"
	sleep 0.1
done
a0=$(usage noswap)
sleep 3
a1=$(usage noswap)
t0=$(now_cs)
cat /proc/meminfo "$C/noswap/num_tasks" >/dev/null
t1=$(now_cs)
echo "noswap: throttled $(cat "$C/noswap/throttle_events") times, $(cat "$C/noswap/throttle_usecs") us; usage $a0 -> $a1 in 3 s; an outside command took $(((t1 - t0) * 10)) ms"
[ -e /tmp/noswap.r ] && tfail "$((2 * MB)) MiB completed in a $((MB / 2)) MiB container without swap"
expect_gt "usage growth in 3 s while throttled (progress)" "$a0" "$a1"
expect_le "usage while throttled" $((L / 2 + L / 16 + LAG + 64)) "$a1"
ms=$(memtool killwait $p) || tfail "kill -9 did not end the throttled task"
wait $p 2>/dev/null
echo "noswap: kill -9 ended the throttled task in $ms ms"
expect_le "ms for kill -9 to end a throttled task" 1000 "$ms"
wait_eq "$C/noswap/num_anon_pages" 0 10

# rmdir wakes a throttled member, which goes on outside any container.
ev=$(cat "$C/noswap/throttle_events")
bg_in_ctn noswap memtool pattern $((2 * MB)) /tmp/noswap2.r
i=0
while [ "$(cat "$C/noswap/throttle_events")" = "$ev" ]; do
	i=$((i + 1))
	[ $i -le 600 ] || tfail "no throttling within 60 s without swap"
	sleep 0.1
done
rmdir "$C/noswap" || tfail "rmdir with a throttled member failed"
wait_file /tmp/noswap2.r 120 $p
expect_eq "the detached task's memory" ok "$(cat /tmp/noswap2.r)"
kill -9 $p
wait $p 2>/dev/null
echo "noswap: rmdir let the throttled member finish outside"

# Anonymous memory with zram swap: completes, data intact, resident anon
# under the bound once the run settles.
echo 512M >/sys/block/zram0/disksize
mkswap /dev/zram0 >/dev/null || tfail "mkswap /dev/zram0 failed"
swapon /dev/zram0 || tfail "swapon /dev/zram0 failed"
mkdir "$C/swap"
echo $((L / 2)) >"$C/swap/page_limit"
t0=$(now_cs)
bg_in_ctn swap memtool pattern $((2 * MB)) /tmp/swap.r
wait_file /tmp/swap.r 600 $p
t1=$(now_cs)
expect_eq "$((2 * MB)) MiB of anonymous memory read back through swap" ok "$(cat /tmp/swap.r)"
i=0
while [ "$(usage swap)" -gt $((L / 2 + L / 16)) ]; do
	i=$((i + 1))
	[ $i -le 100 ] || tfail "resident anon of swap still $(usage swap) 10 s after the run"
	sleep 0.1
done
echo "swap: $((2 * MB)) MiB written and checked in $(((t1 - t0) * 10)) ms, resident $(usage swap) pages (bound $((L / 2 + L / 16))), reclaimed $(cat "$C/swap/reclaimed_pages"), throttled $(cat "$C/swap/throttle_events") times"
kill -9 $p
wait $p 2>/dev/null
swapoff /dev/zram0 || tfail "swapoff /dev/zram0 failed"
echo 1 >/sys/block/zram0/reset
wait_eq "$C/swap/num_anon_pages" 0 10

ctn_clean
