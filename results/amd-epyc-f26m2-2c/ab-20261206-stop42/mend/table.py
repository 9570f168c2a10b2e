"""mend/run.sh's runs: per cell the median of F42's two runs and M42's two (each run's score), and F/M.
Usage: table.py [folder]"""
import glob, json, os, statistics as st, sys
here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
t = {}
for f in glob.glob(f'{here}/[FM]-*.json'):
    for b in json.load(open(f)):
        p = b['params']
        t.setdefault((os.path.basename(f)[0], int(p['d']), int(p['k']), int(p['batch'])), []).append(
            1e6 / b['primaryMetric']['score'])
print('| d | k | batch | F42 µs | M42 µs | F/M | runs F; M |\n|---:|---:|---:|---:|---:|---:|---|')
for c in sorted({key[1:] for key in t}):
    fv, mv = t[('F',) + c], t[('M',) + c]
    print(f'| {c[0]} | {c[1]} | {c[2]} | {st.median(fv):.4g} | {st.median(mv):.4g} | {st.median(fv) / st.median(mv):.3f} | '
          f'{", ".join(f"{x:.4g}" for x in fv)}; {", ".join(f"{x:.4g}" for x in mv)} |')
