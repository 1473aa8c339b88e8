package org.mmapbench.stats;

import java.util.SplittableRandom;

/**
 * The signed sum of group means, {@code sum signs[g] * mean(groups[g])} ({@link Statistic#meanContrast}).
 * A class of its own so that {@link Bootstrap} can resample it without copying the draws: the gate
 * computes thousands of these intervals per comparison, and its calibration millions.
 */
final class MeanContrast implements Statistic {
    private final double[] signs;

    MeanContrast(double[] signs) {
        this.signs = signs.clone();
    }

    /** How many groups the contrast weighs. */
    int groupCount() {
        return signs.length;
    }

    @Override
    public double of(double[][] groups) {
        double e = 0;
        for (int i = 0; i < signs.length; i++) {
            double sum = 0;
            for (double v : groups[i]) {
                sum += v;
            }
            e += signs[i] * sum / groups[i].length;
        }
        return e;
    }

    /**
     * One resample's statistic straight from the draws: the same draws, in the same order, summed in
     * the same order as {@link #of} over copied groups, so the result is bit for bit the same.
     */
    double ofDraws(double[][] groups, SplittableRandom random) {
        double e = 0;
        for (int i = 0; i < signs.length; i++) {
            double[] from = groups[i];
            double sum = 0;
            for (int k = 0; k < from.length; k++) {
                sum += from[random.nextInt(from.length)];
            }
            e += signs[i] * sum / from.length;
        }
        return e;
    }
}
