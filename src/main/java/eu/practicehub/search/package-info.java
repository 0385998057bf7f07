/**
 * The good-practice database: one full-text index (Hibernate Search) of every project's good
 * practices, searched with facets across projects, for the catalogues, similar practices and matchmaking.
 */
package eu.practicehub.search;
