R = [
('mm/container.h', """ * @release_work: after rmdir, clears the owner of the folios that still
 *	name the container, then drops the reference it holds.
""", ""),
('mm/container.h', """	struct work_struct release_work;
""", ""),
('mm/container.h', """/* Releases the pages of removed containers. */
extern struct workqueue_struct *container_release_wq;
""", ""),
('mm/container.h', """void container_release_workfn(struct work_struct *work);
""", ""),
('mm/container.c', """struct workqueue_struct *container_release_wq;
""", ""),
('mm/container.c', """ * Containers removed before the call are freed, and their ids released,
 * when it returns, unless something still holds them: an mm, an inode
 * being evicted, a folio the scans after rmdir could not clear. It waits
 * for those scans, a second or more. Process context.
 */
void container_flush_frees(void)
{
	/* The work that releases the pages after rmdir drops a reference. */
	flush_workqueue(container_release_wq);
""", """ * Containers removed before the call are freed, and their ids released,
 * when it returns, unless something still holds them. Process context.
 */
void container_flush_frees(void)
{
""", "opt"),
('mm/container.c', """	/* Its work sleeps between scans: not for the reclaim rescuer. */
	container_release_wq = alloc_workqueue("containers_release",
					       WQ_UNBOUND, 0);
	return container_wq && container_release_wq ? 0 : -ENOMEM;
""", """	return container_wq ? 0 : -ENOMEM;
""", "opt"),
('mm/container_lifecycle.c', """	INIT_WORK(&c->release_work, container_release_workfn);
""", ""),
('mm/container_lifecycle.c', """	/* The release work's, as the kill drops the container's own. */
""", """	/* container_destroy()'s, as the kill drops the container's own. */
""", "opt"),
('mm/container_lifecycle.c', """ * it was not called): a work item clears the owner of every folio that
 * still names @c, which takes a scan of the memory map. The object is freed once no pointer to it
 * is left. Must be called once per container, from process context.
 */
void container_destroy(struct container *c)
{
	container_begin_destroy(c);
	queue_work(container_release_wq, &c->release_work);
}""", """ * it was not called). The object is freed once no pointer to it is left.
 * Must be called once per container, from process context.
 */
void container_destroy(struct container *c)
{
	container_begin_destroy(c);
	container_put(c);
}""", "opt"),
]
R += [
('mm/container_lifecycle.c', """	WRITE_ONCE(c->freeing, true);
	/* Lookups by id fail from now on. */
	mutex_unlock""", """	WRITE_ONCE(c->freeing, true);
	mutex_unlock""", "opt"),
('mm/container_lifecycle.c', """	container_get(c);
	percpu_ref_kill(&c->ref);""", """	container_get(c);
	/* Lookups by id fail from now on. */
	percpu_ref_kill(&c->ref);""", "opt"),
]
