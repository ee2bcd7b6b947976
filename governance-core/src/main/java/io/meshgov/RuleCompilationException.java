package io.meshgov;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** Rule files that cannot make an engine: bad definitions, located in the rule author's DRL. */
@API(status = STABLE, since = "0.1.0")
public final class RuleCompilationException extends MeshgovException {

    private static final long serialVersionUID = 1L;

    public RuleCompilationException(List<Problem> problems) {
        super(problems, null);
    }
}
