package org.examroom.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A resource bundle whose base file is Russian and whose {@code _en} file is English.
 *
 * <p>Bundles are loaded without the JVM's default-locale fallback: on a machine whose default
 * locale is English, asking for Russian must still give Russian (the base file), not English.
 */
public final class Messages {

    /** The languages every ExamRoom text exists in, the first being the default. */
    public static final List<Locale> LANGUAGES = List.of(Locale.of("ru"), Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * Loads {@code baseName} (e.g. {@code org.examroom.terminal.messages}) for the locale,
     * from the class loader that holds it.
     */
    public static Messages load(String baseName, Locale locale, ClassLoader loader) {
        return new Messages(ResourceBundle.getBundle(baseName, supported(locale), loader, NO_FALLBACK));
    }

    /** The supported language closest to the one asked for: English for English, Russian otherwise. */
    public static Locale supported(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : LANGUAGES.getFirst();
    }

    /** The text for the key, with {@link MessageFormat} arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException(
                    "No text '" + key + "' in " + bundle.getBaseBundleName() + " for " + bundle.getLocale(),
                    bundle.getBaseBundleName(), key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The underlying bundle, for APIs that take one. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The language these texts are in. */
    public Locale locale() {
        return supported(bundle.getLocale().getLanguage().isEmpty() ? LANGUAGES.getFirst() : bundle.getLocale());
    }
}
