#!/usr/bin/env python3
"""Re-cut a series by weaving each file's history and regrouping commits.

usage: weave.py REPO BASE HEAD MAPFILE OUTREF

MAPFILE: lines "TARGET_INDEX OLD_COMMIT_NUMBER[,...] | subject" -- each old
commit (1-based position in BASE..HEAD) gets a target; targets are committed
in index order.  Each target's tree holds every line version whose creating
commit's target <= k and whose deleting commit's target > k.
"""
import difflib, os, subprocess, sys, tempfile

repo, base, head, mapfile, outref = sys.argv[1:6]

def git(*a, inp=None, env=None):
    return subprocess.run(['git', '-C', repo] + list(a), input=inp,
                          capture_output=True, check=True, env=env).stdout

commits = git('rev-list', '--reverse', f'{base}..{head}').decode().split()
cidx = {c: i + 1 for i, c in enumerate(commits)}

targets = {}   # k -> subject
tmap = {0: 0}  # old commit number -> target
fmap = {}      # (old commit number, path) -> target, overriding tmap
for line in open(mapfile):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    left, subj = line.split('|', 1)
    k, olds = left.split()
    k = int(k)
    if olds == '-':
        continue
    targets[k] = subj.strip()
    for o in olds.split(','):
        if ':' in o:  # one file of a commit goes to another target
            n, path = o.split(':', 1)
            fmap[(int(n), path)] = k
        else:
            tmap[int(o)] = k
missing = [i for i in range(1, len(commits) + 1) if i not in tmap]
assert not missing, f'unmapped commits {missing}'
INF = 10**9

CUR = None  # the file tgt() is asked about

def tgt(n):
    if n is None:
        return INF
    return fmap.get((n, CUR), tmap[n])

files = git('diff', '--no-renames', '--name-only', base, head).decode().split('\n')
files = [f for f in files if f]

def blob(rev, path):
    r = subprocess.run(['git', '-C', repo, 'show', f'{rev}:{path}'],
                       capture_output=True)
    return r.stdout.decode('utf-8', 'surrogateescape') if r.returncode == 0 else None

def mode(rev, path):
    o = git('ls-tree', rev, '--', path).decode().split()
    return o[0] if o else None

import re
HUNK = re.compile(r'^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@')

def git_opcodes(a, b, f, na, nb):
    if na == 0 or nb == 0:
        return [('replace', 0, na, 0, nb)]
    out = git('diff', '-U0', '--histogram', '--no-renames', '--no-ext-diff',
              '--text', a, b, '--', f).decode('utf-8', 'surrogateescape')
    ops = []
    i = j = 0
    for line in out.split('\n'):
        m = HUNK.match(line)
        if not m:
            continue
        s1, l1, s2, l2 = m.groups()
        l1 = 1 if l1 is None else int(l1)
        l2 = 1 if l2 is None else int(l2)
        s1 = int(s1) - (1 if l1 else 0)
        s2 = int(s2) - (1 if l2 else 0)
        if s1 > i:
            ops.append(('equal', i, s1, j, j + s1 - i))
        ops.append(('replace', s1, s1 + l1, s2, s2 + l2))
        i, j = s1 + l1, s2 + l2
    if i < na:
        ops.append(('equal', i, na, j, j + na - i))
    return ops

weaves = {}
for f in files:
    hist = git('log', '--format=%H', '--no-renames', '--reverse',
               f'{base}..{head}', '--', f).decode().split()
    b = blob(base, f)
    weave = []       # [text, created, deleted]
    exist = []       # [created, deleted]
    alive = []       # indices into weave
    if b is not None:
        weave = [[l, 0, None] for l in b.splitlines(keepends=True)]
        alive = list(range(len(weave)))
        exist.append([0, None])
    present = b is not None
    prevrev = base
    for c in hist:
        n = cidx[c]
        nb = blob(c, f)
        if nb is None:
            if present:
                for i in alive:
                    weave[i][2] = n
                alive = []
                exist[-1][1] = n
                present = False
            prevrev = c
            continue
        if not present:
            exist.append([n, None])
            present = True
        old = [weave[i][0] for i in alive]
        new = nb.splitlines(keepends=True)
        newalive = []
        inserts = []  # (weave position before which to insert, lines)
        for op, i1, i2, j1, j2 in git_opcodes(prevrev, c, f, len(old), len(new)):
            if op == 'equal':
                newalive += alive[i1:i2]
                continue
            for i in alive[i1:i2]:
                weave[i][2] = n
            if j2 > j1:
                # place after the deleted lines (or before the next alive line)
                pos = (alive[i2] if i2 < len(alive) else len(weave))
                if i2 > i1:
                    pos = alive[i2 - 1] + 1
                inserts.append((pos, new[j1:j2], len(newalive)))
                newalive += [None] * (j2 - j1)
        # apply inserts from the back so positions stay valid
        for pos, lines, at in reversed(inserts):
            weave[pos:pos] = [[l, n, None] for l in lines]
        # rebuild alive indices: recompute by scanning weave for live entries
        alive = [i for i, e in enumerate(weave) if e[2] is None]
        got = ''.join(weave[i][0] for i in alive)
        if got != ''.join(new):
            sys.exit(f'weave mismatch {f} at {n}')
        prevrev = c
    weaves[f] = (weave, exist)

def stage_files(k):
    global CUR
    out = {}
    for f, (weave, exist) in weaves.items():
        CUR = f
        text = ''.join(e[0] for e in weave if tgt(e[1]) <= k < tgt(e[2]))
        # Where a later target created a file that holds an earlier one's
        # code, a fix gives the earlier targets their version of it.
        ok = any(tgt(c) <= k < tgt(d) for c, d in exist)
        out[f] = text if ok else None
    return out

import glob, shutil
fixdir = os.path.join(os.path.dirname(os.path.abspath(mapfile)), 'fixes')
fixes = []
for p in sorted(glob.glob(os.path.join(fixdir, '*.patch')) + glob.glob(os.path.join(fixdir, '*.py'))):
    a, b = os.path.basename(p).split('-')[:2]
    fixes.append((int(a), int(b), p))

def apply_fixes(k, files_k):
    for p in [p for a, b, p in fixes if a <= k <= b and p.endswith('.py')]:
        g = {'STAGE': k, '__file__': p, 'FILES': files_k}
        exec(open(p).read(), g)
        for path, old, new, *opt in g['R']:
            t = files_k.get(path)
            if old is None:
                files_k[path] = new
                continue
            if opt and (t is None or old not in t):
                continue
            if t is None or old not in t:
                sys.exit(f'fix {p} does not apply to stage {k}: {path}: {old[:60]!r}')
            files_k[path] = t.replace(old, new, 1)
    mine = [p for a, b, p in fixes if a <= k <= b and p.endswith('.patch')]
    if not mine:
        return files_k
    d = tempfile.mkdtemp()
    for f, text in files_k.items():
        if text is None:
            continue
        os.makedirs(os.path.join(d, os.path.dirname(f)), exist_ok=True)
        open(os.path.join(d, f), 'w', encoding='utf-8', errors='surrogateescape').write(text)
    for p in mine:
        r = subprocess.run(['patch', '-d', d, '-p1', '-F1', '-s', '--no-backup-if-mismatch', '-i', p], capture_output=True)
        if r.returncode:
            sys.exit(f'fix {p} does not apply to stage {k}: {r.stdout.decode()}{r.stderr.decode()}')
    for f in files_k:
        fp = os.path.join(d, f)
        if os.path.exists(fp):
            files_k[f] = open(fp, encoding='utf-8', errors='surrogateescape').read()
    shutil.rmtree(d)
    return files_k

idx = tempfile.mktemp()
env = dict(os.environ, GIT_INDEX_FILE=idx)
parent = git('rev-parse', base).decode().strip()
git('read-tree', base, env=env)
for k in sorted(targets):
    files_k = apply_fixes(k, stage_files(k))
    info = []
    for f, text in files_k.items():
        if text is None:
            info.append(f'0 {"0"*40}\t{f}\n')
            continue
        sha = git('hash-object', '-w', '--stdin',
                  inp=text.encode('utf-8', 'surrogateescape')).decode().strip()
        m = mode(head, f) or mode(base, f) or '100644'
        info.append(f'{m} {sha}\t{f}\n')
    git('update-index', '--index-info', inp=''.join(info).encode(), env=env)
    tree = git('write-tree', env=env).decode().strip()
    mf = os.path.join(os.path.dirname(os.path.abspath(mapfile)), 'msgs', '%02d.txt' % k)
    msg = open(mf).read() if os.path.exists(mf) else targets[k] + '\n'
    if not msg.startswith(targets[k] + '\n'):
        sys.exit(f'{mf}: its subject is not the one of map.txt')
    parent = git('commit-tree', tree, '-p', parent, inp=msg.encode()).decode().strip()
    print(k, parent[:12], targets[k])
git('update-ref', outref, parent)
os.unlink(idx)
final = git('rev-parse', f'{outref}^{{tree}}').decode().strip()
want = git('rev-parse', f'{head}^{{tree}}').decode().strip()
print('final tree', 'SAME' if final == want else 'DIFFERENT')
if final != want:
    print(git('diff', '--stat', want, final).decode(), end='')
