#!/usr/bin/env bash
# Build the guest initramfs: busybox-static, qemu/init, the kselftests of the
# patched tree (tools/testing/selftests/containers, installed with the tree's
# kselftest "make install" and linked statically) and the mm selftests that the
# containers tests run inside a container, as an uncompressed newc cpio.
#
#   scripts/mkinitramfs.sh                 build/initramfs.cpio (rebuilt when inputs change)
#   scripts/mkinitramfs.sh --extra DIR OUT a cpio to append: DIR's *.sh as the
#                                          kselftest collection "extra"
#
# The tree is build/src (scripts/apply.sh) or KTREE=/path.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_pkgs busybox-static cpio build-essential rsync
tree=${KTREE:-$BUILD_DIR/src}
ksft=$tree/tools/testing/selftests
[ -d "$ksft/containers" ] ||
	die "$ksft/containers is missing: run scripts/apply.sh first (or set KTREE to a patched tree)"

# mkcpio DIR OUT [--no-root]: DIR's contents as a newc cpio. The main archive's
# root entry gives the guest's / its mode (0755; without it / is 1777); an
# archive appended to it leaves its root entry out (a mktemp folder is 0700).
mkcpio() {
	local depth=0
	[ "${3:-}" = --no-root ] && depth=1
	(cd "$1" && find . -mindepth $depth | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) >"$2"
}

if [ "${1:-}" = --extra ]; then
	dir=${2:-}
	outfile=${3:-}
	[ -d "$dir" ] && [ -n "$outfile" ] || die "usage: scripts/mkinitramfs.sh --extra DIR OUT"
	main=$BUILD_DIR/initramfs
	[ -f "$main/kselftest/kselftest-list.txt" ] ||
		die "build the main initramfs first (scripts/mkinitramfs.sh)"
	stage=$(mktemp -d)
	trap 'rm -rf "$stage"' EXIT
	mkdir -p "$stage/kselftest/extra"
	cp -a "$dir"/. "$stage/kselftest/extra/"
	chmod -R a+rX "$stage/kselftest"
	[ -f "$stage/kselftest/extra/settings" ] || echo timeout=600 >"$stage/kselftest/extra/settings"
	# The runner reads one list: the main one plus the extra collection.
	cp "$main/kselftest/kselftest-list.txt" "$stage/kselftest/kselftest-list.txt"
	n=0
	for t in "$dir"/*.sh; do
		[ -e "$t" ] || continue
		chmod 755 "$stage/kselftest/extra/${t##*/}"
		echo "extra:${t##*/}" >>"$stage/kselftest/kselftest-list.txt"
		n=$((n + 1))
	done
	[ $n -gt 0 ] || die "--tests $dir: no *.sh scripts in it"
	mkcpio "$stage" "$outfile" --no-root
	log "extra tests from $dir: $n scripts as kselftest collection 'extra' in $outfile"
	echo "$outfile"
	exit 0
fi

out=$BUILD_DIR/initramfs.cpio
busybox=/bin/busybox
[ -x "$busybox" ] || die "$busybox is missing: apt-get install busybox-static"
stamp=$( (sha256sum "$busybox" "$0"; cd "$TOP/qemu" && find . -type f | LC_ALL=C sort | xargs sha256sum
	cd "$ksft" && find containers ../../containers kselftest run_kselftest.sh lib.mk mm/cow.c mm/vm_util.c \
		mm/thp_settings.c mm/mremap_test.c mm/mlock2-tests.c -type f | LC_ALL=C sort |
		xargs sha256sum) | sha256sum | cut -d' ' -f1)
if [ -f "$out" ] && [ "$(cat "$out.stamp" 2>/dev/null)" = "$stamp" ]; then
	log "initramfs is up to date: $out"
	echo "$out"
	exit 0
fi

stage=$BUILD_DIR/initramfs
rm -rf "$stage"
mkdir -p "$stage"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,mnt,etc,root}
chmod 755 "$stage"
chmod 1777 "$stage/tmp"
cp "$busybox" "$stage/bin/busybox"
for applet in $("$busybox" --list); do
	[ -e "$stage/bin/$applet" ] || ln -s busybox "$stage/bin/$applet"
done
# The kselftest runner calls /usr/bin/timeout --foreground, which busybox's
# timeout does not know; in the guest's single session it is not needed.
cat >"$stage/usr/bin/timeout" <<'SHIM'
#!/bin/sh
[ "$1" = --foreground ] && shift
exec /bin/busybox timeout "$@"
SHIM
chmod 755 "$stage/usr/bin/timeout"
mknod -m 600 "$stage/dev/console" c 5 1
mknod -m 666 "$stage/dev/null" c 1 3
printf 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/tmp:/bin/sh\n' >"$stage/etc/passwd"
printf 'root:x:0:\nuser:x:1000:\n' >"$stage/etc/group"
cp "$TOP/qemu/init" "$stage/init"
chmod 755 "$stage/init"

log "installing the containers kselftests from $ksft (static)"
ksbuild=$BUILD_DIR/kselftest-build
rm -rf "$ksbuild"
make -s -C "$ksft" TARGETS=containers O="$ksbuild" INSTALL_PATH="$stage/kselftest" \
	LDFLAGS=-static install >"$BUILD_DIR/kselftest-install.log" 2>&1 ||
	{ tail -n 30 "$BUILD_DIR/kselftest-install.log" >&2
	  die "building the containers kselftests failed: see $BUILD_DIR/kselftest-install.log"; }
[ -s "$stage/kselftest/kselftest-list.txt" ] || die "the kselftest install wrote no test list"

# The tree's own mm selftests, run inside a container by test_mm_selftests.sh,
# where kselftest installs them (../mm next to the containers tests).
mmtests=$ksft/mm
log "compiling mm selftests cow, mremap_test, mlock2-tests from $mmtests"
mkdir -p "$stage/kselftest/mm" "$BUILD_DIR/mm-selftests-include"
# cow.c includes the local_config.h that the selftests Makefile generates.
: >"$BUILD_DIR/mm-selftests-include/local_config.h"
for t in cow mremap_test mlock2-tests; do
	srcs=("$mmtests/$t.c")
	[ $t = cow ] && srcs+=("$mmtests/vm_util.c" "$mmtests/thp_settings.c")
	# The uapi headers of the tree: Debian 12's are older than 6.12's.
	gcc -static -O2 -w -I"$BUILD_DIR/mm-selftests-include" \
		-I"$tree/tools/include/uapi" \
		-o "$stage/kselftest/mm/$t" "${srcs[@]}" ||
		die "compiling the mm selftest $t from $mmtests failed"
done

mkcpio "$stage" "$out.tmp"
mv "$out.tmp" "$out"
echo "$stamp" >"$out.stamp"
log "initramfs: $out ($(du -h "$out" | cut -f1))"
echo "$out"
