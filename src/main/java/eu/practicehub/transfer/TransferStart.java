package eu.practicehub.transfer;

/** What starts a transfer: the practice by title, the importer by short name, and who starts it. */
public record TransferStart(String practice, String importer, String by) {
}
