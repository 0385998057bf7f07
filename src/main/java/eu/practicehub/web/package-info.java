/**
 * The shared web layer: page layout, error pages, problem documents for the API, and the pages
 * that bring several modules together (the project home and the partner page).
 */
package eu.practicehub.web;
