package dev.twolayer.kernel;
// Stop 55: make 20,000 Vector.check calls fail, then run AllocationTest check args[0] at args[1] bits (args[2]: how
// many failed checks). Compile against the test and main classes, e.g. in a folder of its own:
//   javac --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:CP -d . Pollute.java
// and run it as runp.sh does. AllocationTest's failSpeciesChecks does the same since cc1c1d7.
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
