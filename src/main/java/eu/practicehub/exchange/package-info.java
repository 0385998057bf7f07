/**
 * The project document: a whole project as one JSON document, used for export, import, backup,
 * migration between instances and the demo data. Import is all-or-nothing.
 */
package eu.practicehub.exchange;
