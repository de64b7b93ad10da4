// SPDX-License-Identifier: GPL-2.0
/*
 * cwrite FILE TEXT [UID]: write TEXT to FILE in one write(2), as UID when
 * given, and report the outcome: "ok" or the errno name. Exit status 0 on
 * success, 1 on failure, 2 on usage errors. Tests compare the errno name.
 *
 * With CWRITE_RMDIR=DIR in the environment, DIR is removed between open(2)
 * and write(2): a write to a container that is being removed. With
 * CWRITE_NO_SYS_ADMIN=1, CAP_SYS_ADMIN is dropped first: root without the
 * capability.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char *errname(int e)
{
	switch (e) {
	case EINVAL: return "EINVAL";
	case ERANGE: return "ERANGE";
	case ESRCH: return "ESRCH";
	case EBUSY: return "EBUSY";
	case ENOSPC: return "ENOSPC";
	case ENOENT: return "ENOENT";
	case EPERM: return "EPERM";
	case EACCES: return "EACCES";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case EAGAIN: return "EAGAIN";
	case EEXIST: return "EEXIST";
	case ENOTDIR: return "ENOTDIR";
	default: return strerror(e);
	}
}

static int drop_sys_admin(void)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];

	if (syscall(SYS_capget, &hdr, data))
		return -1;
	data[CAP_SYS_ADMIN / 32].effective &= ~(1u << (CAP_SYS_ADMIN % 32));
	data[CAP_SYS_ADMIN / 32].permitted &= ~(1u << (CAP_SYS_ADMIN % 32));
	return syscall(SYS_capset, &hdr, data);
}

int main(int argc, char **argv)
{
	ssize_t n;
	int fd;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: cwrite FILE TEXT [UID]\n");
		return 2;
	}
	if (argc == 4 && (setgid(atoi(argv[3])) || setuid(atoi(argv[3])))) {
		perror("setuid");
		return 2;
	}
	if (getenv("CWRITE_NO_SYS_ADMIN") && drop_sys_admin()) {
		perror("capset");
		return 2;
	}
	fd = open(argv[1], O_WRONLY);
	if (fd < 0) {
		printf("%s\n", errname(errno));
		return 1;
	}
	if (getenv("CWRITE_RMDIR") && rmdir(getenv("CWRITE_RMDIR"))) {
		perror("rmdir");
		return 2;
	}
	n = write(fd, argv[2], strlen(argv[2]));
	if (n < 0) {
		printf("%s\n", errname(errno));
		return 1;
	}
	printf("ok\n");
	return 0;
}
