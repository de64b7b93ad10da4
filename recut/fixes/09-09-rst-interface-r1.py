# No pages are counted, and rmdir releases none, before target 10.
R = [('Documentation/admin-guide/containers.rst', """Containers do not nest: ``mkdir`` inside a container fails. Counts are in
tasks or in base pages.
""", """Containers do not nest: ``mkdir`` inside a container fails. Counts are in
tasks.
"""),
('Documentation/admin-guide/containers.rst', """returns. The pages still charged to the container are released by a
work item that ``rmdir`` queues (see below); the object itself lives on
""", """returns. The object itself lives on
"""),
('Documentation/admin-guide/containers.rst', """stays with ``freeing`` 1, no members and no files, its pages still
charged: remove it again.
""", """stays with ``freeing`` 1 and no members: remove it again.
"""),
]
