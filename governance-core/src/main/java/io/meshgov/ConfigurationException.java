package io.meshgov;

import java.util.List;

/** A settings file — the council's conventions, a governance policy — that cannot be used: bad input, located. */
public final class ConfigurationException extends MeshgovException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(List<Problem> problems) {
        super(problems, null);
    }
}
