# rmdir unbinds files, and addfile and rmfile exist, only from target 22.
R = [('Documentation/admin-guide/containers.rst', """and keep running outside any container. While ``rmdir`` detaches them and
unbinds the container's files, the directory is still there and
``freeing`` reads 1 (``addtask``, ``rmtask``, ``addfile`` and ``rmfile``
fail with ``ENOENT``); then the directory disappears and ``rmdir``
""", """and keep running outside any container. While ``rmdir`` detaches them,
the directory is still there and ``freeing`` reads 1 (``addtask`` and
``rmtask`` fail with ``ENOENT``); then the directory disappears and ``rmdir``
"""),
('Documentation/admin-guide/containers.rst', """of every container take, only while it detaches the members (a walk of
the system's threads) and unbinds the files (a few instructions each),
and for an ``addfile`` or ``rmfile`` of the same container that is under
way, which stops at its next page; it scans no memory while it holds
them, and it holds the lock that ``addtask``, ``rmtask``, ``addfile`` and
``rmfile`` take only to set ``freeing``.
""", """of every container take, only while it detaches the members (a walk of
the system's threads); it scans no memory while it holds them, and it
holds the lock that ``addtask`` and ``rmtask`` take only to set
``freeing``.
"""),
]
