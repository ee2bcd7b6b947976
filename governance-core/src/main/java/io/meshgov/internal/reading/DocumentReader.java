package io.meshgov.internal.reading;

import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorFormat;
import java.io.InputStream;

/** The reading pipeline behind {@link io.meshgov.read.DescriptorReader}: parse with locations, then map. */
public final class DocumentReader {

    private DocumentReader() {
    }

    public static Descriptor read(InputStream bytes, String source, DescriptorFormat format) {
        return DescriptorMapper.map(DocumentParser.parse(bytes, source, format), source);
    }
}
