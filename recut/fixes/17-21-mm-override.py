# container_mm.c was rewritten by many old commits; before the files patch
# (target 22) the weave cannot give it. Targets 17-21 get the final file
# without what the throttle (18) and the policy (19) add.
import subprocess, os
_top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) if '__file__' in globals() else '/work/main'
_final = subprocess.run(['git', '-C', os.path.join(_top, 'work/linux'), 'show', 'old:mm/container_mm.c'],
                        capture_output=True, text=True, check=True).stdout

def _cut(s, a, b=''):
    assert a in s, a[:60]
    return s.replace(a, b, 1)

def _v18(s):
    s = _cut(s, """ * over-limit policy applies (container_oom.c).
 *
 * A container that stays out of memory with nothing done about it (the
 * throttle policy, or no member left to kill) costs little: its blocked
 * tasks look at usage every second, but start another run only once a
 * back-off has passed, which doubles with each run that ends so, up to
 * CONTAINER_STUCK_BACKOFF_MAX; under throttle, such a run is a probe: it
 * gives up after one try that frees nothing, not CONTAINER_RECLAIM_RETRIES
 * (under kill, a run that gives up kills, if it finds a member). What may
 * change the outcome starts a run at once, as before: a charge over the
 * limit, a limit write, pages freed (which wake the blocked tasks, whose
 * next charge is over the limit). A limit write also ends the back-off;
 * a probe that frees pages goes on as a full run.
""", """ * run ends with usage over the limit.
""")
    s = _cut(s, """ * usage is still over the limit, the container is out of memory and its
""", """ * usage is still over the limit, the container is out of memory: the
""")
    s = _cut(s, """/*
 * The wait between runs that blocked tasks start in a container out of
 * memory: the first after a second, then twice as long each time. Pinned
 * pages, for one, are scanned on each run and never freed.
 */
#define CONTAINER_STUCK_BACKOFF_MIN	HZ
#define CONTAINER_STUCK_BACKOFF_MAX	(64 * HZ)

""")
    a = s.index("/**\n * container_retry_reclaim - ")
    b = s.index("/*\n * One run: reclaim until usage")
    s = s[:a] + s[b:]
    s = _cut(s, """ * nothing CONTAINER_RECLAIM_RETRIES times in a row. Returns true when the
 * container is out of memory: see the top of the file.
 */
static bool container_reclaim_run(struct container *c)
{
	/*
	 * The last run left @c out of memory under throttle: each try scans
	 * all of its lists, pinned pages included, so one try tells whether
	 * that holds. Under kill, a run that fails kills: it makes all its
	 * tries (pages may be isolated for a while, by migration, say).
	 */
	int retries = READ_ONCE(c->reclaim_backoff) &&
		      READ_ONCE(c->policy) != CONTAINER_POLICY_KILL ?
		      1 : CONTAINER_RECLAIM_RETRIES;
""", """ * nothing CONTAINER_RECLAIM_RETRIES times in a row.
 */
static void container_reclaim_run(struct container *c)
{
	int retries = CONTAINER_RECLAIM_RETRIES;
""")
    s = _cut(s, """	if (container_usage(c) <= READ_ONCE(c->page_limit) ||
	    READ_ONCE(c->freeing)) {
		c->oom_reported = false;
		return false;
	}
	return true;
}""", """}""")
    s = _cut(s, """	bool stuck = container_reclaim_run(c);

	/*
	 * Charges from now on queue the work again if still over. A work
	 * item never runs twice at once: the back-off is this run's to set.
	 */
	clear_bit_unlock(CONTAINER_RECLAIM_QUEUED, &c->flags);
	container_wake_throttled(c);
	if (stuck && container_out_of_memory(c))
		stuck = false;
	container_set_reclaim_backoff(c, stuck);
	container_put(c);""", """
	container_reclaim_run(c);
	/* Charges from now on queue the work again if still over. */
	clear_bit_unlock(CONTAINER_RECLAIM_QUEUED, &c->flags);
	container_wake_throttled(c);
	container_put(c);""")
    return s

def _v17(s):
    s = _v18(s)
    s = _cut(s, """ * Counts what was freed in reclaimed_pages and wakes the tasks throttled
 * over the limit, so that they look at usage again. Process context, may
 * sleep.""", """ * Counts what was freed in reclaimed_pages. Process context, may sleep.""")
    s = _cut(s, """	if (nr) {
		atomic_long_add(nr, &c->reclaimed_pages);
		container_wake_throttled(c);
	}""", """	atomic_long_add(nr, &c->reclaimed_pages);""")
    s = _cut(s, """			if (container_split_deferred(c)) {
				container_wake_throttled(c);
				continue;
			}""", """			if (container_split_deferred(c))
				continue;""")
    s = _cut(s, """	clear_bit_unlock(CONTAINER_RECLAIM_QUEUED, &c->flags);
	container_wake_throttled(c);
""", """	clear_bit_unlock(CONTAINER_RECLAIM_QUEUED, &c->flags);
""")
    return s

import sys
_stage = globals().get('STAGE')
R = [('mm/container_mm.c', None, _v17(_final) if _stage == 17 else
      _v18(_final) if _stage == 18 else _final)]
