#!/bin/sh
# Benchmark, not a timed test: page-fault and file-read throughput of a
# task outside any container and inside one, best of 3 alternating rounds,
# and the ratio inside/outside. It fails only if a workload fails.
# timeout: 600
# debug: skip
. /tests/containers.inc

B=$C/bench
mkdir "$B"
dd if=/dev/zero of=/mnt/disk/b64 bs=1M count=64 2>/dev/null
sync

fo=0 fi=0 ro=0 ri=0
r=0
while [ $r -lt 3 ]; do
	x=$(memtool faultbench 64 8 | sed -n 's/.*: \([0-9]*\) faults\/s/\1/p')
	[ -n "$x" ] || tfail "faultbench outside failed"
	[ "$x" -gt $fo ] && fo=$x
	x=$(in_ctn bench memtool faultbench 64 8 | sed -n 's/.*: \([0-9]*\) faults\/s/\1/p')
	[ -n "$x" ] || tfail "faultbench inside failed"
	[ "$x" -gt $fi ] && fi=$x
	# File reads: the file is charged to the container only for the
	# inside run, so every page-cache insert and delete is accounted.
	x=$(memtool readbench /mnt/disk/b64 4 | sed -n 's/.*s: \([0-9]*\)\.[0-9] MiB\/s/\1/p')
	[ -n "$x" ] || tfail "readbench outside failed"
	[ "$x" -gt $ro ] && ro=$x
	echo /mnt/disk/b64 > "$B/addfile" || tfail "addfile of the benchmark file failed"
	x=$(in_ctn bench memtool readbench /mnt/disk/b64 4 | sed -n 's/.*s: \([0-9]*\)\.[0-9] MiB\/s/\1/p')
	[ -n "$x" ] || tfail "readbench inside failed"
	[ "$x" -gt $ri ] && ri=$x
	echo /mnt/disk/b64 > "$B/rmfile" || tfail "rmfile of the benchmark file failed"
	r=$((r + 1))
done
ratio() { echo "$1 $2" | awk '{ printf "%.3f", $1 / $2 }'; }
echo "membench: page faults/s outside $fo, inside $fi, inside/outside $(ratio $fi $fo)"
echo "membench: file read MiB/s outside $ro, inside $ri, inside/outside $(ratio $ri $ro)"
rm /mnt/disk/b64
rmdir "$B"
