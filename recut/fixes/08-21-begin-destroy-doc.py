R = [('mm/container_lifecycle.c',
""" * and their address spaces, and unbinds its files. rmdir calls it while
 * the directory is still there, so that ``freeing`` reads 1 meanwhile.
 * It takes a walk of the system's threads and a few instructions per file
 * of @c, and holds no mutex of ours while it works, so other containers
 * can be changed and created alongside. Only the first call does anything: an rmdir that a
""",
""" * rmdir calls it while the directory is still there, so that ``freeing``
 * reads 1 meanwhile. It takes a walk of the system's threads, and holds no
 * mutex of ours while it works, so other containers can be changed and
 * created alongside. Only the first call does anything: an rmdir that a
"""),
('mm/container_lifecycle.c', "/* addtask, rmtask, addfile and rmfile test ->freeing under it. */", "/* addtask and rmtask test ->freeing under it. */"),
]
