// SPDX-License-Identifier: GPL-2.0
/*
 * memtool: real memory workloads for the in-guest container tests.
 *
 *   memtool anon MIB READY [thp]   touch MIB of anonymous memory (with
 *                                  MADV_HUGEPAGE), create READY, wait
 *   memtool cow MIB READY          touch MIB, fork; the child writes all
 *                                  of it (copy on write), creates READY,
 *                                  both wait
 *   memtool frag MIB READY         touch MIB, free every other page (a
 *                                  fragmented heap for compaction), create
 *                                  READY, wait
 *   memtool mmap PATH READY        map PATH shared, read every page,
 *                                  create READY, wait
 *   memtool faultbench MIB ROUNDS  fault MIB of anonymous memory in and
 *                                  out ROUNDS times, print faults/s
 *   memtool readbench PATH ROUNDS  drop PATH from the page cache and read
 *                                  it ROUNDS times, print MiB/s
 *
 * Waiting processes end on SIGTERM or SIGKILL; exit unmaps everything.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PAGE 4096UL
#define THP (2UL << 20)

static void die(const char *what)
{
	fprintf(stderr, "memtool: %s: %s\n", what, strerror(errno));
	exit(1);
}

static void ready(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0)
		die(path);
	close(fd);
}

static void wait_forever(void)
{
	for (;;)
		pause();
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Anonymous memory, 2 MiB aligned so that THP can back all of it. */
static char *map_anon(size_t len, int thp)
{
	char *p = mmap(NULL, len + THP, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		die("mmap");
	p = (char *)(((unsigned long)p + THP - 1) & ~(THP - 1));
	if (thp && madvise(p, len, MADV_HUGEPAGE))
		die("madvise(MADV_HUGEPAGE)");
	return p;
}

static void touch(char *p, size_t len, char val)
{
	size_t i;

	for (i = 0; i < len; i += PAGE)
		p[i] = val;
}

static int cmd_anon(size_t len, const char *rdy, int thp)
{
	char *p = map_anon(len, thp);

	touch(p, len, 1);
	ready(rdy);
	wait_forever();
	return 0;
}

static int cmd_cow(size_t len, const char *rdy)
{
	char *p = map_anon(len, 0);
	pid_t pid;

	touch(p, len, 1);
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		touch(p, len, 2);
		ready(rdy);
	}
	wait_forever();
	return 0;
}

static int cmd_frag(size_t len, const char *rdy)
{
	char *p = map_anon(len, 0);
	size_t i;

	touch(p, len, 1);
	for (i = 0; i < len; i += 2 * PAGE)
		if (madvise(p + i, PAGE, MADV_DONTNEED))
			die("madvise(MADV_DONTNEED)");
	ready(rdy);
	wait_forever();
	return 0;
}

static int cmd_mmap(const char *path, const char *rdy)
{
	volatile char sum = 0;
	struct stat st;
	size_t i;
	char *p;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0 || fstat(fd, &st))
		die(path);
	p = mmap(NULL, st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED)
		die("mmap");
	for (i = 0; i < (size_t)st.st_size; i += PAGE)
		sum += p[i];
	ready(rdy);
	wait_forever();
	return 0;
}

static int cmd_faultbench(size_t len, int rounds)
{
	double t0 = now(), t;
	int r;

	for (r = 0; r < rounds; r++) {
		char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (p == MAP_FAILED)
			die("mmap");
		touch(p, len, 1);
		munmap(p, len);
	}
	t = now() - t0;
	printf("faultbench: %lu faults in %.3f s: %.0f faults/s\n",
	       rounds * (len / PAGE), t, rounds * (len / PAGE) / t);
	return 0;
}

static int cmd_readbench(const char *path, int rounds)
{
	static char buf[1 << 16];
	double total = 0, t0, t;
	ssize_t n;
	int r, fd;

	fd = open(path, O_RDONLY);
	if (fd < 0)
		die(path);
	t0 = now();
	for (r = 0; r < rounds; r++) {
		fdatasync(fd);
		if (posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED))
			die("posix_fadvise");
		if (lseek(fd, 0, SEEK_SET))
			die("lseek");
		while ((n = read(fd, buf, sizeof(buf))) > 0)
			total += n;
		if (n < 0)
			die("read");
	}
	t = now() - t0;
	printf("readbench: %.0f MiB in %.3f s: %.1f MiB/s\n",
	       total / (1 << 20), t, total / (1 << 20) / t);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 4 && !strcmp(argv[1], "anon"))
		return cmd_anon(atol(argv[2]) << 20, argv[3],
				argc > 4 && !strcmp(argv[4], "thp"));
	if (argc == 4 && !strcmp(argv[1], "cow"))
		return cmd_cow(atol(argv[2]) << 20, argv[3]);
	if (argc == 4 && !strcmp(argv[1], "frag"))
		return cmd_frag(atol(argv[2]) << 20, argv[3]);
	if (argc == 4 && !strcmp(argv[1], "mmap"))
		return cmd_mmap(argv[2], argv[3]);
	if (argc == 4 && !strcmp(argv[1], "faultbench"))
		return cmd_faultbench(atol(argv[2]) << 20, atoi(argv[3]));
	if (argc == 4 && !strcmp(argv[1], "readbench"))
		return cmd_readbench(argv[2], atoi(argv[3]));
	fprintf(stderr, "usage: see the comment at the top of memtool.c\n");
	return 2;
}
