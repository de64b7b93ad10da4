#!/usr/bin/env bash
# Build an x86_64 bzImage of the patched tree and print its path.
#
#   scripts/build.sh guest          tinyconfig + guest + containers fragments
#   scripts/build.sh debug          ... + debug (KASAN, lockdep, DEBUG_VM, kmemleak)
#   scripts/build.sh nocontainers   ... guest with CONFIG_CONTAINERS=n
#   scripts/build.sh memcg          ... guest with the memory controller instead
#   scripts/build.sh bench          ... guest built as distributions build (bench)
#   scripts/build.sh bench-nocontainers   ... the same with CONFIG_CONTAINERS=n
#
# Source: build/src (scripts/apply.sh) or KTREE=/path. Output: build/out-KIND.
# Every option the fragments ask for must survive olddefconfig, or the build stops.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

kind=${1:-}
frags=("$TOP/config-fragments/guest.config" "$TOP/config-fragments/containers.config")
case $kind in
guest) ;;
debug) frags+=("$TOP/config-fragments/debug.config") ;;
nocontainers) frags+=("$TOP/config-fragments/nocontainers.config") ;;
memcg) frags+=("$TOP/config-fragments/memcg.config") ;;
bench) frags+=("$TOP/config-fragments/bench.config") ;;
bench-nocontainers)
	frags+=("$TOP/config-fragments/nocontainers.config" "$TOP/config-fragments/bench.config") ;;
*) die "usage: scripts/build.sh guest|debug|nocontainers|memcg|bench|bench-nocontainers" ;;
esac
tree=${KTREE:-$BUILD_DIR/src}
[ -f "$tree/Makefile" ] || die "$tree is not a kernel tree: run scripts/apply.sh first (or set KTREE)"
need_pkgs build-essential bc bison flex libelf-dev libssl-dev cpio ccache
out=$BUILD_DIR/out-$kind
mkdir -p "$out"
mk=(make -C "$tree" O="$out" ARCH=x86_64 CC="$(make_cc)" HOSTCC="$(make_cc)")

# Generate the config in a scratch folder and install it only when it changed,
# so that an unchanged config does not trigger a rebuild.
cfgdir=$out/config.tmp
rm -rf "$cfgdir"
mkdir -p "$cfgdir"
log "configuring $kind: tinyconfig + ${frags[*]##*/}"
"${mk[@]/O=$out/O=$cfgdir}" -s tinyconfig >"$cfgdir/config.log" 2>&1 ||
	{ cat "$cfgdir/config.log" >&2; die "make tinyconfig failed"; }
(cd "$cfgdir" && KCONFIG_CONFIG=.config "$tree/scripts/kconfig/merge_config.sh" -m -O "$cfgdir" \
	.config "${frags[@]}") >>"$cfgdir/config.log" 2>&1 ||
	{ cat "$cfgdir/config.log" >&2; die "merge_config.sh failed"; }
"${mk[@]/O=$out/O=$cfgdir}" -s olddefconfig >>"$cfgdir/config.log" 2>&1 ||
	{ cat "$cfgdir/config.log" >&2; die "make olddefconfig failed"; }

# Every requested value must be in the final config (later fragments win).
declare -A want=()
for f in "${frags[@]}"; do
	while IFS= read -r line; do
		case $line in
		CONFIG_*=*) want[${line%%=*}]=${line#*=} ;;
		"# CONFIG_"*" is not set") opt=${line#\# }; want[${opt%% *}]=n ;;
		esac
	done <"$f"
done
lost=()
for opt in "${!want[@]}"; do
	got=$(grep -E "^$opt=|^# $opt is not set" "$cfgdir/.config" || true)
	case $got in
	"# $opt is not set"|"") got=n ;;
	*) got=${got#*=} ;;
	esac
	[ "$got" = "${want[$opt]}" ] || lost+=("$opt=${want[$opt]} (got ${got})")
done
if [ ${#lost[@]} -gt 0 ]; then
	printf '  %s\n' "${lost[@]}" >&2
	die "${#lost[@]} requested options did not survive olddefconfig for $kind: fix config-fragments/ (a missing dependency?)"
fi
if ! cmp -s "$cfgdir/.config" "$out/.config"; then
	cp "$cfgdir/.config" "$out/.config"
	log "$kind: new configuration written to $out/.config"
fi
rm -rf "$cfgdir"

log "building $kind bzImage in $out with $JOBS jobs (log: $out/build.log)"
start=$SECONDS
if ! "${mk[@]}" -j"$JOBS" bzImage >"$out/build.log" 2>&1; then
	grep -E 'error|Error' "$out/build.log" | head -n 20 >&2 || true
	tail -n 40 "$out/build.log" >&2
	die "building the $kind kernel failed: see $out/build.log"
fi
log "$kind kernel built in $((SECONDS - start)) s"
echo "$out/arch/x86/boot/bzImage"
