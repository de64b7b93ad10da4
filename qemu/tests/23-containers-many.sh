#!/bin/sh
# 10,000 containers created and removed (1,000 on the debug kernel, where
# each mkdir costs several times more); ids unique while they exist and
# reused after.
# timeout: 900
. /tests/containers.inc

N=10000
[ -e /sys/kernel/debug/kmemleak ] && N=1000
start=$(date +%s)
for i in $(seq 0 $((N - 1))); do
	mkdir "$C/m$i" || tfail "mkdir number $i failed"
done
made=$(date +%s)
expect_eq "containers present" $N "$(ls "$C" | grep -c '^m')"
ids=$(cat "$C"/m*/id | sort -u | wc -l)
expect_eq "distinct ids" $N "$ids"
first=$(cat "$C/m0/id")
for i in $(seq 0 $((N - 1))); do
	rmdir "$C/m$i" || tfail "rmdir number $i failed"
done
done_t=$(date +%s)
expect_eq "containers left" 0 "$(ls "$C" | grep -c '^m')"
mkdir "$C/again"
expect_eq "id reused after all were freed" "$first" "$(cat "$C/again/id")"
rmdir "$C/again"
echo "many: $N containers created in $((made - start)) s and removed in $((done_t - made)) s"
