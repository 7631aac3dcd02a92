package org.practicekit.risk.embeddings.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Logistic regression on dense vectors, trained with AdaGrad and L2 from a fixed seed, so the same
 * data gives the same weights.
 */
final class LogisticHead {
    final double[] w;
    double b;

    LogisticHead(int dim) {
        w = new double[dim];
    }

    record Example(float[] x, double label, double weight) {
    }

    static LogisticHead train(List<Example> data, int epochs, double rate, double l2, long seed) {
        int dim = data.get(0).x().length;
        LogisticHead h = new LogisticHead(dim);
        double[] sq = new double[dim];
        double sqb = 0;
        Random random = new Random(seed);
        List<Example> order = new ArrayList<>(data);
        for (int e = 0; e < epochs; e++) {
            Collections.shuffle(order, random);
            for (Example ex : order) {
                double p = h.probability(ex.x());
                double g = (p - ex.label()) * ex.weight();
                for (int i = 0; i < dim; i++) {
                    double grad = g * ex.x()[i] + l2 * h.w[i];
                    sq[i] += grad * grad;
                    h.w[i] -= rate * grad / (Math.sqrt(sq[i]) + 1e-8);
                }
                sqb += g * g;
                h.b -= rate * g / (Math.sqrt(sqb) + 1e-8);
            }
        }
        return h;
    }

    double logit(float[] x) {
        double z = b;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    double probability(float[] x) {
        return 1 / (1 + Math.exp(-logit(x)));
    }
}
