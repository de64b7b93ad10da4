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
	zstd python3 kmod rsync ccache perl git qemu-system-x86 busybox-static
	binutils linux-config-6.12 python3-docutils)

# make_cc: the CC= value for make, with ccache when it is installed.
make_cc() {
	if command -v ccache >/dev/null; then echo "ccache gcc"; else echo gcc; fi
}

# series_added DIR PATCH...: the files the patches add.
series_added() {
	local dir=$1
	shift
	(cd "$dir" && cat "$@" | grep -A1 '^--- /dev/null' | sed -n 's|^+++ b/||p' | sort -u)
}

# series_touched DIR PATCH...: the files the patches add or change.
series_touched() {
	local dir=$1
	shift
	(cd "$dir" && cat "$@" | sed -n 's|^+++ b/||p' | sort -u)
}

# series_objects REF TREE DIR PATCH...: the kernel objects that compile what
# the patches change: the object of every .c file they add or change, and for
# every header they change, one object of the build in REF that includes it
# (from the .*.o.cmd dependency lists kbuild keeps), unless one of the former
# does: an inline function or declaration of a header is checked the same way
# in each file that includes it. Objects of pristine files are listed when REF
# built them; the caller decides which added files its configuration builds.
series_objects() {
	local ref=$1 tree=$2 dir=$3 touched added f h o users own rep
	shift 3
	touched=$(series_touched "$dir" "$@")
	added=$(series_added "$dir" "$@")
	own=$(for f in $(echo "$touched" | grep '\.c$' || true); do
		case $f in tools/*|scripts/*|samples/*) continue ;; esac
		o=${f%.c}.o
		if grep -qxF "$f" <<<"$added" || [ -f "$ref/$o" ]; then echo "$o"; fi
	done)
	{
		echo "$own"
		for h in $(echo "$touched" | grep -E '^(include|arch|mm|kernel)/.*\.h$' || true); do
			users=$(cd "$ref" && grep -l -r --include='.*.o.cmd' -F "/$h" . 2>/dev/null |
				sed 's|^\./||; s|/\.\([^/]*\)\.cmd$|/\1|' | LC_ALL=C sort || true)
			rep=""
			for o in $users; do
				grep -qxF "$o" <<<"$own" && { rep=$o; break; }
			done
			if [ -z "$rep" ]; then
				for o in $users; do
					[ -f "$tree/${o%.o}.c" ] && { rep=$o; break; }
				done
			fi
			echo "$rep"
		done
	} | grep . | LC_ALL=C sort -u
}

# link_check OUT OBJS...: every symbol with "container" in its name that the
# objects (paths relative to the build folder OUT) need is defined by one of them.
link_check() {
	local out=$1 missing
	shift
	# One nm for all objects: "file:addr type sym" for a defined symbol,
	# "file: type sym" (no address) for an undefined one.
	missing=$(cd "$out" && { nm -A "$@" 2>/dev/null || true; } | awk '
		{ f = $1; sub(/:.*/, "", f) }
		$1 ~ /:$/ { if ($NF ~ /container/) need[$NF] = need[$NF] " " f; next }
		{ def[$NF] = 1 }
		END { for (s in need) if (!(s in def)) print s " (needed by" need[s] ")" }' | sort)
	[ -z "$missing" ] || { echo "undefined at link time: $missing"; return 1; }
}

# obj_configured TREE OUT OBJ: whether the configuration in OUT builds OBJ,
# judged by the Makefile line of its folder that names it ("obj-$(CONFIG_X) +=
# name.o"); objects no such line names (parts of composite objects) count as built.
obj_configured() {
	local tree=$1 out=$2 o=$3 line sym
	line=$(grep -E "^obj-[^ ]*[[:space:]]*[+:]?=.*[[:space:]]${o##*/}([[:space:]]|$)" \
		"$tree/$(dirname "$o")/Makefile" 2>/dev/null | head -n 1 || true)
	sym=$(echo "$line" | sed -n 's/^obj-\$(\(CONFIG_[A-Za-z0-9_]*\)).*/\1/p')
	[ -n "$sym" ] || return 0
	grep -qE "^$sym=(y|m)$" "$out/.config"
}
