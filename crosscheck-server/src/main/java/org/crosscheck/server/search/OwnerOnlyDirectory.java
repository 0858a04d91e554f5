package org.crosscheck.server.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.crosscheck.server.files.OwnerOnly;

/**
 * An index folder only its owner may read: the folder is made so when opened, and every file Lucene writes is
 * made so as soon as it is created (the index holds the reports of a private server). Thread-safe as the
 * directory it wraps.
 */
final class OwnerOnlyDirectory extends FilterDirectory {
    private final Path path;

    private OwnerOnlyDirectory(FSDirectory in) {
        super(in);
        this.path = in.getDirectory();
    }

    static OwnerOnlyDirectory open(Path path) throws IOException {
        OwnerOnly.folder(path);
        return new OwnerOnlyDirectory(FSDirectory.open(path));
    }

    /** Makes the files already in the folder (from an older run, or Lucene's lock) the owner's alone. */
    void restrictExisting() throws IOException {
        for (String name : in.listAll()) {
            Path p = path.resolve(name);
            if (Files.isRegularFile(p)) {
                OwnerOnly.file(p);
            }
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        IndexOutput out = super.createOutput(name, context);
        OwnerOnly.file(path.resolve(out.getName()));
        return out;
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        IndexOutput out = super.createTempOutput(prefix, suffix, context);
        OwnerOnly.file(path.resolve(out.getName()));
        return out;
    }
}
