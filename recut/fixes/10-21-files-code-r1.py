# Until target 22 a file is bound only when a member creates it and
# unbound only when its inode is evicted: no addfile, rmfile, or unbinding
# at rmdir (container_release_files()), and no i_lock taken under
# files_lock.
R = [('mm/container_memory.c', """ * An address space is bound, with a reference, to the container of the
 * task that instantiated its inode; mapping->container changes under the
 * i_pages lock, and the container's list of files under files_lock.
 * task that created its file, or to the one addfile bound it to,
 * and its page cache is charged there; the page cache of an address space
 * bound to none is charged to the container of the task that brings each
""", """ * An address space is bound, with a reference, to the container of the
 * task that created its file, and its page cache is charged there; the
 * page cache of an address space bound to none is charged to the
 * container of the task that brings each
"""),
('mm/container_memory.c', """ * mapping->container changes under the i_pages lock, and also under
 * container_admin_mutex for addfile and rmfile, and the container's list
 * of files under files_lock. rmdir and eviction, which may unbind the same
 * file at once, take the container out with one atomic exchange each.
""", """ * mapping->container changes under the i_pages lock, and the container's
 * list of files under files_lock; eviction takes the container out with
 * one atomic exchange.
"""),
('mm/container_memory.c', """ * Bound as it is listed, under files_lock, as rmdir may unbind it as soon
 * as it is; under the i_pages lock, as addfile may bind it at the same
 * time. Its pages in the page cache, if any, keep their owners.
""", """ * Bound as it is listed, under files_lock, and under the i_pages lock,
 * under which the page-cache charge reads the binding. Its pages in the
 * page cache, if any, keep their owners.
"""),
('mm/container_memory.c', """/**
 * container_unbind_bound_mapping - unbind a file from its container
 * @c: the container it is bound to
 * @mapping: the address space
 *
 * Unbound as it is taken off the list, under files_lock and the i_pages
 * lock, as container_bind_new_mapping() binds it. The reference the
 * binding held is left to the caller.
 *
 * Return: true, or false when it is not bound to @c.
 */
bool container_unbind_bound_mapping(struct container *c,
				    struct address_space *mapping)
{
	bool ours;

	spin_lock(&c->files_lock);
	xa_lock_irq(&mapping->i_pages);
	ours = mapping->container == c;
	if (ours) {
		WRITE_ONCE(mapping->container, NULL);
		list_del_init(&mapping->container_link);
		atomic_long_dec(&c->num_files);
	}
	xa_unlock_irq(&mapping->i_pages);
	spin_unlock(&c->files_lock);
	return ours;
}

""", ""),
('mm/container.h', """bool container_unbind_bound_mapping(struct container *c,
				    struct address_space *mapping);
""", ""),
('mm/container_memory.c', """ * @mapping: the address space
 *
 * rmdir may unbind the inode at the same time, without a reference on it
 * (see container_release_files()): whoever takes the container out of
 * mapping->container unlinks the file and drops the reference.
 */""", """ * @mapping: the address space
 */"""),
('mm/container_task.c', """task_lock; for files: container files_lock -> i_lock
 * -> i_pages lock.
""", """task_lock;
 * for files: container files_lock -> i_pages lock.
"""),
('mm/container.h', """ *   container_task.c       task membership, the fork and exit hooks
""", """ *   container_task.c       task membership, the fork and exit hooks
 *   container_file.c       file binding: the files members create
"""),
]
