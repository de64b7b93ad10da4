# Before io_uring (23) nothing calls container_throttle_io_worker(), and
# __container_throttle() leaves PF_IO_WORKER threads alone on the way to
# user mode: io_uring's threads are not throttled. The weave had the old
# "delay up to a second" sentence and the tail of the final SQPOLL text.
R = [('Documentation/admin-guide/containers.rst',
"""  their length in microseconds. io_uring's workers of a member (io-wq,
  SQPOLL) never return to user mode, but run the same work before each
  request: they get the delay there, up to a second, but are never
  blocked, as the ring's teardown waits for them. Kernel threads are not
  throttled; the worker still reclaims.
  to it, and those rings wait too. io_uring's threads of a task outside
  the container are only delayed, as the task would be. Kernel threads
  are not throttled; the worker still reclaims.
""", """  their length in microseconds. io_uring's threads (io-wq workers, the
  SQPOLL thread) never return to user mode, and are not throttled.
  Kernel threads are not throttled; the worker still reclaims.
"""),
]
