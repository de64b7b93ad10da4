# The over-limit policy comes with target 19: here only reclaim deals with
# what a task outside the container charges.
R = [('Documentation/admin-guide/containers.rst',
"""  land all the same; the container's reclaim and its over-limit policy
  deal with them, and usage may pass the bound by what outsiders
  charge.""", """  land all the same; the container's reclaim deals with them, and usage
  may pass the bound by what outsiders charge."""),
('mm/container.h',
""" * charges land; the container's reclaim and policy deal with them.
""", """ * charges land; the container's reclaim deals with them.
"""),
]
