package org.crosscheck.cli;

import org.crosscheck.extract.input.ReportOverrides;
import org.crosscheck.model.ReportSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What the command line says of a report over its file header ({@code --published}, {@code --outlet},
 * {@code --url}, {@code --title}): the same options for {@code extract} and {@code ingest}.
 */
public final class HeaderOptions {
    @Option(names = "--published", paramLabel = "DATE", converter = PublishedConverter.class,
            description = "Publication date YYYY-MM-DD (or 'unknown'), over the file header's.")
    String published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet, over the file header's.")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "Address of the report, over the file header's.")
    String url;

    @Option(names = "--title", paramLabel = "T", description = "Title, over the file header's.")
    String title;

    ReportOverrides overrides() {
        return new ReportOverrides(title, outlet, url, published);
    }

    /** {@code s} (read from a page, whose reader knows no overrides) with these options over its fields. */
    ReportSource over(ReportSource s) {
        return new ReportSource(s.name(), title != null ? title : s.title(), outlet != null ? outlet : s.outlet(),
                url != null ? url : s.url(),
                published != null ? ReportOverrides.parsePublished(published) : s.published(), s.language(),
                s.metadata(), s.body(), s.bodyFromMarkup());
    }

    /** Validates {@code --published} at parse time, so a bad date is a usage error (exit 2). */
    static final class PublishedConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                ReportOverrides.parsePublished(value);
                return value.strip();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
