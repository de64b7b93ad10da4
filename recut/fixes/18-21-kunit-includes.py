R = [('mm/container_kunit.c', """#include <linux/delay.h>
#include <linux/mm.h>
""", """#include <linux/delay.h>
#include <linux/file.h>
#include <linux/mm.h>
""", 'opt'),
('mm/container_kunit.c', """#include <linux/sched/task.h>
#include <linux/slab.h>
""", """#include <linux/sched/task.h>
#include <linux/shmem_fs.h>
#include <linux/slab.h>
""", 'opt'),
]
