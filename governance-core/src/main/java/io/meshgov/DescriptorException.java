package io.meshgov;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** A descriptor (data contract or data product) that cannot be read: bad input, located in the user's file. */
@API(status = STABLE, since = "0.1.0")
public final class DescriptorException extends MeshgovException {

    private static final long serialVersionUID = 1L;

    public DescriptorException(List<Problem> problems) {
        super(problems, null);
    }

    public DescriptorException(Problem problem, Throwable cause) {
        super(List.of(problem), cause);
    }
}
