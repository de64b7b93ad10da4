# Files are bound only at creation until target 22: no addfile, rmfile,
# and no unbinding at rmdir.
R = [('Documentation/admin-guide/containers.rst', """stays with ``freeing`` 1, no members and no files, its pages still
charged: remove it again.
""", """stays with ``freeing`` 1, no members, its pages still charged: remove it
again.
"""),
('Documentation/admin-guide/containers.rst', """  container of the task that first brought its inode into memory. Whoever
  reads or writes the file, its pages are charged there. tmpfs and shmem
  files are files. ``num_file_pages`` counts the file's pages in the page
  cache; ``num_mapped_pages`` those of them mapped into page tables, at
  least once; ``num_files`` the files (in-memory inodes: regular files, and
  also pipes, sockets and other inodes a member instantiates) bound to the
  container whose member created it, or the one it was bound to with
  ``addfile``. Whoever reads or writes the file, its pages are charged
  there. A member creates a file with ``open()`` and ``O_CREAT``,
  ``mknod()``, ``O_TMPFILE``, or as tmpfs memory of its own: a
""", """  container whose member created it. Whoever reads or writes the file,
  its pages are charged there. A member creates a file with ``open()``
  and ``O_CREAT``, ``mknod()``, ``O_TMPFILE``, or as tmpfs memory of its
  own: a
"""),
('Documentation/admin-guide/containers.rst', """  share, are never bound but by ``addfile``, and their pages are charged
""", """  share, are never bound, and their pages are charged
"""),
('Documentation/admin-guide/containers.rst', """  by the kernel, its inode was dropped from memory, or it was unbound
  with ``rmfile`` or ``rmdir``) has each page charged to the
  container of the task that brings that page into the page cache: a
  read, a write, a page fault, or the readahead they start. Pages that
""", """  by the kernel, or its inode was dropped from memory) has each page
  charged to the container of the task that brings that page into the
  page cache: a read, a write, a page fault, or the readahead they
  start. Pages that
"""),
('Documentation/admin-guide/containers.rst', """  member's operations read of them is charged to it. ``addfile`` later moves
  all of them to the container it binds the file to.
""", """  member's operations read of them is charged to it.
"""),
('Documentation/admin-guide/containers.rst', """uncharges its pages; its later pages are charged as those of any file of
no container. Mapped pages
""", ""),
# From target 15 a work item releases the pages at rmdir; the files stay
# bound all the same.
('Documentation/admin-guide/containers.rst', """``rmdir`` unbinds the container's files; their later pages are charged as
those of any file of no container. A work item, queued before ``rmdir``
returns, then clears the owner of every page that still names the
container, wherever that page is: the page cache of its former files,
""", """A work item, queued before ``rmdir`` returns, clears the owner of every
page that still names the container, wherever that page is: the page
cache of its files,
""", 'opt'),
('Documentation/admin-guide/containers.rst', """pins no file, so a filesystem can be unmounted at any time. ``addfile``
of a file whose pages still name a removed container takes them over.
""", """pins no file, so a filesystem can be unmounted at any time.
""", 'opt'),
]
