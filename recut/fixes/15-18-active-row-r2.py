R = [('Documentation/admin-guide/containers.rst', """``num_active_pages``  r    the container's active pages (see Memory)
""", "")]
