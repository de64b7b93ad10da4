# The paragraph on thrashing and the container out of memory gets its
# heading, as from target 19 on: without it, it reads as a second
# paragraph of "What is not reclaimed".
R = [('Documentation/admin-guide/containers.rst',
"""is not charged.

  The worker goes on while reclaim frees pages""", """is not charged.

Out of memory
  The worker goes on while reclaim frees pages"""),
]
