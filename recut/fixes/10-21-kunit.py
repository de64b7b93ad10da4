R = [('mm/container_kunit.c', """#include <linux/slab.h>
#include <linux/uaccess.h>
""", """#include <linux/slab.h>
#include <linux/swap.h>
#include <linux/uaccess.h>
""", 'opt'),
('mm/container_kunit.c', """static long pages(struct container *c, enum container_page_counter idx)
{
	return container_read_pages(c, idx);
}

""", "", 'opt'),
]
