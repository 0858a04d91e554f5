package org.crosscheck.server.token;

import java.util.Locale;

/** What a token may do: an {@code editor} reads and writes, a {@code reader} reads a private server. */
public enum Role {
    READER, EDITOR;

    /** @throws IllegalArgumentException for a name that is no role */
    public static Role named(String name) {
        for (Role r : values()) {
            if (r.toString().equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "' (editor or reader)");
    }

    /** The wire code: {@code editor}, {@code reader}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
