package org.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Turns the FILE|DIR arguments of a command into the list of report files to process, in a stable order. */
final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * One report to process: {@code path} as the user will recognise it; {@code problem} is set when the argument
     * cannot be processed at all (missing, an empty directory).
     */
    record Input(Path path, String problem) {
        String display() {
            return path.toString();
        }

        /** NAME.json for NAME.txt (the last extension replaced; {@code .json} appended when there is none). */
        String jsonName() {
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return (dot > 0 ? name.substring(0, dot) : name) + ".json";
        }
    }

    /**
     * Expands arguments: a directory gives its {@code *.txt} files sorted by name (not recursively); a file is
     * taken whatever its name. The same file named twice is processed once.
     */
    static List<Input> expand(List<Path> args) {
        List<Input> inputs = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> files = listTxt(arg);
                if (files.isEmpty()) {
                    inputs.add(new Input(arg, "no .txt files in this directory"));
                }
                for (Path f : files) {
                    if (seen.add(f.toAbsolutePath().normalize())) {
                        inputs.add(new Input(f, null));
                    }
                }
            } else if (!Files.exists(arg)) {
                inputs.add(new Input(arg, "no such file or directory"));
            } else if (seen.add(arg.toAbsolutePath().normalize())) {
                inputs.add(new Input(arg, null));
            }
        }
        return inputs;
    }

    /** With {@code --out}, two inputs that would write the same NAME.json: the later one gets a problem. */
    static List<Input> refuseOutputClashes(List<Input> inputs) {
        Map<String, Input> byName = new HashMap<>();
        List<Input> result = new ArrayList<>();
        for (Input in : inputs) {
            if (in.problem() == null) {
                Input first = byName.putIfAbsent(in.jsonName(), in);
                if (first != null) {
                    in = new Input(in.path(), "its output " + in.jsonName() + " would overwrite that of "
                            + first.display());
                }
            }
            result.add(in);
        }
        return result;
    }

    static List<Path> listTxt(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
