package io.meshgov;

import java.util.List;

/** A descriptor (data contract or data product) that cannot be read: bad input, located in the user's file. */
public final class DescriptorException extends MeshgovException {

    private static final long serialVersionUID = 1L;

    public DescriptorException(List<Problem> problems) {
        super(problems, null);
    }

    public DescriptorException(Problem problem, Throwable cause) {
        super(List.of(problem), cause);
    }
}
