# A line of the old reclaim text (target 17), cut from its paragraph.
R = [('Documentation/admin-guide/containers.rst', """  an unmount of its filesystem while it is written, as ``sync`` does),
""", ""),
]
