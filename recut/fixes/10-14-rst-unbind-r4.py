# Applied after 10-14-rst-rmdir-pages-r1.py, which predates
# 10-21-release-files.py: rmdir unbinds the container's files.
R = [('Documentation/admin-guide/containers.rst',
"""``rmdir`` detaches the members' address spaces along with the members:
their later anonymous pages are charged to nobody. The container's files stay
bound to it until their inodes are dropped from memory, and their page
cache is charged to it meanwhile. The pages charged to the container
stay charged to it until they are freed, and keep the object, and its
id, until then.""", """``rmdir`` detaches the members' address spaces along with the members,
and unbinds the container's files: their later anonymous pages are
charged to nobody, and their later page cache as that of any file of no
container. The pages charged to the container stay charged to it until
they are freed, and keep the object, and its id, until then."""),
]
