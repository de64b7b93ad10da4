#!/bin/sh
# The tree's own mm selftests (cow, mremap_test, mlock2-tests), run inside
# a container: no case fails inside that passes outside, and the counters
# balance.
# timeout: 900
. /tests/containers.inc

T=/usr/lib/mm-selftests
M=$C/mmst
mkdir "$M"
# mremap_test places its mappings near addresses it picks at random; with
# the same layout outside and inside, a placement that fails fails both.
aslr=$(cat /proc/sys/kernel/randomize_va_space)
echo 0 >/proc/sys/kernel/randomize_va_space
for t in cow mremap_test mlock2-tests; do
	# Outside first: whatever cannot pass in this guest (no hugetlb, too
	# little memory) may fail inside too, but nothing else may.
	sync
	echo 3 > /proc/sys/vm/drop_caches
	(cd /tmp && "$T/$t" >/tmp/$t.out 2>&1)
	out=$?
	echo 3 > /proc/sys/vm/drop_caches
	(cd /tmp && in_ctn mmst "$T/$t" >/tmp/$t.in 2>&1)
	in=$?
	summary=$(grep -E '^# Totals:' /tmp/$t.in | tail -n 1)
	echo "$t: exit $out outside, $in inside; ${summary:-no totals line}"
	[ -n "$summary" ] || tfail "$t printed no totals inside"
	[ "$out" = 0 ] && expect_eq "$t exit status inside (0 outside)" 0 "$in"
	# Cases that fail inside must fail outside too (say, 2 GiB mremaps
	# in a 2 GiB guest, which depend on the memory free at the time).
	grep -E '^not ok' /tmp/$t.in | sed 's/^not ok [0-9]* //' >/tmp/$t.fin
	grep -E '^not ok' /tmp/$t.out | sed 's/^not ok [0-9]* //' >/tmp/$t.fout
	while read -r c; do
		grep -qxF "$c" /tmp/$t.fout && continue
		grep -B 4 -F "$c" /tmp/$t.in
		tfail "$t: '$c' fails inside but passes outside"
	done </tmp/$t.fin
	head -n 5 /tmp/$t.fin
done
echo "$aslr" >/proc/sys/kernel/randomize_va_space
sync
echo 3 > /proc/sys/vm/drop_caches
for n in num_tasks num_anon_pages num_mapped_pages num_file_pages num_active_pages; do
	expect_eq "$n after the selftests" 0 "$(cat $M/$n)"
done
rmdir "$M"
echo "mm selftests: same results inside as outside, counters back to 0"
