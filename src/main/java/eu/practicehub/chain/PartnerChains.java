package eu.practicehub.chain;

import java.util.List;

/** The chains of the practices a partner owns and of those it imports. */
public record PartnerChains(long partnerId, String partner, List<LearningChain> owned, List<LearningChain> imported) {
}
