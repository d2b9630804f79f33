package org.examroom.common.variant;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds variants from pools. Each pool of each variant draws from its own stream, seeded by SHA-256 of the exam seed,
 * the variant and the pool, so adding a pool or a variant does not change the others.
 */
public final class VariantBuilder {

    private VariantBuilder() {
    }

    /** {@code count} variants named 1, 2, …: each takes every pool's selection, in pool order. */
    public static List<Variant> build(List<Pool> pools, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("an exam needs at least one variant, asked for " + count);
        }
        Set<String> poolIds = new HashSet<>();
        Set<String> items = new HashSet<>();
        for (Pool pool : pools) {
            if (!poolIds.add(pool.id())) {
                throw new IllegalArgumentException("two pools are called " + pool.id());
            }
            for (String item : pool.itemIds()) {
                if (!items.add(item)) {
                    throw new IllegalArgumentException("item " + item + " is in more than one pool");
                }
            }
        }
        List<Variant> variants = new ArrayList<>();
        for (int v = 1; v <= count; v++) {
            variants.add(variant(String.valueOf(v), pools, seed));
        }
        return variants;
    }

    /** One variant: for each pool, its selection (a seeded partial Fisher–Yates draw) in pool order or shuffled. */
    public static Variant variant(String variantId, List<Pool> pools, long seed) {
        List<String> items = new ArrayList<>();
        for (Pool pool : pools) {
            SplitMix64 random = new SplitMix64(streamSeed(seed, variantId, pool.id()));
            List<String> drawn = new ArrayList<>(pool.itemIds());
            int take = pool.size();
            if (take < drawn.size()) {
                for (int i = 0; i < take; i++) {
                    int j = i + random.nextInt(drawn.size() - i);
                    Collections.swap(drawn, i, j);
                }
                List<String> chosen = new ArrayList<>(drawn.subList(0, take));
                if (!pool.shuffle()) {
                    chosen.sort(Comparator.comparingInt(pool.itemIds()::indexOf));
                }
                drawn = chosen;
            }
            if (pool.shuffle()) {
                for (int i = drawn.size() - 1; i > 0; i--) {
                    Collections.swap(drawn, i, random.nextInt(i + 1));
                }
            }
            items.addAll(drawn);
        }
        return new Variant(variantId, items);
    }

    private static long streamSeed(long seed, String variantId, String poolId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            sha.update(("\u0000" + variantId + "\u0000" + poolId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
