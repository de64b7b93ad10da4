#!/bin/sh
# The configfs interface: every attribute read and written, every errno.
. /tests/containers.inc

[ -d "$C" ] || tfail "$C does not exist"
grep -q 'Containers' "$C/description" || tfail "description does not describe containers"
expect_write EACCES "$C/description" x

mkdir "$C/a" || tfail "mkdir $C/a failed"
mkdir "$C/a/nested" 2>/dev/null && tfail "mkdir inside a container succeeded"
for f in id num_tasks num_files num_anon_pages num_mapped_pages num_file_pages \
	num_active_pages page_limit task_limit page_limit_hits task_limit_hits \
	reclaimed_pages throttle_events throttle_usecs \
	freeing addtask rmtask showtasks addfile rmfile; do
	[ -e "$C/a/$f" ] || tfail "attribute $f is missing"
done
for f in num_tasks num_files num_anon_pages num_mapped_pages num_file_pages \
	num_active_pages page_limit_hits task_limit_hits reclaimed_pages \
	throttle_events throttle_usecs freeing; do
	expect_eq "$f of a new container" 0 "$(cat "$C/a/$f")"
	expect_write EACCES "$C/a/$f" 1
done
expect_eq "showtasks of a new container" "" "$(cat "$C/a/showtasks")"
expect_write EACCES "$C/a/id" 1
case "$(cat "$C/a/id")" in ''|*[!0-9]*) tfail "id is not a number: $(cat "$C/a/id")" ;; esac

# Limits: a decimal number or max, strictly.
for lim in task_limit page_limit; do
	expect_eq "default $lim" max "$(cat "$C/a/$lim")"
	expect_write ok "$C/a/$lim" 12345
	expect_eq "$lim after writing 12345" 12345 "$(cat "$C/a/$lim")"
	expect_write ok "$C/a/$lim" "0
"
	expect_eq "$lim after writing 0" 0 "$(cat "$C/a/$lim")"
	expect_write ok "$C/a/$lim" max
	expect_eq "$lim after writing max" max "$(cat "$C/a/$lim")"
	for bad in abc -1 +1 " 1" "1 " 12abc 0x10 1.5 Max maxx "1

"; do
		expect_write EINVAL "$C/a/$lim" "$bad"
	done
	expect_write ERANGE "$C/a/$lim" 9223372036854775808
	expect_write ERANGE "$C/a/$lim" 99999999999999999999999
	expect_eq "$lim after bad writes" max "$(cat "$C/a/$lim")"
	expect_write EACCES "$C/a/$lim" 5 1000
	CWRITE_NO_SYS_ADMIN=1 expect_write EPERM "$C/a/$lim" 5
done

# addtask / rmtask errors.
sleep 1000 &
s1=$!
expect_write ESRCH "$C/a/addtask" 4000000
expect_write EINVAL "$C/a/addtask" abc
expect_write EINVAL "$C/a/addtask" 0
expect_write EINVAL "$C/a/addtask" -5
expect_write ERANGE "$C/a/addtask" 99999999999
expect_write EINVAL "$C/a/addtask" 2          # kthreadd
expect_write EACCES "$C/a/addtask" $s1 1000
CWRITE_NO_SYS_ADMIN=1 expect_write EPERM "$C/a/addtask" $s1
expect_write EINVAL "$C/a/rmtask" $s1         # not a member
expect_write ESRCH "$C/a/rmtask" 4000000
expect_write ok "$C/a/addtask" $s1
expect_write ok "$C/a/addtask" $s1            # already a member: no-op
expect_eq "num_tasks after adding one process twice" 1 "$(cat "$C/a/num_tasks")"
expect_eq showtasks "$s1" "$(cat "$C/a/showtasks")"

mkdir "$C/b"
expect_write EBUSY "$C/b/addtask" $s1         # member of another container
expect_eq "num_tasks of b" 0 "$(cat "$C/b/num_tasks")"

# ENOSPC: a process with more threads than the limit allows joins not at all.
threads 4 >/tmp/threads.pid &
t=$!
wait_nonempty=0
while [ ! -s /tmp/threads.pid ] && [ $wait_nonempty -lt 100 ]; do sleep 0.1; wait_nonempty=$((wait_nonempty + 1)); done
expect_write ok "$C/b/task_limit" 4
expect_write ENOSPC "$C/b/addtask" $t
expect_eq "num_tasks of b after ENOSPC" 0 "$(cat "$C/b/num_tasks")"
expect_eq "task_limit_hits of b after ENOSPC" 1 "$(cat "$C/b/task_limit_hits")"
expect_write ok "$C/b/task_limit" 5
expect_write ok "$C/b/addtask" $t
expect_eq "num_tasks of b with a 5-thread process" 5 "$(cat "$C/b/num_tasks")"

# addfile / rmfile take a path (31-containers-files.sh tests them further).
expect_write ENOENT "$C/a/addfile" /no/such/file
expect_write EINVAL "$C/a/addfile" /tests
expect_write EINVAL "$C/a/rmfile" /tests/containers.inc

expect_write ok "$C/a/rmtask" $s1
expect_eq "num_tasks after rmtask" 0 "$(cat "$C/a/num_tasks")"
expect_write EINVAL "$C/a/rmtask" $s1

# ENOENT: a write reaching a container that is being removed.
CWRITE_RMDIR="$C/a" expect_write ENOENT "$C/a/addtask" $s1
[ -e "$C/a" ] && tfail "$C/a still exists after rmdir"

kill -9 $s1 $t
wait 2>/dev/null
wait_eq "$C/b/num_tasks" 0 5
rmdir "$C/b" || tfail "rmdir of an empty container failed"
echo "interface: all attributes and errnos checked"
