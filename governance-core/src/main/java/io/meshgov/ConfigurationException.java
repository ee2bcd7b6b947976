package io.meshgov;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** A settings file — the council's conventions, a governance policy — that cannot be used: bad input, located. */
@API(status = STABLE, since = "0.1.0")
public final class ConfigurationException extends MeshgovException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(List<Problem> problems) {
        super(problems, null);
    }
}
