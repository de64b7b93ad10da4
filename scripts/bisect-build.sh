#!/usr/bin/env bash
# Build every prefix of the series, with CONFIG_CONTAINERS=y and =n, to prove
# that the series bisects; fail naming the first patch that breaks and its error.
#
#   scripts/bisect-build.sh              the patches of `series`, on a copy of the
#                                        pristine tree (what scripts/test.sh runs)
#   scripts/bisect-build.sh --git DIR    the commits base..HEAD of a scratch tree
#                                        (scripts/worktree.sh), exported first
#
# For each prefix, incrementally (ccache and make keep it cheap), both settings
# compile (before the patch that adds CONFIG_CONTAINERS both resolve to the same
# configuration, and one build stands for both):
#   - every file the series adds or changes, and
#   - every object of the guest kernel that includes a header the series changes,
#     except the headers nearly everything includes (sched.h, mm_types.h, fs.h:
#     the fields the series adds there are used only by the series' own files),
# then check the link: every symbol with "container" in its name that a
# compiled object needs is defined by one of them (=n: by none it needs).
# The objects of the configuration come from the guest kernel's build
# (scripts/build.sh guest), which must exist. The last line is
# "bisect-build: N passed, M failed" (one count per patch and setting).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

patchdir=$TOP/patches
list=$TOP/series
if [ "${1:-}" = --git ]; then
	dir=${2:?--git needs the scratch tree}
	[ -d "$dir/.git" ] || die "$dir is not a git tree: create it with scripts/worktree.sh"
	git -C "$dir" rev-parse -q --verify base >/dev/null || die "$dir has no 'base' tag"
	patchdir=$(mktemp -d)
	trap 'rm -rf "$patchdir"' EXIT
	git -C "$dir" format-patch -q --no-renames -N -o "$patchdir" base..HEAD
	(cd "$patchdir" && ls -1 -- *.patch) >"$patchdir/series"
	list=$patchdir/series
elif [ $# -gt 0 ]; then
	die "usage: scripts/bisect-build.sh [--git DIR]"
fi
mapfile -t patches < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list")
[ ${#patches[@]} -gt 0 ] || die "no patches in $list"

ref=${BISECT_REF:-$BUILD_DIR/out-guest}
[ -f "$ref/vmlinux" ] || die "no guest kernel build in $ref: run scripts/build.sh guest first"
need_pkgs build-essential bc bison flex libelf-dev libssl-dev ccache binutils

work=$BUILD_DIR/bisect
src=$work/src
pristine=$("$TOP/scripts/get-kernel.sh")
log "bisect: fresh copy of $pristine"
rm -rf "$src"
mkdir -p "$work"
cp -a "$pristine" "$src"
chmod -R u+w "$src"
rm -f "$src/.extracted"

added=$(series_added "$patchdir" "${patches[@]}")
declare -A objs=()
while read -r o; do objs[$o]=1; done < <(series_objects "$ref" "$src" "$patchdir" "${patches[@]}")
log "bisect: ${#patches[@]} patches, ${#objs[@]} objects per prefix and setting"

# Two build folders, configured as the guest kernel with containers on and off.
for s in y n; do
	out=$work/out-$s
	mkdir -p "$out"
	cp "$ref/.config" "$work/config-$s"
	if [ $s = n ]; then
		sed -i -e '/^CONFIG_CONTAINERS[=_]/d' -e '/CONFIG_CONTAINERS[_A-Z]* is not set/d' "$work/config-$s"
		echo '# CONFIG_CONTAINERS is not set' >>"$work/config-$s"
	fi
done

mk() { make -C "$src" O="$1" ARCH=x86_64 CC="$(make_cc)" HOSTCC="$(make_cc)" "${@:2}"; }

# configure_prefix N S: the configuration of prefix N with CONFIG_CONTAINERS=S.
configure_prefix() {
	local out=$work/out-$2
	cmp -s "$work/config-$2" "$out/.config" || cp "$work/config-$2" "$out/.config"
	mk "$out" -s olddefconfig >"$work/patch-$1-$2.log" 2>&1 || true
}

# build_prefix N S: build prefix N with CONFIG_CONTAINERS=S; print "ok COUNT"
# or "FAILED COUNT", the log is in patch-N-S.log.
build_prefix() {
	local n=$1 s=$2 out=$work/out-$2 logf=$work/patch-$1-$2.log o here=()
	# configure_prefix() ran olddefconfig from the wanted configuration (it
	# drops options a prefix does not know yet; kbuild rebuilds what that
	# touches).
	# What exists at this prefix and this setting builds.
	for o in "${!objs[@]}"; do
		[ -f "$src/${o%.o}.c" ] && obj_configured "$src" "$out" "$o" && here+=("$o")
	done
	[ ${#here[@]} -gt 0 ] || { echo "no object of the series to build" >>"$logf"; echo "FAILED 0"; return; }
	mapfile -t here < <(printf '%s\n' "${here[@]}" | sort)
	if mk "$out" -k -j"$JOBS" "${here[@]}" >>"$logf" 2>&1 &&
		link_check "$out" "${here[@]}" >>"$logf" 2>&1 &&
		! grep -q ': warning: ' "$logf"; then
		echo "ok ${#here[@]}"
	else
		echo "FAILED ${#here[@]}"
	fi
}

passed=0 failed=0 n=0 first_bad=""
for p in "${patches[@]}"; do
	n=$((n + 1))
	patch -d "$src" -p1 -F0 -N -s --no-backup-if-mismatch <"$patchdir/$p" >/dev/null ||
		die "patch $p does not apply (run scripts/apply.sh --check)"
	start=$SECONDS
	# Before the patch that adds CONFIG_CONTAINERS, both settings resolve to
	# the same configuration: building it twice would prove nothing more.
	# A patch that changes no Kconfig file leaves the configuration as it was.
	if [ "$n" -eq 1 ] || grep -qE '^\+\+\+ b/(.*/)?Kconfig' "$patchdir/$p"; then
		for s in y n; do
			configure_prefix "$n" "$s" &
		done
		wait
	else
		for s in y n; do : >"$work/patch-$n-$s.log"; done
	fi
	settings=(y n)
	if cmp -s "$work/out-y/.config" "$work/out-n/.config"; then
		settings=(y)
		log "patch $n: CONFIG_CONTAINERS does not exist yet, one build stands for both"
	fi
	# Both settings at once: much of an incremental kbuild run is serial.
	for s in "${settings[@]}"; do
		build_prefix "$n" "$s" >"$work/result-$n-$s" 2>&1 &
	done
	wait
	if [ ${#settings[@]} -eq 1 ]; then
		cp "$work/result-$n-y" "$work/result-$n-n"
		cp "$work/patch-$n-y.log" "$work/patch-$n-n.log"
	fi
	for s in y n; do
		read -r status count <"$work/result-$n-$s" || status=FAILED
		if [ "$status" = ok ]; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
			[ -n "$first_bad" ] || first_bad="$n $p (CONFIG_CONTAINERS=$s)"
			echo "---- patch $n $p, CONFIG_CONTAINERS=$s: first errors ($work/patch-$n-$s.log):" >&2
			grep -E 'error|warning:|undefined' "$work/patch-$n-$s.log" | head -n 15 >&2 ||
				tail -n 15 "$work/patch-$n-$s.log" >&2
		fi
		log "patch $n/${#patches[@]} =$s: ${count:-?} objects $status"
	done
	log "patch $n ($p): $((SECONDS - start)) s"
done
[ -z "$first_bad" ] || log "the first patch that does not build: $first_bad"
echo "bisect-build: $passed passed, $failed failed"
[ $failed -eq 0 ]
