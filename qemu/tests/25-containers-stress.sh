#!/bin/sh
# 30 s of parallel fork/exit inside containers, addtask/rmtask, limit
# writes and mkdir/rmdir; reports operations per second. The host fails the
# run on any kernel splat in the log (this runs on the debug kernel too).
# timeout: 300
. /tests/containers.inc

DUR=${CONTAINERS_STRESS_SECONDS:-30}
mkdir "$C/s1" "$C/s2"
echo 40 > "$C/s1/task_limit"
end=$(($(date +%s) + DUR))

# fork/exit inside s1, past its limit now and then.
sh -c "echo \$\$ > $C/s1/addtask; n=0; while [ \$(date +%s) -lt $end ]; do
	for i in 1 2 3 4 5 6 7 8; do /bin/true & done; wait; n=\$((n + 8)); done
	echo \$n > /tmp/stress.forks" 2>/dev/null &

# addtask/rmtask of a threaded process between s1 and s2.
threads 3 >/dev/null &
tp=$!
sh -c "n=0; while [ \$(date +%s) -lt $end ]; do
	echo $tp > $C/s2/addtask; echo $tp > $C/s2/rmtask
	echo $tp > $C/s1/addtask 2>/dev/null; echo $tp > $C/s1/rmtask 2>/dev/null
	n=\$((n + 4)); done; echo \$n > /tmp/stress.moves" 2>/dev/null &

# limit writes.
sh -c "n=0; while [ \$(date +%s) -lt $end ]; do
	echo 20 > $C/s1/task_limit; echo 40 > $C/s1/task_limit; echo max > $C/s2/task_limit
	n=\$((n + 3)); done; echo \$n > /tmp/stress.limits" 2>/dev/null &

# mkdir/rmdir with a forking member inside.
sh -c "n=0; while [ \$(date +%s) -lt $end ]; do
	mkdir $C/tmp\$n; sh -c \"echo \\\$\\\$ > $C/tmp\$n/addtask; /bin/true & /bin/true & wait\" &
	rmdir $C/tmp\$n; wait; n=\$((n + 1)); done; echo \$n > /tmp/stress.dirs" 2>/dev/null &

wait_all=0
while [ "$(date +%s)" -lt $((end + 60)) ]; do
	[ -s /tmp/stress.forks ] && [ -s /tmp/stress.moves ] && [ -s /tmp/stress.limits ] &&
		[ -s /tmp/stress.dirs ] && wait_all=1 && break
	sleep 1
done
[ $wait_all = 1 ] || tfail "the stress loops did not finish"
kill -9 $tp
wait 2>/dev/null
wait_eq "$C/s1/num_tasks" 0 10
wait_eq "$C/s2/num_tasks" 0 10
forks=$(cat /tmp/stress.forks); moves=$(cat /tmp/stress.moves)
limits=$(cat /tmp/stress.limits); dirs=$(cat /tmp/stress.dirs)
echo "stress: ${DUR} s: forks=$forks ($((forks / DUR))/s) addtask+rmtask=$moves ($((moves / DUR))/s)" \
	"limit writes=$limits ($((limits / DUR))/s) mkdir+rmdir=$dirs ($((dirs / DUR))/s)"
rm -f /tmp/stress.*
expect_gt "forks" 0 "$forks"
expect_gt "mkdir/rmdir rounds" 0 "$dirs"
rmdir "$C/s1" "$C/s2"
left=$(find "$C" -mindepth 1 -maxdepth 1 -type d)
[ -z "$left" ] || tfail "containers left behind: $left"
exit 0
