# Lines of the Limits section (target 17), cut from their paragraphs.
R = [('Documentation/admin-guide/containers.rst', """num_file_pages``, the pages charged to it (see Memory); the same quantity
is compared with the limit everywhere.
""", ""),
('Documentation/admin-guide/containers.rst', """  I/O or held in a pipe), pages under writeback until it ends, and
  anonymous or shmem pages without swap, except the unmapped pages of a
  huge page that is mapped only in part, which reclaim frees by splitting
  it. They stay charged, and a container holding more of
""", "", 'opt'),
]
