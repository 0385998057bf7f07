package eu.practicehub.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The marker of the embedded Lucene index: a file in the index's folder holding the mapping version it
 * was completely built by, removed when a rebuild starts and written when one ends, so that a rebuild
 * cut short is done again at the next start. An index held in memory has no marker and is never current.
 */
record FolderMarker(Optional<Path> folder) implements IndexMarker {

    static final String MARKER = "mapping-version";

    @Override
    public boolean isCurrent() {
        try {
            if (folder.isEmpty()) {
                return false;
            }
            Path marker = folder.get().resolve(MARKER);
            return Files.exists(marker) && Files.exists(folder.get().resolve("practice"))
                    && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(Integer.toString(PracticeMapping.VERSION));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String state() {
        return folder.isEmpty() ? "held in memory" : Files.exists(folder.get().resolve(MARKER)) ? "from an older mapping" : "missing";
    }

    @Override
    public boolean recreatesIndex() {
        return false;
    }

    @Override
    public boolean claim() {
        folder.ifPresent(path -> {
            try {
                Files.deleteIfExists(path.resolve(MARKER));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return true;
    }

    @Override
    public boolean renew() {
        return true;
    }

    @Override
    public void built() {
        folder.ifPresent(path -> {
            try {
                Files.createDirectories(path);
                Files.writeString(path.resolve(MARKER), Integer.toString(PracticeMapping.VERSION), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void failed() {
    }

    @Override
    public boolean isRebuildingElsewhere() {
        return false;
    }
}
