package org.practicekit.core.scheduling.internal;

import java.util.Arrays;

/**
 * Exact maximum-weight bipartite matching (not necessarily perfect) on a sparse graph, by
 * successive shortest augmenting paths with dual potentials (the Hungarian method in its
 * Jonker-Volgenant / Crouse form, with Dijkstra on a binary heap instead of dense scans).
 *
 * <p>Each left vertex gets a private zero-cost "stay unmatched" column, which turns the problem into
 * a rectangular assignment that is always feasible and whose optimum is exactly the maximum-weight
 * matching. Rows are added one at a time (fewest edges first); each addition runs one Dijkstra over
 * reduced costs that stops at the first free column (never queueing a vertex at or beyond the best
 * free column already seen), and updates the potentials of the scanned vertices only.
 *
 * <p>Complexity: O(L · (E' + V' log V')) in the worst case, where L is the number of left vertices
 * and E', V' are the edges and vertices one search touches (at most E and L + R + L). On sparse,
 * realistic instances a search touches a small neighbourhood, so the run is close to
 * O(E + L log) overall. Memory O(L + R + E). Weights must be positive; not thread-safe (use one
 * instance per call).
 */
public final class MaxWeightMatching {
    private static final long INF = Long.MAX_VALUE / 4;

    private final int left;
    private final int right;
    private final int[] rowStart;
    private final int[] cols;
    private final long[] weights;

    /**
     * @param left number of left vertices
     * @param right number of right vertices
     * @param rowStart CSR offsets, length {@code left + 1}
     * @param cols right vertex of each edge
     * @param weights positive weight of each edge
     */
    public MaxWeightMatching(int left, int right, int[] rowStart, int[] cols, long[] weights) {
        if (rowStart.length != left + 1 || cols.length != weights.length || rowStart[left] != cols.length) {
            throw new IllegalArgumentException("malformed sparse graph");
        }
        this.left = left;
        this.right = right;
        this.rowStart = rowStart;
        this.cols = cols;
        this.weights = weights;
    }

    /** The matched right vertex of every left vertex, or -1 when it stays unmatched. */
    public int[] solve() {
        int nCols = right + left;
        long[] u = new long[left];
        long[] v = new long[nCols];
        int[] col4row = new int[left];
        int[] row4col = new int[nCols];
        Arrays.fill(col4row, -1);
        Arrays.fill(row4col, -1);
        long[] dist = new long[nCols];
        Arrays.fill(dist, INF);
        int[] pathRow = new int[nCols];
        boolean[] scanned = new boolean[nCols];
        int[] touched = new int[nCols];
        int[] scannedCols = new int[nCols];
        int[] scannedRows = new int[left];
        Heap heap = new Heap(nCols, dist, row4col);

        for (int cur : rowsByDegree()) {
            int nTouched = 0;
            int nScannedCols = 0;
            int nScannedRows = 0;
            long minVal = 0;
            // The best distance to a free column seen so far: nothing at or beyond it can be scanned
            // before the search ends, so it never needs a heap entry.
            long bestFree = INF;
            int i = cur;
            int sink = -1;
            while (sink < 0) {
                scannedRows[nScannedRows++] = i;
                long base = minVal - u[i];
                for (int e = rowStart[i]; e <= rowStart[i + 1]; e++) {
                    // the last iteration is the row's own "stay unmatched" column at cost 0
                    int j = e < rowStart[i + 1] ? cols[e] : right + i;
                    if (scanned[j]) {
                        continue;
                    }
                    long cost = e < rowStart[i + 1] ? -weights[e] : 0;
                    long r = base + cost - v[j];
                    if (r >= bestFree) {
                        continue;
                    }
                    if (r < dist[j]) {
                        if (dist[j] == INF) {
                            touched[nTouched++] = j;
                        }
                        dist[j] = r;
                        pathRow[j] = i;
                        heap.upsert(j);
                        if (row4col[j] < 0) {
                            bestFree = r;
                        }
                    }
                }
                if (heap.isEmpty()) {
                    throw new IllegalStateException("no augmenting path: the unmatched column was lost");
                }
                int j = heap.pop();
                minVal = dist[j];
                scanned[j] = true;
                scannedCols[nScannedCols++] = j;
                if (row4col[j] < 0) {
                    sink = j;
                } else {
                    i = row4col[j];
                }
            }
            u[cur] += minVal;
            for (int k = 1; k < nScannedRows; k++) {
                int r = scannedRows[k];
                u[r] += minVal - dist[col4row[r]];
            }
            for (int k = 0; k < nScannedCols; k++) {
                int j = scannedCols[k];
                v[j] -= minVal - dist[j];
            }
            int j = sink;
            while (true) {
                int r = pathRow[j];
                row4col[j] = r;
                int previous = col4row[r];
                col4row[r] = j;
                j = previous;
                if (r == cur) {
                    break;
                }
            }
            for (int k = 0; k < nTouched; k++) {
                int t = touched[k];
                dist[t] = INF;
                scanned[t] = false;
            }
            heap.clear();
        }
        int[] out = new int[left];
        for (int r = 0; r < left; r++) {
            out[r] = col4row[r] < right ? col4row[r] : -1;
        }
        return out;
    }

    /**
     * Rows in ascending order of degree (counting sort). Any order gives the optimum; placing the
     * clients with few fitting slots first makes later searches markedly shorter in practice.
     */
    private int[] rowsByDegree() {
        int maxDegree = 0;
        for (int r = 0; r < left; r++) {
            maxDegree = Math.max(maxDegree, rowStart[r + 1] - rowStart[r]);
        }
        int[] count = new int[maxDegree + 2];
        for (int r = 0; r < left; r++) {
            count[rowStart[r + 1] - rowStart[r] + 1]++;
        }
        for (int d = 1; d < count.length; d++) {
            count[d] += count[d - 1];
        }
        int[] order = new int[left];
        for (int r = 0; r < left; r++) {
            order[count[rowStart[r + 1] - rowStart[r]]++] = r;
        }
        return order;
    }

    /**
     * An indexed binary min-heap of columns keyed by {@code dist}, with decrease-key. Among equal
     * distances a free column comes first, so a search ends as soon as it can (weights are integers
     * and ties are common).
     */
    private static final class Heap {
        private final int[] heap;
        private final int[] pos;
        private final long[] key;
        private final int[] owner;
        private int size;

        Heap(int n, long[] key, int[] owner) {
            this.heap = new int[n];
            this.pos = new int[n];
            this.key = key;
            this.owner = owner;
            Arrays.fill(pos, -1);
        }

        private boolean before(int a, int b) {
            long ka = key[a];
            long kb = key[b];
            return ka < kb || (ka == kb && owner[a] < 0 && owner[b] >= 0);
        }

        boolean isEmpty() {
            return size == 0;
        }

        void upsert(int x) {
            int p = pos[x];
            if (p < 0) {
                p = size++;
                heap[p] = x;
                pos[x] = p;
            }
            up(p);
        }

        int pop() {
            int top = heap[0];
            pos[top] = -1;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                pos[heap[0]] = 0;
                down(0);
            }
            return top;
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                pos[heap[k]] = -1;
            }
            size = 0;
        }

        private void up(int p) {
            int x = heap[p];
            while (p > 0) {
                int parent = (p - 1) >>> 1;
                int y = heap[parent];
                if (!before(x, y)) {
                    break;
                }
                heap[p] = y;
                pos[y] = p;
                p = parent;
            }
            heap[p] = x;
            pos[x] = p;
        }

        private void down(int p) {
            int x = heap[p];
            while (true) {
                int c = 2 * p + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && before(heap[c + 1], heap[c])) {
                    c++;
                }
                int y = heap[c];
                if (!before(y, x)) {
                    break;
                }
                heap[p] = y;
                pos[y] = p;
                p = c;
            }
            heap[p] = x;
            pos[x] = p;
        }
    }
}
