package eu.practicehub.chain;

import java.util.List;

/** The chains of the practices an action cites, directly or through one of their transfers. */
public record ActionChains(long planId, long actionId, long partnerId, String partner, String title,
        List<LearningChain> chains) {
}
