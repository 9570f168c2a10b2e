# usage: python3 shares.py FILE.csv...: per async-profiler collapsed file, samples by the deepest dev.twolayer frame
import collections, sys
for f in sys.argv[1:]:
    tot = 0; deepest = collections.Counter()
    for line in open(f):
        stack, n = line.rstrip().rsplit(' ', 1); n = int(n); tot += n
        tl = [fr for fr in stack.split(';') if 'twolayer' in fr]
        deepest[tl[-1].split('/')[-1] if tl else '<other>'] += n
    print('==', f, 'samples', tot)
    for fr, n in deepest.most_common(12): print('%6.1f%% %6d %s' % (100.0 * n / tot, n, fr))
