package eu.practicehub.common;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;

/**
 * The last word on stored text, for every entity whatever wrote it (page, API, import, restore or
 * code yet to come): a record whose text, or the text of its embedded values and value
 * collections, holds a character that {@link Text#isClean} refuses is not written. The services'
 * checks find such text first and name the field; this one keeps the rule true where a check is
 * missing. Registered for all entities in {@code META-INF/orm.xml}.
 */
public class StoredTextCheck {

    private static final ClassValue<List<Field>> TEXT_BEARING = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                            && bearsText(field)) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    @PrePersist
    @PreUpdate
    void check(Object entity) {
        List<Violation> found = new ArrayList<>();
        inspect(entity, "", found);
        RuleViolationException.throwIfAny(found);
    }

    private static boolean bearsText(Field field) {
        return field.getType() == String.class || field.isAnnotationPresent(ElementCollection.class)
                || field.isAnnotationPresent(Embedded.class) || field.getType().isAnnotationPresent(Embeddable.class);
    }

    private static void inspect(Object value, String path, List<Violation> found) {
        for (Field field : TEXT_BEARING.get(Hibernate.getClass(value))) {
            Object held = read(field, value);
            String fieldPath = path.isEmpty() ? field.getName() : path + "." + field.getName();
            if (held instanceof Map<?, ?> map && Hibernate.isInitialized(map)) {
                inspectAll(map.values(), fieldPath, found);
            } else if (held instanceof Collection<?> items && Hibernate.isInitialized(items)) {
                inspectAll(items, fieldPath, found);
            } else {
                inspectOne(held, fieldPath, found);
            }
        }
    }

    private static void inspectAll(Collection<?> items, String path, List<Violation> found) {
        int index = 0;
        for (Object item : items) {
            inspectOne(item, path + "[" + index++ + "]", found);
        }
    }

    private static void inspectOne(Object held, String path, List<Violation> found) {
        if (held instanceof String text) {
            if (!Text.isClean(text)) {
                found.add(Violation.of(path, "validation.controlCharacter"));
            }
        } else if (held != null && held.getClass().isAnnotationPresent(Embeddable.class)) {
            inspect(held, path, found);
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
