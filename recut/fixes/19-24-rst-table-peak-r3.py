# The attribute table is laid out anew for page_limit_policy; peak_pages and
# peak_tasks come with target 25.
R = [('Documentation/admin-guide/containers.rst',
"""``peak_pages``        rw   the highest usage since the container was made
                           or the last write of ``0``, which starts it
                           again from usage now
``peak_tasks``        rw   the same for ``num_tasks``
""", ""),
]
