# The attribute table is laid out anew for page_limit_policy; addfile and
# rmfile come with target 22.
R = [('Documentation/admin-guide/containers.rst',
"""``addfile``           w    a path: bind that file's page cache to the
                           container
``rmfile``            w    a path: unbind it
""", ""),
]
