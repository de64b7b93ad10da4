R = [('mm/memory.c', """#include <linux/mm_inline.h>
#include <linux/sched/mm.h>
""", """#include <linux/mm_inline.h>
#include <linux/container.h>
#include <linux/sched/mm.h>
""")]
