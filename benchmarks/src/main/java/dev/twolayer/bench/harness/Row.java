package dev.twolayer.bench.harness;

/**
 * One line of the tidy results table ({@code results.csv}): a benchmark at one parameter point, with the derived
 * rates. Missing numbers are NaN (written as empty CSV cells); shape fields are 0 where they do not apply.
 *
 * @param benchmark     short class name, e.g. "TrainStepBenchmark", or "Peak" / "Latency"
 * @param method        benchmark method (e.g. "trainStep", "fma256AllThreads", "triad")
 * @param impl          implementation name; for peak rows the method
 * @param secondsPerOp  mean time of one op (one step / pass / prediction / peak invocation)
 * @param gflops        FLOPs per op / secondsPerOp / 1e9 (NaN for bandwidth rows)
 * @param gbPerS        bytes per op / secondsPerOp / 1e9 (triad rows only)
 * @param pctPeak       gflops / measured FP32 peak (1-thread peak, or all-thread peak for multi-threaded impls)
 * @param vsScalar      this impl's rate / scalar's rate at the same benchmark and shape
 * @param allocBytesPerOp heap allocation per op from JMH's gc profiler
 */
public record Row(String benchmark, String method, String impl, int d, int k, int batch, int threads, String mode,
                  double score, double scoreError, String unit, double secondsPerOp, double flopsPerOp,
                  double gflops, double gbPerS, double peakGflops, double pctPeak, double vsScalar,
                  double allocBytesPerOp, double p50us, double p99us, double p999us) {

    public static final String[] HEADER = {"benchmark", "method", "impl", "d", "k", "batch", "threads", "mode",
            "score", "score_error", "unit", "seconds_per_op", "flops_per_op", "gflops", "gb_per_s", "peak_gflops",
            "pct_peak", "vs_scalar", "alloc_bytes_per_op", "p50_us", "p99_us", "p99_9_us"};

    /** "d=64 k=256 B=32" (batch omitted when 0). */
    public String shape() {
        return "d=" + d + " k=" + k + (batch > 0 ? " B=" + batch : "");
    }

    public boolean isKernel() { return d > 0; }

    public Row withDerived(double peak, double pct, double ratio) {
        return new Row(benchmark, method, impl, d, k, batch, threads, mode, score, scoreError, unit, secondsPerOp,
                flopsPerOp, gflops, gbPerS, peak, pct, ratio, allocBytesPerOp, p50us, p99us, p999us);
    }
}
