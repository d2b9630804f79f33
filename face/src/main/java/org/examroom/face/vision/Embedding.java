package org.examroom.face.vision;

import java.util.Arrays;
import java.util.List;

/** A face's identity as a unit-length vector; two faces are compared by the cosine of their embeddings. */
public final class Embedding {

    private final float[] values;

    private Embedding(float[] unit) {
        this.values = unit;
    }

    /** L2-normalises the raw model output. */
    public static Embedding of(float[] raw) {
        double norm = 0;
        for (float v : raw) {
            norm += (double) v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0 || !Double.isFinite(norm)) {
            throw new IllegalArgumentException("an embedding must have a finite, non-zero length");
        }
        float[] unit = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            unit[i] = (float) (raw[i] / norm);
        }
        return new Embedding(unit);
    }

    /** The normalised mean of several embeddings: the enrolment template. */
    public static Embedding mean(List<Embedding> embeddings) {
        if (embeddings.isEmpty()) {
            throw new IllegalArgumentException("no embeddings to average");
        }
        float[] sum = new float[embeddings.getFirst().values.length];
        for (Embedding e : embeddings) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += e.values[i];
            }
        }
        return of(sum);
    }

    /** Cosine similarity, from −1 to 1; the same person scores high. */
    public double similarity(Embedding other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("embeddings of different models cannot be compared");
        }
        double dot = 0;
        for (int i = 0; i < values.length; i++) {
            dot += (double) values[i] * other.values[i];
        }
        return dot;
    }

    /** A copy of the unit vector, e.g. to store the template. */
    public float[] values() {
        return values.clone();
    }

    public int dimensions() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Embedding e && Arrays.equals(values, e.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Embedding[" + values.length + " dimensions]";
    }
}
