# The MAINTAINERS entry names each file of the series, and each patch that
# adds a file adds its F: line (so that checkpatch's FILE_PATH_CHANGES has
# nothing to ask). This changes the final tree: explicit files instead of
# the mm/container* pattern.
import re
_paths = ['Documentation/ABI/testing/configfs-containers',
          'Documentation/admin-guide/containers.rst',
          'include/linux/container.h',
          'kernel/container_configfs.c',
          'mm/container.c', 'mm/container.h', 'mm/container.kunitconfig',
          'mm/container_file.c', 'mm/container_kunit.c',
          'mm/container_lifecycle.c', 'mm/container_limit.c',
          'mm/container_lru.c', 'mm/container_memory.c', 'mm/container_mm.c',
          'mm/container_oom.c', 'mm/container_task.c',
          'tools/containers/', 'tools/testing/selftests/containers/']

def _exists(p):
    if p.endswith('/'):
        return any(f.startswith(p) and t is not None for f, t in FILES.items())
    return FILES.get(p) is not None

_m = FILES['MAINTAINERS']
_a = _m.index('CONTAINERS (TASK, FILE AND MEMORY ACCOUNTING AND LIMITS)\n')
_b = _m.index('\n\n', _a)
_head = [l for l in _m[_a:_b].split('\n') if not l.startswith('F:')]
_new = '\n'.join(_head + ['F:\t' + p for p in _paths if _exists(p)])
R = [('MAINTAINERS', _m[_a:_b], _new)]
