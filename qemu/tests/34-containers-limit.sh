#!/bin/sh
# page_limit enforcement with real workloads: a tar of a 256 MiB tree and a
# 256 MiB dirty write in 64 MiB containers (peak usage, other caches kept,
# data intact), lowering the limit under clean cache, and 128 MiB of
# anonymous memory in a 32 MiB container without swap (throttled, still
# progressing, killable) and with zram swap (intact, resident under the
# limit).
# timeout: 1500
. /tests/containers.inc

L=16384			# 64 MiB, in pages
PEAK=$((L + L / 8))	# the bound on usage: 1/8 over the limit
# The hooks compare the shared totals of the per-CPU counters, which lag
# by up to 2 * 64 pages per CPU.
LAG=$((2 * 64 * $(nproc)))

usage() {
	local a f
	read a <"$C/$1/num_anon_pages"
	read f <"$C/$1/num_file_pages"
	echo $((a + f))
}

# Uptime in centiseconds.
now_cs() {
	local up rest
	read up rest </proc/uptime
	echo $((${up%.*} * 100 + 1${up#*.} - 100))
}

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
memtool mktree /mnt/disk/tree 32 32 256 || tfail "cannot create the tree"
drop_caches
mkdir "$C/other" "$C/tar"
in_ctn other memtool writefile /mnt/disk/other64 64 || tfail "writing other64 failed"
memtool writefile /mnt/disk/outside64 64 || tfail "writing outside64 failed"
sync
other0=$(cat "$C/other/num_file_pages")
out0=$(memtool incore /mnt/disk/outside64)
expect_range "other's num_file_pages" 16384 $((16384 + S)) "$other0"
expect_range "cached pages of outside64" 16384 16384 "$out0"

echo $L >"$C/tar/page_limit"
peak_start tar
t0=$(now_cs)
in_ctn tar sh -c 'tar cf - -C /mnt/disk tree | cat >/dev/null' || tfail "tar failed"
t1=$(now_cs)
peak=$(peak_stop tar)
rec=$(cat "$C/tar/reclaimed_pages")
echo "tar: 256 MiB in $(((t1 - t0) * 10)) ms, peak usage $peak (limit $L, bound $PEAK), reclaimed $rec pages, hits $(cat "$C/tar/page_limit_hits"), throttled $(cat "$C/tar/throttle_events") times"
expect_le "peak usage during tar" $PEAK "$peak"
# The tree's data went through the container: 65536 pages in, at most
# PEAK left.
expect_gt "pages reclaimed during tar" $((65536 - PEAK - S)) "$rec"
other1=$(cat "$C/other/num_file_pages")
out1=$(memtool incore /mnt/disk/outside64)
echo "isolation: other's cache $other0 -> $other1 pages, outside cache $out0 -> $out1 pages"
expect_range "other's num_file_pages after tar (3%)" $((other0 - other0 * 3 / 100)) "$other0" "$other1"
expect_range "cached pages of outside64 after tar (3%)" $((out0 - out0 * 3 / 100)) "$out0" "$out1"
rm -f /mnt/disk/other64 /mnt/disk/outside64
rmdir "$C/other"

# 256 MiB of dirty page cache: written back and reclaimed, data intact.
mkdir "$C/dirty"
echo $L >"$C/dirty/page_limit"
peak_start dirty
t0=$(now_cs)
in_ctn dirty memtool writefile /mnt/disk/dirty256 256 || tfail "writing 256 MiB failed"
t1=$(now_cs)
peak=$(peak_stop dirty)
echo "dirty: 256 MiB written in $(((t1 - t0) * 10)) ms, peak usage $peak (bound $PEAK), reclaimed $(cat "$C/dirty/reclaimed_pages") pages, throttled $(cat "$C/dirty/throttle_events") times"
expect_le "peak usage while writing 256 MiB" $PEAK "$peak"
drop_caches
memtool checkfile /mnt/disk/dirty256 256 || tfail "the 256 MiB file is corrupt"
rm -f /mnt/disk/dirty256

# Lowering the limit from 64 MiB to 16 MiB under 64 MiB of clean cache:
# the write returns at once, usage is under 16 MiB within 2 s.
mkdir "$C/low"
echo $L >"$C/low/page_limit"
in_ctn low memtool writefile /mnt/disk/low64 64 || tfail "writing low64 failed"
sync
u=$(usage low)
expect_range "usage of low before lowering" $((16384 - 2048)) $((16384 + S)) "$u"
t0=$(now_cs)
echo 4096 >"$C/low/page_limit"
t1=$(now_cs)
while [ "$(usage low)" -gt 4096 ]; do
	[ $(($(now_cs) - t0)) -le 200 ] || tfail "usage of low still $(usage low) 2 s after lowering the limit to 4096"
	sleep 0.05
done
t2=$(now_cs)
echo "lowering: the write took $(((t1 - t0) * 10)) ms; usage $u -> $(usage low) within $(((t2 - t0) * 10)) ms"
rm -f /mnt/disk/low64

# Anonymous memory without swap: nothing can be reclaimed, so the task is
# throttled: it sleeps up to 1 s each time it returns to user mode after
# charging more than 1/8 over the limit, so it still makes progress. A
# kill ends it at once and the machine stays responsive.
mkdir "$C/noswap"
echo 8192 >"$C/noswap/page_limit"
bg_in_ctn noswap memtool pattern 128 /tmp/noswap.r
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
[ -e /tmp/noswap.r ] && tfail "128 MiB completed in a 32 MiB container without swap"
expect_gt "usage growth in 3 s while throttled (progress)" "$a0" "$a1"
expect_le "usage while throttled" $((8192 + 8192 / 8 + LAG + 64)) "$a1"
ms=$(memtool killwait $p) || tfail "kill -9 did not end the throttled task"
wait $p 2>/dev/null
echo "noswap: kill -9 ended the throttled task in $ms ms"
expect_le "ms for kill -9 to end a throttled task" 1000 "$ms"
wait_eq "$C/noswap/num_anon_pages" 0 10

# Anonymous memory with zram swap: completes, data intact, resident anon
# under the bound once the run settles.
echo 512M >/sys/block/zram0/disksize
mkswap /dev/zram0 >/dev/null || tfail "mkswap /dev/zram0 failed"
swapon /dev/zram0 || tfail "swapon /dev/zram0 failed"
mkdir "$C/swap"
echo 8192 >"$C/swap/page_limit"
t0=$(now_cs)
bg_in_ctn swap memtool pattern 128 /tmp/swap.r
wait_file /tmp/swap.r 600 $p
t1=$(now_cs)
expect_eq "128 MiB of anonymous memory read back through swap" ok "$(cat /tmp/swap.r)"
i=0
while [ "$(usage swap)" -gt $((8192 + 8192 / 8)) ]; do
	i=$((i + 1))
	[ $i -le 100 ] || tfail "resident anon of swap still $(usage swap) 10 s after the run"
	sleep 0.1
done
echo "swap: 128 MiB written and checked in $(((t1 - t0) * 10)) ms, resident $(usage swap) pages (bound $((8192 + 8192 / 8))), reclaimed $(cat "$C/swap/reclaimed_pages"), throttled $(cat "$C/swap/throttle_events") times"
kill -9 $p
wait $p 2>/dev/null
swapoff /dev/zram0 || tfail "swapoff /dev/zram0 failed"
echo 1 >/sys/block/zram0/reset
wait_eq "$C/swap/num_anon_pages" 0 10

ctn_clean
