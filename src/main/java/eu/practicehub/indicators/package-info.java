/**
 * Programme indicators: what a project achieved per semester and in total (good practices,
 * events held, partners taking part, action plans, policy instruments, transfers), as a report page, CSV and XLSX.
 */
package eu.practicehub.indicators;
