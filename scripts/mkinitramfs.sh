#!/usr/bin/env bash
# Build the guest initramfs: busybox-static, qemu/init, qemu/tests/ and the
# static programs of qemu/progs/, as an uncompressed newc cpio.
#
#   scripts/mkinitramfs.sh                 build/initramfs.cpio (rebuilt when inputs change)
#   scripts/mkinitramfs.sh --extra DIR OUT a cpio with every file of DIR under /tests/extra/
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_pkgs busybox-static cpio build-essential

if [ "${1:-}" = --extra ]; then
	dir=${2:-}
	outfile=${3:-}
	[ -d "$dir" ] && [ -n "$outfile" ] || die "usage: scripts/mkinitramfs.sh --extra DIR OUT"
	stage=$(mktemp -d)
	trap 'rm -rf "$stage"' EXIT
	mkdir -p "$stage/tests/extra"
	cp -a "$dir"/. "$stage/tests/extra/"
	(cd "$stage" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) >"$outfile"
	log "extra tests from $dir: $(find "$dir" -maxdepth 1 -name '*.sh' | wc -l) scripts in $outfile"
	echo "$outfile"
	exit 0
fi

out=$BUILD_DIR/initramfs.cpio
busybox=/bin/busybox
[ -x "$busybox" ] || die "$busybox is missing: apt-get install busybox-static"
stamp=$( (sha256sum "$busybox" "$0"; cd "$TOP/qemu" && find . -type f | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -d' ' -f1)
if [ -f "$out" ] && [ "$(cat "$out.stamp" 2>/dev/null)" = "$stamp" ]; then
	log "initramfs is up to date: $out"
	echo "$out"
	exit 0
fi

stage=$BUILD_DIR/initramfs
rm -rf "$stage"
mkdir -p "$stage"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,mnt,etc,root,tests/extra}
cp "$busybox" "$stage/bin/busybox"
for applet in $("$busybox" --list); do
	[ -e "$stage/bin/$applet" ] || ln -s busybox "$stage/bin/$applet"
done
mknod -m 600 "$stage/dev/console" c 5 1
mknod -m 666 "$stage/dev/null" c 1 3
printf 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/tmp:/bin/sh\n' >"$stage/etc/passwd"
printf 'root:x:0:\nuser:x:1000:\n' >"$stage/etc/group"
cp "$TOP/qemu/init" "$stage/init"
chmod 755 "$stage/init"
cp -a "$TOP/qemu/tests"/. "$stage/tests/"

log "compiling the static guest programs"
for src in "$TOP"/qemu/progs/*.c; do
	[ -e "$src" ] || continue
	prog=$(basename "$src" .c)
	gcc -static -O2 -Wall -Werror -pthread -o "$stage/bin/$prog" "$src" ||
		die "compiling qemu/progs/$prog.c failed"
done

# The tree's own mm selftests, run inside a container by the guest tests.
ksrc=$("$TOP/scripts/get-kernel.sh")
mmtests=$ksrc/tools/testing/selftests/mm
log "compiling mm selftests cow, mremap_test, mlock2-tests from $mmtests"
mkdir -p "$stage/usr/lib/mm-selftests" "$BUILD_DIR/mm-selftests-include"
# cow.c includes the local_config.h that the selftests Makefile generates.
: >"$BUILD_DIR/mm-selftests-include/local_config.h"
for t in cow mremap_test mlock2-tests; do
	srcs=$mmtests/$t.c
	[ $t = cow ] && srcs="$srcs $mmtests/vm_util.c $mmtests/thp_settings.c"
	# shellcheck disable=SC2086
	# The uapi headers of the tree: Debian 12's are older than 6.12's.
	gcc -static -O2 -w -I"$BUILD_DIR/mm-selftests-include" \
		-I"$ksrc/tools/include/uapi" \
		-o "$stage/usr/lib/mm-selftests/$t" $srcs ||
		die "compiling the mm selftest $t from $mmtests failed"
done

(cd "$stage" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) >"$out.tmp"
mv "$out.tmp" "$out"
echo "$stamp" >"$out.stamp"
log "initramfs: $out ($(du -h "$out" | cut -f1))"
echo "$out"
