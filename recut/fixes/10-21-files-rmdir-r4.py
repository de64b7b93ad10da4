# Applied after 10-21-files-code-r1.py (file-name order), which predates
# 10-21-release-files.py: from target 10 on rmdir unbinds the files too
# (container_unbind_all(), with i_lock under files_lock), racing with
# eviction, as from target 22 on; only addfile and rmfile come later.
R = [('mm/container_memory.c',
""" * page cache of an address space bound to none is charged to the
 * container of the task that brings each
 * folio in (the container of current: a read, a write, a fault, the
 * readahead they start), and kernel threads charge nobody;
 * mapping->container changes under the i_pages lock, and the container's
 * list of files under files_lock; eviction takes the container out with
 * one atomic exchange.
""", """ * page cache of an address space bound to none is charged to the
 * container of the task that brings each folio in (the container of
 * current: a read, a write, a fault, the readahead they start), and
 * kernel threads charge nobody; mapping->container changes under the
 * i_pages lock, and the container's list of files under files_lock.
 * rmdir and eviction, which may unbind the same file at once, take the
 * container out with one atomic exchange each.
"""),
('mm/container_memory.c',
""" * @mapping: the address space
 */
void __container_exit_mapping(""", """ * @mapping: the address space
 *
 * rmdir may unbind the inode at the same time, without a reference on it
 * (see container_release_files()): whoever takes the container out of
 * mapping->container unlinks the file and drops the reference.
 */
void __container_exit_mapping("""),
('mm/container_task.c',
""" * for files: container files_lock -> i_pages lock.
""", """ * for files: container files_lock -> i_lock -> i_pages lock.
"""),
('mm/container.h',
""" *   container_file.c       file binding: the files members create
""", """ *   container_file.c       file binding: at creation, release at rmdir
"""),
]
