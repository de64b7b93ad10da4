#!/bin/sh
# addfile and rmfile move a file's page-cache charges exactly between
# containers; their errors; rmdir releases the files of a container so the
# page cache stays, uncharged.
# timeout: 300
. /tests/containers.inc

A=$C/fa
B=$C/fb
mkdir "$A" "$B"
# A file created and cached outside any container: uncharged.
dd if=/dev/urandom of=/mnt/disk/g64 bs=1M count=64 2>/dev/null
sync
cat /mnt/disk/g64 > /dev/null
sum0=$(md5sum < /mnt/disk/g64)
cached=$(sed -n 's/^Cached: *\([0-9]*\) kB/\1/p' /proc/meminfo)
expect_gt "Cached (kB)" 65535 "$cached"

expect_write ok "$A/addfile" /mnt/disk/g64
expect_eq "num_file_pages of A after addfile" 16384 "$(cat $A/num_file_pages)"
expect_eq "num_files of A after addfile" 1 "$(cat $A/num_files)"
# Bound to A: addfile to B is refused, rmfile from B too.
expect_write EBUSY "$B/addfile" /mnt/disk/g64
expect_write EINVAL "$B/rmfile" /mnt/disk/g64
expect_write ok "$A/addfile" /mnt/disk/g64
expect_eq "num_file_pages of A after a second addfile" 16384 "$(cat $A/num_file_pages)"

# Mapped pages move too: they are unmapped first and fault back in.
rm -f /tmp/r
memtool mmap /mnt/disk/g64 /tmp/r &
p=$!
wait_file /tmp/r 120 $p
expect_eq "num_mapped_pages of A" 16384 "$(cat $A/num_mapped_pages)"
expect_write ok "$A/rmfile" /mnt/disk/g64
expect_eq "num_file_pages of A after rmfile" 0 "$(cat $A/num_file_pages)"
expect_eq "num_mapped_pages of A after rmfile" 0 "$(cat $A/num_mapped_pages)"
expect_eq "num_files of A after rmfile" 0 "$(cat $A/num_files)"
expect_write ok "$B/addfile" /mnt/disk/g64
expect_eq "num_file_pages of B after addfile" 16384 "$(cat $B/num_file_pages)"
kill -9 $p
wait $p 2>/dev/null
expect_eq "num_active_pages of A" 0 "$(cat $A/num_active_pages)"
echo "addfile/rmfile: 16384 pages moved A -> none -> B exactly, mapped pages included"

# Errors.
expect_write ENOENT "$A/addfile" /mnt/disk/no-such-file
expect_write EINVAL "$A/addfile" /mnt/disk
expect_write EINVAL "$A/rmfile" /mnt/disk/g64
expect_write EACCES "$A/addfile" /mnt/disk/g64 1000
CWRITE_NO_SYS_ADMIN=1 expect_write EPERM "$A/addfile" /mnt/disk/g64
CWRITE_NO_SYS_ADMIN=1 expect_write EPERM "$A/rmfile" /mnt/disk/g64

# rmdir releases B's files: the page cache stays, uncharged, and its data
# is intact; the file can be bound again.
rmdir "$B"
expect_write ok "$A/addfile" /mnt/disk/g64
expect_eq "num_file_pages of A after B's rmdir" 16384 "$(cat $A/num_file_pages)"
expect_eq "checksum after the moves" "$sum0" "$(md5sum < /mnt/disk/g64)"

# A file created inside a container belongs to it; rmdir with its page
# cache charged frees the container at once.
mkdir "$C/fc"
in_ctn fc dd if=/dev/zero of=/mnt/disk/h16 bs=1M count=16 2>/dev/null
expect_eq "num_files of fc" 1 "$(cat $C/fc/num_files)"
expect_range "num_file_pages of fc" 4096 $((4096 + S)) "$(cat $C/fc/num_file_pages)"
expect_write EBUSY "$A/addfile" /mnt/disk/h16
rmdir "$C/fc"
expect_write ok "$A/addfile" /mnt/disk/h16
expect_range "num_file_pages of A with h16" $((16384 + 4096)) $((16384 + 4096 + S)) "$(cat $A/num_file_pages)"
rm /mnt/disk/g64 /mnt/disk/h16
expect_eq "num_file_pages of A after rm" 0 "$(cat $A/num_file_pages)"
expect_eq "num_files of A after rm" 0 "$(cat $A/num_files)"
rmdir "$A"
echo "rmdir releases files: page cache kept, uncharged, rebindable"
