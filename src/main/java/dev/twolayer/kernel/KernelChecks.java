package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

/**
 * Cheap argument validation shared by every {@link Kernel}: a few comparisons per call, no allocation unless it
 * throws. Every failure is an {@link IllegalArgumentException} whose message names the offending argument and the
 * sizes involved.
 */
public final class KernelChecks {
    private KernelChecks() {}

    /** Validates the arguments of {@link Kernel#forward}. */
    public static void forward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] out,
                               Kernel.Workspace ws) {
        block(spec, params, x, row0, rows, ws);
        if (out == null) throw new IllegalArgumentException("out is null");
        long need = (long) rows * spec.m();
        if (out.length < need)
            throw new IllegalArgumentException("out has length " + out.length + " but " + rows + " rows x m=" + spec.m()
                    + " outputs need " + need);
    }

    /** Validates the arguments of {@link Kernel#forwardBackward}. */
    public static void forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights,
                                       int row0, int rows, double lossScale, float[] grad, Kernel.Workspace ws) {
        block(spec, params, x, row0, rows, ws);
        if (y == null) throw new IllegalArgumentException("targets y is null");
        long endY = (long) (row0 + rows) * spec.m();
        if (y.length < endY)
            throw new IllegalArgumentException("targets y has length " + y.length + " but rows [" + row0 + ", "
                    + (row0 + rows) + ") with m=" + spec.m() + " need " + endY);
        if (weights != null && weights.length < row0 + rows)
            throw new IllegalArgumentException("weights has length " + weights.length + " but rows [" + row0 + ", "
                    + (row0 + rows) + ") need " + (row0 + rows));
        if (!Double.isFinite(lossScale))
            throw new IllegalArgumentException("lossScale must be finite, got " + lossScale);
        if (grad == null) throw new IllegalArgumentException("grad is null");
        if (grad.length < spec.paramCount())
            throw new IllegalArgumentException("grad has length " + grad.length + " but the spec has "
                    + spec.paramCount() + " parameters");
    }

    /** Validates the step size of {@link Kernel#sgdStep}: finite and {@code >= 0}. */
    public static void learningRate(float learningRate) {
        if (!(learningRate >= 0f) || learningRate == Float.POSITIVE_INFINITY)
            throw new IllegalArgumentException("learning rate must be finite and >= 0, got " + learningRate);
    }

    private static void block(ModelSpec spec, float[] params, float[] x, int row0, int rows, Kernel.Workspace ws) {
        if (spec == null) throw new IllegalArgumentException("spec is null");
        if (params == null) throw new IllegalArgumentException("params is null");
        if (params.length != spec.paramCount())
            throw new IllegalArgumentException("params has length " + params.length + " but the spec needs "
                    + spec.paramCount() + " (" + spec + ")");
        if (row0 < 0) throw new IllegalArgumentException("row0 must be >= 0, got " + row0);
        if (rows < 0) throw new IllegalArgumentException("rows must be >= 0, got " + rows);
        if (ws == null) throw new IllegalArgumentException("workspace is null");
        if (rows > ws.maxRows())
            throw new IllegalArgumentException("block of " + rows + " rows exceeds the workspace's maxRows "
                    + ws.maxRows() + "; make a bigger workspace or split the block");
        if (x == null) throw new IllegalArgumentException("inputs x is null");
        long endX = ((long) row0 + rows) * spec.d();
        if (x.length < endX)
            throw new IllegalArgumentException("inputs x has length " + x.length + " but rows [" + row0 + ", "
                    + ((long) row0 + rows) + ") with d=" + spec.d() + " need " + endX);
    }

    /**
     * Casts a workspace to the kernel's own type, or throws naming the kernel that made it.
     *
     * @param kernelName name of the kernel receiving the workspace, for the message
     */
    public static <W extends Kernel.Workspace> W workspace(Kernel.Workspace ws, Class<W> type, String kernelName) {
        if (!type.isInstance(ws))
            throw new IllegalArgumentException("workspace " + (ws == null ? "null" : ws.getClass().getName())
                    + " was not made by the " + kernelName + " kernel's newWorkspace");
        return type.cast(ws);
    }

    /** Validates the arguments of {@link Kernel#newWorkspace}. */
    public static void newWorkspace(ModelSpec spec, int maxRows) {
        if (spec == null) throw new IllegalArgumentException("spec is null");
        if (maxRows < 1) throw new IllegalArgumentException("workspace maxRows must be >= 1, got " + maxRows);
        if ((long) maxRows * spec.k() > Integer.MAX_VALUE - 16)
            throw new IllegalArgumentException("workspace of " + maxRows + " rows x k=" + spec.k()
                    + " hidden units is too large for one array");
    }
}
