R = [('mm/container_lru.c', """			if (!empty && !progress)
				lru_add_drain_all();
			cond_resched();
		} while (!empty);
	}
}
""", """			if (!empty && !progress)
				lru_add_drain_all();
			cond_resched();
		} while (!empty);
	}
}

/**
 * container_release_workfn - hand a removed container's folios to nobody
 * @work: the container's release work, queued by container_destroy()
 *
 * The folios on its lists go to the nodes' lists now, in O(their number);
 * those off the lists at that moment lose their owner when they reach a
 * list or are freed (see container_lru_release()). Then drops the
 * reference container_begin_destroy() took for it.
 */
void container_release_workfn(struct work_struct *work)
{
	struct container *c = container_of(work, struct container,
					   release_work);

	container_lru_release(c);
	container_put(c);
}
""")]
