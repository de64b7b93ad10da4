#!/bin/sh
# rmdir while members fork and exit: members keep running outside, counters
# and the log stay clean.
# timeout: 300
. /tests/containers.inc

rounds=20
r=0
while [ $r -lt $rounds ]; do
	mkdir "$C/race"
	sh -c "echo \$\$ > $C/race/addtask; while :; do /bin/true; done" &
	loop=$!
	sh -c "echo \$\$ > $C/race/addtask; while :; do sleep 0.01 & wait; done" &
	loop2=$!
	sleep 0.3
	rmdir "$C/race" || tfail "rmdir while members fork failed (round $r)"
	[ -e "$C/race" ] && tfail "directory still present after rmdir"
	sleep 0.1
	kill -0 $loop && kill -0 $loop2 || tfail "rmdir killed a forking member"
	# Detached: they can join a new container, which then counts them.
	mkdir "$C/after"
	echo $loop > "$C/after/addtask" || tfail "detached task cannot join another container"
	kill -9 $loop $loop2
	wait $loop $loop2 2>/dev/null
	wait_eq "$C/after/num_tasks" 0 5
	rmdir "$C/after"
	r=$((r + 1))
done
echo "rmdir-race: $rounds rounds of rmdir under fork/exit"
