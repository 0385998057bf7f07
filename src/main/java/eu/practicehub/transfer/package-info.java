/**
 * Transfers: a good practice moving from its owner partner to an importing partner through the
 * stages understand, adapt and re-use (or dropped), with its assessment and import workshops.
 */
package eu.practicehub.transfer;
