R = [('Documentation/admin-guide/containers.rst', """``id``               r    system-wide id, unique while the container exists
""", """``id``               r    system-wide id, 1 to 65535, unique while the
                          container exists
"""),
('Documentation/admin-guide/containers.rst', """==================== ==== ==================================================
``id``                r    system-wide id, 1 to 65535, unique while the
                           container exists
""", """==================== ==== ==================================================
"""),
]
