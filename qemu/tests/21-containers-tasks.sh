#!/bin/sh
# Task membership with real processes: fork inheritance, exit, threads,
# task_limit, lowering it, rmdir with live members.
. /tests/containers.inc

mkdir "$C/t"
# A member's children join; cat itself is the fourth member when it reads.
n=$(sh -c "echo \$\$ > $C/t/addtask; sleep 3 & p1=\$!; sleep 3 & p2=\$!; cat $C/t/num_tasks; kill \$p1 \$p2")
expect_eq "num_tasks seen by a member with two children" 4 "$n"
wait_eq "$C/t/num_tasks" 0 5

# A multi-threaded process joins and leaves as a whole.
threads 7 >/tmp/t.pid &
tp=$!
i=0; while [ ! -s /tmp/t.pid ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
echo $tp > "$C/t/addtask" || tfail "addtask of a threaded process"
expect_eq "num_tasks of an 8-thread process" 8 "$(cat "$C/t/num_tasks")"
expect_eq "showtasks of an 8-thread process" "$(ls /proc/$tp/task | sort -n | tr '\n' ' ')" \
	"$(sort -n "$C/t/showtasks" | tr '\n' ' ')"
# Adding by any thread id adds the same process.
tid=$(ls /proc/$tp/task | sort -n | tail -n 1)
echo $tid > "$C/t/addtask" || tfail "addtask by thread id"
expect_eq "num_tasks after adding by thread id" 8 "$(cat "$C/t/num_tasks")"
echo $tp > "$C/t/rmtask" || tfail "rmtask of a threaded process"
expect_eq "num_tasks after rmtask" 0 "$(cat "$C/t/num_tasks")"
kill -9 $tp

# task_limit refuses forks with EAGAIN and counts them.
echo 3 > "$C/t/task_limit"
sh -c "echo \$\$ > $C/t/addtask; for i in 1 2 3 4 5; do sleep 30 & done; wait" >/dev/null 2>&1 &
sleep 1
expect_le "num_tasks with task_limit 3" 3 "$(cat "$C/t/num_tasks")"
kill_members "$C/t"
wait_eq "$C/t/num_tasks" 0 5
hits=$(cat "$C/t/task_limit_hits")
expect_gt "task_limit_hits after forking past the limit" 0 "$hits"

# Lowering the limit below num_tasks kills nobody, refuses forks, counts a hit.
echo max > "$C/t/task_limit"
sleep 1000 &
a=$!
sleep 1000 &
b=$!
echo $a > "$C/t/addtask"
echo $b > "$C/t/addtask"
before=$(cat "$C/t/task_limit_hits")
echo 1 > "$C/t/task_limit"
expect_eq "task_limit_hits after lowering the limit" $((before + 1)) "$(cat "$C/t/task_limit_hits")"
kill -0 $a && kill -0 $b || tfail "lowering task_limit killed a member"
expect_eq "num_tasks after lowering the limit" 2 "$(cat "$C/t/num_tasks")"

# rmdir with live members: they are detached and keep running.
rmdir "$C/t" || tfail "rmdir with members failed"
[ -e "$C/t" ] && tfail "the directory is still there after rmdir"
kill -0 $a && kill -0 $b || tfail "rmdir killed a member"
mkdir "$C/u"
echo $a > "$C/u/addtask" || tfail "a detached task cannot join another container"
expect_eq "num_tasks of the new container" 1 "$(cat "$C/u/num_tasks")"
kill -9 $a $b
wait_eq "$C/u/num_tasks" 0 5
rmdir "$C/u"
echo "tasks: inheritance, threads, limits and rmdir checked"
