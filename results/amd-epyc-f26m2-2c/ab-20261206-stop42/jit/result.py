"""jit/run.sh's runs: one output at batch 1, N42 against F42 (median of each side's two runs, the fork's
iterations' median), and OutputsBenchmark at F42 (median of 3 forks, the forks' range). Usage: result.py [folder]"""
import glob, json, os, statistics as st, sys
here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
runs = {}
for f in sorted(glob.glob(f'{here}/m1-*.json')):
    tag = os.path.basename(f).split('-')[1]
    for b in json.load(open(f)):
        p = b['params']
        runs.setdefault((tag, int(p['d']), int(p['k'])), []).append(
            1e6 / st.median([x for fork in b['primaryMetric']['rawData'] for x in fork]))
print('One output, batch 1 (TrainStepBenchmark), order N F F N:\n')
print('| d | k | N42 µs | F42 µs | N/F |\n|---:|---:|---:|---:|---:|')
for d, k in sorted({key[1:] for key in runs}):
    n, f = st.median(runs[('N', d, k)]), st.median(runs[('F', d, k)])
    print(f'| {d} | {k} | {n:.4g} | {f:.4g} | {n / f:.3f} |')
print('\nOutputsBenchmark at F42, batch 1, 3 forks:\n')
print('| d | k | m | µs | forks µs |\n|---:|---:|---:|---:|---|')
for b in json.load(open(f'{here}/outputs-F.json')):
    p = b['params']
    forks = [1e6 / st.median(fk) for fk in b['primaryMetric']['rawData']]
    print(f"| {p['d']} | {p['k']} | {p['m']} | {st.median(forks):.4g} | "
          f"{', '.join(f'{x:.4g}' for x in forks)} |")
