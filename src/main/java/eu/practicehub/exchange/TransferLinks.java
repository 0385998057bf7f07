package eu.practicehub.exchange;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Which transfer a background link names when it leaves out {@code startedAt}. */
final class TransferLinks {

    private TransferLinks() {
    }

    /**
     * The transfers of one practice to one importer that a link without a start can name: the only
     * one there is, or else those whose start is not known (the link names one when there is one).
     */
    static <T> List<T> withoutStart(List<T> candidates, Function<T, Instant> startedAt) {
        return candidates.size() == 1 ? candidates : candidates.stream().filter(c -> startedAt.apply(c) == null).toList();
    }
}
