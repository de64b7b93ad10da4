# "How closely the limit holds" before the in-call bound (20) and the huge
# page fallback (21): one paragraph, with the bounded lag of the check; the
# weave had mixed in the 2 x 64 pages sentence and half of the huge page
# sentence.
R = [('Documentation/admin-guide/containers.rst',
"""  Usage rises above the limit until the worker catches up; the growing
  pages, a huge page 512). The charge paths compare the shared totals of
  the per-CPU counters, so they may notice up to 2 x 64 pages per CPU
  late.
  delay holds the charging tasks back, and blocks them from 1/8 over on,
  so that it stays within 1/8 over the limit, the bound the tests check,
  except for what each charging task's last system call or page fault
  charges after the last check (a 1 MiB ``write()`` is 256 pages). An anonymous page fault that would take usage over the limit
  time it goes on. The charge paths compare the shared total of a per-CPU
""", """  Usage rises above the limit until the worker catches up; the growing
  delay holds the charging tasks back, and blocks them from 1/8 over on,
  so that it stays within 1/8 over the limit, the bound the tests check,
  except for what each charging task's last system call or page fault
  charges after the last check (a 1 MiB ``write()`` is 256 pages, a huge
  page 512). The charge paths compare the shared total of a per-CPU
"""),
]
