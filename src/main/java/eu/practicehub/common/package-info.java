/**
 * Types every module shares: the exceptions that say a record was not found, a rule was broken
 * or a record was changed by someone else, each carrying message codes rather than text; the public address
 * every absolute link starts with, and the check of paths a redirect may follow.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package eu.practicehub.common;
