# Samples for the benchmark scripts (gawk -f scripts/samples.awk -e PROGRAM):
# the program stores each sample with add(KEY, VALUE) and reads the median
# of a key's samples and their spread, (max - min) / median in percent.
function add(k, x) { v[k][++n[k]] = x }
function median(k,   a, m) {
	m = asort(v[k], a)
	return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
function spread(k,   a, m) {
	m = asort(v[k], a)
	return (a[m] - a[1]) / median(k) * 100
}
