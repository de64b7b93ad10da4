# Until target 15 rmdir releases no page: the pages stay charged to the
# removed container until they are freed; and until target 22 it unbinds
# no file.
R = [('Documentation/admin-guide/containers.rst', """returns. The pages still charged to the container are released by a
work item that ``rmdir`` queues (see below); the object itself lives on
""", """returns. The container's pages stay charged to it until
they are freed (see below); the object itself lives on
"""),
('Documentation/admin-guide/containers.rst', """``rmdir`` unbinds the container's files; their later pages are charged as
those of any file of no container. A work item, queued before ``rmdir`` returns, then scans memory
and clears the owner of every page that still names the container,
wherever that page is: the page cache of its former files, which stays in
memory, owned by nobody; the anonymous pages of its former members; and
page cache that has left its file but is still alive (in a pipe, under
writeback, in the swap cache). A page that is being migrated or split
while a scan passes it is caught by a later scan, 10 ms, 100 ms and 1 s
after the one before; one that is still out of reach after the last
keeps the object until it is freed. A scan holds off memory offlining
and hot-remove for a 2 MiB chunk of page frames at a time, never longer.
The object is then freed, within an
RCU grace period, and its id is free for the next ``mkdir``. ``rmdir``
pins no file, so a filesystem can be unmounted at any time. ``addfile``
of a file whose pages still name a removed container takes them over.
""", """``rmdir`` detaches the members' address spaces along with the members:
their later anonymous pages are charged to nobody. The container's files stay
bound to it until their inodes are dropped from memory, and their page
cache is charged to it meanwhile. The pages charged to the container
stay charged to it until they are freed, and keep the object, and its
id, until then. The object is then freed, within an RCU grace period,
and its id is free for the next ``mkdir``. ``rmdir`` pins no file, so a
filesystem can be unmounted at any time.
"""),
]
