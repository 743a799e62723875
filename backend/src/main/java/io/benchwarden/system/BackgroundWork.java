package io.benchwarden.system;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Work that should not hold up the start, such as seeding the demo history, run on a thread of its own after the
 * port is open. While it runs, every page shows its notice (the layout reads {@link #notices()}), so a person who
 * arrives early knows why a page is still empty.
 */
@Component
public class BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** @param notice a sentence for the pages while the work runs */
    public void start(String name, String notice, Runnable work) {
        running.add(notice);
        Thread thread = new Thread(() -> {
            try {
                work.run();
            }
            catch (RuntimeException ex) {
                log.error("{} failed", name, ex);
            }
            finally {
                running.remove(notice);
            }
        }, "benchwarden-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    public List<String> notices() {
        return List.copyOf(running);
    }
}
