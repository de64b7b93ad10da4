#!/usr/bin/env bash
# Build the series on a distribution configuration: Debian 12's own 6.12 config
# (linux-config-6.12, config.amd64_none_amd64) with MEMCG off and CONTAINERS on
# (config-fragments/distro.config).
#
#   scripts/build-distro.sh           compile every object the series touches (what
#                                     scripts/test.sh runs: minutes, not a distro build)
#   scripts/build-distro.sh --full    the whole bzImage with modules turned off (every
#                                     =m becomes n, but for what the test guest boots
#                                     from: config-fragments/distro-nomodules.config);
#                                     takes hours on 2 cores; prints the bzImage path.
#                                     Boot it: scripts/boot.sh --test --kernel PATH
#
# The tree is build/src (scripts/apply.sh) or KTREE=/path; output build/out-distro
# (build/out-distro-full). The objects are chosen as scripts/bisect-build.sh does,
# from the guest kernel's build, which must exist. Last line: "distro: N passed, M failed".
set -euo pipefail
. "$(dirname "$0")/lib.sh"

full=0
case "${1:-}" in
--full) full=1 ;;
"") ;;
*) die "usage: scripts/build-distro.sh [--full]" ;;
esac
tree=${KTREE:-$BUILD_DIR/src}
[ -f "$tree/Makefile" ] || die "$tree is not a kernel tree: run scripts/apply.sh first (or set KTREE)"
need_pkgs build-essential bc bison flex libelf-dev libssl-dev ccache linux-config-6.12 xz-utils binutils
debconf=/usr/src/linux-config-6.12/config.amd64_none_amd64.xz
[ -f "$debconf" ] || die "$debconf is missing although linux-config-6.12 is installed: reinstall it"
ref=$BUILD_DIR/out-guest

out=$BUILD_DIR/out-distro
frags=("$TOP/config-fragments/distro.config")
[ $full = 1 ] && out=$BUILD_DIR/out-distro-full frags+=("$TOP/config-fragments/distro-nomodules.config")
mkdir -p "$out"
mk=(make -C "$tree" O="$out" ARCH=x86_64 CC="$(make_cc)" HOSTCC="$(make_cc)")

cfg=$out/config.tmp
rm -rf "$cfg"
mkdir -p "$cfg"
xzcat "$debconf" >"$cfg/.config"
if [ $full = 1 ]; then
	sed -i 's/^\(CONFIG_[A-Za-z0-9_]*\)=m$/# \1 is not set/' "$cfg/.config"
fi
log "configuring: Debian's config.amd64_none_amd64 + ${frags[*]##*/}"
(cd "$cfg" && KCONFIG_CONFIG=.config "$tree/scripts/kconfig/merge_config.sh" -m -O "$cfg" \
	.config "${frags[@]}") >"$cfg/config.log" 2>&1 ||
	{ cat "$cfg/config.log" >&2; die "merge_config.sh failed"; }
"${mk[@]/O=$out/O=$cfg}" -s olddefconfig >>"$cfg/config.log" 2>&1 ||
	{ cat "$cfg/config.log" >&2; die "make olddefconfig failed"; }
for opt in CONFIG_CONTAINERS=y CONFIG_CONFIGFS_FS=y; do
	grep -qx "$opt" "$cfg/.config" || die "$opt did not survive olddefconfig on Debian's config"
done
grep -q '^CONFIG_MEMCG=y' "$cfg/.config" && die "CONFIG_MEMCG is still on in the distro config"
[ $full = 0 ] || ! grep -q '=m$' "$cfg/.config" || log "note: $(grep -c '=m$' "$cfg/.config") options are still =m (selected by others)"
cmp -s "$cfg/.config" "$out/.config" || cp "$cfg/.config" "$out/.config"
rm -rf "$cfg"

start=$SECONDS
if [ $full = 1 ]; then
	log "building the distro kernel, modules off, in $out with $JOBS jobs (log: $out/build.log)"
	if ! "${mk[@]}" -j"$JOBS" bzImage >"$out/build.log" 2>&1; then
		grep -E 'error|Error' "$out/build.log" | head -n 20 >&2 || true
		die "building the distro kernel failed: see $out/build.log"
	fi
	log "distro kernel built in $((SECONDS - start)) s"
	echo "$out/arch/x86/boot/bzImage"
	exit 0
fi

[ -f "$ref/vmlinux" ] || die "no guest kernel build in $ref: run scripts/build.sh guest first (it names the objects)"
mapfile -t patches < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$TOP/series")
objs=()
for o in $(series_objects "$ref" "$tree" "$TOP/patches" "${patches[@]}"); do
	obj_configured "$tree" "$out" "$o" && objs+=("$o")
done
log "compiling ${#objs[@]} objects the series touches under the distro config (log: $out/build.log)"
status=ok
if ! "${mk[@]}" -j"$JOBS" prepare >"$out/build.log" 2>&1 ||
	! "${mk[@]}" -k -j"$JOBS" "${objs[@]}" >>"$out/build.log" 2>&1; then
	status=failed
	grep -E 'error|Error' "$out/build.log" | head -n 20 >&2 || tail -n 20 "$out/build.log" >&2
fi
if [ $status = ok ] && grep -q ': warning: ' "$out/build.log"; then
	grep ': warning: ' "$out/build.log" | head -n 10 >&2
	status=failed
fi
if [ $status = ok ] && ! link_check "$out" "${objs[@]}" >&2; then
	status=failed
fi
log "distro objects: $status in $((SECONDS - start)) s"
if [ $status = ok ]; then echo "distro: 1 passed, 0 failed"; else echo "distro: 0 passed, 1 failed"; exit 1; fi
