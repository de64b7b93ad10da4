#!/usr/bin/env bash
# Provide a pristine Linux 6.12 tree and print its path on stdout.
#
#   scripts/get-kernel.sh            Debian's linux-source-6.12, extracted into the cache
#   KSRC=/path/to/linux scripts/get-kernel.sh   use your own 6.12.y tree (checked, not copied)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

if [ -n "${KSRC:-}" ]; then
	[ -f "$KSRC/Makefile" ] && [ -d "$KSRC/mm" ] ||
		die "KSRC=$KSRC is not a Linux source tree (no Makefile or mm/)"
	ver=$(make -s -C "$KSRC" kernelversion 2>/dev/null) ||
		die "cannot read the kernel version of $KSRC"
	case "$ver" in 6.12|6.12.*) ;; *) die "KSRC=$KSRC is Linux $ver; the series targets 6.12.y" ;; esac
	log "using your tree $KSRC (Linux $ver)"
	echo "$KSRC"
	exit 0
fi

need_pkgs linux-source-6.12 xz-utils
pkgver=$(dpkg-query -W -f='${Version}' linux-source-6.12)
tarball=/usr/src/linux-source-6.12.tar.xz
[ -f "$tarball" ] || die "$tarball is missing although linux-source-6.12 is installed: reinstall it"

dest=$CACHE_DIR/linux-source-6.12_${pkgver//\~/_}
if [ ! -f "$dest/.extracted" ]; then
	log "extracting $tarball (linux-source-6.12 $pkgver) into $dest"
	rm -rf "$dest" "$dest.tmp"
	mkdir -p "$dest.tmp"
	tar -xf "$tarball" -C "$dest.tmp" --strip-components=1 ||
		die "extracting $tarball failed (disk full? see df -h $CACHE_DIR)"
	chmod -R a-w "$dest.tmp"	# pristine: nobody builds in it by accident
	mv "$dest.tmp" "$dest"
	chmod u+w "$dest"
	touch "$dest/.extracted"
	chmod u-w "$dest"
fi
ver=$(make -s -C "$dest" kernelversion)
log "Linux $ver from Debian linux-source-6.12 $pkgver: $dest"
echo "$dest"
