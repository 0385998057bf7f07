/**
 * Good practices and the themes that group them: the Interreg fields of a practice, its owner
 * partner, its status from identified to adopted, and the paged, filterable catalogue.
 */
package eu.practicehub.practice;
