# rmfile and addfile come with target 22.
R = [('Documentation/admin-guide/containers.rst',
"""  exit or ``munmap()`` of another member, a truncation, ``rmfile``,
  ``drop_caches``), or for a time that
""", """  exit or ``munmap()`` of another member, a truncation,
  ``drop_caches``), or for a time that
"""),
('mm/container.h',
""" *	munmap, a truncation, rmfile) took usage back under @page_limit.
""", """ *	munmap, a truncation) took usage back under @page_limit.
"""),
('mm/container_limit.c',
""" *	for the administrator's writes (page_limit, addfile)
""", """ *	for the administrator's writes of page_limit
"""),
]
