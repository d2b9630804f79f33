package org.examroom.terminal.screen.test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.examroom.common.content.Item;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.client.TerminalApiException;

/**
 * Media from the controller ({@code GET /terminal/media/{item}/{path}}), kept in memory once fetched. All of the
 * variant's files are fetched when the test opens, so that pictures still show if the network goes later; one that
 * did not arrive is asked for again the next time its question is shown.
 */
public final class ControllerMedia implements ItemMedia {

    private static final System.Logger LOG = System.getLogger(ControllerMedia.class.getName());

    private final TerminalApi api;
    private final Executor io;
    private final Executor ui;
    private final Map<String, byte[]> fetched = new ConcurrentHashMap<>();

    public ControllerMedia(TerminalApi api, Executor io, Executor ui) {
        this.api = api;
        this.io = io;
        this.ui = ui;
    }

    /** Starts fetching every media file of the items, off the UI thread. */
    public void prefetch(List<Item.PublicItem> items) {
        io.execute(() -> {
            for (Item.PublicItem item : items) {
                for (String path : item.media()) {
                    get(item.id(), path);
                }
            }
        });
    }

    @Override
    public void fetch(String itemId, String path, Consumer<Optional<byte[]>> then) {
        byte[] known = fetched.get(key(itemId, path));
        if (known != null) {
            then.accept(Optional.of(known));
            return;
        }
        io.execute(() -> {
            Optional<byte[]> bytes = get(itemId, path);
            ui.execute(() -> then.accept(bytes));
        });
    }

    private Optional<byte[]> get(String itemId, String path) {
        String key = key(itemId, path);
        byte[] known = fetched.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            byte[] bytes = api.media(itemId, path);
            fetched.put(key, bytes);
            return Optional.of(bytes);
        } catch (TerminalApiException e) {
            LOG.log(System.Logger.Level.DEBUG, "Media {0} of {1} not fetched: {2}", path, itemId, e.getMessage());
            return Optional.empty();
        }
    }

    private static String key(String itemId, String path) {
        return itemId + "/" + path;
    }
}
