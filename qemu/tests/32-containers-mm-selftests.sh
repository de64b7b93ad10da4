#!/bin/sh
# The tree's own mm selftests (cow, mremap_test, mlock2-tests), run inside
# a container: they pass as they do outside, and the counters balance.
# timeout: 900
. /tests/containers.inc

T=/usr/lib/mm-selftests
M=$C/mmst
mkdir "$M"
for t in cow mremap_test mlock2-tests; do
	# Outside first: whatever cannot pass in this guest (no hugetlb, too
	# little memory) must fail the same way inside.
	(cd /tmp && "$T/$t" >/tmp/$t.out 2>&1)
	out=$?
	(cd /tmp && in_ctn mmst "$T/$t" >/tmp/$t.in 2>&1)
	in=$?
	summary=$(grep -E '^# Totals:' /tmp/$t.in | tail -n 1)
	echo "$t: exit $out outside, $in inside; ${summary:-no totals line}"
	expect_eq "$t exit status inside (as outside)" "$out" "$in"
	o=$(grep -E '^# Totals:' /tmp/$t.out | tail -n 1)
	expect_eq "$t totals inside (as outside)" "$o" "$summary"
	# Cases that fail here fail outside too (say, 2 GiB mremaps in a
	# 2 GiB guest): list them, the comparison above is the verdict.
	grep -E '^not ok' /tmp/$t.in | head -n 5
done
sync
echo 3 > /proc/sys/vm/drop_caches
for n in num_tasks num_anon_pages num_mapped_pages num_file_pages num_active_pages; do
	expect_eq "$n after the selftests" 0 "$(cat $M/$n)"
done
rmdir "$M"
echo "mm selftests: same results inside as outside, counters back to 0"
