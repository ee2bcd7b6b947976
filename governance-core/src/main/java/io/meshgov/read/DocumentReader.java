package io.meshgov.read;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.DescriptorException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.model.Descriptor;
import java.io.InputStream;
import java.util.List;
import org.apiguardian.api.API;

/** The reading pipeline behind {@link io.meshgov.read.DescriptorReader}: parse with locations, then map. */
@API(status = STABLE, since = "0.1.0")
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * Reads one descriptor. Running out of memory or stack while reading it (a file far past what the limits were
     * set to allow) is that file's problem, reported like any other, so that a batch goes on with the next file.
     */
    public static Descriptor read(InputStream bytes, String source, DescriptorFormat format, ReadLimits limits) {
        try {
            return DescriptorMapper.map(DocumentParser.parse(bytes, source, format, limits), source);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new DescriptorException(List.of(Problem.error(Code.LIMIT, SourceLocation.startOf(source), "",
                    "the file could not be read with the memory this process has ("
                            + (e instanceof StackOverflowError ? "it nests too deeply" : "it is too large")
                            + "); lower the read limits, or give the process more memory")));
        }
    }
}
