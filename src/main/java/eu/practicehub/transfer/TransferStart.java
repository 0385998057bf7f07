package eu.practicehub.transfer;

/**
 * What starts a transfer: the practice by title and the importer by short name. Who starts it is not
 * part of it: the transfer records the signed-in person (see {@link Mover}).
 */
public record TransferStart(String practice, String importer) {
}
