# Only addfile (target 22) binds a file to another container.
R = [('Documentation/admin-guide/containers.rst', """  owners. So a tmpfs page read back after its file was bound to another
  container stays with the one it was swapped out from, as with the
  memory controller. A process's address space
""", """  owners. So a tmpfs page read back stays with the container it was
  swapped out from, whatever its file's container is now, as with the
  memory controller. A process's address space
""")]
