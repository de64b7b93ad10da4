# Applied after 10-21-rst-files-r1.py, which predates
# 10-21-release-files.py: rmdir unbinds the container's files, as in the
# final text (without addfile).
R = [('Documentation/admin-guide/containers.rst',
"""A work item, queued before ``rmdir`` returns, clears the owner of every
page that still names the container, wherever that page is: the page
cache of its files,
which stays in memory, owned by nobody; the anonymous pages of its former
""", """``rmdir`` unbinds the container's files; their later pages are charged as
those of any file of no container. A work item, queued before ``rmdir``
returns, then clears the owner of every page that still names the
container, wherever that page is: the page cache of its former files,
which stays in memory, owned by nobody; the anonymous pages of its former
"""),
]
