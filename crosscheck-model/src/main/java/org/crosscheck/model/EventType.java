package org.crosscheck.model;

import java.util.List;

/**
 * ACLED's six event types with their sub-event types; {@link #toString()} is ACLED's label.
 */
public enum EventType {
    BATTLES("Battles", List.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory")),
    EXPLOSIONS("Explosions/Remote violence", List.of("Chemical weapon", "Air/drone strike", "Suicide bomb",
            "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade")),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", List.of("Sexual violence", "Attack",
            "Abduction/forced disappearance")),
    PROTESTS("Protests", List.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters")),
    RIOTS("Riots", List.of("Violent demonstration", "Mob violence")),
    STRATEGIC_DEVELOPMENTS("Strategic developments", List.of("Agreement", "Arrests", "Change to group/activity",
            "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
            "Non-violent transfer of territory", "Other"));

    private final String label;
    private final List<String> subTypes;

    EventType(String label, List<String> subTypes) {
        this.label = label;
        this.subTypes = subTypes;
    }

    public List<String> subTypes() {
        return subTypes;
    }

    public static EventType fromLabel(String label) {
        for (EventType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not an ACLED event type: " + label);
    }

    @Override
    public String toString() {
        return label;
    }
}
