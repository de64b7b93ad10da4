#!/bin/sh
# Memory accounting with real workloads: anonymous memory (small pages and
# THP, split and migrated), copy on write, page cache written, dropped, read
# and mapped, tmpfs, active pages on the classic LRU and MGLRU, and the
# balance: every counter back to exactly 0.
# timeout: 600
. /tests/containers.inc

M=$C/mem
rd() { cat "$M/$1"; }
mkdir "$M"

# 64 MiB of anonymous memory, small pages.
rm -f /tmp/r
bg_in_ctn mem memtool anon 64 /tmp/r
wait_file /tmp/r 120 $p
expect_range "num_anon_pages, 64 MiB anon" 16384 $((16384 + S)) "$(rd num_anon_pages)"
echo "anon: 64 MiB touched, num_anon_pages $(rd num_anon_pages)"
kill -9 $p
wait $p 2>/dev/null
wait_eq "$M/num_anon_pages" 0 10

# The same with THP, then split every THP and compact memory: the owner
# follows the memory and the count does not move.
thp0=$(sed -n 's/^AnonHugePages: *\([0-9]*\) kB/\1/p' /proc/meminfo)
rm -f /tmp/r
bg_in_ctn mem memtool anon 64 /tmp/r thp
wait_file /tmp/r 120 $p
thp1=$(sed -n 's/^AnonHugePages: *\([0-9]*\) kB/\1/p' /proc/meminfo)
expect_gt "AnonHugePages grew by (kB)" 32767 $((thp1 - thp0))
a=$(rd num_anon_pages)
expect_range "num_anon_pages, 64 MiB THP" 16384 $((16384 + S)) "$a"
echo "thp: $(((thp1 - thp0) / 1024)) MiB in THPs, num_anon_pages $a"
echo 1 > /sys/kernel/debug/split_huge_pages
thp2=$(sed -n 's/^AnonHugePages: *\([0-9]*\) kB/\1/p' /proc/meminfo)
expect_le "AnonHugePages after split (kB)" "$thp0" "$thp2"
expect_eq "num_anon_pages after splitting the THPs" "$a" "$(rd num_anon_pages)"
echo "split: every THP split, num_anon_pages still $a"
kill -9 $p
wait $p 2>/dev/null
wait_eq "$M/num_anon_pages" 0 10

# Migration: compaction moves the pages of a fragmented heap; the owner
# goes with them.
rm -f /tmp/r
bg_in_ctn mem memtool frag 256 /tmp/r
wait_file /tmp/r 120 $p
a=$(rd num_anon_pages)
expect_range "num_anon_pages, 128 MiB of a 256 MiB heap" 32768 $((32768 + S)) "$a"
mig0=$(sed -n 's/^pgmigrate_success //p' /proc/vmstat)
echo 1 > /proc/sys/vm/compact_memory
mig1=$(sed -n 's/^pgmigrate_success //p' /proc/vmstat)
expect_gt "pages migrated by compaction" 0 $((mig1 - mig0))
expect_eq "num_anon_pages after compaction" "$a" "$(rd num_anon_pages)"
echo "migration: $((mig1 - mig0)) pages migrated, num_anon_pages still $a"
kill -9 $p
wait $p 2>/dev/null
wait_eq "$M/num_anon_pages" 0 10

# Copy on write: the child's copies are its container's too.
rm -f /tmp/r
bg_in_ctn mem memtool cow 64 /tmp/r
wait_file /tmp/r 120 $p
expect_range "num_anon_pages, 64 MiB + COW copy" 32768 $((32768 + 2 * S)) "$(rd num_anon_pages)"
echo "cow: parent and child, num_anon_pages $(rd num_anon_pages)"
kill -9 $(cat "$M/showtasks")
wait $p 2>/dev/null
wait_eq "$M/num_anon_pages" 0 10

# Page cache of a file the container created: charged as a whole to it,
# whoever reads it.
files0=$(rd num_files)
in_ctn mem dd if=/dev/zero of=/mnt/disk/f64 bs=1M count=64 2>/dev/null
expect_gt "num_files after creating a file" "$files0" "$(rd num_files)"
expect_range "num_file_pages after writing 64 MiB" 16384 $((16384 + S)) "$(rd num_file_pages)"
sync
echo 1 > /proc/sys/vm/drop_caches
expect_eq "num_file_pages after drop_caches" 0 "$(rd num_file_pages)"
cat /mnt/disk/f64 > /dev/null
f=$(rd num_file_pages)
expect_range "num_file_pages after a read from outside" $((16384 - S)) $((16384 + S)) "$f"
echo "file: 64 MiB read, num_file_pages $f"

# Mapped: a shared read mapping counts in num_mapped_pages until munmap.
rm -f /tmp/r
memtool mmap /mnt/disk/f64 /tmp/r &
p=$!
wait_file /tmp/r 120 $p
expect_range "num_mapped_pages, 64 MiB mapped" $((16384 - S)) 16384 "$(rd num_mapped_pages)"
echo "mmap: num_mapped_pages $(rd num_mapped_pages)"
kill -9 $p
wait $p 2>/dev/null
wait_eq "$M/num_mapped_pages" 0 10
expect_range "num_file_pages after munmap" $((16384 - S)) $((16384 + S)) "$(rd num_file_pages)"

# Active pages, classic LRU: a second read activates.
lrugen=/sys/kernel/mm/lru_gen/enabled
echo n > $lrugen
cat /mnt/disk/f64 > /dev/null
act=$(rd num_active_pages)
expect_range "num_active_pages after a second read" $((16384 * 9 / 10)) $((16384 + S)) "$act"
echo "active (classic LRU): num_active_pages $act"
# MGLRU: reported as unsupported; switching back leaves the count exact.
echo y > $lrugen
cat "$M/num_active_pages" 2>/dev/null && tfail "num_active_pages readable under MGLRU"
cat /mnt/disk/f64 > /dev/null
cat /mnt/disk/f64 > /dev/null
echo n > $lrugen
act=$(rd num_active_pages)
expect_range "num_active_pages after MGLRU off again" 0 $((16384 + S)) "$act"
echo "active: unsupported under MGLRU, $act after switching back"

# tmpfs files are files.
f0=$(rd num_file_pages)
in_ctn mem dd if=/dev/zero of=/tmp/t32 bs=1M count=32 2>/dev/null
expect_range "num_file_pages after a 32 MiB tmpfs file" $((f0 + 8192)) $((f0 + 8192 + S)) "$(rd num_file_pages)"
rm /tmp/t32
expect_range "num_file_pages after removing it" $((f0 - S)) $((f0 + S)) "$(rd num_file_pages)"
echo "tmpfs: 32 MiB file counted and released"

# Balance: members gone, files removed, caches dropped: all exactly 0.
rm /mnt/disk/f64
sync
echo 3 > /proc/sys/vm/drop_caches
for n in num_anon_pages num_mapped_pages num_file_pages num_active_pages num_files num_tasks; do
	expect_eq "$n at the end" 0 "$(rd $n)"
done
rmdir "$M"
echo "balance: every counter back to 0"
