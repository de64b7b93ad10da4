# The guide at task membership: rmtask is an attribute of the configfs
# interface, which comes with target 9.
R = [('Documentation/admin-guide/containers.rst',
"""A task leaves its container when it exits (zombies do not count), when
its process is removed with ``rmtask``, or when the container is removed.
""", """A task leaves its container when it exits (zombies do not count), or
when the container is removed.
"""),
]
