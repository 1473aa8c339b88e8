package org.mmapbench.gate;

/**
 * The rule from statistics to a verdict: significant after correction AND practically large.
 *
 * <p>Let the ratio be candidate / baseline with 95% interval [lo, hi] and θ the threshold (0.05).
 * Where lower is better (times, allocation), a row regressed when the adjusted p is below alpha and
 * {@code lo > 1 + θ}, and improved when the adjusted p is below alpha and {@code hi < 1 - θ}. Where
 * higher is better (throughput, speedups) the two are swapped. Everything else is unchanged: the
 * significance test guards against noise, the threshold against changes too small to act on.
 */
public final class VerdictRule {

    private VerdictRule() {
    }

    /**
     * The verdict of one tested row.
     *
     * @param ciLow lower end of the ratio's interval
     * @param ciHigh upper end of the ratio's interval
     * @param pAdjusted the Holm-adjusted p-value
     * @param alpha the family-wise level
     * @param threshold θ as a fraction
     * @param higherIsBetter whether a larger ratio is good
     */
    public static Verdict decide(double ciLow, double ciHigh, double pAdjusted, double alpha, double threshold,
            boolean higherIsBetter) {
        if (!(pAdjusted < alpha)) {
            return Verdict.UNCHANGED;
        }
        boolean allAbove = ciLow > 1 + threshold;
        boolean allBelow = ciHigh < 1 - threshold;
        if (allAbove) {
            return higherIsBetter ? Verdict.IMPROVED : Verdict.REGRESSED;
        }
        if (allBelow) {
            return higherIsBetter ? Verdict.REGRESSED : Verdict.IMPROVED;
        }
        return Verdict.UNCHANGED;
    }
}
