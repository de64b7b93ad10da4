R = [('include/linux/memcontrol.h', """#ifdef CONFIG_CONTAINERS
	if (lruvec->container && idx >= NR_LRU_BASE &&
	    idx < NR_LRU_BASE + NR_LRU_LISTS) {
	/* A container's lruvec: its own lists and refaults, not the node's. */""", """#ifdef CONFIG_CONTAINERS
	/* A container's lruvec: its own lists and refaults, not the node's. */""")]
