package org.crosscheck.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.CrosscheckConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How reports are read and extracted: the size limit and the number of workers. What is not given keeps its default. */
public final class ReportOptions {
    @Option(names = "--max-bytes", paramLabel = "N", converter = ByteSizeConverter.class,
            description = "Refuse report files larger than N bytes (suffixes K, M, G allowed). Default: 20M.")
    Long maxBytes;

    @Option(names = "--threads", paramLabel = "N",
            description = "Reports extracted at once. Default: the number of cores.")
    Integer threads;

    /** {@code base} with these options applied. */
    CrosscheckConfig apply(CrosscheckConfig base, CommandLine cl) {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, not " + threads);
        }
        return new CrosscheckConfig(base.dataDir(), base.jdbcUrl(),
                maxBytes != null ? maxBytes : base.maxReportBytes(), threads != null ? threads : base.threads());
    }

    /** "20000", "512K", "20M", "1G" (binary multiples) to a positive number of bytes. */
    public static final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmg]?)i?b?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size in bytes (e.g. 20M)");
            }
            long n = Long.parseLong(m.group(1));
            long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "k" -> 1024L;
                case "m" -> 1024L * 1024;
                case "g" -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            if (n <= 0) {
                throw new CommandLine.TypeConversionException("'" + value + "': the limit must be positive");
            }
            return n * unit;
        }
    }
}
