import jdk.incubator.vector.*;
import java.util.concurrent.*;
public class Asym {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static float work(float[] a, int reps) {
        FloatVector x0=FloatVector.broadcast(S,1f),x1=x0,x2=x0,x3=x0,x4=x0,x5=x0,x6=x0,x7=x0;
        FloatVector m=FloatVector.broadcast(S,0.9999f), c=FloatVector.broadcast(S,0.0001f);
        for (int r=0;r<reps;r++){ x0=x0.fma(m,c);x1=x1.fma(m,c);x2=x2.fma(m,c);x3=x3.fma(m,c);x4=x4.fma(m,c);x5=x5.fma(m,c);x6=x6.fma(m,c);x7=x7.fma(m,c);}
        return x0.add(x1).add(x2).add(x3).add(x4).add(x5).add(x6).add(x7).reduceLanes(VectorOperators.ADD);
    }
    public static void main(String[] a) throws Exception {
        int rounds = Integer.parseInt(a[0]); int reps = 2_000_000;
        CyclicBarrier b = new CyclicBarrier(2);
        long[][] t = new long[2][rounds];
        Thread[] th = new Thread[2];
        for (int i=0;i<2;i++){ final int id=i; th[i]=new Thread(()->{ float s=0; try { for(int r=0;r<rounds;r++){ b.await(); long t0=System.nanoTime(); s+=work(null,reps); t[id][r]=System.nanoTime()-t0; } } catch(Exception e){throw new RuntimeException(e);} if(s==42)System.out.println(s);}); th[i].start(); }
        for (Thread x: th) x.join();
        for (int r=0;r<rounds;r++) System.out.printf("%d %.3f %.3f %.2f%n", r, t[0][r]/1e6, t[1][r]/1e6, (double)t[1][r]/t[0][r]);
    }
}
