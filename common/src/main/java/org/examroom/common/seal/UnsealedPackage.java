package org.examroom.common.seal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examroom.common.content.Item;
import org.examroom.common.variant.Variant;

/**
 * An opened package, on the controller only: items with their reference answers, keyed as the variants name them.
 * Terminals get {@link #forTerminal} — the same items without answers.
 */
public record UnsealedPackage(PackageIdentity identity, List<Variant> variants, Map<String, Item> items,
                              Map<String, byte[]> media) {

    public UnsealedPackage {
        variants = List.copyOf(variants);
        items = Map.copyOf(items);
        media = Map.copyOf(media);
    }

    public Optional<Variant> variant(String id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The variant's items in order, as an applicant's terminal may see them: no reference answers, no scoring. */
    public List<Item.PublicItem> forTerminal(String variantId) {
        Variant variant = variant(variantId).orElseThrow(() ->
                new IllegalArgumentException("the package has no variant " + variantId));
        return variant.itemIds().stream().map(items::get).map(Item::withoutAnswers).toList();
    }
}
