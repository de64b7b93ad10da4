# container_tryget_task() has no caller before target 10 (new mms, new
# files, the page cache of files of no container).
R = [('mm/container.c', """/**
 * container_tryget_task - pin the container a task belongs to
 * @tsk: the task
 *
 * rmdir may detach @tsk and drop the container at any time: it is read
 * under RCU and pinned only while it is live and not being removed.
 *
 * Return: @tsk's container with a reference the caller must drop with
 * container_put(), or NULL when @tsk belongs to none or it is being
 * removed.
 */
struct container *container_tryget_task(struct task_struct *tsk)
{
	struct container *c;

	rcu_read_lock();
	c = READ_ONCE(tsk->container);
	if (c && (READ_ONCE(c->freeing) || !percpu_ref_tryget_live(&c->ref)))
		c = NULL;
	rcu_read_unlock();
	return c;
}

""", ""),
('mm/container.h', """struct container *container_tryget_task(struct task_struct *tsk);
""", ""),
]
