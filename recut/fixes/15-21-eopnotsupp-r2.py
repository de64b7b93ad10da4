# num_active_pages reads the LRU counts under either LRU, and addfile
# comes with target 22.
R = [('Documentation/admin-guide/containers.rst', """EOPNOTSUPP reading ``num_active_pages`` while MGLRU is enabled
EOPNOTSUPP ``addfile`` of a file whose pages cannot be charged
""", "")]
