package io.meshgov;

import java.util.List;

/** Rule files that cannot make an engine: bad definitions, located in the rule author's DRL. */
public final class RuleCompilationException extends MeshgovException {

    private static final long serialVersionUID = 1L;

    public RuleCompilationException(List<Problem> problems) {
        super(problems, null);
    }
}
