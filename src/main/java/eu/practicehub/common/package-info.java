/**
 * Types every module shares: the exceptions that say a record was not found, a rule was broken
 * or a record was changed by someone else, each carrying message codes rather than text.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package eu.practicehub.common;
