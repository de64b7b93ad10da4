# The overview of the feature, as far as target 8 goes: tasks only, and
# no configfs interface before target 9.
R = [
('init/Kconfig', """	  Containers group tasks into named, flat containers and account
	  and limit the tasks, files and user memory (anonymous memory and
	  page cache) of each container. They are administered from the
	  shell through configfs, under /sys/kernel/config/containers/:
	  mkdir creates a container, echo writes its limits and adds
	  tasks, cat reads its counters.
""", """	  Containers group tasks into named, flat containers and count
	  and limit the tasks of each container.
"""),
('Documentation/admin-guide/containers.rst', """Containers group tasks into named, flat containers and account and limit
what those tasks use: the number of tasks, the files whose page cache they
own, and user memory (anonymous memory plus page cache). They are
administered from the shell through configfs; no special tools are needed.
""", """Containers group tasks into named, flat containers and count and limit
the tasks in each.
"""),
('include/linux/container.h', """ * Containers: named, flat groups of tasks with accounting and limits for
 * tasks, files and user memory (anonymous memory and page cache),
 * administered through configfs under /sys/kernel/config/containers/.
""", """ * Containers: named, flat groups of tasks, with accounting and limits
 * for tasks.
"""),
]
