package org.examroom.common.content;

import java.util.regex.Pattern;

/** An item's XHTML as plain text for labels: paragraphs and breaks become new lines, entities are read. */
public final class ItemText {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|li|h[1-6]|tr)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private ItemText() {
    }

    public static String plain(String xhtml) {
        if (xhtml == null) {
            return "";
        }
        String text = BLOCK_END.matcher(xhtml).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        text = SPACES.matcher(text).replaceAll(" ");
        return text.replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
