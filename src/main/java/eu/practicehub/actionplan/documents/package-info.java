/**
 * A Regional Action Plan as a document to download (DOCX and PDF), laid out in the order of the
 * Interreg Europe template from one read of the plan.
 */
package eu.practicehub.actionplan.documents;
