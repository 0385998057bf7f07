package eu.practicehub.practice;

/** A number of practices under a name: a theme's or an owner's. */
public record NamedCount(String name, long count) {
}
