/**
 * Cooperation projects and their partners: the project's programme, mission, phases and the
 * semesters derived from its start date; the partner organisations with country, region and role.
 */
package eu.practicehub.project;
