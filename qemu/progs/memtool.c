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
 *   memtool pattern MIB READY      fill MIB of anonymous memory with a
 *                                  pattern, read it all back, write "ok" or
 *                                  what differs to READY, wait
 *   memtool writefile PATH MIB     write MIB of a pattern to PATH
 *   memtool checkfile PATH MIB     read PATH back and check the pattern
 *   memtool mktree DIR DIRS FILES KIB
 *                                  create DIRS directories of FILES files
 *                                  of KIB each under DIR
 *   memtool incore PATH            print how many pages of PATH are cached
 *   memtool killwait PID           SIGKILL PID, print the milliseconds
 *                                  until it has exited
 *
 * Waiting processes end on SIGTERM or SIGKILL; exit unmaps everything.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
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

/* The pattern: a different 64-bit word at every 8 bytes of a stream. */
static uint64_t pattern_word(uint64_t offset)
{
	uint64_t x = offset * 0x9e3779b97f4a7c15ULL + 0x5851f42d4c957f2dULL;

	x ^= x >> 29;
	return x * 0xbf58476d1ce4e5b9ULL;
}

static void fill_pattern(uint64_t *buf, size_t len, uint64_t offset)
{
	size_t i;

	for (i = 0; i < len / 8; i++)
		buf[i] = pattern_word(offset + i * 8);
}

/* Returns the offset of the first differing byte, or -1. */
static long long check_pattern(const uint64_t *buf, size_t len,
			       uint64_t offset)
{
	size_t i;

	for (i = 0; i < len / 8; i++)
		if (buf[i] != pattern_word(offset + i * 8))
			return offset + i * 8;
	return -1;
}

static int cmd_pattern(size_t len, const char *rdy)
{
	uint64_t *p = (uint64_t *)map_anon(len, 0);
	long long bad;
	FILE *f;

	fill_pattern(p, len, 0);
	bad = check_pattern(p, len, 0);
	f = fopen(rdy, "w");
	if (!f)
		die(rdy);
	if (bad < 0)
		fprintf(f, "ok\n");
	else
		fprintf(f, "differs at byte %lld\n", bad);
	fclose(f);
	wait_forever();
	return 0;
}

static int cmd_writefile(const char *path, size_t len)
{
	static uint64_t buf[(1 << 20) / 8];
	size_t off;
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		die(path);
	for (off = 0; off < len; off += sizeof(buf)) {
		fill_pattern(buf, sizeof(buf), off);
		if (write(fd, buf, sizeof(buf)) != sizeof(buf))
			die("write");
	}
	if (close(fd))
		die("close");
	return 0;
}

static int cmd_checkfile(const char *path, size_t len)
{
	static uint64_t buf[(1 << 20) / 8];
	long long bad;
	size_t off;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0)
		die(path);
	for (off = 0; off < len; off += sizeof(buf)) {
		if (read(fd, buf, sizeof(buf)) != sizeof(buf))
			die("short read");
		bad = check_pattern(buf, sizeof(buf), off);
		if (bad >= 0) {
			printf("checkfile: %s differs at byte %lld\n", path, bad);
			return 1;
		}
	}
	close(fd);
	printf("checkfile: %s: %zu MiB intact\n", path, len >> 20);
	return 0;
}

static int cmd_mktree(const char *dir, int dirs, int files, size_t len)
{
	static char buf[1 << 16];
	char path[4096];
	int d, f, fd;
	size_t off;

	memset(buf, 'x', sizeof(buf));
	if (mkdir(dir, 0755) && errno != EEXIST)
		die(dir);
	for (d = 0; d < dirs; d++) {
		snprintf(path, sizeof(path), "%s/d%03d", dir, d);
		if (mkdir(path, 0755) && errno != EEXIST)
			die(path);
		for (f = 0; f < files; f++) {
			snprintf(path, sizeof(path), "%s/d%03d/f%03d", dir, d, f);
			fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
			if (fd < 0)
				die(path);
			for (off = 0; off < len; off += sizeof(buf))
				if (write(fd, buf, sizeof(buf)) != sizeof(buf))
					die("write");
			close(fd);
		}
	}
	return 0;
}

static int cmd_incore(const char *path)
{
	unsigned char *vec;
	size_t pages, i, n = 0;
	struct stat st;
	void *p;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0 || fstat(fd, &st))
		die(path);
	pages = (st.st_size + PAGE - 1) / PAGE;
	p = mmap(NULL, st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	vec = malloc(pages);
	if (p == MAP_FAILED || !vec)
		die("mmap");
	if (mincore(p, st.st_size, vec))
		die("mincore");
	for (i = 0; i < pages; i++)
		n += vec[i] & 1;
	printf("%zu\n", n);
	return 0;
}

/* Exited: /proc/PID is gone or the process is a zombie. */
static int exited(pid_t pid)
{
	char path[64], buf[512], *s;
	int fd, n;

	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return 1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 1;
	buf[n] = 0;
	s = strrchr(buf, ')');
	return s && (s[2] == 'Z' || s[2] == 'X');
}

static int cmd_killwait(pid_t pid)
{
	double t0 = now();

	if (kill(pid, SIGKILL))
		die("kill");
	while (!exited(pid)) {
		if (now() - t0 > 30) {
			printf("killwait: %d still running after 30 s\n", pid);
			return 1;
		}
		usleep(1000);
	}
	printf("%.0f\n", (now() - t0) * 1000);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 4 && !strcmp(argv[1], "pattern"))
		return cmd_pattern(atol(argv[2]) << 20, argv[3]);
	if (argc == 4 && !strcmp(argv[1], "writefile"))
		return cmd_writefile(argv[2], atol(argv[3]) << 20);
	if (argc == 4 && !strcmp(argv[1], "checkfile"))
		return cmd_checkfile(argv[2], atol(argv[3]) << 20);
	if (argc == 6 && !strcmp(argv[1], "mktree"))
		return cmd_mktree(argv[2], atoi(argv[3]), atoi(argv[4]),
				  atol(argv[5]) << 10);
	if (argc == 3 && !strcmp(argv[1], "incore"))
		return cmd_incore(argv[2]);
	if (argc == 3 && !strcmp(argv[1], "killwait"))
		return cmd_killwait(atoi(argv[2]));
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
