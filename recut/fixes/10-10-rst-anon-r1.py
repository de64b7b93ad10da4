# Two versions of one sentence: swap-in is charged when mapped until
# target 12, and the fork copies came in this target.
R = [('Documentation/admin-guide/containers.rst', """  copy belongs to the child's container), swap-in, and also memory that
  copy belongs to the child's container; the pages ``fork()`` copies at
  once because they may be pinned for I/O, to the parent's, which the
  child joins), and also memory that
""", """  copy belongs to the child's container; the pages ``fork()`` copies at
  once because they may be pinned for I/O, to the parent's, which the
  child joins), swap-in, and also memory that
"""),
]
