package org.practicekit.risk.embeddings.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A one-hidden-layer perceptron (ReLU) with a logistic output, trained with Adam and L2 from a fixed
 * seed on the same examples as {@link LogisticHead}, so the same data gives the same weights.
 */
final class MlpHead {
    final int in;
    final int hidden;
    final double[][] w1;
    final double[] b1;
    final double[] w2;
    double b2;

    MlpHead(int in, int hidden, Random random) {
        this.in = in;
        this.hidden = hidden;
        w1 = new double[hidden][in];
        b1 = new double[hidden];
        w2 = new double[hidden];
        double s1 = Math.sqrt(2.0 / in);
        double s2 = Math.sqrt(1.0 / hidden);
        for (int h = 0; h < hidden; h++) {
            for (int i = 0; i < in; i++) {
                w1[h][i] = random.nextGaussian() * s1;
            }
            w2[h] = random.nextGaussian() * s2;
        }
    }

    static MlpHead train(List<LogisticHead.Example> data, int hidden, int epochs, double rate, double l2, long seed) {
        Random random = new Random(seed);
        int in = data.get(0).x().length;
        MlpHead m = new MlpHead(in, hidden, random);
        Adam a1 = new Adam(hidden * in);
        Adam ab1 = new Adam(hidden);
        Adam a2 = new Adam(hidden);
        Adam ab2 = new Adam(1);
        List<LogisticHead.Example> order = new ArrayList<>(data);
        double[] h = new double[hidden];
        double[] g1 = new double[hidden * in];
        double[] gb1 = new double[hidden];
        double[] g2 = new double[hidden];
        double[] gb2 = new double[1];
        int batch = 32;
        for (int e = 0; e < epochs; e++) {
            Collections.shuffle(order, random);
            for (int start = 0; start < order.size(); start += batch) {
                java.util.Arrays.fill(g1, 0);
                java.util.Arrays.fill(gb1, 0);
                java.util.Arrays.fill(g2, 0);
                gb2[0] = 0;
                int end = Math.min(start + batch, order.size());
                for (int k = start; k < end; k++) {
                    LogisticHead.Example ex = order.get(k);
                    double z = m.forward(ex.x(), h);
                    double p = 1 / (1 + Math.exp(-z));
                    double d = (p - ex.label()) * ex.weight();
                    gb2[0] += d;
                    for (int j = 0; j < hidden; j++) {
                        g2[j] += d * h[j];
                        if (h[j] > 0) {
                            double dh = d * m.w2[j];
                            gb1[j] += dh;
                            int base = j * in;
                            float[] x = ex.x();
                            for (int i = 0; i < in; i++) {
                                g1[base + i] += dh * x[i];
                            }
                        }
                    }
                }
                int n = end - start;
                for (int j = 0; j < hidden; j++) {
                    for (int i = 0; i < in; i++) {
                        g1[j * in + i] = g1[j * in + i] / n + l2 * m.w1[j][i];
                    }
                    g2[j] = g2[j] / n + l2 * m.w2[j];
                    gb1[j] /= n;
                }
                gb2[0] /= n;
                a1.step(g1, rate, (idx, delta) -> m.w1[idx / in][idx % in] -= delta);
                ab1.step(gb1, rate, (idx, delta) -> m.b1[idx] -= delta);
                a2.step(g2, rate, (idx, delta) -> m.w2[idx] -= delta);
                ab2.step(gb2, rate, (idx, delta) -> m.b2 -= delta);
            }
        }
        return m;
    }

    double forward(float[] x, double[] h) {
        double z = b2;
        for (int j = 0; j < hidden; j++) {
            double s = b1[j];
            double[] row = w1[j];
            for (int i = 0; i < in; i++) {
                s += row[i] * x[i];
            }
            h[j] = s > 0 ? s : 0;
            z += w2[j] * h[j];
        }
        return z;
    }

    double probability(float[] x) {
        return 1 / (1 + Math.exp(-forward(x, new double[hidden])));
    }

    /** Adam optimizer state for one parameter block. */
    static final class Adam {
        interface Update {
            void apply(int index, double delta);
        }

        final double[] m;
        final double[] v;
        int t;

        Adam(int size) {
            m = new double[size];
            v = new double[size];
        }

        void step(double[] g, double rate, Update update) {
            t++;
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < g.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                update.apply(i, rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8));
            }
        }
    }
}
