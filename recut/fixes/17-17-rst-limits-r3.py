# Limits at page_limit and reclaim: the lag of the check is the bounded one
# of this patch (usage_batch), not 2 x 64 pages per CPU, and it is said in
# the introduction, not after the Swap item as the tail of the huge page
# sentence (target 21); nobody is blocked yet (throttle, target 18); and
# what happens once the container is out of memory.
R = [('Documentation/admin-guide/containers.rst',
"""its limit gets its own pages reclaimed. The charge paths compare the
shared totals of the per-CPU counters, so they may notice up to 2 x 64
pages per CPU late.
""", """its limit gets its own pages reclaimed. The charge paths compare the
shared total of a per-CPU counter with the limit, so they may notice
late, but by no more than 1/64 of the limit or 32 pages, whichever is
more, on any number of CPUs: the counter's per-CPU batch shrinks with
the limit (to a single page on a machine with many CPUs and a small
limit), and writing ``page_limit`` folds every CPU's part into the
total.
"""),
('Documentation/admin-guide/containers.rst',
"""  the limit stays over it.
  time it goes on. The charge paths compare the shared total of a per-CPU
  counter with the limit, so they may notice late, but by no more than
  1/64 of the limit or 32 pages, whichever is more, on any number of
  CPUs: the counter's per-CPU batch shrinks with the limit (to a single
  page on a machine with many CPUs and a small limit), and writing
  ``page_limit`` folds every CPU's part into the total.
""", """  the limit stays over it.
"""),
('Documentation/admin-guide/containers.rst',
"""  in a memory cgroup, and the tasks that charge it are blocked from 1/8
  over the limit on. The container is out of memory when reclaim frees
""", """  in a memory cgroup. The container is out of memory when reclaim frees
"""),
('Documentation/admin-guide/containers.rst',
"""  the writeback it found in flight.
Cost
""", """  the writeback it found in flight. The worker then stops, and the next
  charge over the limit starts it again.

Cost
"""),
]
