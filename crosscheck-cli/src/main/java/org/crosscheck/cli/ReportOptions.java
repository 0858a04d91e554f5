package org.crosscheck.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.CrosscheckConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How reports are read and extracted: the size limit, the time budget and the number of workers. What is not given keeps its default. */
public final class ReportOptions {
    @Option(names = "--max-bytes", paramLabel = "N", converter = ByteSizeConverter.class,
            description = "Refuse report files larger than N bytes (suffixes K, M, G allowed). Default: 20M.")
    Long maxBytes;

    @Option(names = "--time-budget", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Give up a report not extracted within TIME (e.g. 90s, 2m, 500ms); the others go on. "
                    + "Default: 60s.")
    Duration timeBudget;

    @Option(names = "--threads", paramLabel = "N",
            description = "Reports extracted at once. Default: the number of cores.")
    Integer threads;

    /** {@code base} with these options applied. */
    CrosscheckConfig apply(CrosscheckConfig base, CommandLine cl) {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, not " + threads);
        }
        return new CrosscheckConfig(base.dataDir(), base.jdbcUrl(),
                maxBytes != null ? maxBytes : base.maxReportBytes(), threads != null ? threads : base.threads(),
                timeBudget != null ? timeBudget : base.reportBudget());
    }

    /** "90s", "2m", "500ms", "1h", or plain seconds ("90"), to a positive duration. */
    public static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 90s, 2m)");
            }
            long n = Long.parseLong(m.group(1));
            if (n <= 0) {
                throw new CommandLine.TypeConversionException("'" + value + "': the time must be positive");
            }
            String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }

        /** "60s", "1500ms": as a user would write it. */
        static String format(Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
        }
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
