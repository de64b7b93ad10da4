# Target 8 got the rmdir text of the old teardown rework, whose first line
# comes with the interface (target 9) and which describes files, pages and
# addfile: nothing of it holds before the interface exists.
R = [('Documentation/admin-guide/containers.rst', """and keep running outside any container. While ``rmdir`` detaches them and
unbinds the container's files, the directory is still there and
``freeing`` reads 1 (``addtask``, ``rmtask``, ``addfile`` and ``rmfile``
fail with ``ENOENT``); then the directory disappears and ``rmdir``
returns. The pages still charged to the container are released by a
work item that ``rmdir`` queues (see below); the object itself lives on
while anything still refers to it, and its id is reused only after that.
If a fatal signal interrupts ``rmdir`` once it has started, the container
stays with ``freeing`` 1, no members and no files, its pages still
charged: remove it again.

One container's teardown does not hold up the others. ``rmdir`` holds
the directory locks of the containers tree, which ``mkdir`` and ``rmdir``
of every container take, only while it detaches the members (a walk of
the system's threads) and unbinds the files (a few instructions each),
and for an ``addfile`` or ``rmfile`` of the same container that is under
way, which stops at its next page; it scans no memory while it holds
them, and it holds the lock that ``addtask``, ``rmtask``, ``addfile`` and
``rmfile`` take only to set ``freeing``.
While no container exists""", """While no container exists"""),
]
