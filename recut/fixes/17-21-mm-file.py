R = [('mm/Makefile', """obj-$(CONFIG_CONTAINERS) += container_limit.o
""", """obj-$(CONFIG_CONTAINERS) += container_mm.o
obj-$(CONFIG_CONTAINERS) += container_limit.o
"""),
]
