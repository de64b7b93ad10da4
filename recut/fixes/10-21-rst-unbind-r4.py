# Applied after 09-21-rst-rmdir-r1.py and 10-21-rst-files-r1.py, which
# predate 10-21-release-files.py: from target 10 on rmdir unbinds the
# container's files (only addfile and rmfile come with target 22).
_G = 'Documentation/admin-guide/containers.rst'
R = [(_G, """and keep running outside any container. While ``rmdir`` detaches them,
the directory is still there and ``freeing`` reads 1 (``addtask`` and
``rmtask`` fail with ``ENOENT``); then the directory disappears and ``rmdir``
returns.""", """and keep running outside any container. While ``rmdir`` detaches them and
unbinds the container's files, the directory is still there and
``freeing`` reads 1 (``addtask`` and ``rmtask`` fail with ``ENOENT``);
then the directory disappears and ``rmdir``
returns."""),
(_G, """stays with ``freeing`` 1, no members, its pages still charged: remove it
again.
""", """stays with ``freeing`` 1, no members and no files, its pages still
charged: remove it again.
"""),
(_G, """of every container take, only while it detaches the members (a walk of
the system's threads); it scans no memory while it holds them, and it
holds the lock that ``addtask`` and ``rmtask`` take only to set
``freeing``.
""", """of every container take, only while it detaches the members (a walk of
the system's threads) and unbinds the files (a few instructions each),
and it scans no memory while it holds them; it holds the lock that
``addtask`` and ``rmtask`` take only to set ``freeing``.
"""),
(_G, """  by the kernel, or its inode was dropped from memory) has each page
  charged to the container of the task that brings that page into the
  page cache: a read, a write, a page fault, or the readahead they
  start. Pages that
""", """  by the kernel, its inode was dropped from memory, or it was unbound
  by ``rmdir``) has each page charged to the container of the task that
  brings that page into the page cache: a read, a write, a page fault,
  or the readahead they start. Pages that
"""),
]
