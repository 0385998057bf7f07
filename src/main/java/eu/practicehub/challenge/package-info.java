/**
 * Innovation challenges the partners want to tackle, and the matchmaking that suggests other
 * partners' good practices for each of them, ranked and explained, ready to become a transfer.
 */
package eu.practicehub.challenge;
