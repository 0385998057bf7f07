/**
 * The learning chain: what became of a good practice, from the events that examined it through its
 * transfers to the actions that cite it, and the project-wide map of who imports what from whom.
 */
package eu.practicehub.chain;
