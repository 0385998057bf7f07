/**
 * Programme home: the instance's projects listed page by page, filtered by programme, country, theme and
 * status with counts, and a page per programme with its projects, partners and summed indicators.
 */
package eu.practicehub.programme;
