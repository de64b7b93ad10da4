# From target 10 on container_begin_destroy() unbinds the container's
# files too (10-21-release-files.py): its comment says so, as at target
# 22 (08-21-begin-destroy-doc.py took that out for 8-21).
R = [('mm/container_lifecycle.c',
""" * Marks the container as being freed, so that nothing new joins it, and
 * detaches every member task (they keep running outside any container)
 * and their address spaces.
 * rmdir calls it while the directory is still there, so that ``freeing``
 * reads 1 meanwhile. It takes a walk of the system's threads, and holds no
 * mutex of ours while it works, so other containers can be changed and
 * created alongside. Only the first call does anything: an rmdir that a
""", """ * Marks the container as being freed, so that nothing new joins it,
 * detaches every member task (they keep running outside any container)
 * and their address spaces, and unbinds its files. rmdir calls it while
 * the directory is still there, so that ``freeing`` reads 1 meanwhile.
 * It takes a walk of the system's threads and a few instructions per file
 * of @c, and holds no mutex of ours while it works, so other containers
 * can be changed and created alongside. Only the first call does anything: an rmdir that a
"""),
]
