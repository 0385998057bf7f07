/**
 * Accounts and trust: who a person is (account, password, personal access tokens), which roles they
 * hold in projects and partners, and {@link eu.practicehub.account.Access}, the one place that says who may do what.
 */
package eu.practicehub.account;
