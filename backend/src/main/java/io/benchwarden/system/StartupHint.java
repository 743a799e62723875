package io.benchwarden.system;

import java.util.Optional;

/** Something a feature wants said on the ready line, such as where to find a password generated at this start. */
public interface StartupHint {

    Optional<String> hint();
}
