# "How closely the limit holds" with the in-call bound and the huge page
# fallback, before io_uring (23): the weave had the huge page sentence
# twice, once cut in the first paragraph, and the io_uring item.
R = [('Documentation/admin-guide/containers.rst',
"""  delay holds the charging tasks back, and blocks them from 1/8 over on,
  charges after the last check (a 1 MiB ``write()`` is 256 pages). An anonymous page fault that would take usage over the limit
  with a huge page (or any large folio) maps small pages instead, as it
  does when a memory controller charge fails (``thp_fault_fallback_charge``
  in ``/proc/vmstat``): a throttled task gains one page, not 512, each
  time it goes on. The charge paths compare the shared total of a per-CPU
  so that it stays within 1/8 over the limit, the bound the tests check.
""", """  delay holds the charging tasks back, and blocks them from 1/8 over on,
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
  gains one page, not 512, each time it goes on. khugepaged and
""", """    the last check (a 1 MiB ``write()`` is 256 pages).

  An anonymous page fault that would take
  usage over the limit with a huge page (or any large folio) maps small
  pages instead, as it does when a memory controller charge fails
  (``thp_fault_fallback_charge`` in ``/proc/vmstat``): a throttled task
  gains one page, not 512, each time it goes on. khugepaged and
"""),
]
