# "How closely the limit holds" with the in-call bound, before the huge page
# fallback (21) and io_uring (23): the weave had mixed in the 2 x 64 pages
# sentence, halves of the huge page sentence, and the io_uring item.
R = [('Documentation/admin-guide/containers.rst',
"""  Usage rises above the limit until the worker catches up; the growing
  pages, a huge page 512). The charge paths compare the shared totals of
  the per-CPU counters, so they may notice up to 2 x 64 pages per CPU
  late.
  delay holds the charging tasks back, and blocks them from 1/8 over on,
  charges after the last check (a 1 MiB ``write()`` is 256 pages). An anonymous page fault that would take usage over the limit
  time it goes on. The charge paths compare the shared total of a per-CPU
  so that it stays within 1/8 over the limit, the bound the tests check.
""", """  Usage rises above the limit until the worker catches up; the growing
  delay holds the charging tasks back, and blocks them from 1/8 over on,
  so that it stays within 1/8 over the limit, the bound the tests check.
"""),
('Documentation/admin-guide/containers.rst',
"""    the last check (a 1 MiB ``write()`` is 256 pages).
  - io_uring: each request an io-wq worker runs, and what the SQPOLL
    thread submits in one pass (every request waiting in its ring, or 8
    a ring when it serves several), are checked after they charge.
    io-wq may start another worker for other queued requests while one
    is held, and each worker may charge a request before it is held
    too: ``task_limit`` bounds the number of workers, as it bounds the
    threads of the members.

  An anonymous page fault that would take
  counter with the limit, so they may notice late, but by no more than
""", """    the last check (a 1 MiB ``write()`` is 256 pages).

  The charge paths compare the shared total of a per-CPU
  counter with the limit, so they may notice late, but by no more than
"""),
]
