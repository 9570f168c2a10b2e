package dev.twolayer.kernel;
import jdk.incubator.vector.*;
public class Pollute {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[2]);
        int thrown = 0;
        for (int i = 0; i < n; i++) {
            try { FloatVector.zero(FloatVector.SPECIES_128).check(FloatVector.SPECIES_256); }
            catch (ClassCastException e) { thrown++; }
        }
        System.err.println("polluted: " + thrown);
        dev.twolayer.kernel.AllocationTest.main(new String[] {a[0], a[1]});
    }
}
