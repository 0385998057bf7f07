package eu.practicehub.search.index;

/**
 * What is kept beside the practice index about its last rebuild: whether it was completely built by
 * the current {@link PracticeMapping#VERSION}, and which node rebuilds it now.
 */
interface IndexMarker {

    /** Whether the index exists and was completely built by the current mapping. */
    boolean isCurrent();

    /** Why the index is not current, for the log. */
    String state();

    /** Whether a rebuild drops the index and creates it again (with the current mapping) rather than emptying it. */
    boolean recreatesIndex();

    /** Takes the rebuild for this node: false when another node is rebuilding the same index. */
    boolean claim();

    /** Tells the others that this node is still rebuilding: false when its claim was taken by another node meanwhile. */
    boolean renew();

    /** The rebuild this node claimed ended: the index is current (nothing when the claim was lost). */
    void built();

    /** The rebuild this node claimed failed: the next start, or an administrator, does it again (nothing when the claim was lost). */
    void failed();

    /** Whether another node holds a live claim on a rebuild now. */
    boolean isRebuildingElsewhere();
}
