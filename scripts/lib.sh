# shellcheck shell=bash
# Common settings for the project's scripts; sourced, never run.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Pristine kernel trees (read-only after extraction) live in the cache.
CACHE_DIR=${CONTAINERS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/containers-6.12}
# Patched tree and build output: git-ignored, inside the project.
BUILD_DIR=${BUILD_DIR:-$TOP/build}
JOBS=${JOBS:-$(nproc)}

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# need_pkgs PKG...: apt-get install whatever is missing (as root, after apt-get update).
need_pkgs() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	log "installing Debian packages: ${missing[*]}"
	if [ "$(id -u)" -ne 0 ]; then
		die "missing packages ${missing[*]}: run 'sudo apt-get install ${missing[*]}' and retry"
	fi
	apt-get update -qq || die "apt-get update failed: check the network and /etc/apt/sources.list"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
		die "apt-get install ${missing[*]} failed"
}

# The packages every stage of the pipeline needs.
BUILD_PKGS=(build-essential bc bison flex libelf-dev libssl-dev cpio xz-utils
	zstd python3 kmod rsync ccache perl git qemu-system-x86 busybox-static)

# make_cc: the CC= value for make, with ccache when it is installed.
make_cc() {
	if command -v ccache >/dev/null; then echo "ccache gcc"; else echo gcc; fi
}
