package eu.practicehub.history;

/**
 * One field that differs from the version before. {@code part} says which part of the record it
 * belongs to ("ACTION" for an action of a plan, "UPDATE" for a monitoring update, named by
 * {@code partName}); it is null for the record's own fields. {@code labelKey} is the message key of
 * the field's label. Values are readable: names instead of ids, enum constants, dates, numbers, or
 * lists of names; null when empty.
 */
public record Change(String part, String partName, String field, String labelKey, Object oldValue, Object newValue) {
}
