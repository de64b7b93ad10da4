# The overview of the feature, as far as target 16 goes: memory is
# accounted from target 10, limited from target 17 (page_limit).
R = [
('init/Kconfig', """	  Containers group tasks into named, flat containers and account
	  and limit the tasks, files and user memory (anonymous memory and
	  page cache) of each container. They are administered from the
	  shell through configfs, under /sys/kernel/config/containers/:
	  mkdir creates a container, echo writes its limits and adds
	  tasks, cat reads its counters.
""", """	  Containers group tasks into named, flat containers, limit the
	  tasks of each container, and account its files and user memory
	  (anonymous memory and page cache). They are administered from
	  the shell through configfs, under /sys/kernel/config/containers/:
	  mkdir creates a container, echo writes its task limit and adds
	  tasks, cat reads its counters.
"""),
('Documentation/admin-guide/containers.rst', """Containers group tasks into named, flat containers and account and limit
what those tasks use: the number of tasks, the files whose page cache they
own, and user memory (anonymous memory plus page cache). They are
administered from the shell through configfs; no special tools are needed.
""", """Containers group tasks into named, flat containers, limit the number of
tasks in each, and account what those tasks use: the files whose page
cache they own, and user memory (anonymous memory plus page cache). They
are administered from the shell through configfs; no special tools are
needed.
"""),
('include/linux/container.h', """ * Containers: named, flat groups of tasks with accounting and limits for
 * tasks, files and user memory (anonymous memory and page cache),
 * administered through configfs under /sys/kernel/config/containers/.
""", """ * Containers: named, flat groups of tasks, with accounting for tasks,
 * files and user memory (anonymous memory and page cache) and a limit on
 * tasks, administered through configfs under
 * /sys/kernel/config/containers/.
"""),
('kernel/container_configfs.c', """		"Containers: groups of tasks with accounting and limits for\\n"
		"tasks, files and user memory (anonymous memory and page cache).\\n"
""", """		"Containers: groups of tasks with accounting for tasks, files\\n"
		"and user memory (anonymous memory and page cache), and a limit\\n"
		"on tasks.\\n"
"""),
]
