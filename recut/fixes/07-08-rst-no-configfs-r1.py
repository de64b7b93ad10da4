# The configfs tree comes with the interface (target 9).
R = [('Documentation/admin-guide/containers.rst', """configfs is usually mounted at boot; if it is not::

  mount -t configfs none /sys/kernel/config

The containers live under ``/sys/kernel/config/containers/``.

""", ""),
]
