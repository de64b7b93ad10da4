#!/usr/bin/env bash
# stage.sh K [y|n ...]: check out target K (map.txt) of work/recut and build the
# series' objects with CONFIG_CONTAINERS=y and =n, as bisect-build.sh does.
set -euo pipefail
TOP=$(cd "$(dirname "$0")/.." && pwd)
. $TOP/scripts/lib.sh
k=$1; shift
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(y n)
R=$TOP/work/recut
subj=$(grep "^$k " $TOP/recut/map.txt | sed 's/^[^|]*| //')
h=$(git -C $R log --format='%H %s' base..wip | grep -F " $subj" | head -1 | cut -d' ' -f1)
[ -n "$h" ] || { echo "no stage $k"; exit 1; }
git -C $R checkout -q --detach $h
echo "stage $k: $(git -C $R log --format=%s -1)"
if [ ! -f $TOP/work/objs.txt ]; then
	d=$(mktemp -d); git -C $R format-patch -q --no-renames -o $d base..wip
	series_objects $TOP/build/out-guest $R $d $(cd $d; ls) > $TOP/work/objs.txt; rm -rf $d
fi
rc=0
for s in "${sets[@]}"; do
	out=$TOP/build/rc-$s; mkdir -p $out
	cp $TOP/build/out-guest/.config $out/.config
	if [ $s = n ]; then sed -i -e '/^CONFIG_CONTAINERS[=_]/d' $out/.config; echo '# CONFIG_CONTAINERS is not set' >>$out/.config; fi
	mk() { make -C $R O=$out ARCH=x86_64 CC="ccache gcc" HOSTCC="ccache gcc" "$@"; }
	mk -s olddefconfig >/dev/null 2>&1
	here=()
	while read -r o; do [ -f "$R/${o%.o}.c" ] && obj_configured $R $out $o && here+=("$o"); done < $TOP/work/objs.txt
	if mk -k -j2 "${here[@]}" > $TOP/work/stage-$k-$s.log 2>&1 && link_check $out "${here[@]}" >> $TOP/work/stage-$k-$s.log 2>&1 && ! grep -q ': warning: ' $TOP/work/stage-$k-$s.log; then
		echo "  =$s ok (${#here[@]})"
	else
		echo "  =$s FAILED"; grep -E 'error|warning:|undefined' $TOP/work/stage-$k-$s.log | grep -v "not remade" | sed "s|$R/||; s|^kernel/../mm/|mm/|" | awk '!seen[$0]++' | head -n ${LINES_MAX:-25}; rc=1
	fi
done
exit $rc
