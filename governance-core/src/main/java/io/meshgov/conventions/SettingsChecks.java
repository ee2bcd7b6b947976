package io.meshgov.conventions;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Whether settings fit together, each problem an {@link Conventions.InvalidSetting} naming its setting. */
final class SettingsChecks {

    private SettingsChecks() {
    }

    static void check(ConventionSettings settings) {
        for (String place : settings.ownerAlsoNamedBy()) {
            if (!ConventionSettings.OWNER_PLACES.contains(place)) {
                throw new Conventions.InvalidSetting("ownerAlsoNamedBy", "takes " + ConventionSettings.OWNER_PLACES
                        + " but was given '" + place + "'");
            }
        }
        if (settings.deprecationNoticeDays() < 0) {
            throw new Conventions.InvalidSetting("deprecationNoticeDays", "must be 0 or more but was "
                    + settings.deprecationNoticeDays());
        }
        checkStages(settings);
    }

    static Pattern compile(String setting, String regex, int flags) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new Conventions.InvalidSetting(setting, "is not a valid regular expression: " + e.getDescription()
                    + " in \"" + regex + "\"");
        }
    }

    private static void checkStages(ConventionSettings settings) {
        List<String> stages = ConventionSettings.STAGES;
        List<String> missing = stages.stream().filter(stage -> !settings.statusStages().containsKey(stage)).toList();
        List<String> unknown = settings.statusStages().keySet().stream().filter(stage -> !stages.contains(stage))
                .toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new Conventions.InvalidSetting("statusStages", "names the stages " + stages + (missing.isEmpty()
                    ? "" : "; missing: " + missing) + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
        }
        settings.statusStages().forEach((stage, words) -> {
            for (String word : words) {
                if (!settings.statuses().contains(word)) {
                    throw new Conventions.InvalidSetting("statusStages", "gives " + stage + " the status '" + word
                            + "', which is not one of the statuses " + settings.statuses()
                            + "; add it to statuses or remove it");
                }
            }
        });
    }
}
