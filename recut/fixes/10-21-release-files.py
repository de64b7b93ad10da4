# rmdir unbinds the files its members created from target 10 on, with the
# final code of container_unbind_all() (target 22 adds addfile/rmfile).
import subprocess, os
_top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_final = subprocess.run(['git', '-C', os.path.join(_top, 'work/linux'), 'show',
                         'old:mm/container_file.c'],
                        capture_output=True, text=True, check=True).stdout
_a = _final.rindex('/*', 0, _final.index('#define CONTAINER_UNBIND_BATCH'))
_b = _final.index('/*\n * Look a regular file up')
_body = _final[_a:_b]
_body = _body.replace(""" * rmdir: unbind every file of @c. The page cache keeps its owner until
 * the scan of memory that follows clears it; no inode is pinned, so an
 * unmount never finds one of ours busy.""", """ * rmdir: unbind every file of @c. The page cache keeps its owner until
 * it is freed; no inode is pinned, so an unmount never finds one of ours
 * busy.""")
_body = _body.replace(""" * The files are bound to nobody from now on; their page cache stays in
 * memory, charged to @c until the scan of memory after rmdir clears it.""",
""" * The files are bound to nobody from now on; their page cache stays in
 * memory, charged to @c until it is freed.""")
_body = _body.rstrip('\n') + '\n'
R = [('mm/container_file.c', """#include <linux/magic.h>
""", """#include <linux/magic.h>
#include <linux/spinlock.h>
"""),
     ('mm/container_file.c', """	if (c && !container_bind_new_mapping(c, mapping))
		container_put(c);
}
""", """	if (c && !container_bind_new_mapping(c, mapping))
		container_put(c);
}

""" + _body),
     ('mm/container.h', """/* container_task.c: task membership */
""", """/* container_file.c: the files of a container */

void container_release_files(struct container *c);

/* container_task.c: task membership */
"""),
     ('mm/container_lifecycle.c', """	container_release_tasks(c);
}""", """	container_release_tasks(c);
	container_release_files(c);
}"""),
]
