# The guide at the container object: no task joins one and there is no
# interface yet (task membership comes in 8, configfs in 9).
R = [('Documentation/admin-guide/containers.rst',
"""Containers group tasks into named, flat containers and account and limit
what those tasks use: the number of tasks, the files whose page cache they
own, and user memory (anonymous memory plus page cache). They are
administered from the shell through configfs; no special tools are needed.
""",
"""Containers are named, flat groups of tasks, for accounting and limiting
what those tasks use. So far a container is a kernel object with an id
and a reference count: no task can join one, and there is no interface
to create one; only the KUnit suite (see Testing) does.
"""),
]
