package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs any {@link Kernel} over a block in parallel on a fixed pool of daemon threads, deterministically.
 *
 * <p>Over a {@link VectorKernel}, each call's phases are split instead (see {@link VectorKernel.Step}): W^T and Z by
 * panels of hidden units, each part with its own packed copy of all of X (one copy packed by rows for all parts where
 * a chunk's X is past 2 MiB; or W^T by units, then X and Z by rows, when there are fewer panels than threads), y by
 * rows, and dA, G, db and dW by hidden units. No part needs another part's partial sums, so nothing is reduced across
 * threads, W^T is packed once, and the result is bitwise that of the VectorKernel alone, for any number of threads.
 * The copies of X cost {@code threads - 1} chunks of packed X (2 MiB or less) per workspace.
 * Part q of every phase runs on thread q, so what a part wrote stays in its core's cache. Blocks smaller than
 * {@link #PHASED_MIN_WORK} multiply-adds run on the calling thread: below that, moving W^T, Z and the gradient
 * between cores costs more than the second core saves (measured on 2 cores: d=256, k=64, batch 32 ran at 0.56x).
 * A VectorKernel runs a long batch in chunks that fit L2 (see {@link VectorWorkspace#defaultChunkRows}); when a
 * chunk holds less than {@link #SHARD_BELOW_CHUNK_WORK} multiply-adds (few inputs: memory-bound passes), splitting
 * each chunk's phases would put a barrier every few microseconds, so such calls are cut into row shards instead, as
 * below, each shard a whole VectorKernel call on one thread. Which of the three forms a call takes depends only on
 * the shape and the row count, so the result is the same for any number of threads.
 *
 * <p>Over other kernels, the block is cut into shards by a rule that depends only on the row count:
 * {@code n = min(ceil(rows / shardRows), maxShards)} shards of balanced size (the first {@code rows % n} one row
 * longer). Every shard's loss and gradient go into their own slot of the workspace (shard 0's gradient straight into
 * the caller's buffer), and the calling thread sums them in shard order. Which thread computes which shard therefore
 * does not matter: the results are bitwise identical for 1, 2, 3 or any number of threads (given an inner kernel whose
 * result depends only on its inputs). Memory: {@code n - 1} extra gradient vectors per workspace, bounded by
 * {@code maxShards - 1}.
 *
 * <p>The pool is created once ({@code threads - 1} workers; the calling thread takes part), so no thread starts per
 * call, and dispatch allocates nothing: workers park between calls and grab shards from an atomic counter.
 * Single-shard blocks run inline on the calling thread. When another call is already using the pool, a call runs
 * all its shards inline instead (same shards, same result). {@link #close()} stops the workers.
 */
public final class ParallelKernel implements Kernel, AutoCloseable, VectorKernel.PartRunner {
    /** Smallest block (rows x d x k multiply-adds) that a VectorKernel call splits over the threads. */
    public static final long PHASED_MIN_WORK = 1L << 21;
    /**
     * Multiply-adds of one VectorKernel chunk under which a call is cut into row shards rather than split phase by
     * phase. Measured on 2 cores (steps/s, 1 thread / phases split / shards): d=1 k=1024 batch 4096 591 / 435 / 1019;
     * d=64 k=1024 batch 4096 123 / 187 / 217; but d=1024 k=1024 batch 256 (chunks of 1024 rows) - / 235 / 168, where
     * every shard packs W^T again and the caller sums 15 partial gradients.
     */
    public static final long SHARD_BELOW_CHUNK_WORK = 1L << 24;
    /**
     * Smallest VectorKernel call (multiply-adds) cut into row shards: shards need no barrier between phases, so they
     * pay from far smaller blocks than split phases do (2 cores, steps/s inline / shards: d=16 k=64 batch 256
     * 71k / 78k, d=16 k=256 batch 256 18.8k / 23.0k, d=1 k=256 batch 4096 2.1k / 4.2k).
     */
    public static final long SHARD_MIN_WORK = 1L << 18;
    /** Calls in VectorKernel's samples form split their phases from this many rows x hidden units. */
    static final long SAMPLES_PHASED_MIN_WORK = 1L << 18;
    /** Default target rows per shard. */
    public static final int DEFAULT_SHARD_ROWS = 64;
    /** Default cap on the shard count (bounds the workspace's partial-gradient memory). */
    public static final int DEFAULT_MAX_SHARDS = 16;
    /** Idle polls a worker makes before parking, so back-to-back calls skip the wake-up latency. */
    private static final int WORKER_SPINS = 1 << 11;
    private static final int CALLER_SPINS = 1 << 12;

    private final Kernel inner;
    private final int threads, shardRows, maxShards;
    private final long phasedMinWork, shardBelowChunkWork;
    private final String name;
    private final Worker[] workers;
    private final ReentrantLock pool = new ReentrantLock();
    private volatile boolean closed;

    // The job in flight: written by the dispatching thread (holding `pool`) before it bumps a worker's ticket
    // (a volatile write), read by workers after they see the new ticket.
    private ModelSpec jobSpec;
    private float[] jobParams, jobX, jobY, jobWeights, jobOut, jobGrad;
    private int jobRow0, jobRows, jobShards;
    private double jobLossScale;
    private boolean jobForward;
    private Work jobWork;
    private VectorKernel.Step jobStep;
    private int jobPhase, jobParticipants;
    private volatile Thread jobCaller;
    private final AtomicInteger nextShard = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** {@code threads} threads (the caller included), {@link #DEFAULT_SHARD_ROWS} rows per shard. */
    public ParallelKernel(Kernel inner, int threads) {
        this(inner, threads, DEFAULT_SHARD_ROWS, DEFAULT_MAX_SHARDS);
    }

    /**
     * @param inner     the kernel that computes each shard
     * @param threads   threads taking part, the caller included (>= 1; 1 runs everything inline)
     * @param shardRows target rows per shard (>= 1)
     * @param maxShards most shards per block (>= 1); larger blocks get proportionally longer shards
     */
    public ParallelKernel(Kernel inner, int threads, int shardRows, int maxShards) {
        this(inner, threads, shardRows, maxShards, PHASED_MIN_WORK, SHARD_BELOW_CHUNK_WORK);
    }

    /** As above; {@code phasedMinWork} overrides {@link #PHASED_MIN_WORK} (tests split even tiny blocks). */
    ParallelKernel(Kernel inner, int threads, int shardRows, int maxShards, long phasedMinWork) {
        this(inner, threads, shardRows, maxShards, phasedMinWork, 0);
    }

    /** As above; and {@link #SHARD_BELOW_CHUNK_WORK} overridden (0: never shard a VectorKernel call). */
    ParallelKernel(Kernel inner, int threads, int shardRows, int maxShards, long phasedMinWork,
                   long shardBelowChunkWork) {
        if (inner == null) throw new IllegalArgumentException("inner kernel is null");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        if (shardRows < 1) throw new IllegalArgumentException("shardRows must be >= 1, got " + shardRows);
        if (maxShards < 1) throw new IllegalArgumentException("maxShards must be >= 1, got " + maxShards);
        this.inner = inner;
        this.threads = threads;
        this.shardRows = shardRows;
        this.maxShards = maxShards;
        this.phasedMinWork = phasedMinWork;
        this.shardBelowChunkWork = shardBelowChunkWork;
        this.name = inner.name() + "-mt" + threads;
        this.workers = new Worker[threads - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(i + 1);
            Thread t = new Thread(workers[i], "twolayer-" + name + "-" + (i + 1));
            t.setDaemon(true);
            workers[i].thread = t;
        }
        for (Worker w : workers) w.thread.start();
    }

    @Override public String name() { return name; }

    @Override public String toString() { return "ParallelKernel[" + name + ", shardRows=" + shardRows
            + ", maxShards=" + maxShards + "]"; }

    public Kernel inner() { return inner; }
    public int threads() { return threads; }
    public int shardRows() { return shardRows; }
    public int maxShards() { return maxShards; }

    /** Number of shards a block of {@code rows} rows is cut into (depends on nothing else). */
    public int shardCount(int rows) {
        if (rows <= shardRows) return 1;
        return (int) Math.min(((long) rows + shardRows - 1) / shardRows, maxShards);
    }

    private static int shardStart(int s, int rows, int shards) {
        int base = rows / shards, rem = rows % shards;
        return s * base + Math.min(s, rem);
    }

    private static int shardLength(int s, int rows, int shards) {
        return rows / shards + (s < rows % shards ? 1 : 0);
    }

    /** Inner workspaces per participant, partial gradients and outputs per shard, shard losses. */
    static final class Work implements Workspace {
        final int maxRows, paramCount, m;
        final Workspace[] inner;     // one per participating thread
        final float[][] partialGrad; // shards 1 .. n-1 (shard 0 writes into the caller's gradient)
        final float[][] partialOut;  // one per participating thread, for shards other than 0 in forward
        final double[] shardLoss;
        /**
         * The whole block's workspace, when the inner kernel is a VectorKernel (phases split); with shards too when the
         * shape's chunks are small (see {@link #SHARD_BELOW_CHUNK_WORK}), else no shard buffers.
         */
        final VectorWorkspace whole;

        Work(VectorWorkspace whole, ModelSpec spec, int maxRows) {
            this.maxRows = maxRows;
            this.paramCount = spec.paramCount();
            this.m = spec.m();
            this.whole = whole;
            this.inner = new Workspace[0];
            this.partialOut = new float[0][];
            this.partialGrad = new float[0][];
            this.shardLoss = new double[0];
        }

        Work(VectorWorkspace whole, Kernel innerKernel, ModelSpec spec, int maxRows, int threads, int maxShardRows,
             int maxShardCount) {
            this.maxRows = maxRows;
            this.paramCount = spec.paramCount();
            this.m = spec.m();
            this.whole = whole;
            this.inner = new Workspace[threads];
            this.partialOut = new float[threads][];
            for (int t = 0; t < threads; t++) {
                inner[t] = innerKernel.newWorkspace(spec, maxShardRows);
                partialOut[t] = new float[maxShardRows * spec.m()];
            }
            this.partialGrad = new float[maxShardCount - 1][spec.paramCount()];
            this.shardLoss = new double[maxShardCount];
        }

        @Override public int maxRows() { return maxRows; }
    }

    @Override
    public Workspace newWorkspace(ModelSpec spec, int maxRows) {
        KernelChecks.newWorkspace(spec, maxRows);
        VectorWorkspace whole = null;
        if (inner instanceof VectorKernel vk) {
            whole = (VectorWorkspace) vk.newWorkspace(spec, maxRows);
            if (!shardsChunks(spec, whole)) return new Work(whole, spec, maxRows);
        }
        // Longest shard of any block of at most maxRows rows (see shardCount).
        int maxShardRows = Math.max(Math.min(shardRows, maxRows), (maxRows + maxShards - 1) / maxShards);
        int participants = Math.min(threads, shardCount(maxRows));
        return new Work(whole, inner, spec, maxRows, participants, maxShardRows, shardCount(maxRows));
    }

    /** Whether big VectorKernel calls of this shape are cut into row shards: its chunks are small (see above). */
    private boolean shardsChunks(ModelSpec spec, VectorWorkspace whole) {
        return (long) whole.chunkRows * spec.d() * spec.k() < shardBelowChunkWork;
    }

    /**
     * A VectorKernel call that is cut into row shards: big, of a shape with small chunks, and over 1 shard; and not a
     * call in VectorKernel's samples form whose shards would be too short for it (d=1 k=4096 batch 256 ran at 0.78x
     * of one thread in 4 shards of 64 rows, each in the usual form).
     */
    private boolean sharded(ModelSpec spec, int rows, Work w) {
        return w.inner.length > 0 && (long) rows * spec.d() * spec.k() >= Math.min(phasedMinWork, SHARD_MIN_WORK)
                && shardCount(rows) > 1 && (!VectorKernel.samplesForm(rows, w.whole)
                || VectorKernel.samplesForm(rows / shardCount(rows), w.whole));
    }

    private Work work(ModelSpec spec, Workspace ws) {
        Work w = KernelChecks.workspace(ws, Work.class, name);
        if (w.paramCount != spec.paramCount() || w.m != spec.m())
            throw new IllegalArgumentException("workspace was made for a spec with " + w.paramCount
                    + " parameters and m=" + w.m + ", not " + spec);
        return w;
    }

    @Override
    public void forward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] out, Workspace ws) {
        KernelChecks.forward(spec, params, x, row0, rows, out, ws);
        Work w = work(spec, ws);
        if (w.whole != null && !sharded(spec, rows, w)) {
            VectorKernel vk = (VectorKernel) inner;
            vk.forward(spec, params, x, row0, rows, out, w.whole, this, phasedParts(spec, rows, w.whole));
            return;
        }
        int shards = shardCount(rows);
        if (shards == 1) {
            inner.forward(spec, params, x, row0, rows, out, w.inner[0]);
            return;
        }
        run(true, spec, params, x, null, null, row0, rows, 0, out, null, w, shards);
    }

    @Override
    public double forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights,
                                  int row0, int rows, double lossScale, float[] grad, Workspace ws) {
        return forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, ws, false, true, 0f);
    }

    /**
     * A VectorKernel call that is not cut into shards, and a single shard, take the inner kernel's own step (fused
     * where it fuses); shards are reduced first, then stepped.
     */
    @Override
    public double sgdStep(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0, int rows,
                          double lossScale, float learningRate, float[] grad, Workspace ws) {
        return sgdStep(spec, params, x, y, weights, row0, rows, lossScale, learningRate, grad, true, ws);
    }

    @Override
    public double sgdStep(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0, int rows,
                          double lossScale, float learningRate, float[] grad, boolean keepGradient, Workspace ws) {
        KernelChecks.learningRate(learningRate);
        return forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, ws, true, keepGradient,
                learningRate);
    }

    private double forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0,
                                   int rows, double lossScale, float[] grad, Workspace ws, boolean update,
                                   boolean keep, float lr) {
        KernelChecks.forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, ws);
        Work w = work(spec, ws);
        if (w.whole != null && !sharded(spec, rows, w))
            return ((VectorKernel) inner).forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad,
                    w.whole, this, phasedParts(spec, rows, w.whole), update, keep, lr);
        int shards = shardCount(rows);
        if (shards == 1)
            return update ? inner.sgdStep(spec, params, x, y, weights, row0, rows, lossScale, lr, grad, keep,
                    w.inner[0])
                    : inner.forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, w.inner[0]);
        run(false, spec, params, x, y, weights, row0, rows, lossScale, null, grad, w, shards);
        // Deterministic reduction: shard order, on the calling thread.
        double loss = 0;
        for (int s = 0; s < shards; s++) loss += w.shardLoss[s];
        int p = spec.paramCount();
        for (int s = 1; s < shards; s++) {
            float[] part = w.partialGrad[s - 1];
            for (int q = 0; q < p; q++) grad[q] += part[q];
        }
        if (update) Kernel.sgdUpdate(params, grad, 0, p, lr);
        return loss;
    }

    /**
     * Parts per phase for a VectorKernel call: all threads for big blocks, else 1 (runs inline). With fewer panels of
     * W^T than threads, Z is split by rows and every core reads the other's Z and G in the backward pass: then only
     * blocks 8x larger are split (2 cores, d=1024 k=64 batch 32 ran at 0.67x of one thread).
     */
    private int phasedParts(ModelSpec spec, int rows, VectorWorkspace w) {
        // the samples form splits y by blocks of samples and the gradient by hidden units; its work per
        // row and unit is several times the GEMMs' multiply-add per input
        if (VectorKernel.samplesForm(rows, w))
            return (long) rows * spec.k() >= Math.min(phasedMinWork, SAMPLES_PHASED_MIN_WORK) ? threads : 1;
        long work = (long) rows * spec.d() * spec.k();
        boolean panelPerThread = w.kp >= 4 * w.lanes * threads;
        return work >= phasedMinWork && (panelPerThread || work >= 8 * phasedMinWork) ? threads : 1;
    }

    /** Runs the parts of one VectorKernel phase on the pool (the caller takes part); see {@link VectorKernel.Step}. */
    @Override
    public void runParts(VectorKernel.Step step, int phase, int parts) {
        if (closed) throw new IllegalStateException(name + " is closed");
        int helpers = Math.min(workers.length, parts - 1);
        if (helpers <= 0 || !pool.tryLock()) {
            for (int q = 0; q < parts; q++) step.part(phase, q, parts);
            return;
        }
        try {
            jobStep = step; jobPhase = phase; jobShards = parts; jobParticipants = helpers + 1;
            dispatch(helpers);
            jobStep = null;
        } finally {
            pool.unlock();
        }
        rethrow();
    }

    /** With the job fields set and the pool held: wakes {@code helpers} workers, takes part, waits for them. */
    private void dispatch(int helpers) {
        failure.set(null);
        nextShard.set(0);
        pending.set(helpers);
        jobCaller = Thread.currentThread();
        for (int i = 0; i < helpers; i++) {
            Worker worker = workers[i];
            worker.ticket = worker.ticket + 1; // volatile write: publishes the job fields
            LockSupport.unpark(worker.thread);
        }
        try {
            participate(0);
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
        for (int spin = 0; pending.get() != 0; spin++) {
            if (spin < CALLER_SPINS) Thread.onSpinWait();
            else LockSupport.park(this);
        }
    }

    private void rethrow() {
        Throwable t = failure.getAndSet(null);
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException("part failed in " + name, t);
    }

    private void run(boolean forward, ModelSpec spec, float[] params, float[] x, float[] y, float[] weights,
                     int row0, int rows, double lossScale, float[] out, float[] grad, Work w, int shards) {
        if (closed) throw new IllegalStateException(name + " is closed");
        int helpers = Math.min(Math.min(workers.length, w.inner.length - 1), shards - 1);
        if (helpers <= 0 || !pool.tryLock()) {
            // No pool, or it is busy with another call: same shards, computed here in order.
            for (int s = 0; s < shards; s++)
                shard(s, 0, forward, spec, params, x, y, weights, row0, rows, shards, lossScale, out, grad, w);
            return;
        }
        try {
            jobForward = forward; jobSpec = spec; jobParams = params; jobX = x; jobY = y; jobWeights = weights;
            jobRow0 = row0; jobRows = rows; jobShards = shards; jobLossScale = lossScale; jobOut = out; jobGrad = grad;
            jobWork = w;
            dispatch(helpers);
            jobSpec = null; jobParams = jobX = jobY = jobWeights = jobOut = jobGrad = null; jobWork = null;
        } finally {
            pool.unlock();
        }
        rethrow();
    }

    private void participate(int participant) {
        int shards = jobShards;
        VectorKernel.Step step = jobStep;
        if (step != null) {
            // fixed parts per thread: part q of every phase runs on the same thread, so the panels of W^T and Z it
            // wrote stay in that core's cache for the next phase
            for (int s = participant; s < shards; s += jobParticipants) {
                if (failure.get() != null) return;
                step.part(jobPhase, s, shards);
            }
            return;
        }
        for (int s; (s = nextShard.getAndIncrement()) < shards; ) {
            if (failure.get() != null) return;
            shard(s, participant, jobForward, jobSpec, jobParams, jobX, jobY, jobWeights, jobRow0, jobRows, shards,
                    jobLossScale, jobOut, jobGrad, jobWork);
        }
    }

    private void shard(int s, int participant, boolean forward, ModelSpec spec, float[] params, float[] x, float[] y,
                       float[] weights, int row0, int rows, int shards, double lossScale, float[] out, float[] grad,
                       Work w) {
        int start = shardStart(s, rows, shards), len = shardLength(s, rows, shards);
        Workspace iw = w.inner[participant];
        if (forward) {
            if (s == 0) {
                inner.forward(spec, params, x, row0, len, out, iw);
            } else {
                float[] buf = w.partialOut[participant];
                inner.forward(spec, params, x, row0 + start, len, buf, iw);
                System.arraycopy(buf, 0, out, start * spec.m(), len * spec.m());
            }
        } else {
            float[] g = s == 0 ? grad : w.partialGrad[s - 1];
            w.shardLoss[s] = inner.forwardBackward(spec, params, x, y, weights, row0 + start, len, lossScale, g, iw);
        }
    }

    private final class Worker implements Runnable {
        final int participant;
        Thread thread;
        volatile long ticket;

        Worker(int participant) { this.participant = participant; }

        @Override public void run() {
            long seen = 0;
            int idle = 0;
            while (true) {
                long t = ticket;
                if (t == seen) {
                    if (closed) return;
                    if (idle++ < WORKER_SPINS) Thread.onSpinWait();
                    else LockSupport.park(this);
                    continue;
                }
                seen = t;
                idle = 0;
                try {
                    participate(participant);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    if (pending.decrementAndGet() == 0) LockSupport.unpark(jobCaller);
                }
            }
        }
    }

    /** Stops the worker threads; later calls that need the pool throw {@link IllegalStateException}. */
    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) LockSupport.unpark(w.thread);
    }
}
