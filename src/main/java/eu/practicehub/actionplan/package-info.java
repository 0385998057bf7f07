/**
 * Regional Action Plans, one per partner, following the Interreg Europe template: the policy
 * instrument to improve, the actions inspired by the project, their endorsement and monitoring.
 */
package eu.practicehub.actionplan;
