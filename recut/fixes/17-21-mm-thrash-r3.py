# Target 17 only (a 17-17 name would sort before 17-21-mm-override.py, which
# writes the whole file): the tasks that charge are blocked from target 18
# on; without that, a run just goes on while reclaim frees pages.
R = [('mm/container_mm.c',
""" * A run goes on while reclaim frees pages: the tasks that charge the
 * container are blocked from 1/8 over the limit on, so a working set that
 * does not fit thrashes, as in a memory cgroup, rather than holding the
 * worker for good. When reclaim frees nothing CONTAINER_RECLAIM_RETRIES
 * times in a row, the per-CPU LRU batches drained once on the way, and
 * usage is still over the limit, the container is out of memory: the
 * run ends with usage over the limit.
""", """ * A run goes on while reclaim frees pages: a working set that does not
 * fit thrashes, as in a memory cgroup. When reclaim frees nothing
 * CONTAINER_RECLAIM_RETRIES times in a row, the per-CPU LRU batches
 * drained once on the way, and usage is still over the limit, the
 * container is out of memory: the run ends with usage over the limit,
 * and the next charge over the limit starts another.
""")] if STAGE == 17 else []
