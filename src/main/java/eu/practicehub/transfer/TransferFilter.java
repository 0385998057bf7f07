package eu.practicehub.transfer;

/** Which transfers a list shows: any of them when a part is null; a partner as owner or importer. */
public record TransferFilter(TransferStage stage, Long partnerId) {

    public static final TransferFilter ALL = new TransferFilter(null, null);
}
