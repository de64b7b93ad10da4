# addfile and rmfile come in target 22.
R = [('Documentation/admin-guide/containers.rst', """``addfile`` and ``rmfile`` move a file's pages under that file's inode
lock, which writers of the file take too, and not under any lock of the
containers: ``addtask``, ``rmtask``, ``addfile`` and ``rmfile`` of other
files and containers go on meanwhile.
""", ""),
]
